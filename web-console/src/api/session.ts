/**
 * `/api/v1/session`: sign in (with a second factor when the account has one), who am I, sign
 * out, changing one's own password and enrolling a TOTP second factor.
 *
 * The login answer says what the console must do first: `mustChangePassword` (after a reset or
 * expiry: nothing else until the password is changed), `totpEnrolmentRequired` (an administrator
 * without a second factor: enrol first), `passwordExpiresInDays` (a notice from 10 days before).
 * The node asks for the code with `401 second_factor_required` and throttles with `429` and
 * `Retry-After`.
 *
 * @example
 *   const session = await signIn({ username, password });
 *   if (session.mustChangePassword) showPasswordChange();
 */
import {
  apiPaths,
  type PasswordChangeRequest,
  type SessionRequest,
  type SessionResponse,
  type TotpConfirmRequest,
  type TotpConfirmResponse,
  type TotpEnrolmentResponse,
} from '../../../protocol/api.ts';
import { apiRequest } from './http.ts';

export type { PasswordChangeRequest, SessionRequest, SessionResponse, TotpEnrolmentResponse };

/** The error code that asks for the TOTP code (or a recovery code) after a right password. */
export const SECOND_FACTOR_REQUIRED = 'second_factor_required';

/** A TOTP code is six digits; anything else typed in the code field is taken as a recovery code. */
export function secondFactorOf(code: string): Pick<SessionRequest, 'totp' | 'recoveryCode'> {
  const compact = code.replace(/\s+/g, '');
  return /^\d{6}$/.test(compact) ? { totp: compact } : { recoveryCode: code.trim() };
}

export const signIn = (request: SessionRequest) =>
  apiRequest<SessionResponse>('POST', apiPaths.session, request, { expectUnauthenticated: true });

/** The current session, or undefined when there is none (the sign-in screen shows). */
export async function currentSession(): Promise<SessionResponse | undefined> {
  try {
    return await apiRequest<SessionResponse>('GET', apiPaths.session, undefined, {
      expectUnauthenticated: true,
    });
  } catch (err) {
    if ((err as { status?: number }).status === 401) return undefined;
    throw err;
  }
}

export const signOut = () => apiRequest<void>('DELETE', apiPaths.session);

export const changePassword = (request: PasswordChangeRequest) =>
  apiRequest<void>('POST', apiPaths.sessionPassword, request);

export const startTotpEnrolment = () => apiRequest<TotpEnrolmentResponse>('POST', apiPaths.sessionTotp);

export const confirmTotpEnrolment = (request: TotpConfirmRequest) =>
  apiRequest<TotpConfirmResponse>('POST', apiPaths.sessionTotpConfirm, request);
