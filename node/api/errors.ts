/**
 * The one translator from thrown errors to the API's error shape
 * `{ error: { code, message, details } }`. Named node errors keep their message (it was written
 * for the user); anything unexpected becomes a 500 whose body says nothing about internals and
 * whose cause is logged with the request id the client sees.
 */
import { randomUUID } from 'node:crypto';
import type { Context, Next } from 'koa';
import { InvalidIdError } from '../../protocol/ids.ts';
import { AgreementRefusedError } from '../agreements/errors.ts';
import {
  ExchangeProtocolError,
  NotSharedError,
  PeerUnavailableError,
  TransferDeniedError,
} from '../exchange/errors.ts';
import { PeerRefusedError } from '../p2p/errors.ts';
import {
  SessionRestrictedError,
  SignInRefusedError,
  ThrottledError,
  TotpAlreadyEnrolledError,
  UserExistsError,
} from '../auth/errors.ts';
import {
  AuthenticationError,
  ForbiddenError,
  NotFoundError,
  StoreClosedError,
  StoreUnavailableError,
  ValidationError,
  VersionConflictError,
} from '../errors.ts';
import { events, type Logger } from '../log.ts';
import { routeOf } from './middleware.ts';

export interface ApiErrorBody {
  error: { code: string; message: string; details?: unknown };
}

export interface TranslatedError {
  status: number;
  body: ApiErrorBody;
  /** True when the cause is not the client's doing and must be logged. */
  internal: boolean;
  /** Headers the answer needs (`Retry-After` on 429). */
  headers?: Record<string, string>;
}

const body = (code: string, message: string, details?: unknown): ApiErrorBody => ({
  error: details === undefined ? { code, message } : { code, message, details },
});

/** Errors raised by koa, the router and the body parser (http-errors). */
interface HttpLikeError {
  status: number;
  expose?: boolean;
  /** An API error code of its own (`no_global_cen`), for errors a client must tell apart from others of their status. */
  apiCode?: string;
  type?: string;
  message: string;
}

const isHttpLike = (err: unknown): err is HttpLikeError =>
  err instanceof Error && typeof (err as Partial<HttpLikeError>).status === 'number';

const HTTP_CODES: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  406: 'not_acceptable',
  411: 'length_required',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  501: 'not_implemented',
};

export function translateError(err: unknown, requestId: string): TranslatedError {
  if (err instanceof ValidationError) {
    return { status: 400, body: body('validation_failed', err.message, err.issues), internal: false };
  }
  if (err instanceof AgreementRefusedError) {
    return { status: err.status, body: body(err.code, err.message, err.details), internal: false };
  }
  if (err instanceof TransferDeniedError) {
    return {
      status: 403,
      body: body('transfer_denied', err.message, { reason: err.reason }),
      internal: false,
    };
  }
  if (err instanceof PeerRefusedError) {
    return { status: 502, body: body('peer_refused', err.message, { code: err.code }), internal: false };
  }
  if (err instanceof PeerUnavailableError || err instanceof ExchangeProtocolError) {
    return { status: 503, body: body('peer_unavailable', err.message), internal: false };
  }
  if (err instanceof NotSharedError) {
    return { status: 409, body: body('not_shared', err.message), internal: false };
  }
  if (err instanceof InvalidIdError) {
    return { status: 400, body: body('invalid_id', err.message, { kind: err.kind }), internal: false };
  }
  if (err instanceof NotFoundError) {
    return {
      status: 404,
      body: body('not_found', err.message, { kind: err.kind, id: err.id }),
      internal: false,
    };
  }
  if (err instanceof VersionConflictError) {
    const { kind, id, expected, current } = err;
    return {
      status: 409,
      body: body('version_conflict', err.message, { kind, id, expected, current }),
      internal: false,
    };
  }
  if (err instanceof UserExistsError) {
    return {
      status: 409,
      body: body('user_exists', err.message, { username: err.username }),
      internal: false,
    };
  }
  if (err instanceof SignInRefusedError) {
    return { status: 401, body: body(err.code, err.message), internal: false };
  }
  if (err instanceof ThrottledError) {
    const retryAfterSeconds = err.retryAfterSeconds;
    return {
      status: 429,
      body: body('throttled', err.message, { retryAfterSeconds }),
      internal: false,
      headers: { 'Retry-After': String(retryAfterSeconds) },
    };
  }
  if (err instanceof SessionRestrictedError) {
    return { status: 403, body: body(err.code, err.message), internal: false };
  }
  if (err instanceof TotpAlreadyEnrolledError) {
    return { status: 409, body: body('totp_already_enrolled', err.message), internal: false };
  }
  if (err instanceof AuthenticationError) {
    return { status: 401, body: body('unauthenticated', err.message), internal: false };
  }
  if (err instanceof ForbiddenError) {
    return { status: 403, body: body('forbidden', err.message), internal: false };
  }
  if (err instanceof StoreUnavailableError || err instanceof StoreClosedError) {
    return {
      status: 503,
      body: body('unavailable', 'the node cannot store data right now; the operator has been alerted', {
        requestId,
      }),
      internal: true,
    };
  }
  if (isHttpLike(err) && err.status >= 400 && err.status < 500) {
    if (err.type === 'entity.too.large') {
      return {
        status: 413,
        body: body('payload_too_large', 'the request body is too large'),
        internal: false,
      };
    }
    // co-body marks a JSON syntax error (or a __proto__ key) as a SyntaxError with status 400.
    if (err.type === 'entity.parse.failed' || err instanceof SyntaxError) {
      return {
        status: 400,
        body: body('invalid_json', 'the request body is not valid JSON'),
        internal: false,
      };
    }
    const message = err.expose === false ? 'the request was refused' : err.message;
    return {
      status: err.status,
      body: body(err.apiCode ?? HTTP_CODES[err.status] ?? 'bad_request', message),
      internal: false,
    };
  }
  return {
    status: 500,
    body: body('internal', 'something went wrong on the node; quote the request id to the operator', {
      requestId,
    }),
    internal: true,
  };
}

/** The first middleware: every error below it leaves as the API's error shape. */
export function errorHandler(log: Logger) {
  return async function handleErrors(ctx: Context, next: Next): Promise<void> {
    try {
      await next();
    } catch (err) {
      const requestId = randomUUID();
      const translated = translateError(err, requestId);
      if (translated.internal) {
        events.httpServerError(log, { method: ctx.method, route: routeOf(ctx), err, requestId });
      }
      ctx.status = translated.status;
      ctx.body = translated.body;
      if (translated.headers) ctx.set(translated.headers);
      if (translated.status === 401) ctx.set('WWW-Authenticate', 'Cookie realm="cen-node"');
    }
  };
}
