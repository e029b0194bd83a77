/**
 * Sign-in throttling, kept in the KV namespace `throttle` so a restart does not reset an attack.
 * Failures are counted under two keys, the (normalised) username and the client address: the
 * first stops guessing one account's password from many addresses, the second stops one address
 * from trying a common password against many accounts.
 *
 * After `maxFailures` failures within `windowMs`, a key is locked for `baseLockMs`. While the key
 * stays "hot" (a failure within `forgetAfterMs`), each further failure locks it again for twice as
 * long as the previous lock, up to `maxLockMs`. A success clears the username's key; the address's
 * key is left to cool down, so an attacker with one valid account cannot reset it by signing in.
 *
 * Nothing depends on whether the username exists: callers must call `check` before verifying a
 * password and `fail` for unknown usernames exactly as for wrong passwords, and the answer
 * (`retryAfterSeconds`) is the same. Usernames are stored only as sha256 hashes.
 *
 * @example
 *   const verdict = await throttle.check(username, ctx.ip, now);
 *   if (!verdict.allowed) { ctx.set('Retry-After', String(verdict.retryAfterSeconds)); ctx.status = 429; return; }
 *   try { user = await users.authenticate(username, password); } catch (e) { await throttle.fail(username, ctx.ip, now); throw e; }
 *   await throttle.succeed(username, ctx.ip, now);
 */
import { createHash } from 'node:crypto';
import { isIPv4, isIPv6 } from 'node:net';
import type { BatchOp, KvStore } from '../store/kv.ts';

export const THROTTLE_NAMESPACE = 'throttle';

export interface ThrottlePolicy {
  maxFailures: number;
  windowMs: number;
  baseLockMs: number;
  maxLockMs: number;
  /** After this long without a failure, a key's history (and its back-off level) is forgotten. */
  forgetAfterMs: number;
}

export const DEFAULT_THROTTLE_POLICY: ThrottlePolicy = {
  maxFailures: 5,
  windowMs: 15 * 60_000,
  baseLockMs: 60_000,
  maxLockMs: 3600_000,
  forgetAfterMs: 24 * 3600_000,
};

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** What is stored per key. */
interface KeyState {
  /** Times (ms) of the failures in the current window, oldest first, at most `maxFailures`. */
  failures: number[];
  /** How many locks in a row; the next lock lasts baseLockMs × 2^lockouts. */
  lockouts: number;
  lockedUntil: number;
  lastFailureAt: number;
}

/** The same person typing `Maria`, ` maria` or `ＭＡＲＩＡ` is one key. */
export function normaliseUsername(username: string): string {
  return String(username).normalize('NFKC').trim().toLowerCase();
}

function expandIpv6(address: string): string[] {
  let text = address.split('%')[0]!; // zone index, meaningless off the host
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const bytes = dotted[1]!.split('.').map(Number);
    const high = ((bytes[0]! << 8) | bytes[1]!).toString(16);
    const low = ((bytes[2]! << 8) | bytes[3]!).toString(16);
    text = `${text.slice(0, -dotted[1]!.length)}${high}:${low}`;
  }
  const [head, tail] = text.split('::') as [string, string | undefined];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const middle = tail === undefined ? [] : new Array<string>(8 - left.length - right.length).fill('0');
  return [...left, ...middle, ...right].map((group) => group.toLowerCase().padStart(4, '0'));
}

/**
 * The address a failure is counted against. IPv4 (also IPv4-mapped IPv6) by address; IPv6 by its
 * /64, because one host usually holds a whole /64 and could otherwise rotate through it.
 */
export function clientKey(ip: string | undefined): string {
  const address = String(ip ?? '').trim();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (isIPv4(address)) return address;
  if (isIPv6(address)) return `${expandIpv6(address).slice(0, 4).join(':')}::/64`;
  return 'unknown';
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

function keysFor(username: string, ip: string | undefined): { user: string; client: string } {
  return { user: `user:${sha256(normaliseUsername(username))}`, client: `ip:${clientKey(ip)}` };
}

export class LoginThrottle {
  readonly #kv: KvStore;
  readonly #policy: ThrottlePolicy;
  /** Serialises read-modify-write of key states, so two concurrent failures both count. */
  #queue: Promise<unknown> = Promise.resolve();

  constructor(kv: KvStore, policy: Partial<ThrottlePolicy> = {}) {
    this.#kv = kv;
    this.#policy = { ...DEFAULT_THROTTLE_POLICY, ...policy };
  }

  #serialised<T>(work: () => Promise<T>): Promise<T> {
    const result = this.#queue.then(work);
    this.#queue = result.catch(() => undefined);
    return result;
  }

  async #read(key: string, nowMs: number): Promise<KeyState | undefined> {
    const state = (await this.#kv.get(THROTTLE_NAMESPACE, key)) as KeyState | undefined;
    if (!state) return undefined;
    const quiet = state.lockedUntil <= nowMs && nowMs - state.lastFailureAt >= this.#policy.forgetAfterMs;
    return quiet ? undefined : state;
  }

  /** Whether a sign-in attempt may go ahead now; if not, after how many seconds (for Retry-After). */
  check(username: string, ip: string | undefined, now: Date = new Date()): Promise<ThrottleVerdict> {
    const nowMs = now.getTime();
    const keys = keysFor(username, ip);
    // Through the queue, so a check right after a failure sees that failure.
    return this.#serialised(async () => {
      const states = await Promise.all([this.#read(keys.user, nowMs), this.#read(keys.client, nowMs)]);
      const lockedUntil = Math.max(0, ...states.map((state) => state?.lockedUntil ?? 0));
      if (lockedUntil <= nowMs) return { allowed: true };
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((lockedUntil - nowMs) / 1000)) };
    });
  }

  /** Records a failed attempt (wrong password, unknown user, wrong second factor) under both keys. */
  fail(username: string, ip: string | undefined, now: Date = new Date()): Promise<ThrottleVerdict> {
    const nowMs = now.getTime();
    const keys = keysFor(username, ip);
    return this.#serialised(async () => {
      const ops: BatchOp[] = [];
      let lockedUntil = 0;
      for (const key of [keys.user, keys.client]) {
        const state = this.#afterFailure(await this.#read(key, nowMs), nowMs);
        lockedUntil = Math.max(lockedUntil, state.lockedUntil);
        ops.push({ type: 'put', ns: THROTTLE_NAMESPACE, key, value: state });
      }
      await this.#kv.batch(ops);
      if (lockedUntil <= nowMs) return { allowed: true };
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((lockedUntil - nowMs) / 1000)) };
    });
  }

  #afterFailure(previous: KeyState | undefined, nowMs: number): KeyState {
    const p = this.#policy;
    const state: KeyState = previous
      ? { ...previous, failures: previous.failures.filter((at) => nowMs - at < p.windowMs) }
      : { failures: [], lockouts: 0, lockedUntil: 0, lastFailureAt: nowMs };
    // An attempt that reached the password check during a lock is a caller bug; it must not
    // lengthen the lock, or a locked user could never get back in.
    if (state.lockedUntil > nowMs) return state;
    state.lastFailureAt = nowMs;
    state.failures = [...state.failures, nowMs].slice(-p.maxFailures);
    if (state.lockouts > 0 || state.failures.length >= p.maxFailures) {
      state.lockedUntil = nowMs + Math.min(p.maxLockMs, p.baseLockMs * 2 ** state.lockouts);
      state.lockouts = Math.min(state.lockouts + 1, 32);
      state.failures = [];
    }
    return state;
  }

  /** A successful sign-in: forgets the username's failures (the address cools down on its own). */
  succeed(username: string, _ip: string | undefined, _now: Date = new Date()): Promise<void> {
    const { user } = keysFor(username, undefined);
    return this.#serialised(() => this.#kv.batch([{ type: 'del', ns: THROTTLE_NAMESPACE, key: user }]));
  }

  /** Removes keys that have been quiet for `forgetAfterMs`; returns how many. Run it now and then. */
  purgeStale(now: Date = new Date()): Promise<number> {
    const nowMs = now.getTime();
    return this.#serialised(async () => {
      const stale: BatchOp[] = [];
      for await (const [key, value] of this.#kv.iterate(THROTTLE_NAMESPACE)) {
        const state = value as KeyState;
        if (state.lockedUntil <= nowMs && nowMs - state.lastFailureAt >= this.#policy.forgetAfterMs) {
          stale.push({ type: 'del', ns: THROTTLE_NAMESPACE, key });
        }
      }
      if (stale.length > 0) await this.#kv.batch(stale);
      return stale.length;
    });
  }

  /** Waits for pending writes; the KvStore belongs to the caller and stays open. */
  async close(): Promise<void> {
    await this.#queue;
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }
}
