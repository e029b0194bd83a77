/**
 * Accounts and sessions: users with argon2id password hashes (KV namespace `users`) and opaque
 * session tokens stored hashed with idle and absolute expiry (namespace `sessions`). Both live
 * in the same KvStore as the records, so a backup holds everything.
 *
 * @example
 *   const auth = createAuth(kv);
 *   await auth.users.create({ username: 'admin', role: 'admin', password }, 'system:init');
 *   const user = await auth.users.authenticate('admin', password);
 *   const { token } = await auth.sessions.create(user);
 */
import type { KvStore } from '../store/kv.ts';
import { SessionStore, type SessionPolicy } from './sessions.ts';
import { UserStore } from './users.ts';

export interface Auth {
  users: UserStore;
  sessions: SessionStore;
}

export function createAuth(kv: KvStore, options: { policy?: SessionPolicy; clock?: () => Date } = {}): Auth {
  return {
    users: new UserStore(kv, options.clock),
    sessions: new SessionStore(kv, options),
  };
}

export { UserExistsError } from './errors.ts';
export {
  generatePassword,
  hashPassword,
  verifyPassword,
  MIN_PASSWORD_LENGTH,
  ARGON2_OPTIONS,
} from './passwords.ts';
export {
  DEFAULT_SESSION_POLICY,
  SessionStore,
  SESSIONS_NAMESPACE,
  type Session,
  type SessionPolicy,
} from './sessions.ts';
export {
  checkNewUser,
  publicUser,
  USER_ROLES,
  UserStore,
  USERS_NAMESPACE,
  type NewUser,
  type PublicUser,
  type User,
  type UserRole,
} from './users.ts';
