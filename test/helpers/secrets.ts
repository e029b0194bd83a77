/**
 * The secrets a test run creates (passwords, one-time codes, session tokens, TOTP secrets,
 * recovery codes) and the personal data its fixtures use (names, document numbers). The root hook
 * in `test/setup.ts` fails the run if any of them appears in a log file the run wrote.
 *
 * @example
 *   registerSecret('password', password);
 *   registerSecrets('personal data', ['Otieno', 'AK1234567']);
 */
export const SECRET_KINDS = [
  'password',
  'one-time password',
  'session token',
  'TOTP secret',
  'recovery code',
  'personal data',
] as const;
export type SecretKind = (typeof SECRET_KINDS)[number];

/**
 * Shorter values occur by chance in log lines (times, counts, ids): a six-digit TOTP code is
 * short-lived and not registered; everything registered is at least this long.
 */
export const MIN_SECRET_LENGTH = 6;

const registry = new Map<string, SecretKind>();

export function registerSecret(kind: SecretKind, value: unknown): void {
  if (typeof value === 'string' && value.length >= MIN_SECRET_LENGTH) registry.set(value, kind);
}

export function registerSecrets(kind: SecretKind, values: Iterable<unknown>): void {
  for (const value of values) registerSecret(kind, value);
}

export function registeredSecrets(): ReadonlyMap<string, SecretKind> {
  return registry;
}
