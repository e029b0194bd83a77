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
  type PhotoRemoveResponse,
  type PhotoSearchParams,
  type PhotoSearchResponse,
  type PhotoUploadResponse,
  type SimilarPhotosParams,
  type SimilarPhotosResponse,
} from '../../../protocol/api.ts';
import { apiRequest, postForm, queryString } from './http.ts';

export { PHOTO_SEARCH_PARAMS, type PhotoSearchParams };

/** The stored photo, or its thumbnail (a WebP at most 320 pixels each way). */
export const photoUrl = (hash: string, thumb = false): string => apiPaths.photo(hash, thumb);

export interface UploadFields {
  caption?: string;
  shareWithWco?: boolean;
  keepGps?: boolean;
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
  return postForm<PhotoUploadResponse>(apiPaths.casePhotos(caseId), form, signal);
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
