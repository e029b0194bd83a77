import { expect } from 'chai';
import fc from 'fast-check';
import { decide, projectRecord, type AgreementState, type TransferRequest } from '../../../policies/index.ts';
import { CASE_FIELD_PATHS, isCaseFieldPath } from '../../../protocol/agreement.ts';
import caseFull from '../../../protocol/vectors/case-full.json' with { type: 'json' };
import { fullCase, openedAgreement, ownCase, testNode, type TestNode } from './fixtures.ts';

const now = new Date('2026-06-01T00:00:00Z');

function pathsOf(value: unknown, prefix = '', out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => pathsOf(v, prefix, out));
  else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      const path = prefix ? `${prefix}.${k}` : k;
      out.add(path);
      pathsOf(v, path, out);
    }
  }
  return out;
}

describe('policies: CASE_FIELD_PATHS', () => {
  it('names exactly the paths of the full golden case', () => {
    expect([...pathsOf(caseFull)].sort()).to.deep.equal([...CASE_FIELD_PATHS].sort());
    expect(isCaseFieldPath('conveyance.vehicleRegistration')).to.equal(true);
    expect(isCaseFieldPath('conveyance.secret')).to.equal(false);
  });
});

describe('policies: projectRecord', () => {
  it('applies the include-list and deep redactions, through arrays', () => {
    const projection = projectRecord(fullCase(), {
      fields: ['id', 'conveyance', 'items.commodity', 'items.quantity'],
      redact: ['conveyance.vehicleRegistration'],
    });
    expect(projection).to.deep.equal({
      id: caseFull.id,
      conveyance: {
        mode: 'sea-container',
        carrier: 'Example Line',
        flightOrVoyage: '042W',
        containerNumber: 'CSQU3054383',
        imo: '9074729',
      },
      items: [
        { commodity: 'cocaine', quantity: 105.25 },
        { commodity: 'cigarettes', quantity: 10000 },
      ],
    });
  });
});

describe('policies: decide', () => {
  let ke: TestNode, tz: TestNode, be: TestNode;
  let base: AgreementState;
  const agreements: Record<string, AgreementState> = {};

  before(async () => {
    [ke, tz, be] = await Promise.all([testNode('KE'), testNode('TZ'), testNode('BE')]);
    base = await openedAgreement(ke, tz);
    agreements.withBe = await openedAgreement(ke, be, {
      handling: { maxCode: 'H3', onwardTransfer: 'allowed', retentionDays: 30 },
    });
    agreements.future = await openedAgreement(ke, tz, {
      validity: { from: '2026-07-01T00:00:00.000Z', until: '2027-01-01T00:00:00.000Z' },
    });
    agreements.nominal = await openedAgreement(ke, tz, {
      scope: {
        [ke.nodeId]: {
          recordKinds: ['seizure', 'offence'],
          itrAreas: ['drugs', 'revenue'],
          fields: ['id', 'kind', 'items', 'persons', 'businesses'],
          nominal: true,
        },
      },
      modes: ['query'],
    });
    agreements.tzToBeOnwardAllowed = await openedAgreement(tz, be, {
      handling: { maxCode: 'H3', onwardTransfer: 'allowed', retentionDays: 30 },
    });
  });

  const outbound = (over: Partial<TransferRequest> = {}): TransferRequest => ({
    direction: 'outbound',
    mode: 'sync',
    localNodeId: ke.nodeId,
    peerNodeId: tz.nodeId,
    record: ownCase(),
    ...over,
  });

  it('allows an in-scope record and projects it: items out of scope dropped, redactions and nominal links removed', () => {
    const decision = decide([base], outbound(), now);
    expect(decision.allow, JSON.stringify(decision)).to.equal(true);
    if (!decision.allow) return;
    expect(decision.agreementId).to.equal(base.agreement.id);
    const p = decision.projection;
    expect(p.items).to.deep.equal([caseFull.items[0]]);
    expect(p.conveyance).to.not.have.property('vehicleRegistration');
    expect(p).to.not.have.property('persons');
    expect(p).to.not.have.property('businesses');
    expect(p.narrative).to.equal(caseFull.narrative);
  });

  it('inbound: accepts exactly what the sender projected, and refuses anything more', () => {
    const sent = decide([base], outbound(), now);
    if (!sent.allow) throw new Error(sent.reason);
    const inbound = (record: object) =>
      decide(
        [base],
        {
          direction: 'inbound',
          mode: 'sync',
          localNodeId: tz.nodeId,
          peerNodeId: ke.nodeId,
          record: record as never,
        },
        now,
      );
    expect(inbound(sent.projection).allow).to.equal(true);
    const r1 = inbound({
      ...sent.projection,
      conveyance: { ...sent.projection.conveyance, vehicleRegistration: 'KDA 123X' },
    });
    expect(r1.allow || r1.reason).to.equal('field-not-in-scope');
    const r2 = inbound({ ...sent.projection, persons: caseFull.persons });
    expect(r2.allow || r2.reason).to.equal('nominal-not-allowed');
    const r3 = inbound({ ...sent.projection, items: caseFull.items });
    expect(r3.allow || r3.reason).to.equal('out-of-scope');
    const r4 = inbound({ ...sent.projection, handling: { code: 'H3', source: 'A', reliability: 1 } });
    expect(r4.allow || r4.reason).to.equal('handling-above-limit');
  });

  // One precondition broken per row; each must deny with its reason.
  const rows: [string, () => [AgreementState[], TransferRequest, Date?], string][] = [
    ['no agreement at all', () => [[], outbound()], 'no-agreement'],
    [
      'an agreement with another node only (replayed pair)',
      () => [[agreements.withBe!], outbound()],
      'no-agreement',
    ],
    ['one signature only', () => [[{ ...base, signedBy: [ke.nodeId] }], outbound()], 'not-sealed'],
    [
      'a signature by a non-party',
      () => [[{ ...base, signedBy: [ke.nodeId, be.nodeId] }], outbound()],
      'not-sealed',
    ],
    [
      'one millisecond before from',
      () => [[base], outbound(), new Date('2025-12-31T23:59:59.999Z')],
      'not-yet-valid',
    ],
    ['exactly at until', () => [[base], outbound(), new Date('2027-01-01T00:00:00.000Z')], 'expired'],
    [
      'revoked',
      () => [
        [
          {
            ...base,
            revocations: [
              {
                agreementId: base.agreement.id,
                agreementVersion: 1,
                by: tz.nodeId,
                at: now.toISOString(),
                reason: 'x',
              },
            ],
          },
        ],
        outbound(),
      ],
      'revoked',
    ],
    ['a mode not agreed', () => [[base], outbound({ mode: 'query' })], 'mode-not-allowed'],
    ['a purpose not agreed', () => [[base], outbound({ purpose: 'marketing' })], 'purpose-not-allowed'],
    [
      'no ITR area in scope',
      () => [[base], outbound({ record: { ...ownCase(), items: [caseFull.items[1]!] } })],
      'out-of-scope',
    ],
    [
      'a record kind out of scope',
      () => [
        [
          {
            ...base,
            agreement: {
              ...base.agreement,
              scope: { [ke.nodeId]: { ...base.agreement.scope[ke.nodeId]!, recordKinds: ['seizure'] } },
            },
          },
        ],
        outbound(),
      ],
      'out-of-scope',
    ],
    [
      'no scope in this direction',
      () => [
        [
          {
            ...base,
            agreement: { ...base.agreement, scope: { [tz.nodeId]: base.agreement.scope[tz.nodeId]! } },
          },
        ],
        outbound(),
      ],
      'out-of-scope',
    ],
    [
      'handling H3 above H2',
      () => [
        [base],
        outbound({ record: { ...ownCase(), handling: { code: 'H3', source: 'A', reliability: 1 } } }),
      ],
      'handling-above-limit',
    ],
    [
      'an unknown handling code',
      () => [
        [base],
        outbound({ record: { ...ownCase(), handling: { code: 'H9', source: 'A', reliability: 1 } } }),
      ],
      'handling-above-limit',
    ],
    ['an explicitly nominal request', () => [[base], outbound({ nominal: true })], 'nominal-not-allowed'],
    [
      'an unknown top-level field',
      () => [[base], outbound({ record: { ...ownCase(), secret: 1 } })],
      'unknown-field',
    ],
    [
      'an unknown nested field',
      () => [[base], outbound({ record: { ...ownCase(), location: { type: 'seaport', extra: 'x' } } })],
      'unknown-field',
    ],
    [
      'a record received from a third party under a prohibiting agreement',
      () => {
        const record = {
          ...fullCase(),
          origin: { ...caseFull.origin, nodeId: be.nodeId, agreementId: agreements.withBe!.agreement.id },
        };
        const prohibiting = {
          ...agreements.withBe!,
          agreement: {
            ...agreements.withBe!.agreement,
            handling: { ...agreements.withBe!.agreement.handling, onwardTransfer: 'prohibited' as const },
          },
        };
        return [[base, prohibiting], outbound({ record: record as never })];
      },
      'onward-transfer-prohibited',
    ],
    [
      'a record whose origin agreement is unknown',
      () => [[base], outbound({ record: fullCase() })],
      'onward-transfer-prohibited',
    ],
    [
      'inbound onward transfer under a prohibiting agreement',
      () => [
        [base],
        {
          direction: 'inbound',
          mode: 'sync',
          localNodeId: tz.nodeId,
          peerNodeId: ke.nodeId,
          record: ownCase(),
          onward: true,
        },
      ],
      'onward-transfer-prohibited',
    ],
  ];
  for (const [name, make, reason] of rows) {
    it(`denies ${name}: ${reason}`, () => {
      const [list, request, at] = make();
      const decision = decide(list, request, at ?? now);
      expect(decision.allow ? 'allow' : decision.reason, decision.allow ? '' : decision.detail).to.equal(
        reason,
      );
    });
  }

  it('allows at exactly from and one millisecond before until', () => {
    expect(decide([base], outbound(), new Date('2026-01-01T00:00:00.000Z')).allow).to.equal(true);
    expect(decide([base], outbound(), new Date('2026-12-31T23:59:59.999Z')).allow).to.equal(true);
  });

  it('allows handling at the limit and without a handling code', () => {
    expect(
      decide(
        [base],
        outbound({ record: { ...ownCase(), handling: { code: 'H2', source: 'A', reliability: 1 } } }),
        now,
      ).allow,
    ).to.equal(true);
    const { handling: _, ...noHandling } = ownCase();
    expect(decide([base], outbound({ record: noHandling as never }), now).allow).to.equal(true);
  });

  it('passes onward a record whose origin agreement allows it', () => {
    const record = {
      ...fullCase(),
      origin: {
        ...caseFull.origin,
        nodeId: tz.nodeId,
        agreementId: agreements.tzToBeOnwardAllowed!.agreement.id,
      },
    };
    const decision = decide(
      [agreements.withBe!, agreements.tzToBeOnwardAllowed!],
      outbound({ peerNodeId: be.nodeId, record: record as never }),
      now,
    );
    expect(decision.allow, decision.allow ? '' : decision.detail).to.equal(true);
  });

  it('picks the newest active version; a not-yet-valid one does not count', async () => {
    const v2 = await openedAgreement(ke, tz, {
      id: base.agreement.id,
      version: 2,
      modes: ['query'],
    } as never);
    const d = decide([base, v2], outbound({ mode: 'query' }), now);
    expect(d.allow && d.agreementVersion).to.equal(2);
    const d2 = decide([base, agreements.future!], outbound(), now);
    expect(d2.allow && d2.agreementId).to.equal(base.agreement.id);
  });

  it('sends nominal links only where the scope allows nominal data', () => {
    const d = decide([agreements.nominal!], outbound({ mode: 'query', nominal: true }), now);
    expect(d.allow, d.allow ? '' : d.detail).to.equal(true);
    if (d.allow) expect(d.projection.persons).to.deep.equal(caseFull.persons);
  });

  it('never allows when any single precondition is broken (property)', () => {
    const breakers: ((r: TransferRequest) => [AgreementState[], TransferRequest, Date])[] = [
      (r) => [[], r, now],
      (r) => [[{ ...base, signedBy: [ke.nodeId] }], r, now],
      (r) => [[base], r, new Date('2027-03-01T00:00:00Z')],
      (r) => [[base], r, new Date('2025-03-01T00:00:00Z')],
      (r) => [[base], { ...r, mode: 'query' }, now],
      (r) => [[base], { ...r, peerNodeId: be.nodeId }, now],
      (r) => [[base], { ...r, nominal: true }, now],
      (r) => [
        [base],
        { ...r, record: { ...r.record, handling: { code: 'H3', source: 'A', reliability: 1 } } },
        now,
      ],
      (r) => [[base], { ...r, record: { ...r.record, kind: 'other' } }, now],
      (r) => [
        [base],
        { ...r, record: { ...r.record, items: [{ itrArea: 'revenue', commodity: 'cigarettes' }] } },
        now,
      ],
      (r) => [[base], { ...r, record: { ...r.record, unexpected: true } }, now],
      (r) => [[base], { ...r, record: { ...r.record, origin: caseFull.origin } }, now],
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: breakers.length - 1 }),
        fc.subarray(
          CASE_FIELD_PATHS.filter(
            (p) => !p.includes('.') && !['kind', 'items', 'handling', 'origin'].includes(p),
          ),
        ),
        fc.boolean(),
        (which, dropped, inbound) => {
          const record: Record<string, unknown> = ownCase() as never;
          for (const key of dropped) delete record[key];
          const sent = decide([base], outbound({ record }), now);
          if (!sent.allow) return false;
          const request: TransferRequest = inbound
            ? {
                direction: 'inbound',
                mode: 'sync',
                localNodeId: tz.nodeId,
                peerNodeId: ke.nodeId,
                record: sent.projection,
              }
            : outbound({ record });
          if (!decide([base], request, now).allow) return false; // the unbroken request passes
          const [list, broken, at] = breakers[which]!(request);
          return decide(list, broken, at).allow === false;
        },
      ),
      { numRuns: 300 },
    );
  });
});
