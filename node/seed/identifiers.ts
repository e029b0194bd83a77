/**
 * Identifiers with the shapes and check digits of real ones, so that the synthetic data passes the
 * same checks as an officer's input: ISO 6346 container numbers, IMO ship numbers, IATA flight
 * numbers, vehicle registrations and identity-document numbers.
 */
import type { Random } from './random.ts';

/** ISO 6346 letter values: A=10 counting up, skipping multiples of 11 (11, 22, 33). */
const LETTER_VALUES: Readonly<Record<string, number>> = (() => {
  const values: Record<string, number> = {};
  let v = 10;
  for (let c = 65; c <= 90; c++) {
    if (v % 11 === 0) v++;
    values[String.fromCharCode(c)] = v++;
  }
  return values;
})();

/** The ISO 6346 check digit of the first ten characters (owner code, category, serial). */
export function containerCheckDigit(firstTen: string): number {
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const ch = firstTen[i]!;
    const value = ch >= '0' && ch <= '9' ? Number(ch) : LETTER_VALUES[ch];
    if (value === undefined) throw new RangeError(`not an ISO 6346 character: ${ch}`);
    sum += value * 2 ** i;
  }
  return (sum % 11) % 10;
}

export function isValidContainerNumber(value: string): boolean {
  if (!/^[A-Z]{3}[UJZ]\d{7}$/.test(value)) return false;
  return containerCheckDigit(value.slice(0, 10)) === Number(value[10]);
}

/** Owner prefixes of large container lines (BIC codes), the ones seizures mostly show. */
export const CONTAINER_OWNER_CODES = [
  'MSCU',
  'MEDU',
  'MSKU',
  'MRKU',
  'CMAU',
  'HLXU',
  'HLBU',
  'OOLU',
  'CSNU',
  'ONEU',
  'EGHU',
  'EMCU',
  'TGHU',
  'TCNU',
  'SEGU',
  'TRHU',
  'PCIU',
  'BMOU',
] as const;

/**
 * A container number with a valid check digit. Serials whose remainder is 10 are skipped, as
 * ISO 6346 recommends, because their check digit 0 is ambiguous with remainder 0.
 */
export function containerNumber(rng: Random): string {
  for (;;) {
    const firstTen = rng.pick(CONTAINER_OWNER_CODES) + rng.digits(6);
    let sum = 0;
    for (let i = 0; i < 10; i++) {
      const ch = firstTen[i]!;
      sum += (ch >= '0' && ch <= '9' ? Number(ch) : LETTER_VALUES[ch]!) * 2 ** i;
    }
    if (sum % 11 !== 10) return firstTen + String(sum % 11);
  }
}

/** The IMO check digit: the six digits weighted 7..2, summed, last digit of the sum. */
export function imoCheckDigit(firstSix: string): number {
  let sum = 0;
  for (let i = 0; i < 6; i++) sum += Number(firstSix[i]) * (7 - i);
  return sum % 10;
}

export function isValidImoNumber(value: string): boolean {
  return /^\d{7}$/.test(value) && imoCheckDigit(value.slice(0, 6)) === Number(value[6]);
}

/** IMO numbers of ships in service mostly start with 9 (built since the 1980s). */
export function imoNumber(rng: Random): string {
  const firstSix = (rng.chance(0.85) ? '9' : rng.pick(['7', '8'])) + rng.digits(5);
  return firstSix + String(imoCheckDigit(firstSix));
}

/** An IATA flight number: the airline's two-character designator and one to four digits. */
export function flightNumber(rng: Random, airline: string, cargo = false): string {
  // Passenger flights mostly use 1-3 digit numbers; cargo flights are often in the 3000-8000s.
  const digits = cargo
    ? 4
    : rng.weighted<number>([
        [2, 2],
        [3, 5],
        [4, 1],
      ]);
  const number = cargo
    ? rng.int(3000, 8999)
    : rng.int(digits === 2 ? 1 : 10 ** (digits - 1), 10 ** digits - 1);
  return `${airline}${number}`;
}

const REGISTRATION_FORMATS: Readonly<Record<string, (rng: Random) => string>> = {
  KE: (r) => `K${r.letter()}${r.letter()} ${r.digits(3)}${r.letter()}`,
  TZ: (r) => `T ${r.digits(3)} ${r.letter()}${r.letter()}${r.letter()}`,
  UG: (r) => `U${r.letter()}${r.letter()} ${r.digits(3)}${r.letter()}`,
  BE: (r) => `${r.int(1, 2)}-${r.letter()}${r.letter()}${r.letter()}-${r.digits(3)}`,
  NL: (r) => `${r.letter()}${r.letter()}-${r.digits(3)}-${r.letter()}`,
  FR: (r) => `${r.letter()}${r.letter()}-${r.digits(3)}-${r.letter()}${r.letter()}`,
  ES: (r) => `${r.digits(4)} ${r.letter()}${r.letter()}${r.letter()}`,
  DE: (r) => `${r.pick(['B', 'HH', 'M', 'K', 'F'])}-${r.letter()}${r.letter()} ${r.int(10, 9999)}`,
  GB: (r) => `${r.letter()}${r.letter()}${r.digits(2)} ${r.letter()}${r.letter()}${r.letter()}`,
  ZA: (r) => `${r.letter()}${r.letter()} ${r.digits(2)} ${r.letter()}${r.letter()} GP`,
  NG: (r) => `${r.letter()}${r.letter()}${r.letter()}-${r.digits(3)}${r.letter()}${r.letter()}`,
};

export function vehicleRegistration(rng: Random, country: string): string {
  const format = REGISTRATION_FORMATS[country];
  if (format) return format(rng);
  return `${rng.letter()}${rng.letter()} ${rng.digits(4)} ${rng.letter()}${rng.letter()}`;
}

/** Passport numbers: one or two letters then digits, the common ICAO 9303 shape. */
export function documentNumber(rng: Random, type: string): string {
  switch (type) {
    case 'passport':
      return rng.chance(0.6)
        ? `${rng.letter()}${rng.letter()}${rng.digits(7)}`
        : `${rng.letter()}${rng.digits(8)}`;
    case 'identity-card':
      return rng.digits(rng.pick([8, 9, 10]));
    case 'driving-licence':
      return `${rng.letter()}${rng.letter()}${rng.digits(6)}${rng.letter()}`;
    case 'seaman-book':
      return `${rng.letter()}${rng.letter()}${rng.letter()}${rng.digits(6)}`;
    default:
      return `${rng.letter()}${rng.digits(9)}`;
  }
}
