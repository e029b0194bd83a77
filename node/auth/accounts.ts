/**
 * The accounts service: signing in (password or one-time password, second factor, throttling,
 * expiry and inactivity), the restricted first steps of a session (password change, TOTP
 * enrolment), and what a contact point does to accounts (create, change role, disable, reset,
 * end sessions). The HTTP API and the CLI both call it, so both follow the same rules and leave
 * the same audit entries.
 *
 * Account changes and their audit entries are written in one batch (`UserStore.update`). Checks
 * that decide a race (a TOTP step, a recovery code, a one-time password) run inside that update,
 * so two requests with the same code cannot both succeed.
 *
 * @example
 *   const signedIn = await accounts.signIn({ username, password, totp }, { ip: ctx.ip });
 *   ctx.cookies.set(SESSION_COOKIE, signedIn.token, cookieOptions);
 *   ctx.body = signedIn.response;
 */
import type {
  ResetUserResponse,
  SessionResponse,
  TotpConfirmResponse,
  TotpEnrolmentResponse,
  UpdateUserRequest,
  UserSummary,
} from '../../protocol/api.ts';
import type { NodeRole, Role } from '../../protocol/roles.ts';
import type { ValidationIssue } from '../../protocol/validation-types.ts';
import type { AuditEntryInput, AuditLog } from '../audit/index.ts';
import { ForbiddenError, NotFoundError, ValidationError } from '../errors.ts';
import { SignInRefusedError, ThrottledError, TotpAlreadyEnrolledError } from './errors.ts';
import { checkPassword, inactivityStatus, nextPasswordHistory, passwordStatus } from './password-policy.ts';
import { decoyPasswordHash, generatePassword, hashPassword, verifyPassword } from './passwords.ts';
import { mayAssign, permissionsOf, requiresSecondFactor } from './roles.ts';
import type { Session, SessionStep, SessionStore } from './sessions.ts';
import type { LoginThrottle } from './throttle.ts';
import { newEnrolment, newRecoveryCodes, useRecoveryCode, verifyTotp } from './totp.ts';
import { checkNewUser, lastActiveAt, newUserId, roleIssues, type User, type UserStore } from './users.ts';

const HOUR_MS = 3600_000;
/** How long a contact point's codes open an account: a day for a reset, a week for a new account. */
export const ONE_TIME_PASSWORD_HOURS = { reset: 24, initial: 7 * 24 } as const;
/** Letters and digits without look-alikes: read out over the phone or copied from a screen. */
const ONE_TIME_PASSWORD_LENGTH = 20;
const DISPLAY_NAME_MAX = 200;

/** Who asks. `role` is absent for the appliance's operator (the CLI, `init`), who is trusted. */
export interface AccountActor {
  username: string;
  role?: string;
  ip?: string;
}

export interface SignInRequest {
  username: string;
  password: string;
  totp?: string;
  recoveryCode?: string;
}

export interface SignedIn {
  token: string;
  session: Session;
  response: SessionResponse;
}

export interface AccountsOptions {
  users: UserStore;
  sessions: SessionStore;
  throttle: LoginThrottle;
  audit: AuditLog;
  nodeRole: NodeRole;
  /** Shown in authenticator apps beside the username, e.g. the administration's name. */
  issuer: string;
  clock?: () => Date;
}

const ipOf = (ip: string | undefined) => (ip ? { ip: ip.slice(0, 64) } : {});

/** A failure inside a serialised update, to be audited (and counted) once the queue is left. */
class SecondFactorFailure extends Error {
  override name = 'SecondFactorFailure';
  readonly reason: string;
  constructor(reason: string) {
    super(reason);
    this.reason = reason;
  }
}

export function userSummary(user: User, now: Date): UserSummary {
  const inactivity = inactivityStatus(lastActiveAt(user), now);
  return {
    username: user.username,
    role: user.role as Role,
    ...(user.displayName === undefined ? {} : { displayName: user.displayName }),
    disabled: user.disabled,
    ...(user.disabledReason === undefined ? {} : { disabledReason: user.disabledReason }),
    createdAt: user.createdAt,
    ...(user.lastLoginAt === undefined ? {} : { lastLoginAt: user.lastLoginAt }),
    passwordChangedAt: user.passwordChangedAt,
    mustChangePassword: user.mustChangePassword || user.oneTimePassword !== undefined,
    totpEnrolled: user.totp !== undefined,
    ...(!user.disabled && inactivity.remind ? { inactivityBlocksInDays: inactivity.daysLeft } : {}),
  };
}

function displayNameIssues(value: unknown): ValidationIssue[] {
  if (value === undefined) return [];
  if (typeof value === 'string' && value.trim().length > 0 && value.length <= DISPLAY_NAME_MAX) return [];
  return [
    {
      path: 'displayName',
      rule: 'length',
      message: `a display name is 1 to ${DISPLAY_NAME_MAX} characters`,
    },
  ];
}

export class Accounts {
  readonly users: UserStore;
  readonly sessions: SessionStore;
  readonly throttle: LoginThrottle;
  readonly audit: AuditLog;
  readonly nodeRole: NodeRole;
  readonly #issuer: string;
  readonly #clock: () => Date;

  constructor(options: AccountsOptions) {
    this.users = options.users;
    this.sessions = options.sessions;
    this.throttle = options.throttle;
    this.audit = options.audit;
    this.nodeRole = options.nodeRole;
    this.#issuer = options.issuer;
    this.#clock = options.clock ?? (() => new Date());
  }

  now(): Date {
    return this.#clock();
  }

  // -------------------------------------------------------------------------------------------
  // Signing in

  async signIn(request: SignInRequest, client: { ip?: string } = {}): Promise<SignedIn> {
    const now = this.#clock();
    const { username } = request;
    const verdict = await this.throttle.check(username, client.ip, now);
    if (!verdict.allowed) {
      const known = await this.users.get(username);
      await this.audit.append({
        action: 'login-locked',
        actor: known ? known.username : 'unknown',
        outcome: 'denied',
        details: { retryAfterSeconds: verdict.retryAfterSeconds },
        ...ipOf(client.ip),
      });
      throw new ThrottledError(verdict.retryAfterSeconds);
    }

    const user = await this.users.get(username);
    const credential = await this.#checkCredential(user, request.password, now);
    if (!user || !credential) {
      await this.#refuse(user, 'credentials', client.ip, now, username);
      throw new SignInRefusedError('invalid_credentials');
    }
    // From here the password is known to be right: only now may the answer say more.
    if (user.disabled) {
      await this.#auditRefusal(user.username, 'blocked', client.ip);
      throw new SignInRefusedError(
        user.disabledReason === 'inactivity' ? 'account_blocked' : 'account_disabled',
      );
    }
    const inactivity = inactivityStatus(lastActiveAt(user), now);
    if (inactivity.blocked) {
      await this.#blockForInactivity(user.username, now);
      await this.#auditRefusal(user.username, 'blocked', client.ip);
      throw new SignInRefusedError('account_blocked');
    }

    let outcome: { user: User; secondFactor: Session['secondFactor'] };
    try {
      outcome = await this.users.update(user.username, (current) =>
        this.#completeSignIn(user, current, request, credential, now, client.ip),
      );
    } catch (err) {
      if (err instanceof SecondFactorFailure) {
        await this.#refuse(user, 'second-factor', client.ip, now, username, err.reason);
        throw new SignInRefusedError('second_factor_invalid');
      }
      if (err instanceof SignInRefusedError && err.code === 'invalid_credentials') {
        await this.#refuse(user, 'credentials', client.ip, now, username);
      }
      throw err;
    }
    await this.throttle.succeed(username, client.ip, now);

    const signedIn = outcome.user;
    const pending: SessionStep[] = [];
    if (credential === 'one-time' || signedIn.mustChangePassword || passwordStatus(signedIn, now).expired) {
      pending.push('password-change');
    }
    if (requiresSecondFactor(signedIn.role) && !signedIn.totp) pending.push('totp-enrolment');
    const { token, session } = await this.sessions.create({
      userId: signedIn.id,
      username: signedIn.username,
      role: signedIn.role,
      pending,
      secondFactor: outcome.secondFactor,
      ...(inactivity.remind ? { inactivityBlocksInDays: inactivity.daysLeft } : {}),
    });
    return { token, session, response: this.#describe(session, signedIn, now) };
  }

  /** Which credential `password` is, verified with one argon2 hash whatever the account. */
  async #checkCredential(
    user: User | undefined,
    password: string,
    now: Date,
  ): Promise<'password' | 'one-time' | undefined> {
    const oneTime = user?.oneTimePassword;
    const oneTimeUsable =
      oneTime !== undefined && !oneTime.usedAt && Date.parse(oneTime.expiresAt) > now.getTime();
    // An account has a password or a one-time password, never both (a reset removes the
    // password), so every attempt costs one verification and timing tells nothing.
    const hash = user?.passwordHash ?? (oneTimeUsable ? oneTime.hash : await decoyPasswordHash());
    const ok = await verifyPassword(hash, password);
    if (!ok || !user) return undefined;
    return user.passwordHash !== undefined ? 'password' : 'one-time';
  }

  /** The serialised part of a sign-in: single-use checks and the account's new state. */
  #completeSignIn(
    checked: User,
    current: User | undefined,
    request: SignInRequest,
    credential: 'password' | 'one-time',
    now: Date,
    ip: string | undefined,
  ) {
    // The account changed between the password check and now (deleted, reset, disabled).
    if (
      !current ||
      current.id !== checked.id ||
      current.passwordHash !== checked.passwordHash ||
      current.disabled
    ) {
      throw new SignInRefusedError('invalid_credentials');
    }
    if (
      credential === 'one-time' &&
      (current.oneTimePassword?.usedAt || current.oneTimePassword?.hash !== checked.oneTimePassword?.hash)
    ) {
      throw new SignInRefusedError('invalid_credentials');
    }
    const updated: User = { ...current, lastLoginAt: now.toISOString() };
    const audit: AuditEntryInput[] = [];
    let secondFactor: Session['secondFactor'] = 'none';
    if (current.totp) {
      if (request.recoveryCode !== undefined) {
        const spent = useRecoveryCode(current.recoveryCodes, request.recoveryCode);
        if (!spent.ok) throw new SecondFactorFailure('wrong-recovery-code');
        updated.recoveryCodes = spent.remaining;
        secondFactor = 'recovery-code';
        audit.push({
          action: 'recovery-code-used',
          actor: current.username,
          outcome: 'ok',
          details: { remaining: spent.remaining.length },
          ...ipOf(ip),
        });
      } else if (request.totp !== undefined) {
        const result = verifyTotp(current.totp.secret, request.totp, current.totp.lastStep, now);
        if (!result.ok) throw new SecondFactorFailure(result.reason);
        updated.totp = { ...current.totp, lastStep: result.step };
        secondFactor = 'totp';
      } else {
        throw new SignInRefusedError('second_factor_required');
      }
    }
    if (credential === 'one-time' && current.oneTimePassword) {
      updated.oneTimePassword = { ...current.oneTimePassword, usedAt: now.toISOString() };
    }
    const expired = credential === 'password' && passwordStatus(current, now).expired;
    audit.unshift({
      action: 'login',
      actor: current.username,
      outcome: 'ok',
      details: {
        secondFactor,
        ...(credential === 'one-time' ? { oneTimePassword: true } : {}),
        ...(expired ? { passwordExpired: true } : {}),
      },
      ...ipOf(ip),
    });
    return { user: updated, audit, secondFactor };
  }

  /** A failed attempt: counted against the username and the address, and audited. */
  async #refuse(
    user: User | undefined,
    reason: 'credentials' | 'second-factor',
    ip: string | undefined,
    now: Date,
    typedUsername: string,
    detail?: string,
  ): Promise<void> {
    await this.throttle.fail(typedUsername, ip, now);
    await this.#auditRefusal(user?.username, reason, ip, detail);
  }

  async #auditRefusal(
    username: string | undefined,
    reason: 'credentials' | 'second-factor' | 'blocked' | 'expired',
    ip: string | undefined,
    detail?: string,
  ): Promise<void> {
    await this.audit.append({
      action: 'login-failed',
      // Only a name that exists: a password typed into the username field is never stored.
      actor: username ?? 'unknown',
      outcome: 'failed',
      details: { reason, ...(detail === undefined ? {} : { code: detail }) },
      ...ipOf(ip),
    });
  }

  async #blockForInactivity(username: string, now: Date): Promise<boolean> {
    const blocked = await this.users.update(username, (current) => {
      if (!current || current.disabled) return undefined;
      if (!inactivityStatus(lastActiveAt(current), now).blocked) return undefined;
      return {
        user: { ...current, disabled: true, disabledReason: 'inactivity' as const },
        audit: [
          {
            action: 'user-disabled' as const,
            actor: 'system:inactivity',
            target: username,
            outcome: 'ok' as const,
            details: { reason: 'inactivity' },
          },
        ],
      };
    });
    if (blocked) await this.sessions.revokeUser(username);
    return blocked !== undefined;
  }

  /** Blocks every account unused for the whole inactivity period; returns how many. */
  async blockInactiveAccounts(): Promise<number> {
    const now = this.#clock();
    let count = 0;
    for (const user of await this.users.list()) {
      if (user.disabled || !inactivityStatus(lastActiveAt(user), now).blocked) continue;
      if (await this.#blockForInactivity(user.username, now)) count++;
    }
    return count;
  }

  #describe(session: Session, user: User, now: Date): SessionResponse {
    const password = passwordStatus(user, now);
    return {
      user: {
        username: user.username,
        role: user.role as Role,
        ...(user.displayName === undefined ? {} : { displayName: user.displayName }),
      },
      ...(password.remind && user.passwordHash !== undefined
        ? { passwordExpiresInDays: password.daysLeft }
        : {}),
      ...(session.inactivityBlocksInDays === undefined
        ? {}
        : { inactivityBlocksInDays: session.inactivityBlocksInDays }),
      mustChangePassword: session.pending.includes('password-change'),
      totpEnrolmentRequired: session.pending.includes('totp-enrolment'),
      expiresAt: session.expiresAt,
      permissions: [...permissionsOf(user.role)],
    };
  }

  /** `GET /session`. */
  async describeSession(session: Session): Promise<SessionResponse> {
    const user = await this.users.get(session.username);
    if (!user) throw new NotFoundError('user', session.username);
    return this.#describe(session, user, this.#clock());
  }

  /**
   * The live session of a cookie's token, or undefined: unknown, expired, or its account is gone,
   * disabled or holds another role now (such sessions are ended on the spot).
   */
  async sessionOf(token: string | undefined): Promise<Session | undefined> {
    const session = await this.sessions.lookup(token);
    if (!session) return undefined;
    const user = await this.users.get(session.username);
    if (!user || user.id !== session.userId || user.disabled || user.role !== session.role) {
      await this.sessions.revoke(token);
      return undefined;
    }
    return session;
  }

  async signOut(token: string | undefined, session: Session, ip?: string): Promise<void> {
    await this.sessions.revoke(token);
    await this.audit.append({ action: 'logout', actor: session.username, outcome: 'ok', ...ipOf(ip) });
  }

  // -------------------------------------------------------------------------------------------
  // A session's own account

  /**
   * Changes the signed-in user's password. `current` is the password, or the one-time password
   * this session was opened with. Ends the user's other sessions.
   */
  async changePassword(
    token: string | undefined,
    session: Session,
    change: { current: string; next: string },
    ip?: string,
  ): Promise<void> {
    const now = this.#clock();
    const verdict = await this.throttle.check(session.username, ip, now);
    if (!verdict.allowed) throw new ThrottledError(verdict.retryAfterSeconds);
    const user = await this.users.get(session.username);
    if (!user) throw new NotFoundError('user', session.username);
    const oneTime = user.oneTimePassword;
    const currentHash =
      user.passwordHash ??
      (oneTime && Date.parse(oneTime.expiresAt) > now.getTime() ? oneTime.hash : undefined);
    if (currentHash === undefined || !(await verifyPassword(currentHash, change.current))) {
      await this.throttle.fail(session.username, ip, now);
      await this.audit.append({
        action: 'password-changed',
        actor: session.username,
        outcome: 'failed',
        details: { reason: 'wrong-current-password' },
        ...ipOf(ip),
      });
      throw new ValidationError([
        { path: 'current', rule: 'incorrect', message: 'this is not your current password' },
      ]);
    }
    const issues = (
      await checkPassword(change.next, { username: user.username, previousHashes: user.passwordHistory })
    ).map((issue) => ({ ...issue, path: 'next' }));
    if (issues.length === 0 && change.next === change.current) {
      issues.push({
        path: 'next',
        rule: 'reused',
        message: 'the new password must differ from the current one',
      });
    }
    if (issues.length > 0) throw new ValidationError(issues);

    const newHash = await hashPassword(change.next);
    const forced = session.pending.includes('password-change');
    await this.users.update(user.username, (current) => {
      if (!current || current.id !== user.id) throw new NotFoundError('user', user.username);
      const { oneTimePassword: _used, ...rest } = current;
      return {
        user: {
          ...rest,
          passwordHash: newHash,
          passwordHistory: nextPasswordHistory(newHash, current.passwordHistory),
          passwordChangedAt: now.toISOString(),
          mustChangePassword: false,
        },
        audit: [
          {
            action: 'password-changed',
            actor: user.username,
            outcome: 'ok',
            details: { forced },
            ...ipOf(ip),
          },
        ],
      };
    });
    await this.throttle.succeed(session.username, ip, now);
    await this.sessions.complete(token, 'password-change');
    await this.#revokeSessions(user.username, 'system:password-change', token);
  }

  /** Starts a TOTP enrolment: a new secret, shown once as a QR code; confirmed with `confirmTotp`. */
  async startTotpEnrolment(session: Session): Promise<TotpEnrolmentResponse> {
    const now = this.#clock();
    let enrolment: TotpEnrolmentResponse | undefined;
    await this.users.update(session.username, async (current) => {
      if (!current) throw new NotFoundError('user', session.username);
      if (current.totp) throw new TotpAlreadyEnrolledError();
      const fresh = await newEnrolment(current.username, this.#issuer);
      enrolment = { uri: fresh.uri, qrSvg: fresh.qrSvg, secret: fresh.secret };
      return { user: { ...current, totpPending: { secret: fresh.secret, startedAt: now.toISOString() } } };
    });
    return enrolment!;
  }

  /** Confirms an enrolment with a code from the app; returns the recovery codes, shown once. */
  async confirmTotp(
    token: string | undefined,
    session: Session,
    code: string,
    ip?: string,
  ): Promise<TotpConfirmResponse> {
    const now = this.#clock();
    const verdict = await this.throttle.check(session.username, ip, now);
    if (!verdict.allowed) throw new ThrottledError(verdict.retryAfterSeconds);
    const recovery = newRecoveryCodes();
    try {
      await this.users.update(session.username, (current) => {
        if (!current) throw new NotFoundError('user', session.username);
        if (current.totp) throw new TotpAlreadyEnrolledError();
        const pending = current.totpPending;
        if (!pending) {
          throw new ValidationError([
            {
              path: 'code',
              rule: 'no-enrolment',
              message: 'start the enrolment first (POST /api/v1/session/totp)',
            },
          ]);
        }
        const result = verifyTotp(pending.secret, code, undefined, now);
        if (!result.ok) throw new SecondFactorFailure(result.reason);
        const { totpPending: _done, ...rest } = current;
        return {
          user: {
            ...rest,
            // The confirming code's step counts as used: it cannot sign anyone in afterwards.
            totp: { secret: pending.secret, lastStep: result.step, enrolledAt: now.toISOString() },
            recoveryCodes: recovery.hashes,
          },
          audit: [
            {
              action: 'totp-enrolled',
              actor: current.username,
              target: current.username,
              outcome: 'ok',
              ...ipOf(ip),
            },
            {
              action: 'recovery-codes-generated',
              actor: current.username,
              target: current.username,
              outcome: 'ok',
              details: { count: recovery.hashes.length },
              ...ipOf(ip),
            },
          ],
        };
      });
    } catch (err) {
      if (!(err instanceof SecondFactorFailure)) throw err;
      await this.throttle.fail(session.username, ip, now);
      throw new ValidationError([
        {
          path: 'code',
          rule: 'wrong-code',
          message: 'that is not the code your app shows now: try the next one',
        },
      ]);
    }
    await this.sessions.complete(token, 'totp-enrolment');
    return { recoveryCodes: recovery.codes };
  }

  // -------------------------------------------------------------------------------------------
  // Contact point

  async listUsers(): Promise<UserSummary[]> {
    const now = this.#clock();
    return (await this.users.list())
      .sort((a, b) => (a.username < b.username ? -1 : 1))
      .map((user) => userSummary(user, now));
  }

  async getUser(username: string): Promise<UserSummary> {
    const user = await this.users.get(username);
    if (!user) throw new NotFoundError('user', username);
    return userSummary(user, this.#clock());
  }

  /**
   * Creates an account. Without `password` it gets a one-time password (returned, shown once,
   * valid a week) that must be changed at first sign-in; the CLI may set a password instead.
   */
  async createUser(
    actor: AccountActor,
    input: { username: unknown; role: unknown; displayName?: unknown; password?: string },
  ): Promise<{ user: UserSummary; oneTimePassword?: string }> {
    const issues = [
      ...checkNewUser(
        {
          username: input.username,
          role: input.role,
          ...(input.password === undefined ? {} : { password: input.password }),
        },
        this.nodeRole,
      ),
      ...displayNameIssues(input.displayName),
    ];
    if (issues.length > 0) throw new ValidationError(issues);
    const username = input.username as string;
    const role = input.role as Role;
    await this.#assertMayAssign(actor, role, username, 'user-created');

    const now = this.#clock();
    const oneTimePassword =
      input.password === undefined ? generatePassword(ONE_TIME_PASSWORD_LENGTH) : undefined;
    const hash = await hashPassword(input.password ?? oneTimePassword!);
    const user: User = {
      schema: 2,
      id: newUserId(),
      username,
      role,
      ...(typeof input.displayName === 'string' ? { displayName: input.displayName.trim() } : {}),
      ...(oneTimePassword === undefined
        ? { passwordHash: hash, passwordHistory: [hash] }
        : {
            passwordHistory: [],
            oneTimePassword: {
              hash,
              kind: 'initial' as const,
              issuedAt: now.toISOString(),
              expiresAt: new Date(now.getTime() + ONE_TIME_PASSWORD_HOURS.initial * HOUR_MS).toISOString(),
            },
          }),
      passwordChangedAt: now.toISOString(),
      mustChangePassword: oneTimePassword !== undefined,
      recoveryCodes: [],
      disabled: false,
      activeSince: now.toISOString(),
      createdAt: now.toISOString(),
      createdBy: actor.username,
    };
    await this.users.create(user, [
      {
        action: 'user-created',
        actor: actor.username,
        target: username,
        outcome: 'ok',
        details: { role },
        ...ipOf(actor.ip),
      },
    ]);
    return { user: userSummary(user, now), ...(oneTimePassword === undefined ? {} : { oneTimePassword }) };
  }

  /** Changes an account's role, state or display name; nobody changes their own. */
  async updateUser(actor: AccountActor, username: string, change: UpdateUserRequest): Promise<UserSummary> {
    const issues: ValidationIssue[] = [
      ...(change.role === undefined ? [] : roleIssues(change.role, this.nodeRole)),
      ...displayNameIssues(change.displayName),
    ];
    if (change.role === undefined && change.disabled === undefined && change.displayName === undefined) {
      issues.push({
        path: '',
        rule: 'required',
        message: 'send at least one of role, disabled, displayName',
      });
    }
    if (issues.length > 0) throw new ValidationError(issues);
    const action =
      change.role !== undefined
        ? 'role-changed'
        : change.disabled === true
          ? 'user-disabled'
          : change.disabled === false
            ? 'user-enabled'
            : 'user-updated';
    if (sameName(actor.username, username)) {
      await this.#auditDenied(actor, action, username, 'own-account');
      throw new ForbiddenError('nobody changes their own role or account state: ask another administrator');
    }
    const now = this.#clock();
    let endSessions = false;
    const result = await this.users.update(username, async (current) => {
      if (!current) throw new NotFoundError('user', username);
      await this.#assertMayAssign(actor, current.role, username, action);
      if (change.role !== undefined) await this.#assertMayAssign(actor, change.role, username, action);
      const updated: User = { ...current };
      const audit: AuditEntryInput[] = [];
      const base = { actor: actor.username, target: username, outcome: 'ok' as const, ...ipOf(actor.ip) };
      if (change.role !== undefined && change.role !== current.role) {
        updated.role = change.role;
        endSessions = true;
        audit.push({ ...base, action: 'role-changed', details: { from: current.role, to: change.role } });
      }
      if (change.disabled === true && !current.disabled) {
        updated.disabled = true;
        updated.disabledReason = 'manual';
        endSessions = true;
        audit.push({ ...base, action: 'user-disabled', details: { reason: 'manual' } });
      } else if (change.disabled === false && current.disabled) {
        updated.disabled = false;
        delete updated.disabledReason;
        // Re-enabling restarts the inactivity period, or a blocked account would block again at once.
        updated.activeSince = now.toISOString();
        audit.push({ ...base, action: 'user-enabled' });
      }
      if (change.displayName !== undefined && change.displayName.trim() !== current.displayName) {
        updated.displayName = change.displayName.trim();
        audit.push({ ...base, action: 'user-updated', details: { fields: ['displayName'] } });
      }
      return { user: updated, audit };
    });
    if (endSessions) await this.#revokeSessions(username, actor.username, undefined, actor.ip);
    return userSummary(result.user, now);
  }

  /**
   * A contact point's reset: the password stops working, the user's sessions end, and a one-time
   * code (valid 24 hours, once) opens a session that must choose a new password. With `totp`, the
   * second factor is removed too, so the user enrols again.
   */
  async resetUser(
    actor: AccountActor,
    username: string,
    options: { totp?: boolean } = {},
  ): Promise<ResetUserResponse> {
    if (sameName(actor.username, username)) {
      await this.#auditDenied(actor, 'password-reset', username, 'own-account');
      throw new ForbiddenError('nobody resets their own account: change your password instead');
    }
    const now = this.#clock();
    const code = generatePassword(ONE_TIME_PASSWORD_LENGTH);
    const hash = await hashPassword(code);
    const expiresAt = new Date(now.getTime() + ONE_TIME_PASSWORD_HOURS.reset * HOUR_MS).toISOString();
    await this.users.update(username, async (current) => {
      if (!current) throw new NotFoundError('user', username);
      await this.#assertMayAssign(actor, current.role, username, 'password-reset');
      const { passwordHash: _old, ...rest } = current;
      const updated: User = {
        ...rest,
        oneTimePassword: { hash, kind: 'reset', issuedAt: now.toISOString(), expiresAt },
        mustChangePassword: true,
      };
      const base = { actor: actor.username, target: username, outcome: 'ok' as const, ...ipOf(actor.ip) };
      const audit: AuditEntryInput[] = [{ ...base, action: 'password-reset' }];
      if (options.totp) {
        delete updated.totp;
        delete updated.totpPending;
        updated.recoveryCodes = [];
        audit.push({ ...base, action: 'totp-reset' });
      }
      return { user: updated, audit };
    });
    await this.#revokeSessions(username, actor.username, undefined, actor.ip);
    return { oneTimeCode: code, expiresAt };
  }

  /** Ends every session of `username`; returns how many. */
  async revokeUserSessions(actor: AccountActor, username: string): Promise<number> {
    if (!(await this.users.get(username))) throw new NotFoundError('user', username);
    return this.#revokeSessions(username, actor.username, undefined, actor.ip, true);
  }

  async #revokeSessions(
    username: string,
    by: string,
    exceptToken?: string,
    ip?: string,
    auditEmpty = false,
  ): Promise<number> {
    const count = await this.sessions.revokeUser(username, exceptToken);
    if (count > 0 || auditEmpty) {
      await this.audit.append({
        action: 'session-revoked',
        actor: by,
        target: username,
        outcome: 'ok',
        details: { count },
        ...ipOf(ip),
      });
    }
    return count;
  }

  /** Refuses (and audits) a role the actor may not give, or an account it may not touch. */
  async #assertMayAssign(
    actor: AccountActor,
    role: string,
    target: string,
    action: AuditEntryInput['action'],
  ): Promise<void> {
    if (actor.role === undefined) return; // the appliance's operator
    if (mayAssign(actor.role, role, { actor: actor.username, target })) return;
    await this.#auditDenied(actor, action, target, `role ${role}`);
    throw new ForbiddenError(`a ${actor.role} cannot give or manage the role ${role}`);
  }

  async #auditDenied(actor: AccountActor, action: AuditEntryInput['action'], target: string, reason: string) {
    await this.audit.append({
      action,
      actor: actor.username,
      target,
      outcome: 'denied',
      details: { reason },
      ...ipOf(actor.ip),
    });
  }
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
