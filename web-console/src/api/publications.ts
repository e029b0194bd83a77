/**
 * `/api/v1/publications`: the WCO's alerts, analytical reports and newsletters, newest first with
 * how many the user has not opened; one publication (opening it marks it read); its attachments
 * (plain links: the node serves them as downloads); and on the WCO node a draft (a multipart form
 * with its attachments), publishing and withdrawing it. Screens that change the unread count fire
 * `PUBLICATIONS_CHANGED_EVENT` on window, and the badge in the header counts again.
 *
 * @example
 *   const { items, unread } = await listPublications();
 *   const draft = await createPublication(input, [file]);
 *   await publishPublication(draft.id);
 */
import {
  apiPaths,
  type CreatePublicationRequest,
  type PublicationDetail,
  type PublicationListParams,
  type PublicationListResponse,
  type PublicationSummary,
} from '../../../protocol/api.ts';
import { apiRequest, postForm, queryString } from './http.ts';

export type { CreatePublicationRequest, PublicationDetail, PublicationListResponse, PublicationSummary };

export const PUBLICATIONS_CHANGED_EVENT = 'cen-publications-changed';

export const listPublications = (params: PublicationListParams = {}, signal?: AbortSignal) =>
  apiRequest<PublicationListResponse>(
    'GET',
    `${apiPaths.publications}${queryString({ ...params })}`,
    undefined,
    signal ? { signal } : {},
  );

export async function readPublication(id: string, signal?: AbortSignal): Promise<PublicationDetail> {
  const detail = await apiRequest<PublicationDetail>(
    'GET',
    apiPaths.publication(id),
    undefined,
    signal ? { signal } : {},
  );
  window.dispatchEvent(new Event(PUBLICATIONS_CHANGED_EVENT));
  return detail;
}

/** Where an attachment downloads from (the session cookie goes with a plain link). */
export const attachmentUrl = (id: string, index: number) => apiPaths.publicationAttachment(id, index);

/** A draft with its attachments: the JSON in `publication`, each file in `attachment`. */
export async function createPublication(
  input: CreatePublicationRequest,
  files: readonly File[],
): Promise<PublicationDetail> {
  const form = new FormData();
  form.append('publication', JSON.stringify(input));
  for (const file of files) form.append('attachment', file, file.name);
  return postForm<PublicationDetail>(apiPaths.publications, form);
}

export const publishPublication = (id: string) =>
  apiRequest<PublicationDetail>('POST', apiPaths.publicationPublish(id), {});

export const withdrawPublication = (id: string, reason: string) =>
  apiRequest<PublicationDetail>('POST', apiPaths.publicationWithdraw(id), reason ? { reason } : {});
