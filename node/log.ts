/**
 * Logging: pino JSON lines (stdout by default), one child logger per subsystem, and the
 * business events declared once below so every emitter writes the same fields under the same
 * name. Personal and secret fields are redacted wherever they appear in a log object (up to
 * three levels deep), and request bodies, query strings and raw paths are never logged (a path
 * can hold a username or a document number: requests are logged by their route template): a log
 * line must never become a copy of nominal data or a credential.
 *
 * @example
 *   const loggers = createLoggers({ level: 'info' });
 *   events.nodeStarted(loggers.node, { nodeId, apiUrl, role: 'national', country: 'KE' });
 */
import { pino, stdSerializers, type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from './config.ts';

export type { Logger };

/** Keys whose values never reach a log line. */
export const REDACTED_KEYS = [
  // secrets
  'password',
  'newPassword',
  'currentPassword',
  'passwordHash',
  'passwordHistory',
  'oneTimePassword',
  'oneTimeCode',
  'token',
  'sessionId',
  'sessionToken',
  'cookie',
  'authorization',
  'set-cookie',
  'privateKey',
  'keyPem',
  'totp',
  'totpSecret',
  'totpPending',
  'secret',
  'recoveryCode',
  'recoveryCodes',
  'qrSvg',
  'uri',
  // personal data
  'persons',
  'businesses',
  'familyName',
  'givenNames',
  'birthDate',
  'birthPlace',
  'documents',
  'addresses',
  'narrative',
  'notes',
  'vehicleRegistration',
] as const;

const path = (key: string) => (/^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `["${key}"]`);

/** Every key at the top level and under one or two levels of objects. */
export const REDACT_PATHS: string[] = REDACTED_KEYS.flatMap((key) => [
  path(key).replace(/^\./, ''),
  `*${path(key)}`,
  `*.*${path(key)}`,
]);

export const SUBSYSTEMS = ['node', 'http', 'auth', 'control'] as const;
export type Subsystem = (typeof SUBSYSTEMS)[number];
export type Loggers = Record<Subsystem, Logger> & { root: Logger };

export interface LoggerOptions {
  level: LogLevel;
  /** Where lines go: stdout when omitted; `'stderr'` for tools whose stdout is their output. */
  destination?: DestinationStream | 'stderr';
}

export function createLogger(options: LoggerOptions): Logger {
  return pino(
    {
      level: options.level,
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      serializers: { err: stdSerializers.err },
    },
    typeof options.destination === 'object'
      ? options.destination
      : pino.destination({ dest: options.destination === 'stderr' ? 2 : 1, sync: true }),
  );
}

export function createLoggers(options: LoggerOptions | { logger: Logger }): Loggers {
  const root = 'logger' in options ? options.logger : createLogger(options);
  const children = Object.fromEntries(SUBSYSTEMS.map((name) => [name, root.child({ subsystem: name })]));
  return { root, ...(children as Record<Subsystem, Logger>) };
}

/** A logger that writes nothing, for tests and tools that do not want output. */
export const silentLoggers = (): Loggers => createLoggers({ level: 'silent' });

/** The node's business events: one function per event, so names and fields stay consistent. */
export const events = {
  nodeStarted(log: Logger, f: { nodeId: string; apiUrl: string; role: string; country?: string }) {
    log.info({ event: 'node.started', ...f }, 'node started');
  },
  nodeStopping(log: Logger, f: { reason: string }) {
    log.info({ event: 'node.stopping', ...f }, 'node stopping');
  },
  nodeStopped(log: Logger) {
    log.info({ event: 'node.stopped' }, 'node stopped');
  },
  /** A scrub found a part of the store it cannot read: the operator must act. */
  storeDamaged(log: Logger, f: { damage: string }) {
    log.error(
      { event: 'store.damaged', ...f },
      'the store is damaged: back up what can be read, stop the node, run `cen-node check --repair`, ' +
        'and restore the latest backup if the check still finds records missing',
    );
  },
  storeScrubbed(log: Logger, f: { entries: number; ms: number }) {
    log.info({ event: 'store.scrubbed', ...f }, 'store read through: no damage found');
  },
  uncaughtError(log: Logger, err: unknown) {
    log.fatal({ event: 'node.uncaught', err }, 'uncaught error: shutting down');
  },
  /**
   * The route template (`/api/v1/persons/:id`), never the path or query: both can carry names,
   * document numbers or usernames.
   */
  httpRequest(log: Logger, f: { method: string; route: string; status: number; ms: number; user?: string }) {
    log.info({ event: 'http.request', ...f }, 'request');
  },
  httpServerError(log: Logger, f: { method: string; route: string; err: unknown; requestId: string }) {
    log.error({ event: 'http.error', ...f }, 'request failed');
  },
  /** A route that answers without a rule in the permission table: refused, and a bug to fix. */
  routeWithoutRule(log: Logger, f: { method: string; route: string }) {
    log.error({ event: 'http.route-without-rule', ...f }, 'route has no permission rule: refused');
  },
  loginSucceeded(log: Logger, f: { username: string; secondFactor: string }) {
    log.info({ event: 'auth.login', ...f }, 'signed in');
  },
  /** `username` only when the account exists: a password typed into the username field must not be logged. */
  loginFailed(log: Logger, f: { username: string; reason: string }) {
    log.warn({ event: 'auth.login-failed', ...f }, 'sign-in refused');
  },
  loginThrottled(log: Logger, f: { retryAfterSeconds: number }) {
    log.warn({ event: 'auth.login-throttled', ...f }, 'sign-in throttled');
  },
  loggedOut(log: Logger, f: { username: string }) {
    log.info({ event: 'auth.logout', ...f }, 'signed out');
  },
  userCreated(log: Logger, f: { username: string; role: string; by: string }) {
    log.info({ event: 'auth.user-created', ...f }, 'user created');
  },
  accountChanged(log: Logger, f: { action: string; username: string; by: string }) {
    log.info({ event: 'auth.account-changed', ...f }, 'account changed');
  },
  accountsBlocked(log: Logger, f: { count: number }) {
    log.info({ event: 'auth.inactive-blocked', ...f }, 'accounts blocked after inactivity');
  },
  permissionDenied(log: Logger, f: { method: string; route: string; user: string; permission: string }) {
    log.warn({ event: 'auth.permission-denied', ...f }, 'permission denied');
  },
  controlCommand(log: Logger, f: { command: string; ok: boolean; ms: number }) {
    log.info({ event: 'control.command', ...f }, 'control command');
  },
  controlError(log: Logger, f: { command: string; err: unknown }) {
    log.error({ event: 'control.error', ...f }, 'control command failed');
  },
} as const;
