/**
 * The purge of a member's contributions (node/global/purge.ts) over an in-memory store: a member
 * without a contribution agreement in force loses its cases batch by batch, from the store and
 * the search index, with one evidence entry that counts them; a member in force keeps its own;
 * the reason says revoked, expired or ended; a purge that dies half-way leaves a marker that
 * says the member is being purged (its batches are refused meanwhile) and is finished, counting
 * every case once, by the next sweep.
 */
import { join } from 'node:path';
import { generateKeyPair } from '@libp2p/crypto/keys';
import { peerIdFromPrivateKey } from '@libp2p/peer-id';
import { expect } from 'chai';
import { v7 as uuidv7 } from 'uuid';
import {
  anonymiseCase,
  draftAgreement,
  publicJwkOfNodeId,
  signingKeyFromLibp2p,
  signStatement,
  type AgreementState,
} from '../../policies/index.ts';
import type { AgreementRegistry } from '../../node/agreements/index.ts';
import { EvidenceLog } from '../../node/evidence/index.ts';
import {
  GLOBAL_PURGE_NS,
  GlobalPurge,
  GlobalService,
  GlobalStore,
  type GlobalEntry,
  type GlobalPurgeDeps,
  type MemberState,
} from '../../node/global/index.ts';
import { silentLoggers } from '../../node/log.ts';
import type { PeerHost } from '../../node/p2p/index.ts';
import type { BatchOp } from '../../node/store/kv.ts';
import { MANIFEST_JWS_TYPE, type Manifest } from '../../protocol/exchange.ts';
import { MemoryKv } from '../../node/store/memory-kv.ts';
import { validCase } from '../compliance/fixtures.ts';
import { makeTempDir } from '../helpers/node.ts';

const DAY_MS = 86_400_000;
const newNodeId = async () => peerIdFromPrivateKey(await generateKeyPair('Ed25519')).toString();

/** A contribution agreement between `member` and `wco`, sealed by both, from yesterday for `days`. */
function agreementState(
  member: { nodeId: string; country: string },
  wco: string,
  days: number,
): AgreementState {
  const from = new Date(Date.now() - DAY_MS);
  const agreement = draftAgreement({
    type: 'wco-contribution',
    parties: [
      {
        administration: member.country,
        name: `Customs ${member.country}`,
        nodeId: member.nodeId,
        key: publicJwkOfNodeId(member.nodeId),
      },
      { administration: 'WCO', name: 'World Customs Organization', nodeId: wco, key: publicJwkOfNodeId(wco) },
    ],
    legalBasis: { instrument: 'WCO CEN data contribution' },
    purposes: ['customs-enforcement'],
    modes: ['sync'],
    scope: { [member.nodeId]: { recordKinds: ['seizure', 'offence'], itrAreas: ['drugs'], nominal: false } },
    handling: { maxCode: 'H2', onwardTransfer: 'prohibited', retentionDays: 3650 },
    validity: { from: from.toISOString(), until: new Date(from.getTime() + days * DAY_MS).toISOString() },
    profile: { id: 'wco-contribution', version: 1, level: 'case-level' },
  });
  return { agreement, signedBy: [member.nodeId, wco], revocations: [] };
}

function entryOf(member: { nodeId: string; country: string }, agreementId: string): GlobalEntry {
  const at = '2026-05-01T00:00:00.000Z';
  const source = {
    ...validCase(),
    id: uuidv7(),
    version: 1,
    reportingCountry: member.country,
    createdAt: at,
    updatedAt: at,
  };
  const projected = anonymiseCase(source, { level: 'case-level', version: 1 });
  if (!projected.ok) throw new Error(projected.detail);
  return {
    type: 'case',
    id: source.id,
    version: 1,
    sha256: '0'.repeat(64),
    record: projected.record,
    provenance: {
      owner: member,
      agreementId,
      agreementVersion: 1,
      mode: 'sync',
      manifestId: uuidv7(),
      receivedAt: at,
      purgeAt: '2036-05-01T00:00:00.000Z',
    },
  };
}

describe('purging the contributions of a member whose agreement ended', () => {
  let dir: { path: string; remove(): Promise<void> };
  let kv: MemoryKv;
  let store: GlobalStore;
  let evidence: EvidenceLog;
  let wco: string;
  let ke: { nodeId: string; country: string };
  let tz: { nodeId: string; country: string };
  let states: AgreementState[];
  let clock: Date;

  const purgeWith = (deps: Partial<GlobalPurgeDeps> = {}) =>
    new GlobalPurge(
      {
        kv,
        global: store,
        agreements: { states: () => Promise.resolve(states), onChange: () => () => undefined },
        evidence,
        self: wco,
        log: silentLoggers().root,
        clock: () => clock,
        ...deps,
      },
      { batchCases: 3 },
    );
  const idsOf = async (member: string) => {
    const ids: string[] = [];
    for await (const e of store.all()) if (e.provenance.owner.nodeId === member) ids.push(e.id);
    return ids;
  };
  const searched = async () => (await store.search({ limit: 100 })).items.map((c) => c.member.country).sort();
  const purgedEntries = async () => (await evidence.list({ kind: 'purged', limit: 100 })).items;

  beforeEach(async () => {
    dir = await makeTempDir('cen-global-purge-');
    kv = new MemoryKv();
    store = await GlobalStore.open({ kv, indexPath: join(dir.path, 'global.sqlite') });
    [wco, ke, tz] = await Promise.all([
      newNodeId(),
      newNodeId().then((nodeId) => ({ nodeId, country: 'KE' })),
      newNodeId().then((nodeId) => ({ nodeId, country: 'TZ' })),
    ]);
    evidence = new EvidenceLog(kv, { nodeId: wco });
    clock = new Date();
    // Kenya's agreement runs 100 days, Tanzania's a year; Kenya has 7 cases, Tanzania 3.
    states = [agreementState(ke, wco, 100), agreementState(tz, wco, 365)];
    for (const [member, count, state] of [
      [ke, 7, states[0]!],
      [tz, 3, states[1]!],
    ] as const) {
      const entries = Array.from({ length: count }, () => entryOf(member, state.agreement.id));
      await store.write(
        async () => {
          const ops = entries.flatMap((e) => store.putOps(e, undefined));
          const row: MemberState = {
            ...member,
            cases: await store.casesDelta(ops),
            agreementId: state.agreement.id,
          };
          return { result: undefined, ops, member: row };
        },
        (ops) => kv.batch(ops),
      );
    }
  });
  afterEach(async () => {
    await store.close();
    await dir.remove();
  });

  it('purges nobody while every agreement is in force', async () => {
    expect(await purgeWith().sweep()).to.deep.equal([]);
    expect(await searched()).to.have.length(10);
  });

  it('deletes a revoked member’s cases from the store and the index, with one evidence entry, and nobody else’s', async () => {
    const tzCases = await idsOf(tz.nodeId);
    states[0] = {
      ...states[0]!,
      revocations: [
        {
          agreementId: states[0]!.agreement.id,
          agreementVersion: 1,
          by: ke.nodeId,
          at: clock.toISOString(),
          reason: 'leaving',
        },
      ],
    };
    // The photo files no case keeps any more are swept after a purge (node/global/photos.ts).
    const cleanedUpAfter: string[][] = [];
    const afterPurge = (purged: readonly { member: string }[]) => {
      cleanedUpAfter.push(purged.map((p) => p.member));
      return Promise.resolve();
    };
    expect(await purgeWith({ afterPurge }).sweep()).to.deep.equal([
      {
        member: ke.nodeId,
        country: 'KE',
        agreementId: states[0].agreement.id,
        reason: 'agreement-revoked',
        cases: 7,
      },
    ]);
    expect(await idsOf(ke.nodeId)).to.deep.equal([]);
    expect(await idsOf(tz.nodeId)).to.deep.equal(tzCases);
    expect(await searched()).to.deep.equal(['TZ', 'TZ', 'TZ']);
    expect((await store.members()).map((m) => m.country)).to.deep.equal(['TZ']);
    const entries = await purgedEntries();
    expect(entries).to.have.length(1);
    expect(entries[0]).to.deep.include({
      peer: ke.nodeId,
      direction: 'inbound',
      agreementId: states[0].agreement.id,
    });
    expect(entries[0]!.details).to.include({ reason: 'agreement-revoked', cases: 7, country: 'KE' });
    // Nothing more to do: a second sweep purges nothing, writes nothing and cleans nothing up.
    expect(await purgeWith({ afterPurge }).sweep()).to.deep.equal([]);
    expect(cleanedUpAfter).to.deep.equal([[ke.nodeId]]);
    expect(await purgedEntries()).to.have.length(1);
    expect((await evidence.verify()).ok).to.equal(true);
  });

  it('says expired when the validity ended, and ended when the agreement is gone', async () => {
    clock = new Date(Date.now() + 200 * DAY_MS);
    expect((await purgeWith().sweep()).map((p) => [p.country, p.reason])).to.deep.equal([
      ['KE', 'agreement-expired'],
    ]);
    states = [];
    expect((await purgeWith().sweep()).map((p) => [p.country, p.reason, p.cases])).to.deep.equal([
      ['TZ', 'agreement-ended', 3],
    ]);
    expect(await searched()).to.deep.equal([]);
  });

  it('finishes a purge that died half-way, counting every case once, and says the member is being purged meanwhile', async () => {
    states = [states[1]!];
    let commits = 0;
    const dying = {
      entryOps: evidence.entryOps.bind(evidence),
      commit: async (ops: BatchOp[]) => {
        // 1: the marker; 2 and 3: two batches of 3 cases; then the process is gone.
        if (++commits === 4) throw new Error('killed');
        return evidence.commit(ops);
      },
    };
    const first = purgeWith({ evidence: dying });
    let died: unknown;
    await first.sweep().catch((err: unknown) => (died = err));
    expect((died as Error | undefined)?.message).to.equal('killed');
    expect(await idsOf(ke.nodeId)).to.have.length(1);
    expect(await kv.get(GLOBAL_PURGE_NS, ke.nodeId)).to.include({ deleted: 6 });
    expect(await first.purging(ke.nodeId)).to.equal(true);
    expect(await first.purging(tz.nodeId)).to.equal(false);
    expect((await store.members()).map((m) => m.country)).to.deep.equal(['TZ']);

    // Even with a new agreement in force, the purge of the old cases runs to its end.
    states.push(agreementState(ke, wco, 365));
    const again = purgeWith();
    expect((await again.sweep()).map((p) => [p.country, p.cases])).to.deep.equal([['KE', 7]]);
    expect(await again.purging(ke.nodeId)).to.equal(false);
    expect(await idsOf(ke.nodeId)).to.deep.equal([]);
    expect((await purgedEntries()).map((e) => e.details?.cases)).to.deep.equal([7]);
  });

  it('stops between batches and leaves the rest to the next sweep', async () => {
    states = [states[1]!];
    let commits = 0;
    let purge: GlobalPurge | undefined = undefined;
    const stopping = {
      entryOps: evidence.entryOps.bind(evidence),
      commit: async (ops: BatchOp[]) => {
        const written = await evidence.commit(ops);
        // The node is told to stop once the marker and the first batch are written.
        if (++commits === 2) void purge?.stop();
        return written;
      },
    };
    purge = purgeWith({ evidence: stopping });
    expect(await purge.sweep()).to.deep.equal([]);
    expect(await idsOf(ke.nodeId)).to.have.length(4);
    expect(await purge.purging(ke.nodeId)).to.equal(true);
    // A clean-up that fails afterwards does not fail the purge.
    const next = purgeWith({ afterPurge: () => Promise.reject(new Error('photo sweep failed')) });
    expect((await next.sweep()).map((p) => p.cases)).to.deep.equal([7]);
    expect(await idsOf(ke.nodeId)).to.deep.equal([]);
  });

  it('has the WCO node refuse the batches of a member being purged', async () => {
    const memberKey = await generateKeyPair('Ed25519');
    const ug = { nodeId: peerIdFromPrivateKey(memberKey).toString(), country: 'UG' };
    states.push(agreementState(ug, wco, 365));
    let purging = true;
    const service = new GlobalService({
      global: store,
      agreements: { states: () => Promise.resolve(states) } as unknown as AgreementRegistry,
      evidence,
      peerHost: {} as PeerHost,
      self: wco,
      key: signingKeyFromLibp2p(await generateKeyPair('Ed25519')),
      log: silentLoggers().root,
      purging: (member) => Promise.resolve(purging && member === ug.nodeId),
    });
    const manifest: Manifest = {
      id: uuidv7(),
      from: ug.nodeId,
      to: wco,
      agreementId: states.at(-1)!.agreement.id,
      agreementVersion: 1,
      mode: 'sync',
      cursor: { from: 0, to: 0 },
      head: 0,
      complete: true,
      entries: [],
      at: new Date().toISOString(),
    };
    const jws = await signStatement(MANIFEST_JWS_TYPE, manifest, signingKeyFromLibp2p(memberKey));
    let refused: unknown;
    await service.accept(ug.nodeId, jws, []).catch((err: unknown) => (refused = err));
    expect(refused).to.include({ name: 'ExchangeProtocolError', code: 'purging' });
    // Once the purge is over, the same batch is taken.
    purging = false;
    const { outcome } = await service.accept(ug.nodeId, jws, []);
    expect(outcome).to.include({ member: ug.nodeId, manifestId: manifest.id });
  });
});
