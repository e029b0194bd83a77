/**
 * Photos of cases: upload (a multipart form: the one request of the console that is not JSON),
 * removal, the file and thumbnail URLs, photo search with the case filters and the caption, and
 * similar photos.
 *
 * @example
 *   const { case: updated, photo } = await uploadPhoto(caseId, file, { caption: 'False floor' });
 *   html`<img src=${photoUrl(photo.hash, true)} alt="">`;
 *   const { items } = await similarPhotos(photo.hash, { case: caseId });
 */
import {
  apiPaths,
  PHOTO_SEARCH_PARAMS,
  type ApiError,
  type PhotoRemoveResponse,
  type PhotoSearchParams,
  type PhotoSearchResponse,
  type PhotoUploadResponse,
  type SimilarPhotosParams,
  type SimilarPhotosResponse,
} from '../../../protocol/api.ts';
import { apiRequest, ApiRequestError, queryString, SESSION_EXPIRED_EVENT } from './http.ts';

export { PHOTO_SEARCH_PARAMS, type PhotoSearchParams };

/** The stored photo, or its thumbnail (a WebP at most 320 pixels each way). */
export const photoUrl = (hash: string, thumb = false): string => apiPaths.photo(hash, thumb);

export interface UploadFields {
  caption?: string;
  shareWithWco?: boolean;
  keepGps?: boolean;
}

/** The node's error, or one made of the status when the answer is not the API's JSON. */
async function errorOf(response: Response): Promise<ApiRequestError> {
  let parsed: ApiError | undefined;
  try {
    parsed = (await response.json()) as ApiError;
  } catch {
    parsed = undefined;
  }
  const error = parsed?.error;
  return typeof error?.code === 'string'
    ? new ApiRequestError(response.status, error.code, error.message, error.details)
    : new ApiRequestError(response.status, `http_${response.status}`, response.statusText);
}

export async function uploadPhoto(
  caseId: string,
  file: Blob,
  fields: UploadFields = {},
  signal?: AbortSignal,
): Promise<PhotoUploadResponse> {
  const form = new FormData();
  if (fields.caption) form.append('caption', fields.caption);
  if (fields.shareWithWco !== undefined) form.append('shareWithWco', String(fields.shareWithWco));
  if (fields.keepGps !== undefined) form.append('keepGps', String(fields.keepGps));
  form.append('file', file, file instanceof File ? file.name : 'photo');
  let response: Response;
  try {
    // The browser writes the multipart Content-Type with its boundary itself.
    response = await fetch(apiPaths.casePhotos(caseId), {
      method: 'POST',
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
      body: form,
      ...(signal ? { signal } : {}),
    });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new ApiRequestError(0, 'network', err instanceof Error ? err.message : String(err));
  }
  if (response.ok) return (await response.json()) as PhotoUploadResponse;
  const error = await errorOf(response);
  if (error.status === 401 && error.code === 'unauthenticated')
    window.dispatchEvent(new CustomEvent(SESSION_EXPIRED_EVENT));
  throw error;
}

export const removePhoto = (caseId: string, hash: string) =>
  apiRequest<PhotoRemoveResponse>('DELETE', apiPaths.casePhoto(caseId, hash));

export const searchPhotos = (params: PhotoSearchParams, signal?: AbortSignal) =>
  apiRequest<PhotoSearchResponse>(
    'GET',
    `${apiPaths.photos}${queryString({ ...params })}`,
    undefined,
    signal ? { signal } : {},
  );

export const similarPhotos = (hash: string, params: SimilarPhotosParams = {}, signal?: AbortSignal) =>
  apiRequest<SimilarPhotosResponse>(
    'GET',
    `${apiPaths.photoSimilar(hash)}${queryString({ ...params })}`,
    undefined,
    signal ? { signal } : {},
  );
