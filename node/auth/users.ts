/**
 * User accounts in the KV namespace `users`, keyed by username. Passwords are stored only as
 * argon2id hashes. Minimal for now (roles admin, officer, analyst); the accounts issue adds
 * password changes, deactivation and second factors.
 */
import { v7 as uuidv7 } from 'uuid';
import { USER_ROLES, type UserRole } from '../../protocol/api.ts';
import type { UserId } from '../../protocol/ids.ts';
import type { ValidationIssue } from '../../protocol/validation-types.ts';
import { AuthenticationError, ValidationError } from '../errors.ts';
import type { KvStore } from '../store/kv.ts';
import { UserExistsError } from './errors.ts';
import {
  decoyPasswordHash,
  hashPassword,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  verifyPassword,
} from './passwords.ts';

export const USERS_NAMESPACE = 'users';
export { USER_ROLES, type UserRole };

const USERNAME = /^[a-z0-9][a-z0-9._-]{1,63}$/;

export interface User {
  id: UserId;
  username: string;
  role: UserRole;
  passwordHash: string;
  createdAt: string;
  createdBy: string;
  /** Absent until the first successful sign-in (`cen-node start` then reminds how to sign in). */
  lastLoginAt?: string;
}

/** A user as shown to clients: never the hash. */
export type PublicUser = Omit<User, 'passwordHash'>;

export interface NewUser {
  username: string;
  role: string;
  password: string;
}

export const publicUser = ({ passwordHash: _hash, ...rest }: User): PublicUser => rest;

export function checkNewUser(input: NewUser): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (!USERNAME.test(input.username)) {
    issues.push({
      path: 'username',
      rule: 'pattern',
      message: 'a username is 2 to 64 lowercase letters, digits, dots, dashes or underscores',
    });
  }
  if (!(USER_ROLES as readonly string[]).includes(input.role)) {
    issues.push({
      path: 'role',
      rule: 'vocabulary',
      message: `role must be one of ${USER_ROLES.join(', ')}`,
    });
  }
  if (input.password.length < MIN_PASSWORD_LENGTH) {
    issues.push({
      path: 'password',
      rule: 'min-length',
      message: `a password has at least ${MIN_PASSWORD_LENGTH} characters`,
    });
  } else if (input.password.length > MAX_PASSWORD_LENGTH) {
    issues.push({
      path: 'password',
      rule: 'max-length',
      message: `a password has at most ${MAX_PASSWORD_LENGTH} characters`,
    });
  }
  return issues;
}

export class UserStore {
  readonly #kv: KvStore;
  readonly #clock: () => Date;
  /** Serialises writes so "does this username exist?" and the put are one step. */
  #writes: Promise<unknown> = Promise.resolve();

  constructor(kv: KvStore, clock: () => Date = () => new Date()) {
    this.#kv = kv;
    this.#clock = clock;
  }

  #serialised<T>(work: () => Promise<T>): Promise<T> {
    const result = this.#writes.then(work);
    this.#writes = result.catch(() => undefined);
    return result;
  }

  async get(username: string): Promise<User | undefined> {
    return (await this.#kv.get(USERS_NAMESPACE, username)) as User | undefined;
  }

  async create(input: NewUser, by: string): Promise<PublicUser> {
    const issues = checkNewUser(input);
    if (issues.length > 0) throw new ValidationError(issues);
    const passwordHash = await hashPassword(input.password);
    return this.#serialised(async () => {
      if (await this.get(input.username)) throw new UserExistsError(input.username);
      const user: User = {
        id: uuidv7() as UserId,
        username: input.username,
        role: input.role as UserRole,
        passwordHash,
        createdAt: this.#clock().toISOString(),
        createdBy: by,
      };
      await this.#kv.batch([{ type: 'put', ns: USERS_NAMESPACE, key: user.username, value: user }]);
      return publicUser(user);
    });
  }

  /** The user whose password this is, or AuthenticationError; takes as long for unknown users. */
  async authenticate(username: string, password: string): Promise<PublicUser> {
    const user =
      typeof username === 'string' && USERNAME.test(username) ? await this.get(username) : undefined;
    const ok = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);
    if (!user || !ok) throw new AuthenticationError('wrong username or password');
    return publicUser(user);
  }

  async recordLogin(username: string): Promise<void> {
    await this.#serialised(async () => {
      const user = await this.get(username);
      if (!user) return;
      const updated: User = { ...user, lastLoginAt: this.#clock().toISOString() };
      await this.#kv.batch([{ type: 'put', ns: USERS_NAMESPACE, key: username, value: updated }]);
    });
  }

  async list(): Promise<PublicUser[]> {
    const users: PublicUser[] = [];
    for await (const [, value] of this.#kv.iterate(USERS_NAMESPACE)) users.push(publicUser(value as User));
    return users;
  }
}
