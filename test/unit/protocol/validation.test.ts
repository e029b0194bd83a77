import { expect } from 'chai';
import type { Case, CaseInput } from '../../../protocol/records.ts';
import {
  normaliseIdentifier,
  VALIDATION_RULES,
  validateBusinessInput,
  validateCaseInput,
  validatePersonInput,
  type CaseValidationContext,
} from '../../../protocol/validation.ts';
import type { ValidationIssue } from '../../../protocol/validation-types.ts';

const ctx: CaseValidationContext = { country: 'KE', today: '2026-11-02' };
const PERSON_ID = '01890a5d-ac96-774b-bcce-b302099a8057';
const BUSINESS_ID = '01890a5d-ac96-774b-8cce-b302099a8058';
const HASH = 'a'.repeat(64);

const simplifiedDraft = (): Record<string, unknown> => ({
  kind: 'seizure',
  form: 'simplified',
  status: 'draft',
  seizureDate: '2026-11-01',
  items: [{ itrArea: 'drugs', commodity: 'cannabis-herbal', quantity: 12, unit: 'kg' }],
});

const fullValidated = (): Record<string, unknown> => ({
  ref: 'KRA/MBA/2026/0042',
  kind: 'offence',
  offenceTypes: ['smuggling', 'misdeclaration'],
  form: 'full',
  status: 'validated',
  reportingCountry: 'KE',
  office: 'Mombasa Port',
  seizureDate: '2026-10-30',
  direction: 'import',
  location: { type: 'seaport', code: 'KEMBA', name: 'Kilindini', lat: -4.06, lon: 39.66 },
  detection: { method: 'scanner' },
  conveyance: {
    mode: 'sea-container',
    carrier: 'Example Line',
    flightOrVoyage: '042W',
    containerNumber: 'CSQU3054383',
    imo: '9074729',
  },
  concealment: { method: 'hidden-compartment', description: 'False floor\nin the container' },
  route: { origin: 'BR', departure: 'BR', transit: ['ZA'], destination: 'KE' },
  items: [
    {
      itrArea: 'drugs',
      commodity: 'cocaine',
      hsCode: '293972',
      quantity: 105.5,
      unit: 'kg',
      valueUsd: 3_000_000,
    },
    {
      itrArea: 'revenue',
      commodity: 'cigarettes',
      hsCode: '240220',
      quantity: 10000,
      unit: 'sticks',
      brand: 'X',
    },
  ],
  offenders: [{ nationality: 'BR', gender: 'male', ageBand: '25-34', role: 'courier' }],
  persons: [{ id: PERSON_ID, role: 'suspect' }],
  businesses: [{ id: BUSINESS_ID, role: 'consignee' }],
  narrative: 'Container selected by the scanner team.\n\tFalse floor found.',
  photos: [
    { hash: HASH, mime: 'image/jpeg', caption: 'False floor', width: 1024, height: 768, shareWithWco: true },
  ],
  tags: ['operation-sea-shield'],
  operationId: 'op-2026-11',
  handling: { code: 'H1', source: 'B', reliability: 2 },
});

function previousCase(status: Case['status']): Case {
  return {
    ...(fullValidated() as unknown as CaseInput),
    id: '01890a5d-ac96-774b-bcce-b302099a8000' as Case['id'],
    reportingCountry: 'KE',
    status,
    offenceTypes: [],
    offenders: [],
    persons: [],
    businesses: [],
    photos: [],
    tags: [],
    version: 3,
    createdAt: '2026-10-30T10:00:00Z',
    updatedAt: '2026-10-31T10:00:00Z',
  };
}

const pairs = (issues: readonly ValidationIssue[]) => issues.map((i) => `${i.path} ${i.rule}`);

type Mutation = (c: Record<string, unknown>) => void;
const item0 = (c: Record<string, unknown>) => (c.items as Record<string, unknown>[])[0]!;
const conveyance = (c: Record<string, unknown>) => c.conveyance as Record<string, unknown>;

// One bad field per row on an otherwise complete, validated full case: exactly one issue expected.
const REFUSALS: [
  rule: string,
  mutate: Mutation,
  path: string,
  ctxOverride?: Partial<CaseValidationContext>,
][] = [
  ['required', (c) => delete c.seizureDate, 'seizureDate'],
  ['required', (c) => (item0(c).commodity = '  '), 'items[0].commodity'],
  ['type', (c) => (item0(c).quantity = '12'), 'items[0].quantity'],
  ['type', (c) => (c.items = 'many'), 'items'],
  ['unknown-field', (c) => (item0(c).colour = 'white'), 'items[0].colour'],
  ['unknown-field', (c) => (c.origin = { nodeId: 'x' }), 'origin'],
  ['vocabulary', (c) => (item0(c).commodity = 'bananas'), 'items[0].commodity'],
  ['vocabulary', (c) => ((c.route as Record<string, unknown>).transit = ['ZA', 'ZZ']), 'route.transit[1]'],
  ['vocabulary', (c) => ((c.handling as Record<string, unknown>).reliability = 5), 'handling.reliability'],
  ['date', (c) => (c.seizureDate = '2026-02-29'), 'seizureDate'],
  ['date', (c) => (c.seizureDate = '30/10/2026'), 'seizureDate'],
  ['not-in-future', (c) => (c.seizureDate = '2026-11-03'), 'seizureDate'],
  ['not-before-1900', (c) => (c.seizureDate = '1899-12-31'), 'seizureDate'],
  ['min', (c) => (item0(c).quantity = 0), 'items[0].quantity'],
  ['min', (c) => ((c.location as Record<string, unknown>).lon = -180.5), 'location.lon'],
  ['max', (c) => ((c.location as Record<string, unknown>).lat = 90.1), 'location.lat'],
  ['integer', (c) => ((c.items as Record<string, unknown>[])[1]!.quantity = 10.5), 'items[1].quantity'],
  ['integer', (c) => ((c.photos as Record<string, unknown>[])[0]!.width = 10.5), 'photos[0].width'],
  ['max-length', (c) => (c.narrative = 'x'.repeat(20_001)), 'narrative'],
  ['max-length', (c) => (c.office = 'x'.repeat(501)), 'office'],
  ['max-items', (c) => (c.items = Array.from({ length: 201 }, () => ({ ...item0(c) }))), 'items'],
  [
    'max-items',
    (c) =>
      (c.persons = Array.from({ length: 101 }, (_, i) => ({
        id: `01890a5d-ac96-774b-bcce-${String(i).padStart(12, '0')}`,
        role: 'suspect',
      }))),
    'persons',
  ],
  ['pattern', (c) => ((c.location as Record<string, unknown>).code = 'MOMBASA'), 'location.code'],
  ['pattern', (c) => (conveyance(c).containerNumber = 'CSQ3054383'), 'conveyance.containerNumber'],
  ['control-characters', (c) => (c.office = 'Mombasa\nPort'), 'office'],
  ['control-characters', (c) => (c.narrative = 'bell \u0007'), 'narrative'],
  ['duplicate', (c) => (c.offenceTypes = ['smuggling', 'smuggling']), 'offenceTypes[1]'],
  ['unicode', (c) => (c.tags = ['broken \ud800 escape']), 'tags[0]'],
  ['unicode', (c) => (item0(c).description = 'x\udfff'), 'items[0].description'],
  ['id', (c) => ((c.persons as Record<string, unknown>[])[0]!.id = '42'), 'persons[0].id'],
  ['own-country', (c) => (c.reportingCountry = 'TZ'), 'reportingCountry'],
  ['item-area-mismatch', (c) => (item0(c).itrArea = 'revenue'), 'items[0].commodity'],
  ['hs-code', (c) => (item0(c).hsCode = '29'), 'items[0].hsCode'],
  ['hs-code', (c) => (item0(c).hsCode = '240220'), 'items[0].hsCode'],
  [
    'container-check-digit',
    (c) => (conveyance(c).containerNumber = 'CSQU3054384'),
    'conveyance.containerNumber',
  ],
  ['imo-check-digit', (c) => (conveyance(c).imo = '9074728'), 'conveyance.imo'],
  ['status-transition', (c) => (c.status = 'archived'), 'status'],
  ['status-transition', (c) => (c.status = 'draft'), 'status', { previous: previousCase('validated') }],
  ['validated-requires', (c) => delete c.detection, 'detection.method'],
  [
    'validated-requires',
    (c) => (c.items = [{ itrArea: 'drugs', commodity: 'cocaine', quantity: 1 }]),
    'items[0].unit',
  ],
  ['validated-requires', (c) => (c.route = { transit: ['ZA'] }), 'route'],
  ['validated-requires', (c) => (c.offenceTypes = []), 'offenceTypes'],
  ['validated-requires', (c) => delete c.conveyance, 'conveyance.mode'],
];

describe('validateCaseInput', () => {
  it('accepts a simplified draft and defaults reportingCountry to the node’s country', () => {
    const result = validateCaseInput(simplifiedDraft(), ctx);
    expect(result).to.deep.equal({ ok: true, value: { ...simplifiedDraft(), reportingCountry: 'KE' } });
  });

  it('accepts a complete validated full case unchanged', () => {
    const result = validateCaseInput(fullValidated(), ctx);
    expect(result.ok ? result.value : result.issues).to.deep.equal(fullValidated());
  });

  it('accepts a validated case moving to archived, and a simplified validated case without full-form fields', () => {
    const archived = validateCaseInput(
      { ...fullValidated(), status: 'archived' },
      { ...ctx, previous: previousCase('validated') },
    );
    expect(archived.ok).to.equal(true);
    const simplified = {
      ...simplifiedDraft(),
      status: 'validated',
      location: { type: 'airport' },
      detection: { method: 'detector-dog' },
    };
    expect(validateCaseInput(simplified, ctx).ok).to.equal(true);
  });

  for (const [rule, mutate, path, override] of REFUSALS) {
    it(`refuses by ${rule} at ${path}`, () => {
      const input = fullValidated();
      mutate(input);
      const result = validateCaseInput(input, { ...ctx, ...override });
      expect(result.ok).to.equal(false);
      expect(pairs(result.ok ? [] : result.issues)).to.deep.equal([`${path} ${rule}`]);
    });
  }

  it('has a refusal case for every documented rule', () => {
    const tested = new Set(REFUSALS.map(([rule]) => rule));
    expect(Object.keys(VALIDATION_RULES).filter((r) => !tested.has(r))).to.deep.equal([]);
  });

  it('reports every issue of a multi-error input, not just the first', () => {
    const input = {
      kind: 'seizur',
      form: 'full',
      status: 'validated',
      reportingCountry: 'fr',
      seizureDate: '2026-13-01',
      colour: 'red',
      items: [{ itrArea: 'revenue', commodity: 'cocaine', quantity: -1, unit: 'kg' }, 'x'],
      conveyance: { mode: 'road', containerNumber: 'CSQU3054384' },
    };
    const result = validateCaseInput(input, ctx);
    expect(result.ok).to.equal(false);
    expect(pairs(result.ok ? [] : result.issues)).to.have.members([
      'kind vocabulary',
      'seizureDate date',
      'colour unknown-field',
      'items[0].quantity min',
      'items[1] type',
      'conveyance.containerNumber container-check-digit',
      'reportingCountry own-country',
      'items[0].commodity item-area-mismatch',
      'location.type validated-requires',
      'detection.method validated-requires',
      'direction validated-requires',
      'concealment.method validated-requires',
      'route validated-requires',
    ]);
    for (const issue of result.ok ? [] : result.issues) expect(issue.message).to.match(/\w{3}/);
  });

  it('normalises: trims, drops blank optional fields, uppercases codes and compacts identifiers', () => {
    const input = {
      ...simplifiedDraft(),
      reportingCountry: ' ke ',
      office: '   ',
      ref: null,
      narrative: '  Found at\r\nthe gate.  ',
      route: { origin: 'co', transit: ['pa'] },
      offenders: [{ nationality: 'co', gender: '' }],
      location: { type: 'airport', code: 'nbo' },
      conveyance: { mode: 'sea-container', containerNumber: 'csqu 305438-3', imo: 'IMO 9074729' },
      items: [
        { itrArea: 'drugs', commodity: 'cocaine', hsCode: '2939.72', quantity: 1, unit: 'kg', brand: '' },
      ],
      handling: { code: 'h2', source: 'x', reliability: 4 },
      photos: [{ hash: HASH.toUpperCase(), mime: 'IMAGE/PNG' }],
    };
    const result = validateCaseInput(input, ctx);
    expect(result.ok ? result.value : result.issues).to.deep.equal({
      ...simplifiedDraft(),
      reportingCountry: 'KE',
      narrative: 'Found at\nthe gate.',
      route: { origin: 'CO', transit: ['PA'] },
      offenders: [{ nationality: 'CO' }],
      location: { type: 'airport', code: 'NBO' },
      conveyance: { mode: 'sea-container', containerNumber: 'CSQU3054383', imo: '9074729' },
      items: [{ itrArea: 'drugs', commodity: 'cocaine', hsCode: '293972', quantity: 1, unit: 'kg' }],
      handling: { code: 'H2', source: 'X', reliability: 4 },
      photos: [{ hash: HASH, mime: 'image/png' }],
    });
    expect(input.office, 'the input is not modified').to.equal('   ');
  });

  it('drops an empty transit list and an empty route', () => {
    const withTransit = validateCaseInput(
      { ...simplifiedDraft(), route: { origin: 'CO', transit: [] } },
      ctx,
    );
    expect(withTransit.ok && withTransit.value.route).to.deep.equal({ origin: 'CO' });
    const emptyRoute = validateCaseInput(
      { ...simplifiedDraft(), route: { transit: [], destination: ' ' } },
      ctx,
    );
    expect(emptyRoute.ok && 'route' in emptyRoute.value).to.equal(false);
  });

  it('refuses anything but an object, and keeps "__proto__" as an unknown field', () => {
    const notObject = validateCaseInput([simplifiedDraft()], ctx);
    expect(pairs(notObject.ok ? [] : notObject.issues)).to.deep.equal([' type']);
    const polluted = validateCaseInput(JSON.parse('{"__proto__": {"x": 1}, "kind": "seizure"}'), ctx);
    expect(pairs(polluted.ok ? [] : polluted.issues)).to.include('__proto__ unknown-field');
  });

  it('lets a draft become validated and keeps an archived case archived', () => {
    const toValidated = validateCaseInput(fullValidated(), { ...ctx, previous: previousCase('draft') });
    expect(toValidated.ok).to.equal(true);
    const reopened = validateCaseInput(fullValidated(), { ...ctx, previous: previousCase('archived') });
    expect(pairs(reopened.ok ? [] : reopened.issues)).to.deep.equal(['status status-transition']);
  });
});

describe('validatePersonInput', () => {
  const today = { today: '2026-11-02' };

  it('accepts and normalises a person with documents and addresses', () => {
    const result = validatePersonInput(
      {
        familyName: ' Doe ',
        givenNames: 'John',
        birthDate: '1990-02-28',
        nationality: 'gb',
        gender: 'male',
        documents: [{ type: 'passport', number: ' 123456789 ', country: 'gb', expires: '2030-01-01' }],
        addresses: [{ city: 'London', country: 'GB', line: '' }],
        notes: '',
      },
      today,
    );
    expect(result.ok ? result.value : result.issues).to.deep.equal({
      familyName: 'Doe',
      givenNames: 'John',
      birthDate: '1990-02-28',
      nationality: 'GB',
      gender: 'male',
      documents: [{ type: 'passport', number: '123456789', country: 'GB', expires: '2030-01-01' }],
      addresses: [{ city: 'London', country: 'GB' }],
    });
  });

  const refusals: [input: Record<string, unknown>, expected: string[]][] = [
    [{ givenNames: 'John' }, ['familyName required']],
    [{ familyName: 'Doe', birthDate: '2026-11-03' }, ['birthDate not-in-future']],
    [{ familyName: 'Doe', birthDate: '1990-02-30' }, ['birthDate date']],
    [{ familyName: 'Doe', documents: [{ type: 'visa', number: 'A1' }] }, ['documents[0].type vocabulary']],
    [
      { familyName: 'Doe', documents: [{ type: 'passport', number: 'A1#' }] },
      ['documents[0].number pattern'],
    ],
    [{ familyName: 'Doe', documents: [{ type: 'passport' }] }, ['documents[0].number required']],
    [
      {
        familyName: 'Doe',
        documents: [
          { type: 'passport', number: 'ab 12' },
          { type: 'passport', number: 'AB-12' },
        ],
      },
      ['documents[1] duplicate'],
    ],
    [{ familyName: 'Doe', addresses: [{ line: '' }] }, ['addresses[0] required']],
    [{ familyName: 'Doe', email: 'x@example.org' }, ['email unknown-field']],
  ];
  for (const [input, expected] of refusals) {
    it(`refuses ${expected.join(', ')}`, () => {
      const result = validatePersonInput(input, today);
      expect(pairs(result.ok ? [] : result.issues)).to.deep.equal(expected);
    });
  }
});

describe('validateBusinessInput', () => {
  it('accepts a business and refuses one without a name', () => {
    const ok = validateBusinessInput({ name: ' Acme Trading Ltd ', vatNumber: 'ke123', country: 'ke' });
    expect(ok.ok ? ok.value : ok.issues).to.deep.equal({
      name: 'Acme Trading Ltd',
      vatNumber: 'KE123',
      country: 'KE',
    });
    const bad = validateBusinessInput({ name: '', country: 'Kenya' });
    expect(pairs(bad.ok ? [] : bad.issues)).to.deep.equal(['name required', 'country vocabulary']);
  });
});

describe('normaliseIdentifier', () => {
  it('gives typed variants of one identifier the same key', () => {
    expect(normaliseIdentifier('container', 'csqu 305438-3')).to.equal('CSQU3054383');
    expect(normaliseIdentifier('imo', 'IMO 9074729')).to.equal('9074729');
    expect(normaliseIdentifier('document', 'ab 12.345/6')).to.equal('AB123456');
    expect(normaliseIdentifier('registration', 'kda 123x')).to.equal('KDA123X');
  });
});
