/**
 * The TOTP second factor (RFC 6238: SHA-1, 6 digits, 30-second steps, the settings every
 * authenticator app understands) and single-use recovery codes.
 *
 * Replay protection: the caller stores the step of the last accepted code and passes it back;
 * a code from that step or an earlier one is refused, so a code seen over a shoulder or in a
 * proxy log cannot be used a second time, even within its 90 seconds of validity.
 *
 * The secret and recovery codes are secrets: they go to the user once (enrolment screen) and
 * into the user record; they never appear in logs, errors or audit details.
 *
 * @example
 *   const { secret, uri, qrSvg } = await newEnrolment('maria', 'CEN Kenya');
 *   const result = verifyTotp(user.totpSecret, code, user.totpLastStep, new Date());
 *   if (result.ok) await users.update({ ...user, totpLastStep: result.step });
 */
import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import { HOTP, Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';

export const TOTP_SETTINGS = {
  algorithm: 'SHA1',
  digits: 6,
  periodSeconds: 30,
  /** Steps accepted either side of now: tolerates a phone clock 30 s off and a slow typist. */
  window: 1,
  /** 160 bits, the size RFC 4226 recommends for SHA-1. */
  secretBytes: 20,
} as const;

export interface Enrolment {
  /** base32, for typing into an app that cannot scan. */
  secret: string;
  /** `otpauth://totp/...` key URI. */
  uri: string;
  /** The URI as a QR code, a standalone SVG document. */
  qrSvg: string;
}

function totpFor(secret: string, label = 'user', issuer = ''): TOTP {
  return new TOTP({
    issuer,
    label,
    secret: Secret.fromBase32(secret),
    algorithm: TOTP_SETTINGS.algorithm,
    digits: TOTP_SETTINGS.digits,
    period: TOTP_SETTINGS.periodSeconds,
  });
}

export async function newEnrolment(username: string, issuer: string): Promise<Enrolment> {
  const secret = new Secret({ size: TOTP_SETTINGS.secretBytes }).base32;
  const uri = totpFor(secret, username, issuer).toString();
  const qrSvg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { secret, uri, qrSvg };
}

/** The step (30-second period since the epoch) that `at` falls in. */
export function totpStep(at: Date): number {
  return TOTP.counter({ period: TOTP_SETTINGS.periodSeconds, timestamp: at.getTime() });
}

/** The code an authenticator shows at `at`: for tests and demo tooling, never for display by the node. */
export function totpCode(secret: string, at: Date): string {
  return totpFor(secret).generate({ timestamp: at.getTime() });
}

export type TotpResult =
  { ok: true; step: number } | { ok: false; reason: 'malformed' | 'wrong-code' | 'replayed' };

const CODE = /^\d{6}$/;

function sameText(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

/**
 * Checks a code against the steps around `now`. `lastUsedStep` is the step of the last code
 * accepted for this secret (undefined before the first); a matching step at or before it is a
 * replay. On success, store `step` as the new `lastUsedStep`.
 */
export function verifyTotp(
  secret: string,
  code: string,
  lastUsedStep: number | null | undefined,
  now: Date,
): TotpResult {
  const normalised = typeof code === 'string' ? code.replace(/[\s-]/g, '') : '';
  if (!CODE.test(normalised)) return { ok: false, reason: 'malformed' };
  const key = Secret.fromBase32(secret);
  const current = totpStep(now);
  let replayed = false;
  // Newest step first, so a code valid for two steps (a one-in-a-million collision) counts as the
  // newer one and cannot be accepted twice.
  for (let step = current + TOTP_SETTINGS.window; step >= current - TOTP_SETTINGS.window; step--) {
    const expected = HOTP.generate({
      secret: key,
      algorithm: TOTP_SETTINGS.algorithm,
      digits: TOTP_SETTINGS.digits,
      counter: step,
    });
    if (!sameText(expected, normalised)) continue;
    if (lastUsedStep !== undefined && lastUsedStep !== null && step <= lastUsedStep) {
      replayed = true;
      continue;
    }
    return { ok: true, step };
  }
  return { ok: false, reason: replayed ? 'replayed' : 'wrong-code' };
}

// ---------------------------------------------------------------------------------------------
// Recovery codes

export const RECOVERY_CODE_COUNT = 10;

/** Crockford's base32: no I, L, O or U, so a code read from paper is typed right. */
const RECOVERY_ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
const RECOVERY_GROUPS = 4;
const RECOVERY_GROUP_LENGTH = 4;
/** 16 characters of 5 bits: 80 bits each, out of reach of brute force even against the stored sha256. */
const RECOVERY_LENGTH = RECOVERY_GROUPS * RECOVERY_GROUP_LENGTH;

/** Lower case, separators dropped, and the look-alikes Crockford's base32 folds together. */
function normaliseRecoveryCode(code: string): string {
  return code
    .toLowerCase()
    .replace(/[\s-]/g, '')
    .replace(/[ilo]/g, (char) => (char === 'o' ? '0' : '1'));
}

export function hashRecoveryCode(code: string): string {
  return createHash('sha256').update(normaliseRecoveryCode(code), 'utf8').digest('hex');
}

/** Ten codes to show the user once (`k7m2-x9qa-...`) and their hashes to store. */
export function newRecoveryCodes(): { codes: string[]; hashes: string[] } {
  const codes: string[] = [];
  for (let i = 0; i < RECOVERY_CODE_COUNT; i++) {
    let code = '';
    for (let j = 0; j < RECOVERY_LENGTH; j++) {
      if (j > 0 && j % RECOVERY_GROUP_LENGTH === 0) code += '-';
      code += RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)];
    }
    codes.push(code);
  }
  return { codes, hashes: codes.map(hashRecoveryCode) };
}

export type RecoveryResult = { ok: true; remaining: string[] } | { ok: false };

/**
 * Spends one recovery code: on success, `remaining` is the stored list without it (store it in
 * the same write that lets the user in). Every stored hash is compared, so the time taken does
 * not tell which one matched.
 */
export function useRecoveryCode(hashes: readonly string[], code: string): RecoveryResult {
  if (typeof code !== 'string') return { ok: false };
  const normalised = normaliseRecoveryCode(code);
  if (normalised.length !== RECOVERY_LENGTH || ![...normalised].every((c) => RECOVERY_ALPHABET.includes(c))) {
    return { ok: false };
  }
  const candidate = Buffer.from(hashRecoveryCode(normalised), 'hex');
  let match = -1;
  hashes.forEach((stored, index) => {
    const storedBytes = Buffer.from(stored, 'hex');
    if (storedBytes.length === candidate.length && timingSafeEqual(storedBytes, candidate) && match < 0)
      match = index;
  });
  if (match < 0) return { ok: false };
  return { ok: true, remaining: hashes.filter((_, index) => index !== match) };
}
