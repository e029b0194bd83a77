/** Errors of the accounts area; the API's translator maps them like the node's own errors. */
export class UserExistsError extends Error {
  override name = 'UserExistsError';
  readonly username: string;
  constructor(username: string) {
    super(`a user named ${JSON.stringify(username)} already exists`);
    this.username = username;
  }
}

/** Why a sign-in was refused, as the API's error code says it (all answer 401). */
export type SignInRefusal =
  | 'invalid_credentials'
  | 'second_factor_required'
  | 'second_factor_invalid'
  | 'account_disabled'
  | 'account_blocked';

const REFUSAL_MESSAGES: Readonly<Record<SignInRefusal, string>> = {
  invalid_credentials: 'wrong username or password',
  second_factor_required: 'enter the code from your authenticator app, or a recovery code',
  second_factor_invalid: 'that code is not valid (or was used already): enter the current one',
  account_disabled: 'this account is disabled: ask your contact point',
  account_blocked: 'this account was blocked after a long time without use: ask your contact point',
};

/**
 * A refused sign-in. `invalid_credentials` is the only answer before the password is known to be
 * right, whatever the reason (no such user, wrong password, disabled), so nobody can find out
 * which accounts exist.
 */
export class SignInRefusedError extends Error {
  override name = 'SignInRefusedError';
  readonly code: SignInRefusal;
  constructor(code: SignInRefusal) {
    super(REFUSAL_MESSAGES[code]);
    this.code = code;
  }
}

/** Too many failed attempts for this account or from this address (429 with Retry-After). */
export class ThrottledError extends Error {
  override name = 'ThrottledError';
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number) {
    super(`too many failed attempts: try again in ${retryAfterSeconds} seconds`);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** The session may only change its password or enrol a second factor until it has (403). */
export class SessionRestrictedError extends Error {
  override name = 'SessionRestrictedError';
  readonly code: 'password_change_required' | 'totp_enrolment_required';
  constructor(code: 'password_change_required' | 'totp_enrolment_required') {
    super(
      code === 'password_change_required'
        ? 'choose a new password first (POST /api/v1/session/password)'
        : 'enrol a second factor first (POST /api/v1/session/totp, then /session/totp/confirm)',
    );
    this.code = code;
  }
}

/** A second factor is enrolled already; only a contact point's reset removes it (409). */
export class TotpAlreadyEnrolledError extends Error {
  override name = 'TotpAlreadyEnrolledError';
  constructor() {
    super('a second factor is enrolled already: ask your contact point to reset it to enrol a new one');
  }
}
