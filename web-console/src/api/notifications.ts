/**
 * `/api/v1/notifications`: the user's notifications of watch-list matches, newest first, with how
 * many are unread; marking one read. Screens that change the unread count fire
 * `NOTIFICATIONS_CHANGED_EVENT` on window, and the bell in the header counts again.
 *
 * @example
 *   const { items, unread } = await listNotifications({ limit: 20 });
 *   await markNotificationRead(items[0]!.id);
 */
import {
  apiPaths,
  type NotificationListParams,
  type NotificationListResponse,
  type WatchlistNotification,
} from '../../../protocol/api.ts';
import { apiRequest, queryString } from './http.ts';

export type { NotificationListResponse, WatchlistNotification };

export const NOTIFICATIONS_CHANGED_EVENT = 'cen-notifications-changed';

export const listNotifications = (params: NotificationListParams = {}, signal?: AbortSignal) =>
  apiRequest<NotificationListResponse>(
    'GET',
    `${apiPaths.notifications}${queryString({
      unread: params.unread ? 'true' : undefined,
      cursor: params.cursor,
      limit: params.limit,
    })}`,
    undefined,
    signal ? { signal } : {},
  );

export async function markNotificationRead(id: string): Promise<WatchlistNotification> {
  const read = await apiRequest<WatchlistNotification>('POST', apiPaths.notificationRead(id), {});
  window.dispatchEvent(new Event(NOTIFICATIONS_CHANGED_EVENT));
  return read;
}
