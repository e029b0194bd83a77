/**
 * The one place the console talks HTTP: JSON in and out (and uploads, as multipart forms, through
 * `postForm`), the session cookie sent
 * (`credentials: 'same-origin'`), and every failure turned into an `ApiRequestError` carrying the
 * API's `{ error: { code, message, details } }`. A 401 on anything but signing in also tells the
 * shell (`SESSION_EXPIRED_EVENT`), which shows the sign-in screen and returns to the same URL.
 *
 * @example
 *   try { await apiRequest('PUT', apiPaths.case(id), { version, case: input }); }
 *   catch (err) { if (err instanceof ApiRequestError) showIssues(issuesOf(err)); }
 */
import type { ApiError, ValidationIssue } from '../../../protocol/api.ts';

export const SESSION_EXPIRED_EVENT = 'cen-session-expired';
/**
 * Fired when the node answers 403 `password_change_required` or `totp_enrolment_required`: the
 * session may only do that one thing, and the shell shows the screen for it (detail: the code).
 */
export const SESSION_RESTRICTED_EVENT = 'cen-session-restricted';
export const RESTRICTION_CODES = ['password_change_required', 'totp_enrolment_required'] as const;
export type RestrictionCode = (typeof RESTRICTION_CODES)[number];

export class ApiRequestError extends Error {
  override name = 'ApiRequestError';
  /** HTTP status; 0 when the node could not be reached. */
  readonly status: number;
  readonly code: string;
  readonly details: unknown;
  /** From `Retry-After` on 429 and 503 answers. */
  readonly retryAfterSeconds: number | undefined;
  constructor(status: number, code: string, message: string, details?: unknown, retryAfterSeconds?: number) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export interface RequestOptions {
  signal?: AbortSignal;
  /** Signing in answers 401 for wrong credentials: that is not an expired session. */
  expectUnauthenticated?: boolean;
}

function isApiError(value: unknown): value is ApiError {
  const error = (value as { error?: unknown } | null)?.error as { code?: unknown } | undefined;
  return typeof error === 'object' && error !== null && typeof error.code === 'string';
}

function retryAfter(response: Response): number | undefined {
  const header = response.headers.get('retry-after');
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

/** `429 throttled` carries the wait in its details too (`ThrottledDetails`). */
function retryAfterOf(details: unknown): number | undefined {
  const seconds = (details as { retryAfterSeconds?: unknown } | null | undefined)?.retryAfterSeconds;
  return typeof seconds === 'number' && Number.isFinite(seconds)
    ? Math.max(0, Math.ceil(seconds))
    : undefined;
}

export async function apiRequest<T>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
  options: RequestOptions = {},
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: {
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (err) {
    if (options.signal?.aborted) throw err;
    throw new ApiRequestError(0, 'network', err instanceof Error ? err.message : String(err));
  }
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  if (response.ok) return parsed as T;

  const error = isApiError(parsed)
    ? new ApiRequestError(
        response.status,
        parsed.error.code,
        parsed.error.message,
        parsed.error.details,
        retryAfter(response) ?? retryAfterOf(parsed.error.details),
      )
    : new ApiRequestError(
        response.status,
        `http_${response.status}`,
        response.statusText,
        undefined,
        retryAfter(response),
      );
  if (response.status === 401 && !options.expectUnauthenticated && error.code === 'unauthenticated') {
    window.dispatchEvent(new CustomEvent(SESSION_EXPIRED_EVENT));
  }
  if (response.status === 403 && (RESTRICTION_CODES as readonly string[]).includes(error.code)) {
    window.dispatchEvent(new CustomEvent<string>(SESSION_RESTRICTED_EVENT, { detail: error.code }));
  }
  throw error;
}

/**
 * Posts a multipart form (an upload: the browser writes the Content-Type with its boundary) and
 * reads the JSON answer; failures as `apiRequest`'s, a 401 telling the shell the session ended.
 */
export async function postForm<T>(path: string, form: FormData, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
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
  if (response.ok) return (await response.json()) as T;
  const error = await formErrorOf(response);
  if (error.status === 401 && error.code === 'unauthenticated')
    window.dispatchEvent(new CustomEvent(SESSION_EXPIRED_EVENT));
  throw error;
}

/** The node's error, or one made of the status when the answer is not the API's JSON. */
async function formErrorOf(response: Response): Promise<ApiRequestError> {
  let parsed: ApiError | undefined;
  try {
    parsed = (await response.json()) as ApiError;
  } catch {
    parsed = undefined;
  }
  const error = parsed?.error;
  return typeof error?.code === 'string'
    ? new ApiRequestError(response.status, error.code, error.message ?? '', error.details)
    : new ApiRequestError(response.status, `http_${response.status}`, response.statusText);
}

/** The per-field issues of a 400 `validation_failed` answer (empty for any other error). */
export function issuesOf(err: unknown): ValidationIssue[] {
  if (!(err instanceof ApiRequestError) || !Array.isArray(err.details)) return [];
  return (err.details as unknown[]).filter(
    (issue): issue is ValidationIssue =>
      typeof (issue as ValidationIssue | null)?.path === 'string' &&
      typeof (issue as ValidationIssue).rule === 'string',
  );
}

/** Query string from a params object, skipping empty values. */
export function queryString(params: Readonly<Record<string, string | number | undefined>>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** A text field of a submitted form, trimmed ('' when absent or a file). */
export function formText(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value.trim() : '';
}
