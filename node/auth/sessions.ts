/**
 * Sessions in the KV namespace `sessions`. The client holds an opaque random token (in an
 * HttpOnly cookie); the store keeps only its sha256, so a copy of the database does not hold
 * usable sessions. A session ends after `idleMs` without use or `absoluteMs` after sign-in,
 * whichever comes first, and when it is revoked (sign-out, an administrator, a password change).
 *
 * A session can be restricted: while `pending` names steps (change the password, enrol a second
 * factor), the API lets it do those steps and nothing else.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { UserId } from '../../protocol/ids.ts';
import type { KvStore } from '../store/kv.ts';

export const SESSIONS_NAMESPACE = 'sessions';

export interface SessionPolicy {
  idleMs: number;
  absoluteMs: number;
}

/** An officer's shift, with a break long enough to fetch a coffee but not to leave the office. */
export const DEFAULT_SESSION_POLICY: SessionPolicy = { idleMs: 30 * 60_000, absoluteMs: 12 * 3600_000 };

/** `lastSeenAt` is written at most this often, so reading pages does not turn into writes. */
const TOUCH_INTERVAL_MS = 60_000;

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** What a restricted session must do before anything else. */
export const SESSION_STEPS = ['password-change', 'totp-enrolment'] as const;
export type SessionStep = (typeof SESSION_STEPS)[number];

export interface Session {
  userId: UserId;
  username: string;
  role: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  /** Steps still to do, in order; empty for a full session. */
  pending: SessionStep[];
  /** How the second factor was given at sign-in. */
  secondFactor: 'totp' | 'recovery-code' | 'none';
  /** Days left before an inactivity block, when the sign-in came within the reminder period. */
  inactivityBlocksInDays?: number;
}

export interface NewSession {
  userId: UserId;
  username: string;
  role: string;
  pending?: SessionStep[];
  secondFactor?: Session['secondFactor'];
  inactivityBlocksInDays?: number;
}

const keyOf = (token: string) => createHash('sha256').update(token).digest('hex');

export class SessionStore {
  readonly #kv: KvStore;
  readonly #policy: SessionPolicy;
  readonly #clock: () => Date;

  constructor(kv: KvStore, options: { policy?: SessionPolicy; clock?: () => Date } = {}) {
    this.#kv = kv;
    this.#policy = options.policy ?? DEFAULT_SESSION_POLICY;
    this.#clock = options.clock ?? (() => new Date());
  }

  async create(input: NewSession): Promise<{ token: string; session: Session }> {
    const token = randomBytes(32).toString('base64url');
    const now = this.#clock();
    const session: Session = {
      userId: input.userId,
      username: input.username,
      role: input.role,
      createdAt: now.toISOString(),
      lastSeenAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + this.#policy.absoluteMs).toISOString(),
      pending: input.pending ?? [],
      secondFactor: input.secondFactor ?? 'none',
      ...(input.inactivityBlocksInDays === undefined
        ? {}
        : { inactivityBlocksInDays: input.inactivityBlocksInDays }),
    };
    await this.#kv.batch([{ type: 'put', ns: SESSIONS_NAMESPACE, key: keyOf(token), value: session }]);
    return { token, session };
  }

  /** The live session of this token, or undefined (unknown, malformed or expired; expired ones are removed). */
  async lookup(token: string | undefined): Promise<Session | undefined> {
    if (token === undefined || !TOKEN.test(token)) return undefined;
    const key = keyOf(token);
    const stored = (await this.#kv.get(SESSIONS_NAMESPACE, key)) as Session | undefined;
    if (!stored) return undefined;
    const session: Session = {
      ...stored,
      pending: stored.pending ?? [],
      secondFactor: stored.secondFactor ?? 'none',
    };
    const now = this.#clock().getTime();
    if (this.#expired(session, now)) {
      await this.#kv.batch([{ type: 'del', ns: SESSIONS_NAMESPACE, key }]);
      return undefined;
    }
    if (now - Date.parse(session.lastSeenAt) >= TOUCH_INTERVAL_MS) {
      const touched = { ...session, lastSeenAt: new Date(now).toISOString() };
      await this.#kv.batch([{ type: 'put', ns: SESSIONS_NAMESPACE, key, value: touched }]);
      return touched;
    }
    return session;
  }

  /** Marks a step of a restricted session as done; returns the session as stored. */
  async complete(token: string | undefined, step: SessionStep): Promise<Session | undefined> {
    const session = await this.lookup(token);
    if (!session || token === undefined) return undefined;
    const updated = { ...session, pending: session.pending.filter((pending) => pending !== step) };
    await this.#kv.batch([{ type: 'put', ns: SESSIONS_NAMESPACE, key: keyOf(token), value: updated }]);
    return updated;
  }

  async revoke(token: string | undefined): Promise<void> {
    if (token === undefined || !TOKEN.test(token)) return;
    await this.#kv.batch([{ type: 'del', ns: SESSIONS_NAMESPACE, key: keyOf(token) }]);
  }

  /** Ends every session of `username` (but the one of `exceptToken`); returns how many. */
  async revokeUser(username: string, exceptToken?: string): Promise<number> {
    const keep = exceptToken === undefined ? undefined : keyOf(exceptToken);
    const ended: string[] = [];
    // The namespace holds a few sessions per user at most: a scan is cheaper than an index to keep.
    for await (const [key, value] of this.#kv.iterate(SESSIONS_NAMESPACE)) {
      if ((value as Session).username === username && key !== keep) ended.push(key);
    }
    if (ended.length > 0) {
      await this.#kv.batch(ended.map((key) => ({ type: 'del' as const, ns: SESSIONS_NAMESPACE, key })));
    }
    return ended.length;
  }

  /** Removes every expired session; returns how many. */
  async purgeExpired(): Promise<number> {
    const now = this.#clock().getTime();
    const stale: string[] = [];
    for await (const [key, value] of this.#kv.iterate(SESSIONS_NAMESPACE)) {
      if (this.#expired(value as Session, now)) stale.push(key);
    }
    if (stale.length > 0) {
      await this.#kv.batch(stale.map((key) => ({ type: 'del' as const, ns: SESSIONS_NAMESPACE, key })));
    }
    return stale.length;
  }

  #expired(session: Session, now: number): boolean {
    return (
      now >= Date.parse(session.expiresAt) || now - Date.parse(session.lastSeenAt) >= this.#policy.idleMs
    );
  }
}
