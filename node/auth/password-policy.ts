/**
 * The password policy: what a new password must satisfy, and when a password expires or an
 * unused account is blocked. The rules follow NIST SP 800-63B in spirit (length and a deny-list
 * matter more than composition rules) with the expiry and inactivity periods that customs
 * administrations' security policies ask for. Everything here is pure and takes `now`, so the
 * API, the CLI and a nightly job decide the same way.
 *
 * @example
 *   const issues = await checkPassword(input.password, { username: 'maria', previousHashes: user.passwordHistory });
 *   if (issues.length > 0) throw new ValidationError(issues);
 *   const { expired, remindFrom } = passwordStatus(user, new Date());
 */
import type { ValidationIssue } from '../../protocol/validation-types.ts';
import { COMMON_PASSWORDS } from './common-passwords.ts';
import { verifyPassword } from './passwords.ts';

const DAY_MS = 24 * 3600_000;

export const PASSWORD_POLICY = {
  minLength: 12,
  maxLength: 256,
  /** Below this length a password must mix at least two of: lower case, upper case, digits, others. */
  singleClassMinLength: 16,
  /** Fewer distinct characters than this is a pattern, not a password (`aaaaaaaaaaaaab`). */
  minDistinctCharacters: 6,
  expiryDays: 90,
  expiryReminderDays: 10,
  inactivityBlockDays: 90,
  inactivityReminderDays: 10,
  /** A new password may not be any of this many previous ones. */
  historySize: 5,
  /** A username shorter than this is too likely to occur by chance to be refused inside a password. */
  usernameMinMatchLength: 3,
} as const;

/** Runs that a person types when asked for "something long": alphabet, digits, keyboard rows. */
const SEQUENCES = [
  'abcdefghijklmnopqrstuvwxyz',
  '0123456789',
  'qwertyuiopasdfghjklzxcvbnm',
  'qwertzuiopasdfghjklyxcvbnm',
  'azertyuiopqsdfghjklmwxcvbn',
  '1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p',
].flatMap((run) => {
  const repeated = run.repeat(Math.ceil(PASSWORD_POLICY.maxLength / run.length) + 1);
  return [repeated, [...repeated].reverse().join('')];
});

const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'l',
};

const unleet = (text: string) => [...text].map((char) => LEET[char] ?? char).join('');

/** The forms under which a password is looked up in the common list. */
function commonForms(password: string): string[] {
  const lower = password.normalize('NFKC').toLowerCase();
  const core = lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  const forms = [lower, core, unleet(lower), unleet(core)];
  // `P@ssw0rd!2026`: undo the leetspeak first, then strip what was added around the word.
  forms.push(unleet(lower).replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''));
  // Separators between words (`pass-word`, `i love you`) do not make a common password less so.
  forms.push(...forms.map((form) => form.replace(/[\s._-]+/g, '')));
  return forms.filter((form) => form.length > 0);
}

function characterClasses(password: string): number {
  const classes = [/\p{Ll}/u, /\p{Lu}/u, /\p{Nd}/u, /[^\p{Ll}\p{Lu}\p{Nd}]/u];
  return classes.filter((pattern) => pattern.test(password)).length;
}

const issue = (rule: string, message: string): ValidationIssue => ({ path: 'password', rule, message });

/**
 * The rules a password can be checked against without stored state. Lengths count characters
 * as a person sees them (code points), not UTF-16 units.
 */
export function passwordRuleIssues(password: string, context: { username: string }): ValidationIssue[] {
  if (typeof password !== 'string') return [issue('type', 'a password is a text')];
  const length = [...password].length;
  const p = PASSWORD_POLICY;
  if (length < p.minLength) return [issue('min-length', `a password has at least ${p.minLength} characters`)];
  if (length > p.maxLength) return [issue('max-length', `a password has at most ${p.maxLength} characters`)];

  const issues: ValidationIssue[] = [];
  const lower = password.normalize('NFKC').toLowerCase();
  const username = context.username.normalize('NFKC').trim().toLowerCase();
  if (username.length >= p.usernameMinMatchLength && lower.includes(username)) {
    issues.push(issue('contains-username', 'a password may not contain the username'));
  }
  if (commonForms(password).some((form) => COMMON_PASSWORDS.has(form))) {
    issues.push(
      issue(
        'common',
        'this password, or the word at its core, is among the most common ones: choose another',
      ),
    );
  } else if (SEQUENCES.some((run) => run.includes(lower))) {
    issues.push(
      issue('sequence', 'a run of the alphabet, digits or a keyboard row is guessed first: choose another'),
    );
  }
  if (new Set(lower).size < p.minDistinctCharacters || /^(.+?)\1+$/su.test(lower)) {
    issues.push(
      issue('repetitive', 'a password made of a repeated pattern is guessed quickly: choose another'),
    );
  }
  if (length < p.singleClassMinLength && characterClasses(password) < 2) {
    issues.push(
      issue(
        'character-classes',
        `a password shorter than ${p.singleClassMinLength} characters mixes at least two of: lower case, upper case, digits, other characters`,
      ),
    );
  }
  return issues;
}

/**
 * Every issue with a new password, including reuse of one of the last `historySize` passwords
 * (`previousHashes`, argon2id hashes, newest first; the current one included). Checking the
 * history costs one hash verification per entry, hence the promise.
 */
export async function checkPassword(
  password: string,
  context: { username: string; previousHashes?: readonly string[] },
): Promise<ValidationIssue[]> {
  const issues = passwordRuleIssues(password, context);
  // A password refused already needs no costly history check.
  if (issues.length > 0) return issues;
  for (const previous of (context.previousHashes ?? []).slice(0, PASSWORD_POLICY.historySize)) {
    if (await verifyPassword(previous, password)) {
      issues.push(
        issue(
          'reused',
          `a new password may not be one of your last ${PASSWORD_POLICY.historySize} passwords`,
        ),
      );
      break;
    }
  }
  return issues;
}

/** The hashes to keep after a password change: the new one first, at most `historySize`. */
export function nextPasswordHistory(newHash: string, previousHashes: readonly string[] = []): string[] {
  return [newHash, ...previousHashes.filter((hash) => hash !== newHash)].slice(
    0,
    PASSWORD_POLICY.historySize,
  );
}

export interface PasswordStatus {
  /** The password no longer opens a session; the user must change it (or must anyway: `mustChange`). */
  expired: boolean;
  expiresAt: string;
  remindFrom: string;
  /** Whether to show the reminder now: from `remindFrom` until expiry. */
  remind: boolean;
  /** Whole days left, rounded up (so "1 day" until the last moment), 0 once expired. */
  daysLeft: number;
}

/** What `passwordStatus` needs of a user. */
export interface PasswordDates {
  createdAt: string;
  /** When the password was last set; absent means it is the one set at creation. */
  passwordChangedAt?: string;
}

function toMs(value: string | Date): number {
  const ms = typeof value === 'string' ? Date.parse(value) : value.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`not a date: ${String(value)}`);
  return ms;
}

function periodStatus(startMs: number, now: Date, periodDays: number, reminderDays: number) {
  const endMs = startMs + periodDays * DAY_MS;
  const remindMs = endMs - reminderDays * DAY_MS;
  const nowMs = now.getTime();
  const over = nowMs >= endMs;
  return {
    over,
    endsAt: new Date(endMs).toISOString(),
    remindFrom: new Date(remindMs).toISOString(),
    remind: !over && nowMs >= remindMs,
    daysLeft: over ? 0 : Math.ceil((endMs - nowMs) / DAY_MS),
  };
}

export function passwordStatus(user: PasswordDates, now: Date): PasswordStatus {
  const p = PASSWORD_POLICY;
  const status = periodStatus(
    toMs(user.passwordChangedAt ?? user.createdAt),
    now,
    p.expiryDays,
    p.expiryReminderDays,
  );
  return {
    expired: status.over,
    expiresAt: status.endsAt,
    remindFrom: status.remindFrom,
    remind: status.remind,
    daysLeft: status.daysLeft,
  };
}

export interface InactivityStatus {
  /** The account has not been used for the whole period: sign-in is refused until an administrator re-enables it. */
  blocked: boolean;
  blocksAt: string;
  remindFrom: string;
  remind: boolean;
  daysLeft: number;
}

/**
 * Inactivity since `lastActiveAt`: the last sign-in, or the account's creation (or re-enabling)
 * for an account never used since.
 */
export function inactivityStatus(lastActiveAt: string | Date, now: Date): InactivityStatus {
  const p = PASSWORD_POLICY;
  const status = periodStatus(toMs(lastActiveAt), now, p.inactivityBlockDays, p.inactivityReminderDays);
  return {
    blocked: status.over,
    blocksAt: status.endsAt,
    remindFrom: status.remindFrom,
    remind: status.remind,
    daysLeft: status.daysLeft,
  };
}
