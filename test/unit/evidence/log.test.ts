import { expect } from 'chai';
import { v7 as uuidv7 } from 'uuid';
import {
  EVIDENCE_HEAD_NAMESPACE,
  EVIDENCE_NAMESPACE,
  evidenceKey,
  EvidenceLog,
  InvalidEvidenceEntryError,
  verifyEvidenceLines,
  type EvidenceEntry,
  type EvidenceEntryInput,
} from '../../../node/evidence/index.ts';
import { hashChainEntry } from '../../../node/store/hash-chain.ts';
import { MemoryKv } from '../../../node/store/memory-kv.ts';
import { testNode, type TestNode } from '../policies/fixtures.ts';
import {
  AGREEMENT_ID,
  signedManifest,
  signedPurgeNotice,
  signedReceipt,
  tamperSignature,
} from './fixtures.ts';

/** The error a promise rejects with; a promise that resolves fails the test. */
const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.fail('expected a rejection'),
    (err: unknown) => err as Error & { issues?: { path: string }[] },
  );

/** The whole export, line by line. */
async function exported(log: EvidenceLog): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of log.exportJsonLines()) lines.push(line);
  return lines;
}

describe('evidence log', function () {
  // Three real nodes: this one (KE), its partner (TZ) and a stranger (BE).
  let self: TestNode;
  let peer: TestNode;
  let stranger: TestNode;
  let kv: MemoryKv;
  /** The log's clock, moved on by the tests. */
  let now: number;
  let evidence: EvidenceLog;
  const caseA = uuidv7();
  const caseB = uuidv7();

  before(async () => {
    [self, peer, stranger] = await Promise.all([testNode('KE'), testNode('TZ'), testNode('BE')]);
  });
  beforeEach(() => {
    kv = new MemoryKv();
    now = Date.parse('2026-11-02T08:00:00Z');
    evidence = new EvidenceLog(kv, { nodeId: self.nodeId, clock: () => new Date(now) });
  });
  afterEach(async () => {
    await evidence.close();
    await kv.close();
  });

  const queryAsked = (extra: Partial<EvidenceEntryInput> = {}): EvidenceEntryInput => ({
    kind: 'query-asked',
    peer: peer.nodeId,
    direction: 'outbound',
    mode: 'query',
    actor: 'maria',
    details: { identifierType: 'container', hit: false },
    ...extra,
  });

  /** What a partnership leaves behind, one entry an hour: every document signed for real. */
  async function writeRealLog(): Promise<EvidenceEntry[]> {
    const sent = await signedManifest(self, peer, [caseA, caseB]);
    const arrived = await signedManifest(peer, self, [caseB]);
    const inputs: EvidenceEntryInput[] = [
      {
        kind: 'sent',
        peer: peer.nodeId,
        direction: 'outbound',
        agreementId: AGREEMENT_ID,
        agreementVersion: 1,
        mode: 'on-demand',
        records: [
          { type: 'case', id: caseA, version: 1, outcome: 'stored' },
          { type: 'case', id: caseB, version: 1, outcome: 'stored' },
        ],
        manifest: sent.jws,
        receipt: await signedReceipt(peer, self, sent),
        actor: 'maria',
      },
      {
        kind: 'received',
        peer: peer.nodeId,
        direction: 'inbound',
        agreementId: AGREEMENT_ID,
        mode: 'on-demand',
        records: [{ type: 'case', id: caseB, version: 1, outcome: 'stored' }],
        manifest: arrived.jws,
        receipt: await signedReceipt(self, peer, arrived),
        actor: `peer:${peer.nodeId}`,
      },
      {
        kind: 'denied',
        peer: peer.nodeId,
        direction: 'outbound',
        agreementId: AGREEMENT_ID,
        mode: 'sync',
        records: [
          { type: 'case', id: uuidv7(), version: 2, outcome: 'denied', reason: 'handling-above-limit' },
        ],
        actor: 'system:sync',
      },
      {
        kind: 'purged',
        peer: peer.nodeId,
        direction: 'outbound',
        agreementId: AGREEMENT_ID,
        records: [{ type: 'case', id: caseB, version: 1, outcome: 'purged', reason: 'retention-ended' }],
        purgeNotice: await signedPurgeNotice(self, peer, [caseB]),
        actor: 'system:retention',
      },
      {
        kind: 'purge-acknowledged',
        peer: peer.nodeId,
        direction: 'inbound',
        agreementId: AGREEMENT_ID,
        records: [{ type: 'case', id: caseA, version: 1, outcome: 'purged' }],
        purgeNotice: await signedPurgeNotice(peer, self, [caseA]),
      },
      queryAsked({ details: { identifierType: 'container', hit: true } }),
      { kind: 'agreement-delivered', peer: peer.nodeId, direction: 'outbound', agreementId: AGREEMENT_ID },
    ];
    const entries: EvidenceEntry[] = [];
    for (const input of inputs) {
      entries.push(await evidence.append(input));
      now += 3600_000;
    }
    return entries;
  }

  /**
   * Changes entry `seq` in the store and re-chains it and every later entry, head included: what
   * someone with the store and this source code can do. Only the signatures can tell.
   */
  async function rewriteFrom(seq: number, change: (entry: EvidenceEntry) => EvidenceEntry): Promise<void> {
    const head = (await evidence.head())!;
    let prev = seq === 1 ? null : ((await evidence.get(seq - 1))!.hash as string | null);
    const ops = [];
    let last: EvidenceEntry | undefined;
    for (let at = seq; at <= head.seq; at++) {
      const stored = (await evidence.get(at))!;
      const changed = at === seq ? change(stored) : stored;
      const { hash: _old, ...content } = { ...changed, prev };
      last = { ...content, hash: hashChainEntry(content) };
      prev = last.hash;
      ops.push({ type: 'put' as const, ns: EVIDENCE_NAMESPACE, key: evidenceKey(at), value: last });
    }
    ops.push({
      type: 'put' as const,
      ns: EVIDENCE_HEAD_NAMESPACE,
      key: 'head',
      value: { seq: last!.seq, hash: last!.hash, at: last!.at },
    });
    await kv.batch(ops);
  }

  describe('appending', () => {
    it('numbers, dates and chains entries, and keeps the signed documents verbatim', async () => {
      const entries = await writeRealLog();
      expect(entries.map((entry) => entry.seq)).to.deep.equal([1, 2, 3, 4, 5, 6, 7]);
      expect(entries[0]).to.include({ kind: 'sent', at: '2026-11-02T08:00:00.000Z', prev: null });
      expect(entries[1]!.prev).to.equal(entries[0]!.hash);
      expect(await evidence.get(1)).to.deep.equal(entries[0]);
      expect((await evidence.get(1))!.manifest).to.equal(entries[0]!.manifest);
      expect(await evidence.head()).to.deep.equal({ seq: 7, hash: entries[6]!.hash, at: entries[6]!.at });
    });

    it('writes a transfer and its evidence in one batch, and neither when the batch fails', async () => {
      const [entry] = await evidence.commit([
        { type: 'put', ns: 'inbox', key: caseA, value: { id: caseA } },
        ...evidence.entryOps(queryAsked()),
      ]);
      expect(entry).to.include({ seq: 1, kind: 'query-asked' });
      expect(await kv.get('inbox', caseA)).to.deep.equal({ id: caseA });

      const failing = [
        ...evidence.entryOps(queryAsked({ actor: 'joseph' })),
        { type: 'put' as const, ns: 'inbox', key: caseB, value: undefined },
      ];
      await failureOf(evidence.commit(failing));
      expect(await evidence.get(2)).to.equal(undefined);
      expect((await evidence.head())!.seq).to.equal(1);
      expect((await evidence.append(queryAsked())).seq).to.equal(2);
      expect(await evidence.verify()).to.deep.equal({ ok: true, checked: 2 });
    });

    it('numbers concurrent appends and commits without gaps or forks', async () => {
      await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          i % 2 === 0
            ? evidence.append(queryAsked())
            : evidence.commit([
                { type: 'put', ns: 'inbox', key: `k${i}`, value: i },
                ...evidence.entryOps(queryAsked()),
              ]),
        ),
      );
      expect(await evidence.verify()).to.deep.equal({ ok: true, checked: 30 });
    });

    it('refuses writes to its namespaces that did not come from entryOps', async () => {
      const forged = { type: 'put' as const, ns: EVIDENCE_NAMESPACE, key: evidenceKey(1), value: {} };
      expect((await failureOf(evidence.commit([forged]))).name).to.equal('ForeignEvidenceWriteError');
      const head = { type: 'del' as const, ns: EVIDENCE_HEAD_NAMESPACE, key: 'head' };
      expect((await failureOf(evidence.commit([head]))).name).to.equal('ForeignEvidenceWriteError');
    });

    it('refuses what is not an evidence entry, naming the field', () => {
      const bad: [Partial<EvidenceEntryInput> & Record<string, unknown>, RegExp][] = [
        [{ kind: 'leaked' as never }, /kind/],
        [{ peer: 'somebody' }, /peer/],
        [{ peer: self.nodeId }, /this node itself/],
        [{ direction: 'sideways' as never }, /direction/],
        [{ manifest: 'not a jws' }, /manifest/],
        [{ records: [{ type: 'case', id: 'CASE-1' }] }, /records\.0\.id/],
        [{ records: Array.from({ length: 2001 }, () => ({ type: 'case' as const, id: caseA })) }, /records/],
        [{ details: { narrative: 'x'.repeat(201) } }, /details/],
        [{ details: { person: { name: 'John Doe' } } as never }, /details/],
        [{ password: 'secret' }, /unknown field "password"/],
      ];
      for (const [change, pattern] of bad) {
        expect(() => evidence.entryOps({ ...queryAsked(), ...change }), JSON.stringify(change).slice(0, 80))
          .to.throw(InvalidEvidenceEntryError)
          .with.property('message')
          .that.matches(pattern);
      }
    });

    it('keeps what the caller passed, even if the caller changes it afterwards', async () => {
      const records = [{ type: 'case' as const, id: caseA, outcome: 'hit' }];
      const input = queryAsked({ records });
      const ops = evidence.entryOps(input);
      records[0]!.id = caseB;
      input.actor = 'mallory';
      const [entry] = await evidence.commit(ops);
      expect(entry).to.deep.include({
        actor: 'maria',
        records: [{ type: 'case', id: caseA, outcome: 'hit' }],
      });
    });
  });

  describe('verifying', () => {
    it('passes a real log with real signed manifests, receipts and purge notices', async () => {
      await writeRealLog();
      expect(await evidence.verify()).to.deep.equal({ ok: true, checked: 7 });
    });

    it('verifies an empty log', async () => {
      expect(await evidence.verify()).to.deep.equal({ ok: true, checked: 0 });
    });

    it('names an entry whose content was changed', async () => {
      await writeRealLog();
      const entry = (await evidence.get(3))!;
      await kv.batch([
        {
          type: 'put',
          ns: EVIDENCE_NAMESPACE,
          key: evidenceKey(3),
          value: { ...entry, actor: 'someone-else' },
        },
      ]);
      const report = await evidence.verify();
      expect(report).to.deep.include({ ok: false, checked: 2 });
      expect(report.firstBad).to.deep.equal({
        seq: 3,
        reason: 'entry 3 does not match its hash: it was changed',
      });
    });

    it('names an entry that was removed', async () => {
      await writeRealLog();
      await kv.batch([{ type: 'del', ns: EVIDENCE_NAMESPACE, key: evidenceKey(4) }]);
      const report = await evidence.verify();
      expect(report.firstBad!.seq).to.equal(4);
      expect(report.firstBad!.reason).to.match(/missing/);
    });

    it('names the first missing entry when the log was cut short', async () => {
      await writeRealLog();
      await kv.batch([
        { type: 'del', ns: EVIDENCE_NAMESPACE, key: evidenceKey(7) },
        { type: 'del', ns: EVIDENCE_NAMESPACE, key: evidenceKey(6) },
      ]);
      const report = await evidence.verify();
      expect(report).to.deep.include({ ok: false, checked: 5 });
      expect(report.firstBad!.seq).to.equal(6);
      expect(report.firstBad!.reason).to.match(/log ends before entry 7/);
    });

    it("names an entry whose manifest's signature was tampered with, even with the chain redone", async () => {
      await writeRealLog();
      await rewriteFrom(2, (entry) => ({ ...entry, manifest: tamperSignature(entry.manifest!) }));
      const report = await evidence.verify();
      expect(report).to.deep.include({ ok: false, checked: 1 });
      expect(report.firstBad!.seq).to.equal(2);
      expect(report.firstBad!.reason).to.match(/^entry 2's manifest does not verify \(bad-signature\)/);
    });

    it('names an entry holding a manifest from another node', async () => {
      await writeRealLog();
      // Validly signed, by a stranger, for the same partner: not what this node sent.
      const foreign = await signedManifest(stranger, peer, [caseA]);
      await rewriteFrom(1, (entry) => ({ ...entry, manifest: foreign.jws }));
      const report = await evidence.verify();
      expect(report.firstBad!.seq).to.equal(1);
      expect(report.firstBad!.reason).to.contain(`signed by ${stranger.nodeId}`);
      expect(report.firstBad!.reason).to.contain(`this node (${self.nodeId})`);
    });

    it("names an inbound entry whose manifest this node signed itself (it must be the peer's)", async () => {
      await writeRealLog();
      const own = await signedManifest(self, peer, [caseB]);
      await rewriteFrom(2, (entry) => ({ ...entry, manifest: own.jws }));
      const report = await evidence.verify();
      expect(report.firstBad!.seq).to.equal(2);
      expect(report.firstBad!.reason).to.match(/inbound received entries it comes from the peer/);
    });

    it('names an entry whose receipt answers another manifest', async () => {
      await writeRealLog();
      const other = await signedManifest(self, peer, [caseB]);
      const receipt = await signedReceipt(peer, self, other);
      await rewriteFrom(1, (entry) => ({ ...entry, receipt }));
      const report = await evidence.verify();
      expect(report.firstBad!.seq).to.equal(1);
      expect(report.firstBad!.reason).to.match(/receipt answers manifest/);
    });

    it('names an entry whose purge notice was signed by the wrong side', async () => {
      await writeRealLog();
      // Entry 5 acknowledges the peer's purge: a notice this node signed proves nothing of it.
      const ownNotice = await signedPurgeNotice(self, peer, [caseA]);
      await rewriteFrom(5, (entry) => ({ ...entry, purgeNotice: ownNotice }));
      expect((await evidence.verify()).firstBad!.seq).to.equal(5);
    });

    it('names an entry whose document is under another agreement than the entry says', async () => {
      await writeRealLog();
      await rewriteFrom(4, (entry) => ({ ...entry, agreementId: uuidv7() }));
      const report = await evidence.verify();
      expect(report.firstBad!.seq).to.equal(4);
      expect(report.firstBad!.reason).to.match(/under agreement/);
    });
  });

  describe('listing', () => {
    let other: string;
    beforeEach(async () => {
      other = stranger.nodeId;
      await writeRealLog(); // 1..7 with the partner, hourly from 08:00
      for (let i = 0; i < 5; i++) {
        await evidence.append(queryAsked({ peer: other, records: [{ type: 'case', id: caseA }] }));
        now += 3600_000;
      }
    });

    it('filters by peer, kind, agreement and record, together', async () => {
      const seqs = async (query: Parameters<EvidenceLog['list']>[0]) =>
        (await evidence.list({ ...query, order: 'oldest-first' })).items.map((entry) => entry.seq);
      expect(await seqs({ peer: other })).to.deep.equal([8, 9, 10, 11, 12]);
      expect(await seqs({ kind: 'query-asked' })).to.deep.equal([6, 8, 9, 10, 11, 12]);
      expect(await seqs({ kind: 'query-asked', peer: peer.nodeId })).to.deep.equal([6]);
      expect(await seqs({ agreementId: AGREEMENT_ID })).to.deep.equal([1, 2, 3, 4, 5, 7]);
      expect(await seqs({ record: caseB })).to.deep.equal([1, 2, 4]);
      expect(await seqs({ record: caseA, peer: peer.nodeId })).to.deep.equal([1, 5]);
    });

    it('pages newest first with a cursor, each entry once, and oldest first when asked', async () => {
      const seen: number[] = [];
      let cursor: string | undefined;
      do {
        const page = await evidence.list({ limit: 5, ...(cursor && { cursor }) });
        seen.push(...page.items.map((entry) => entry.seq));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).to.deep.equal([12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
      const first = await evidence.list({ order: 'oldest-first', limit: 2 });
      const next = await evidence.list({ order: 'oldest-first', limit: 2, cursor: first.nextCursor! });
      expect(next.items.map((entry) => entry.seq)).to.deep.equal([3, 4]);
    });

    it('filters by time', async () => {
      const window = await evidence.list({
        from: '2026-11-02T10:00:00Z',
        to: '2026-11-02T12:00:00Z',
        order: 'oldest-first',
      });
      expect(window.items.map((entry) => entry.seq)).to.deep.equal([3, 4, 5]);
    });

    it('refuses a bad query naming the parameter', async () => {
      for (const [query, path] of [
        [{ kind: 'teleported' }, 'kind'],
        [{ limit: 0 }, 'limit'],
        [{ cursor: 'x' }, 'cursor'],
        [{ to: 'tomorrow' }, 'to'],
      ] as const) {
        const err = await failureOf(evidence.list(query));
        expect(err.name).to.equal('ValidationError');
        expect(err.issues!.map((issue) => issue.path)).to.deep.equal([path]);
      }
    });
  });

  describe('export', () => {
    it('round-trips: an export verifies on its own, with or without the node id', async () => {
      await writeRealLog();
      const lines = await exported(evidence);
      expect(lines).to.have.length(7);
      expect(lines.every((line) => line.endsWith('\n'))).to.equal(true);
      expect(await verifyEvidenceLines(lines, { nodeId: self.nodeId })).to.deep.equal({
        ok: true,
        checked: 7,
      });
      expect(await verifyEvidenceLines(lines)).to.deep.equal({ ok: true, checked: 7 });
    });

    it('names a changed line, and an export checked as another node’s log', async () => {
      await writeRealLog();
      const lines = await exported(evidence);
      const changed = [...lines];
      changed[2] = changed[2]!.replace('"system:sync"', '"system:other"');
      expect((await verifyEvidenceLines(changed)).firstBad!.seq).to.equal(3);
      const asStranger = await verifyEvidenceLines(lines, { nodeId: stranger.nodeId });
      expect(asStranger.firstBad!.seq).to.equal(1);
      expect(asStranger.firstBad!.reason).to.contain(`this node (${stranger.nodeId})`);
    });

    it('says which entry it learnt the node from when a forged entry comes first', async () => {
      const foreign = await signedManifest(stranger, peer, [caseA]);
      await evidence.append({
        kind: 'sent',
        peer: peer.nodeId,
        direction: 'outbound',
        manifest: foreign.jws,
      });
      await writeRealLog();
      const lines = await exported(evidence);
      const report = await verifyEvidenceLines(lines);
      expect(report.firstBad!.seq).to.equal(2);
      expect(report.firstBad!.reason).to.contain(`this node (${stranger.nodeId}, as entry 1 shows)`);
      // The live log knows whose it is, and names the forged entry itself.
      expect((await evidence.verify()).firstBad!.seq).to.equal(1);
    });
  });
});
