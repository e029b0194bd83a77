/**
 * User accounts in the KV namespace `users`, keyed by username. Passwords, one-time passwords and
 * recovery codes are stored only as hashes (argon2id, argon2id, sha256); the TOTP secret is
 * stored as the authenticator needs it, because the node must compute the same codes.
 *
 * Every change goes through `update`, which reads, changes and writes one account inside one
 * queue, and writes the change together with its audit entries in one atomic batch: an account
 * change without its audit entry (or the reverse) cannot happen.
 *
 * Accounts written by the first release (roles admin, officer, analyst; no policy fields) are
 * upgraded when read and rewritten by `migrate()`, which the data migration 1 → 2 runs once
 * (node/migrations/accounts.ts): `admin` becomes the national (or WCO) administrator.
 */
import { v7 as uuidv7 } from 'uuid';
import type { UserId } from '../../protocol/ids.ts';
import { FIRST_ADMINISTRATOR_ROLE, NODE_ROLE_ROLES, type NodeRole, type Role } from '../../protocol/roles.ts';
import type { ValidationIssue } from '../../protocol/validation-types.ts';
import type { AuditEntryInput, AuditLog } from '../audit/index.ts';
import type { BatchOp, KvStore } from '../store/kv.ts';
import { UserExistsError } from './errors.ts';
import { passwordRuleIssues } from './password-policy.ts';

export const USERS_NAMESPACE = 'users';
/** The version of the stored account format; records without it come from the first release. */
export const USER_SCHEMA = 2;

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{1,63}$/;

export interface StoredTotp {
  /** base32, as given to the authenticator app. */
  secret: string;
  /** Step of the last accepted code: a code of that step or earlier is a replay. */
  lastStep?: number;
  enrolledAt: string;
}

/** A password the user did not choose: set at creation by a contact point, or after a reset. */
export interface OneTimePassword {
  hash: string;
  kind: 'initial' | 'reset';
  issuedAt: string;
  expiresAt: string;
  /** Set by the sign-in that used it: it opens one session, never a second. */
  usedAt?: string;
}

export interface User {
  schema: typeof USER_SCHEMA;
  id: UserId;
  username: string;
  /** A role of protocol/roles.ts; anything else (an old record, a typo) holds no permission. */
  role: Role | (string & {});
  displayName?: string;
  /** Absent while only a one-time password opens the account (new account, after a reset). */
  passwordHash?: string;
  /** argon2id hashes of the current and previous passwords, newest first. */
  passwordHistory: string[];
  passwordChangedAt: string;
  mustChangePassword: boolean;
  oneTimePassword?: OneTimePassword;
  totp?: StoredTotp;
  /** An enrolment started and not yet confirmed with a code. */
  totpPending?: { secret: string; startedAt: string };
  /** sha256 of the unused recovery codes. */
  recoveryCodes: string[];
  disabled: boolean;
  disabledReason?: 'manual' | 'inactivity';
  /** Start of the inactivity period when the account has not signed in since (creation, re-enabling). */
  activeSince: string;
  createdAt: string;
  createdBy: string;
  lastLoginAt?: string;
}

/** When inactivity is counted from: the last sign-in, or the creation or re-enabling since. */
export function lastActiveAt(user: User): string {
  const login = user.lastLoginAt ?? '';
  return login > user.activeSince ? login : user.activeSince;
}

/** What an account of the first release looked like. */
interface FirstReleaseUser {
  id: UserId;
  username: string;
  role: string;
  passwordHash: string;
  createdAt: string;
  createdBy: string;
  lastLoginAt?: string;
}

/** The role an account of the first release gets on this kind of node. */
function upgradedRole(role: string, nodeRole: NodeRole): string {
  if (role === 'admin') return FIRST_ADMINISTRATOR_ROLE[nodeRole];
  if (role === 'analyst' && nodeRole === 'wco') return 'wco-analyst';
  return role;
}

/** A stored account in the current format, whatever release wrote it. */
export function upgradeUser(raw: unknown, nodeRole: NodeRole): User {
  const value = raw as Partial<User> & { schema?: number };
  if (value.schema === USER_SCHEMA) return value as User;
  const old = raw as FirstReleaseUser;
  return {
    schema: USER_SCHEMA,
    id: old.id,
    username: old.username,
    role: upgradedRole(old.role, nodeRole),
    passwordHash: old.passwordHash,
    passwordHistory: [old.passwordHash],
    passwordChangedAt: old.createdAt,
    mustChangePassword: false,
    recoveryCodes: [],
    disabled: false,
    // Counted from the upgrade, not from creation: an account must not be blocked by a release
    // that introduced the rule after it had been idle.
    activeSince: new Date().toISOString(),
    createdAt: old.createdAt,
    createdBy: old.createdBy,
    ...(old.lastLoginAt === undefined ? {} : { lastLoginAt: old.lastLoginAt }),
  };
}

/** The checks on a new account's name and role (and password, when one is given). */
export function checkNewUser(
  input: { username: unknown; role: unknown; password?: unknown },
  nodeRole: NodeRole,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (typeof input.username !== 'string' || !USERNAME_PATTERN.test(input.username)) {
    issues.push({
      path: 'username',
      rule: 'pattern',
      message: 'a username is 2 to 64 lowercase letters, digits, dots, dashes or underscores',
    });
  }
  issues.push(...roleIssues(input.role, nodeRole));
  if (input.password !== undefined) {
    const username = typeof input.username === 'string' ? input.username : '';
    issues.push(...passwordRuleIssues(input.password as string, { username }));
  }
  return issues;
}

export function roleIssues(role: unknown, nodeRole: NodeRole): ValidationIssue[] {
  const roles = NODE_ROLE_ROLES[nodeRole];
  if (typeof role === 'string' && (roles as readonly string[]).includes(role)) return [];
  return [
    {
      path: 'role',
      rule: 'vocabulary',
      message: `on a ${nodeRole === 'wco' ? 'WCO' : 'national'} node, role is one of ${roles.join(', ')}`,
    },
  ];
}

export function newUserId(): UserId {
  return uuidv7() as UserId;
}

export interface UserStoreOptions {
  /** Decides how accounts of the first release are upgraded. */
  nodeRole?: NodeRole;
  /** Writes account changes together with their audit entries; without it, no entries are written. */
  audit?: AuditLog;
}

/** What `update` asks of its callback: the account as it should be stored, and what to audit. */
export interface UserChange {
  user: User;
  audit?: readonly AuditEntryInput[];
}

export class UserStore {
  readonly #kv: KvStore;
  readonly #nodeRole: NodeRole;
  readonly #audit: AuditLog | undefined;
  /** Serialises read-modify-write of accounts. */
  #writes: Promise<unknown> = Promise.resolve();

  constructor(kv: KvStore, options: UserStoreOptions = {}) {
    this.#kv = kv;
    this.#nodeRole = options.nodeRole ?? 'national';
    this.#audit = options.audit;
  }

  #serialised<T>(work: () => Promise<T>): Promise<T> {
    const result = this.#writes.then(work);
    this.#writes = result.catch(() => undefined);
    return result;
  }

  async #write(user: User | undefined, username: string, audit: readonly AuditEntryInput[] = []) {
    const ops: BatchOp[] = [
      user
        ? { type: 'put', ns: USERS_NAMESPACE, key: username, value: user }
        : { type: 'del', ns: USERS_NAMESPACE, key: username },
    ];
    if (this.#audit) await this.#audit.commit([...ops, ...audit.flatMap((e) => this.#audit!.entryOps(e))]);
    else await this.#kv.batch(ops);
  }

  async get(username: string): Promise<User | undefined> {
    if (typeof username !== 'string' || !USERNAME_PATTERN.test(username)) return undefined;
    const raw = await this.#kv.get(USERS_NAMESPACE, username);
    return raw === undefined ? undefined : upgradeUser(raw, this.#nodeRole);
  }

  async list(): Promise<User[]> {
    const users: User[] = [];
    for await (const [, value] of this.#kv.iterate(USERS_NAMESPACE))
      users.push(upgradeUser(value, this.#nodeRole));
    return users;
  }

  /** Stores a new account; refuses a username that exists. */
  create(user: User, audit: readonly AuditEntryInput[] = []): Promise<User> {
    return this.#serialised(async () => {
      if (await this.#kv.get(USERS_NAMESPACE, user.username)) throw new UserExistsError(user.username);
      await this.#write(user, user.username, audit);
      return user;
    });
  }

  /**
   * Changes one account: `change` gets the stored account (undefined when there is none) and
   * returns what to store with its audit entries, or undefined to store nothing.
   */
  update<T extends UserChange | undefined>(
    username: string,
    change: (user: User | undefined) => Promise<T> | T,
  ): Promise<T> {
    return this.#serialised(async () => {
      const result = await change(await this.get(username));
      if (result) await this.#write(result.user, username, result.audit);
      return result;
    });
  }

  /** Rewrites accounts of the first release in the current format; returns how many. */
  migrate(): Promise<number> {
    return this.#serialised(async () => {
      const ops: BatchOp[] = [];
      const audit: AuditEntryInput[] = [];
      for await (const [key, value] of this.#kv.iterate(USERS_NAMESPACE)) {
        if ((value as { schema?: number }).schema === USER_SCHEMA) continue;
        const upgraded = upgradeUser(value, this.#nodeRole);
        ops.push({ type: 'put', ns: USERS_NAMESPACE, key, value: upgraded });
        const from = (value as FirstReleaseUser).role;
        if (from !== upgraded.role) {
          // A new role is a permission change, whoever makes it: the auditor sees it here.
          audit.push({
            action: 'role-changed',
            actor: 'system:upgrade',
            target: key,
            outcome: 'ok',
            details: { from, to: upgraded.role },
          });
        }
      }
      if (ops.length === 0) return 0;
      if (this.#audit) await this.#audit.commit([...ops, ...audit.flatMap((e) => this.#audit!.entryOps(e))]);
      else await this.#kv.batch(ops);
      return ops.length;
    });
  }
}
