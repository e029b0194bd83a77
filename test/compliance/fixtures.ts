/**
 * Valid inputs for store tests: realistic codes from the protocol vocabularies, dates in the past,
 * and container / IMO numbers with correct check digits, so that they pass the real validator.
 */
import type { BusinessInput, CaseInput, Item, PersonInput } from '../../protocol/records.ts';

const LETTER_VALUES = 'A10B12C13D14E15F16G17H18I19J20K21L23M24N25O26P27Q28R29S30T31U32V34W35X36Y37Z38';

/** ISO 6346: owner code (3 letters) + 'U' + 6 digits + check digit. */
export function containerNumber(owner: string, serial: number): string {
  const base = `${owner}U${String(serial).padStart(6, '0')}`;
  let sum = 0;
  [...base].forEach((ch, i) => {
    const value = /\d/.test(ch)
      ? Number(ch)
      : Number(LETTER_VALUES.slice(LETTER_VALUES.indexOf(ch) + 1).slice(0, 2));
    sum += value * 2 ** i;
  });
  return `${base}${(sum % 11) % 10}`;
}

/** IMO ship number: 6 digits + check digit (weights 7..2). */
export function imoNumber(base: number): string {
  const digits = String(base).padStart(6, '0');
  const sum = [...digits].reduce((acc, d, i) => acc + Number(d) * (7 - i), 0);
  return `${digits}${sum % 10}`;
}

export const COMMODITIES: readonly { itrArea: string; commodity: string; unit: string }[] = [
  { itrArea: 'drugs', commodity: 'cocaine', unit: 'kg' },
  { itrArea: 'drugs', commodity: 'cannabis-herbal', unit: 'kg' },
  { itrArea: 'drugs', commodity: 'tramadol', unit: 'tablets' },
  { itrArea: 'revenue', commodity: 'cigarettes', unit: 'sticks' },
  { itrArea: 'ipr-health-safety', commodity: 'counterfeit-footwear', unit: 'pairs' },
  { itrArea: 'environment', commodity: 'ivory', unit: 'kg' },
  { itrArea: 'security', commodity: 'firearms', unit: 'pieces' },
  { itrArea: 'money-laundering', commodity: 'cash', unit: 'usd' },
];

/** An item of the index-th commodity; counted units get whole quantities. */
export function item(index = 0, quantity?: number): Item {
  const c = COMMODITIES[index % COMMODITIES.length]!;
  const amount = quantity ?? (c.unit === 'kg' ? 12.5 : 1200);
  return {
    itrArea: c.itrArea,
    commodity: c.commodity,
    quantity: amount,
    unit: c.unit,
    description: `${c.commodity} found`,
  };
}

/** A complete, validated, full-form seizure at Mombasa. */
export function validCase(overrides: Partial<CaseInput> = {}): CaseInput {
  return {
    kind: 'seizure',
    form: 'full',
    status: 'validated',
    seizureDate: '2026-03-14',
    office: 'Mombasa Port',
    direction: 'import',
    offenceTypes: ['smuggling'],
    location: { type: 'seaport', code: 'KEMBA', name: 'Mombasa' },
    detection: { method: 'scanner' },
    conveyance: { mode: 'sea-container', carrier: 'Example Line' },
    concealment: { method: 'cargo', description: 'behind boxes of tea' },
    route: { origin: 'CO', transit: ['ES'], destination: 'KE' },
    items: [item(0)],
    offenders: [{ nationality: 'KE', gender: 'male', ageBand: '35-44', role: 'importer' }],
    narrative: 'Scanner image showed anomalies; the container held blocks of cocaine.',
    ...overrides,
  };
}

export function validPerson(overrides: Partial<PersonInput> = {}): PersonInput {
  return {
    familyName: 'Otieno',
    givenNames: 'Peter',
    birthDate: '1984-05-02',
    nationality: 'KE',
    gender: 'male',
    documents: [{ type: 'passport', number: 'AK1234567', country: 'KE' }],
    ...overrides,
  };
}

export function validBusiness(overrides: Partial<BusinessInput> = {}): BusinessInput {
  return { name: 'Coast Freight Ltd', registrationNumber: 'PVT-2019-44871', country: 'KE', ...overrides };
}

export const ACTOR = { username: 'ana' };
