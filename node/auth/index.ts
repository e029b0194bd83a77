/**
 * Accounts, sessions and who may do what: users with argon2id password hashes, a password policy
 * with expiry and inactivity blocking, TOTP second factors with recovery codes, sign-in
 * throttling, opaque sessions with idle and absolute expiry, and the role/permission table. All
 * of it lives in the records' KvStore (namespaces `users`, `sessions`, `throttle`), so a backup
 * holds everything, and every account change is written with its audit entry.
 *
 * @example
 *   const auth = createAuth(kv, { audit, nodeRole: 'national', issuer: 'CEN Kenya' });
 *   const { user, oneTimePassword } = await auth.createUser({ username: 'cli:root' }, { username: 'maria', role: 'officer' });
 *   const signedIn = await auth.signIn({ username: 'maria', password: oneTimePassword! }, { ip });
 *   signedIn.response.mustChangePassword; // true: the session may only change the password
 *   if (!can(signedIn.session.role, 'case:read')) throw new ForbiddenError();
 */
import type { NodeRole } from '../../protocol/roles.ts';
import { AuditLog } from '../audit/index.ts';
import type { KvStore } from '../store/kv.ts';
import { Accounts } from './accounts.ts';
import { SessionStore, type SessionPolicy } from './sessions.ts';
import { LoginThrottle, type ThrottlePolicy } from './throttle.ts';
import { UserStore } from './users.ts';

/** The accounts service; the name the API and the control commands know it by. */
export type Auth = Accounts;

export interface AuthOptions {
  /**
   * The node's audit log. There must be one `AuditLog` per KvStore, so the composition root
   * passes its own; without one (unit tests), a private one is made on `kv`.
   */
  audit?: AuditLog;
  nodeRole?: NodeRole;
  /** Shown in authenticator apps, e.g. the node's name. */
  issuer?: string;
  policy?: SessionPolicy;
  throttle?: Partial<ThrottlePolicy>;
  clock?: () => Date;
}

export function createAuth(kv: KvStore, options: AuthOptions = {}): Auth {
  const clock = options.clock ?? (() => new Date());
  const audit = options.audit ?? new AuditLog(kv, { clock });
  const nodeRole = options.nodeRole ?? 'national';
  return new Accounts({
    users: new UserStore(kv, { nodeRole, audit }),
    sessions: new SessionStore(kv, { ...(options.policy ? { policy: options.policy } : {}), clock }),
    throttle: new LoginThrottle(kv, options.throttle ?? {}),
    audit,
    nodeRole,
    issuer: options.issuer ?? 'CEN node',
    clock,
  });
}

export {
  Accounts,
  ONE_TIME_PASSWORD_HOURS,
  userSummary,
  type AccountActor,
  type SignedIn,
  type SignInRequest,
} from './accounts.ts';
export {
  SessionRestrictedError,
  SignInRefusedError,
  ThrottledError,
  TotpAlreadyEnrolledError,
  UserExistsError,
  type SignInRefusal,
} from './errors.ts';
export {
  checkPassword,
  inactivityStatus,
  passwordRuleIssues,
  passwordStatus,
  PASSWORD_POLICY,
} from './password-policy.ts';
export {
  generatePassword,
  hashPassword,
  verifyPassword,
  MIN_PASSWORD_LENGTH,
  ARGON2_OPTIONS,
} from './passwords.ts';
export {
  can,
  mayAssign,
  permissionsOf,
  requiresSecondFactor,
  ROLE_PERMISSIONS,
  ROLES,
  rolesForNodeRole,
  type Permission,
  type Role,
} from './roles.ts';
export {
  DEFAULT_SESSION_POLICY,
  SESSION_STEPS,
  SessionStore,
  SESSIONS_NAMESPACE,
  type Session,
  type SessionPolicy,
  type SessionStep,
} from './sessions.ts';
export {
  DEFAULT_THROTTLE_POLICY,
  LoginThrottle,
  THROTTLE_NAMESPACE,
  type ThrottlePolicy,
} from './throttle.ts';
export { totpCode, totpStep } from './totp.ts';
export {
  checkNewUser,
  lastActiveAt,
  UserStore,
  USERNAME_PATTERN,
  USERS_NAMESPACE,
  type User,
} from './users.ts';
