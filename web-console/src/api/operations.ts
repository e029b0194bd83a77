/**
 * `/api/v1/operations`: CENcomm operations (docs/decisions/0012-operations.md). The list, one
 * operation with its members and receipts, invitations answered on this node, the organiser's
 * changes (members, template, close), this node's participants, the thread (pages, posting,
 * read receipts) and its live feed: `followThread` wraps the Server-Sent Events feed, resuming
 * after the last sequence number it delivered whenever the connection drops.
 *
 * @example
 *   const { items } = await listOperations();
 *   const feed = followThread(id, head, (entry) => show(entry));
 *   feed.close();
 */
import {
  apiPaths,
  type AcceptOperationRequest,
  type AddOperationMemberRequest,
  type CreateOperationRequest,
  type OperationDetail,
  type OperationListResponse,
  type OperationMessagesResponse,
  type OperationPhotoUploadResponse,
  type OperationReadRequest,
  type OperationReceiptsResponse,
  type OperationTemplate,
  type OperationTemplateField,
  type OperationThreadEntry,
  type PartnerListResponse,
  type PostOperationMessageRequest,
  type PostOperationMessageResponse,
  type PromoteOperationReportResponse,
  type PutOperationParticipantsRequest,
  type PutOperationTemplateRequest,
} from '../../../protocol/api.ts';
import { apiRequest, postForm, queryString } from './http.ts';

export type {
  OperationDefinition,
  OperationDetail,
  OperationOutgoing,
  OperationPhoto,
  OperationReport,
  OperationReportValue,
  OperationSummary,
  OperationTemplate,
  OperationTemplateField,
  OperationThreadEntry,
  PartnerSummary,
} from '../../../protocol/api.ts';

const withSignal = (signal?: AbortSignal) => (signal ? { signal } : {});

/**
 * A photo for the next message: the node runs it through the photo pipeline (metadata and GPS
 * removed) and answers its hash, which the message then names in `photos`.
 */
export function uploadOperationPhoto(
  id: string,
  file: Blob,
  signal?: AbortSignal,
): Promise<OperationPhotoUploadResponse> {
  const form = new FormData();
  form.append('file', file, file instanceof File ? file.name : 'photo');
  return postForm<OperationPhotoUploadResponse>(apiPaths.operationPhotos(id), form, signal);
}

/** A photo a message of the operation names, or its thumbnail. */
export const operationPhotoUrl = (id: string, hash: string, thumb = false): string =>
  apiPaths.operationPhoto(id, hash, thumb ? 'thumb' : undefined);

export const listOperations = (signal?: AbortSignal) =>
  apiRequest<OperationListResponse>('GET', apiPaths.operations, undefined, withSignal(signal));

export const getOperation = (id: string, signal?: AbortSignal) =>
  apiRequest<OperationDetail>('GET', apiPaths.operation(id), undefined, withSignal(signal));

export const createOperation = (request: CreateOperationRequest) =>
  apiRequest<OperationDetail>('POST', apiPaths.operations, request);

export const acceptInvitation = (id: string, request: AcceptOperationRequest = {}) =>
  apiRequest<OperationDetail>('POST', apiPaths.operationAccept(id), request);

export const declineInvitation = (id: string) =>
  apiRequest<OperationDetail>('POST', apiPaths.operationDecline(id), {});

export const addMember = (id: string, nodeId: string) =>
  apiRequest<OperationDetail>('POST', apiPaths.operationMembers(id), {
    nodeId,
  } satisfies AddOperationMemberRequest);

export const removeMember = (id: string, nodeId: string) =>
  apiRequest<OperationDetail>('DELETE', apiPaths.operationMember(id, nodeId));

export const putTemplate = (id: string, fields: OperationTemplateField[]) =>
  apiRequest<OperationTemplate>('PUT', apiPaths.operationTemplate(id), {
    fields,
  } satisfies PutOperationTemplateRequest);

export const putParticipants = (id: string, participants: string[]) =>
  apiRequest<OperationDetail>('PUT', apiPaths.operationParticipants(id), {
    participants,
  } satisfies PutOperationParticipantsRequest);

export const closeOperation = (id: string) =>
  apiRequest<OperationDetail>('POST', apiPaths.operationClose(id), {});

export const readThread = (id: string, after = 0, signal?: AbortSignal) =>
  apiRequest<OperationMessagesResponse>(
    'GET',
    `${apiPaths.operationMessages(id)}${queryString({ after, limit: 1000 })}`,
    undefined,
    withSignal(signal),
  );

export const postMessage = (id: string, message: PostOperationMessageRequest) =>
  apiRequest<PostOperationMessageResponse>('POST', apiPaths.operationMessages(id), message);

export const markRead = (id: string, upTo: number) =>
  apiRequest<OperationReceiptsResponse>('POST', apiPaths.operationRead(id), {
    upTo,
  } satisfies OperationReadRequest);

/** Makes a report this node posted a draft case of this node; answers the new case's id. */
export const promoteReport = (id: string, messageId: string) =>
  apiRequest<PromoteOperationReportResponse>('POST', apiPaths.operationMessagePromote(id, messageId), {});

/** The partners with an agreement in force: who an organiser may invite. */
export const listPartners = (signal?: AbortSignal) =>
  apiRequest<PartnerListResponse>('GET', apiPaths.partners, undefined, withSignal(signal));

/** Where the organiser downloads every report, labels in `lang`. */
export const reportsUrl = (id: string, format: 'xlsx' | 'csv', lang: string) =>
  `${format === 'xlsx' ? apiPaths.operationReportsXlsx(id) : apiPaths.operationReportsCsv(id)}${queryString({ lang })}`;

export interface ThreadFeed {
  close(): void;
}

/** After the browser gives up on a feed (the node restarted, the session ended), try again this late. */
const REOPEN_MS = 3_000;

/**
 * Follows the thread's new entries after `after`, each delivered once and in order to
 * `onEntry`. The browser's EventSource reconnects by itself with `Last-Event-ID`; when it gives
 * up, a new feed opens after the last sequence number seen.
 */
export function followThread(
  id: string,
  after: number,
  onEntry: (entry: OperationThreadEntry) => void,
  onConnection: (open: boolean) => void = () => {},
): ThreadFeed {
  let last = after;
  let source: EventSource | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let closed = false;
  const open = () => {
    source = new EventSource(`${apiPaths.operationEvents(id)}${queryString({ after: last })}`);
    source.addEventListener('open', () => onConnection(true));
    source.addEventListener('entry', (event) => {
      let entry: OperationThreadEntry;
      try {
        entry = JSON.parse((event as MessageEvent<string>).data) as OperationThreadEntry;
      } catch {
        return;
      }
      if (typeof entry.seq !== 'number' || entry.seq <= last) return;
      last = entry.seq;
      onEntry(entry);
    });
    source.addEventListener('error', () => {
      onConnection(false);
      if (closed || source?.readyState !== EventSource.CLOSED) return;
      timer = setTimeout(() => {
        if (!closed) open();
      }, REOPEN_MS);
    });
  };
  open();
  return {
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      source?.close();
    },
  };
}
