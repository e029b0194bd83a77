/**
 * `/api/v1/notifications`: the signed-in user's notifications of watch-list matches, newest first,
 * with how many are unread (`watchlist:manage`: the owners of rules are the users notified).
 * `POST /notifications/:id/read` marks one read. A user reads only their own.
 */
import { Router } from '@koa/router';
import { z } from 'zod';
import {
  API_ROUTES,
  type NotificationListResponse,
  type WatchlistNotification,
} from '../../../protocol/api.ts';
import { NOTIFICATION_PAGE, parseNotificationId, type WatchlistService } from '../../watchlists/index.ts';
import { noQuery } from '../params.ts';
import type { ApiState } from '../state.ts';
import { validate } from '../validate.ts';
import { viewerOf } from './watchlists.ts';

const listQuery = z
  .object({
    unread: z.enum(['true', 'false']).optional(),
    cursor: z.string().min(1).max(40).optional(),
    limit: z.coerce.number().int().min(1).max(NOTIFICATION_PAGE.max).optional(),
  })
  .strict();

export function notificationsRouter({ watchlists }: { watchlists: WatchlistService }): Router<ApiState> {
  const router = new Router<ApiState>();

  router.get(API_ROUTES.notifications, validate({ query: listQuery }), async function listNotifications(ctx) {
    const { unread, cursor, limit } = ctx.state.input.query;
    ctx.body = (await watchlists.notifications(viewerOf(ctx.state), {
      ...(unread === 'true' ? { unread: true } : {}),
      ...(cursor === undefined ? {} : { cursor }),
      ...(limit === undefined ? {} : { limit }),
    })) satisfies NotificationListResponse;
  });

  router.post(API_ROUTES.notificationRead, validate({ query: noQuery }), async function markRead(ctx) {
    ctx.body = (await watchlists.markRead(
      parseNotificationId(ctx.params.id),
      viewerOf(ctx.state),
    )) satisfies WatchlistNotification;
  });

  return router;
}
