/**
 * The anonymised projection of a contributed case, property-tested on many random cases full of
 * personal data (names, document numbers, addresses, narrative, vehicle registrations, exact birth
 * dates, free text in every field, and personal data typed into coded fields): none of it
 * survives; only the profile's paths remain; projecting twice changes nothing; and `decide()`
 * applies it to a `wco-contribution` agreement on both gates.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import {
  anonymisationGaps,
  anonymiseCase,
  contributionProfilePaths,
  decide,
  draftAgreement,
  openAgreement,
  type AgreementState,
  type TransferRequest,
} from '../../../policies/index.ts';
import type { Agreement } from '../../../protocol/agreement.ts';
import type { Case } from '../../../protocol/records.ts';
import { leakedIn, personalCaseArb, type PersonalCase } from '../../helpers/contribution-cases.ts';
import { fullCase, party, sealBoth, testNode, type TestNode } from './fixtures.ts';

const V1 = { level: 'case-level', version: 1 } as const;
const RUNS = Number(process.env.ANON_RUNS ?? 2_000);

/** A stored case of the generated input: bookkeeping with usernames, links, a deletion date. */
function storedOf(g: PersonalCase, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ...g.input,
    id: '019a3b1c-2d4e-7f60-8a1b-2c3d4e5f6a7b',
    version: 3,
    reportingCountry: 'KE',
    createdAt: '2026-03-15T08:00:00.000Z',
    updatedAt: '2026-03-16T08:00:00.000Z',
    createdBy: g.persons[0]!.familyName,
    updatedBy: `${g.persons[0]!.givenNames}.${g.persons[0]!.familyName}`,
    persons: [{ id: '019a3b1c-2d4e-7f60-8a1b-2c3d4e5f6a70', role: 'suspect' }],
    businesses: [{ id: '019a3b1c-2d4e-7f60-8a1b-2c3d4e5f6a71', role: 'owner' }],
    ...extra,
  };
}

/** Personal data typed where a code, a date or a number belongs. */
const CODED_PATHS = [
  ['kind'],
  ['status'],
  ['seizureDate'],
  ['reportingCountry'],
  ['direction'],
  ['offenceTypes', 0],
  ['location', 'type'],
  ['detection', 'method'],
  ['conveyance', 'mode'],
  ['concealment', 'method'],
  ['route', 'origin'],
  ['route', 'transit', 0],
  ['items', 0, 'commodity'],
  ['items', 0, 'unit'],
  ['items', 0, 'quantity'],
  ['offenders', 0, 'nationality'],
  ['offenders', 0, 'ageBand'],
  ['handling', 'code'],
  ['version'],
  ['createdAt'],
] as const;

function setPath(record: Record<string, unknown>, path: readonly (string | number)[], value: unknown): void {
  let node: Record<string | number, unknown> = record;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (typeof next !== 'object' || next === null) return;
    node = next as Record<string | number, unknown>;
  }
  node[path.at(-1)!] = value;
}

const hostileArb = fc
  .tuple(personalCaseArb(), fc.subarray([...CODED_PATHS.keys()], { minLength: 1 }))
  .map(([g, paths]) => {
    const record = storedOf(g);
    paths.forEach((index, i) => setPath(record, CODED_PATHS[index]!, g.secrets[i % g.secrets.length]));
    return { g, record };
  });

describe('the anonymised projection (contribution profile case-level v1)', () => {
  it(`keeps none of the personal data or free text of ${RUNS} random cases`, () => {
    fc.assert(
      fc.property(personalCaseArb(), (g) => {
        const result = anonymiseCase(storedOf(g), V1);
        expect(result.ok).to.equal(true);
        const json = JSON.stringify(result.ok ? result.record : null);
        expect(leakedIn(json, g.secrets)).to.deep.equal([]);
        expect(leakedIn(json, g.privatePhotos)).to.deep.equal([]);
      }),
      { numRuns: RUNS },
    );
  });

  it(`drops personal data typed into coded fields (${RUNS} random cases)`, () => {
    fc.assert(
      fc.property(hostileArb, ({ g, record }) => {
        const result = anonymiseCase(record, V1);
        const json = JSON.stringify(result.ok ? result.record : null);
        expect(leakedIn(json, g.secrets)).to.deep.equal([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('holds only the paths of the profile, and projecting twice changes nothing', () => {
    const allowed = new Set(contributionProfilePaths(1));
    const pathsOf = (value: unknown, prefix = ''): string[] => {
      if (Array.isArray(value)) return value.flatMap((v) => pathsOf(v, prefix));
      if (typeof value !== 'object' || value === null) return [];
      return Object.entries(value).flatMap(([k, v]) => {
        const path = prefix ? `${prefix}.${k}` : k;
        return [path, ...pathsOf(v, path)];
      });
    };
    fc.assert(
      fc.property(
        fc.oneof(
          personalCaseArb().map((g) => storedOf(g)),
          hostileArb.map((h) => h.record),
        ),
        (record) => {
          const once = anonymiseCase(record, V1);
          if (!once.ok) throw new Error(once.detail);
          expect(pathsOf(once.record).filter((p) => !allowed.has(p))).to.deep.equal([]);
          const twice = anonymiseCase(once.record, V1);
          expect(twice.ok && twice.record).to.deep.equal(once.record);
          expect(anonymisationGaps(once.record, V1)).to.deep.equal([]);
        },
      ),
      { numRuns: RUNS / 2 },
    );
  });

  it('keeps the codes, figures and identifiers of the golden case, coarsens its position and keeps shareable photos only', () => {
    const source = {
      ...fullCase(),
      photos: [...fullCase().photos, { hash: 'b'.repeat(64), mime: 'image/png' }],
    };
    const result = anonymiseCase(source, V1);
    if (!result.ok) throw new Error(result.detail);
    const projected = result.record;
    expect(Object.keys(projected).sort()).to.deep.equal(
      [
        'id',
        'kind',
        'offenceTypes',
        'form',
        'status',
        'version',
        'createdAt',
        'updatedAt',
        'reportingCountry',
        'seizureDate',
        'direction',
        'location',
        'detection',
        'conveyance',
        'concealment',
        'route',
        'items',
        'offenders',
        'photos',
        'handling',
      ]
        .filter((k) => k in source)
        .sort(),
    );
    expect(projected.items).to.have.length(source.items.length);
    expect(projected.items![0]).to.not.have.any.keys('description', 'brand', 'citesSpecies');
    expect(projected.conveyance).to.not.have.any.keys('carrier', 'flightOrVoyage', 'vehicleRegistration');
    if (source.location?.lat !== undefined) {
      expect(projected.location?.lat).to.equal(Math.round(source.location.lat * 10) / 10);
    }
    const shared = source.photos.filter((p) => p.shareWithWco === true).map((p) => p.hash);
    expect((projected.photos ?? []).map((p) => p.hash)).to.deep.equal(shared);
    for (const photo of projected.photos ?? []) {
      expect(photo).to.not.have.any.keys('caption', 'gps', 'uploadedBy', 'uploadedAt');
    }
  });

  it('names the paths a record holds beyond its projection, never their values', () => {
    const record = storedOf(fc.sample(personalCaseArb(), { numRuns: 1, seed: 7 })[0]!);
    const gaps = anonymisationGaps(record, V1);
    expect(gaps).to.include.members([
      'ref',
      'narrative',
      'persons',
      'conveyance.vehicleRegistration',
      'items.description',
    ]);
    expect(gaps.join(' ')).to.not.match(/[A-Z][a-z]+[qxz][a-z]{3}/);
  });

  it('refuses profiles it does not know, and carries nothing for aggregates', () => {
    expect(anonymiseCase(fullCase(), { level: 'case-level', version: 2 })).to.include({
      ok: false,
      reason: 'unknown-profile',
    });
    expect(anonymiseCase(fullCase(), { level: 'aggregates', version: 1 })).to.include({
      ok: false,
      reason: 'aggregates-only',
    });
  });
});

describe('decide() with a contribution agreement', () => {
  const now = new Date('2026-06-01T00:00:00Z');
  let ke: TestNode;
  let wco: TestNode;
  let contribution: AgreementState;
  let record: Case;

  const agreementOf = async (profile: Agreement['profile']) => {
    const doc = draftAgreement({
      type: 'wco-contribution',
      parties: [party(ke), { ...party(wco), administration: 'WCO', name: 'World Customs Organization' }],
      legalBasis: { instrument: 'WCO CEN membership' },
      purposes: ['customs-enforcement'],
      modes: ['sync'],
      scope: {
        [ke.nodeId]: {
          recordKinds: ['seizure', 'offence'],
          itrAreas: ['drugs', 'revenue', 'environment'],
          nominal: false,
        },
      },
      handling: { maxCode: 'H2', onwardTransfer: 'prohibited', retentionDays: 3650 },
      validity: { from: '2026-01-01T00:00:00.000Z', until: '2027-01-01T00:00:00.000Z' },
      ...(profile ? { profile } : {}),
    });
    const opened = await openAgreement(await sealBoth(ke, wco, doc), { now });
    if (!opened.ok) throw new Error(opened.detail);
    return opened;
  };
  const outbound = (r: unknown, states = [contribution]) =>
    decide(
      states,
      {
        direction: 'outbound',
        mode: 'sync',
        localNodeId: ke.nodeId,
        peerNodeId: wco.nodeId,
        record: r as Case,
      },
      now,
    );
  const inbound = (r: unknown, states = [contribution]) =>
    decide(
      states,
      {
        direction: 'inbound',
        mode: 'sync',
        localNodeId: wco.nodeId,
        peerNodeId: ke.nodeId,
        record: r as TransferRequest['record'],
      },
      now,
    );
  const reason = (d: ReturnType<typeof decide>) => (d.allow ? 'allow' : d.reason);

  before(async () => {
    [ke, wco] = await Promise.all([testNode('KE'), testNode('FR')]);
    contribution = await agreementOf({ id: 'wco-contribution', version: 1, level: 'case-level' });
    const source = fullCase();
    delete source.origin;
    delete source.deletedAt;
    record = {
      ...source,
      reportingCountry: 'KE',
      status: 'validated',
      handling: { code: 'H1', source: 'B', reliability: 2 },
    };
  });

  it('sends the anonymised projection, and the WCO node accepts exactly that', () => {
    const sent = outbound(record);
    if (!sent.allow) throw new Error(sent.detail);
    const expected = anonymiseCase(
      {
        ...record,
        items: record.items.filter((i) => ['drugs', 'revenue', 'environment'].includes(i.itrArea)),
      },
      contribution.agreement.profile!,
    );
    expect(sent.projection).to.deep.equal(expected.ok && expected.record);
    expect(sent.projection).to.not.have.any.keys('persons', 'businesses', 'narrative', 'ref', 'office');
    expect(reason(inbound(sent.projection))).to.equal('allow');
  });

  it('refuses at the WCO node anything beyond the projection: free text, nominal links, unshared photos', () => {
    const sent = outbound(record);
    if (!sent.allow) throw new Error(sent.detail);
    const p = sent.projection;
    const narrative = inbound({ ...p, narrative: 'Stopped Peter Otieno' });
    expect(reason(narrative)).to.equal('not-anonymised');
    expect(narrative.allow ? '' : narrative.detail)
      .to.contain('narrative')
      .and.not.contain('Otieno');
    expect(
      reason(inbound({ ...p, conveyance: { ...p.conveyance, vehicleRegistration: 'KDA 123X' } })),
    ).to.equal('not-anonymised');
    expect(reason(inbound({ ...p, persons: record.persons }))).to.equal('nominal-not-allowed');
    expect(
      reason(inbound({ ...p, photos: [{ hash: 'c'.repeat(64), mime: 'image/jpeg', shareWithWco: false }] })),
    ).to.equal('not-anonymised');
    expect(reason(inbound({ ...p, offenders: [{ nationality: 'Peter Otieno' }] }))).to.equal(
      'not-anonymised',
    );
  });

  it('contributes validated (and archived) cases the member reported itself, nothing else', () => {
    expect(reason(outbound({ ...record, status: 'archived' }))).to.equal('allow');
    expect(reason(outbound({ ...record, status: 'draft' }))).to.equal('out-of-scope');
    expect(reason(outbound({ ...record, deletedAt: '2026-05-01T00:00:00.000Z' }))).to.equal('out-of-scope');
    expect(reason(outbound({ ...record, reportingCountry: 'TZ' }))).to.equal('out-of-scope');
    const sent = outbound(record);
    if (!sent.allow) throw new Error(sent.detail);
    expect(reason(inbound({ ...sent.projection, status: 'draft' }))).to.equal('out-of-scope');
    expect(reason(outbound({ ...record, handling: { code: 'H3', source: 'A', reliability: 1 } }))).to.equal(
      'handling-above-limit',
    );
  });

  it('fails closed on a profile version it does not know, and carries no records for aggregates', async () => {
    const v2 = await agreementOf({ id: 'wco-contribution', version: 2, level: 'case-level' });
    expect(reason(outbound(record, [v2]))).to.equal('out-of-scope');
    const aggregates = await agreementOf({ id: 'wco-contribution', version: 1, level: 'aggregates' });
    expect(reason(outbound(record, [aggregates]))).to.equal('out-of-scope');
  });
});
