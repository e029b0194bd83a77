/**
 * `/cen/watchlists/1.0.0` between two watch-list services over in-memory streams: what the owner
 * offers (shared rules, new versions, withdrawals, nothing twice, nothing without an agreement
 * allowing queries), what the partner stores, and what it refuses (a rule signed by another node,
 * addressed to another node, or saying something a user's rule could not).
 */
import { expect } from 'chai';
import type { Stream } from '@libp2p/interface';
import { streamPair } from '@libp2p/utils';
import { v7 as uuidv7 } from 'uuid';
import { signStatement, type AgreementState } from '../../../policies/index.ts';
import type { Agreement } from '../../../protocol/agreement.ts';
import { cen } from '../../../protocol/gen/watchlists.js';
import { PROTOCOLS, WATCHLIST_JWS_TYPE } from '../../../protocol/protocols.ts';
import { EvidenceLog } from '../../../node/evidence/index.ts';
import { silentLoggers } from '../../../node/log.ts';
import { framedStream } from '../../../node/p2p/frames.ts';
import type { PeerStreamHandler } from '../../../node/p2p/peer-host.ts';
import { MemoryKv, RecordStore } from '../../../node/store/index.ts';
import {
  WatchlistService,
  WatchlistSharing,
  type Viewer,
  type WatchlistStatement,
} from '../../../node/watchlists/index.ts';
import { openedAgreement, testNode, type TestNode } from '../policies/fixtures.ts';

const NOW = new Date('2026-06-01T00:00:00Z');
const clock = () => NOW;
const ANALYST: Viewer = { username: 'amina', role: 'analyst' };
const users = {
  get: (username: string) =>
    Promise.resolve(username === 'amina' ? { username, role: 'analyst', disabled: false } : undefined),
  list: () => Promise.resolve([{ username: 'amina', role: 'analyst', disabled: false }]),
};
const Frame = cen.watchlists.v1.WatchlistFrame;

interface Side {
  node: TestNode;
  service: WatchlistService;
  sharing: WatchlistSharing;
  evidence: EvidenceLog;
  states: AgreementState[];
  handler?: PeerStreamHandler;
}

async function agreementState(a: TestNode, b: TestNode, modes: Agreement['modes']): Promise<AgreementState> {
  const opened = await openedAgreement(a, b, { modes });
  return { agreement: opened.agreement, signedBy: opened.signedBy };
}

describe('watch-list sharing', function () {
  this.timeout(20_000);
  let ke: TestNode, tz: TestNode, be: TestNode;
  const sides = new Map<string, Side>();
  let owner: Side, partner: Side;

  async function open(from: string, to: string): Promise<Stream> {
    const [outbound, inbound] = await streamPair({ protocol: PROTOCOLS.watchlists.id });
    const handler = sides.get(to)?.handler;
    const serve = handler
      ? handler(inbound, {} as never, from)
      : Promise.reject(new Error('no such protocol'));
    serve.catch((err: unknown) => inbound.abort(err as Error));
    return outbound;
  }

  async function side(node: TestNode): Promise<Side> {
    const kv = new MemoryKv();
    const store = await RecordStore.open({ kv, country: node.country, clock });
    const evidence = new EvidenceLog(kv, { nodeId: node.nodeId, clock });
    const s = { node, evidence, states: [] } as unknown as Side;
    const agreements = { states: () => Promise.resolve(s.states) };
    s.service = new WatchlistService(
      { kv, store, users, agreements, self: node.nodeId, evidence, log: silentLoggers().root, clock },
      { tailIntervalMs: 60_000, agreementCheckIntervalMs: 60_000 },
    );
    s.sharing = new WatchlistSharing(
      {
        self: node.nodeId,
        key: node.key,
        peerHost: {
          handle: (_name, handler) => {
            s.handler = handler;
            return Promise.resolve();
          },
          openStream: (peer) => open(node.nodeId, peer),
          onConnected: () => () => undefined,
          connectedPeers: () => [...sides.keys()].filter((id) => id !== node.nodeId),
        },
        agreements,
        service: s.service,
        log: silentLoggers().root,
        clock,
      },
      { retryIntervalMs: 60_000, timeoutMs: 2_000 },
    );
    await s.service.start();
    await s.sharing.start();
    sides.set(node.nodeId, s);
    return s;
  }

  /** Sends raw rule statements to the partner as `from` and returns its answer. */
  async function offerRaw(from: string, jws: string[]): Promise<cen.watchlists.v1.WatchlistFrame> {
    const frames = framedStream(await open(from, partner.node.nodeId), PROTOCOLS.watchlists, Frame);
    await frames.write({ offer: { rules: jws } });
    return frames.read(2_000);
  }

  before(async () => {
    [ke, tz, be] = await Promise.all([testNode('KE'), testNode('TZ'), testNode('BE')]);
  });

  beforeEach(async () => {
    sides.clear();
    owner = await side(ke);
    partner = await side(tz);
    const agreement = await agreementState(ke, tz, ['sync', 'query']);
    owner.states = [agreement];
    partner.states = [agreement];
  });

  afterEach(async () => {
    for (const s of sides.values()) {
      await s.sharing.stop();
      await s.service.stop();
    }
  });

  const received = async () => (await partner.service.list(ANALYST)).filter((rule) => rule.origin);

  it('offers shared rules once per version, withdraws what is no longer shared, and both sides keep the evidence', async () => {
    const kept = await owner.service.create(
      { name: 'Mine only', kind: 'pattern', pattern: { commodity: ['cocaine'] } },
      ANALYST,
    );
    const shared = await owner.service.create(
      {
        name: 'Shared',
        kind: 'pattern',
        pattern: { commodity: ['cocaine'], routeOrigin: ['CO'] },
        shared: true,
      },
      ANALYST,
    );
    expect(await owner.sharing.offer(tz.nodeId)).to.deep.include({ offered: 1, acknowledged: 1, refused: 0 });
    expect(await owner.sharing.offer(tz.nodeId)).to.deep.include({ offered: 0 });
    const [copy] = await received();
    expect(copy).to.deep.include({ name: 'Shared', version: 1, active: true, kind: 'pattern' });
    expect(copy!.pattern).to.deep.equal({ commodity: ['cocaine'], routeOrigin: ['CO'] });
    expect(copy!.origin).to.deep.include({ nodeId: ke.nodeId, ruleId: shared.id, country: 'KE' });
    expect((await received()).some((rule) => rule.origin?.ruleId === kept.id)).to.equal(false);

    await owner.service.update(
      shared.id,
      { name: 'Shared (2)', kind: 'pattern', pattern: { commodity: ['heroin'] }, shared: true },
      1,
      ANALYST,
    );
    expect(await owner.sharing.offer(tz.nodeId)).to.deep.include({ offered: 1, acknowledged: 1 });
    expect((await received())[0]).to.deep.include({ name: 'Shared (2)', version: 2, active: true });

    await owner.service.delete(shared.id, 2, ANALYST);
    expect(await owner.sharing.offer(tz.nodeId)).to.deep.include({ offered: 1, acknowledged: 1 });
    expect((await received())[0]).to.deep.include({ active: false, deactivatedReason: 'withdrawn' });

    const sent = (await owner.evidence.list({ kind: 'watchlist-shared', order: 'oldest-first' })).items;
    expect(sent.map((e) => [e.peer, e.details?.version, e.details?.withdrawn])).to.deep.equal([
      [tz.nodeId, 1, false],
      [tz.nodeId, 2, false],
      [tz.nodeId, 2, true],
    ]);
    const got = (await partner.evidence.list({ kind: 'watchlist-received', order: 'oldest-first' })).items;
    expect(got.map((e) => e.details?.outcome)).to.deep.equal(['stored', 'stored', 'withdrawn']);
    expect(got.map((e) => e.details?.statementSha256)).to.deep.equal(
      sent.map((e) => e.details?.statementSha256),
    );
    expect((await owner.evidence.verify()).ok).to.equal(true);
    expect((await partner.evidence.verify()).ok).to.equal(true);
  });

  it('offers nothing without an agreement allowing queries, and a partner without one refuses the offer', async () => {
    const syncOnly = await agreementState(ke, tz, ['sync']);
    owner.states = [syncOnly];
    partner.states = [syncOnly];
    await owner.service.create(
      { name: 'Shared', kind: 'pattern', pattern: { commodity: ['cocaine'] }, shared: true },
      ANALYST,
    );
    expect(await owner.sharing.offer(tz.nodeId)).to.deep.include({ offered: 0 });

    // The owner believes queries are allowed; the partner does not: refused whole, and offered again later.
    owner.states = [await agreementState(ke, tz, ['sync', 'query'])];
    try {
      await owner.sharing.offer(tz.nodeId);
      expect.fail('the partner took an offer its agreement does not allow');
    } catch (err) {
      expect((err as Error).message).to.contain('mode-not-allowed');
    }
    expect(await received()).to.deep.equal([]);
    expect(await owner.service.delivered(tz.nodeId)).to.have.property('size', 0);
  });

  it('refuses a rule signed by another node, addressed to another node, or that a user could not write', async () => {
    const agreement = partner.states[0]!.agreement;
    const statement = (overrides: Partial<WatchlistStatement> = {}): WatchlistStatement => ({
      from: ke.nodeId,
      to: tz.nodeId,
      agreementId: agreement.id,
      agreementVersion: agreement.version,
      at: NOW.toISOString(),
      rule: {
        id: uuidv7(),
        version: 1,
        name: 'Forged',
        kind: 'list',
        list: { type: 'container', values: ['CSQU3054383'] },
        active: true,
      },
      ...overrides,
    });
    const answer = await offerRaw(ke.nodeId, [
      // Signed by BE, sent on KE's connection.
      await signStatement(WATCHLIST_JWS_TYPE, { ...statement(), from: be.nodeId }, be.key),
      await signStatement(WATCHLIST_JWS_TYPE, statement({ to: be.nodeId }), ke.key),
      await signStatement(
        WATCHLIST_JWS_TYPE,
        statement({
          rule: {
            id: uuidv7(),
            version: 1,
            name: 'Bad',
            kind: 'list',
            list: { type: 'container', values: ['NOT A CONTAINER'] },
            active: true,
          },
        }),
        ke.key,
      ),
      await signStatement(WATCHLIST_JWS_TYPE, statement({ agreementId: uuidv7() }), ke.key),
      'not.a.jws',
      await signStatement(
        WATCHLIST_JWS_TYPE,
        statement({
          rule: {
            id: uuidv7(),
            version: 1,
            name: 'Fine',
            kind: 'pattern',
            pattern: { commodity: ['cocaine'] },
            active: true,
          },
        }),
        ke.key,
      ),
    ]);
    expect(answer.answer!.outcomes.map((o) => [o.outcome, o.reason])).to.deep.equal([
      ['refused', 'wrong-signer'],
      ['refused', 'wrong-addressee'],
      ['refused', 'invalid'],
      ['refused', 'agreement-mismatch'],
      ['refused', 'bad-header'],
      ['stored', ''],
    ]);
    expect((await received()).map((rule) => rule.name)).to.deep.equal(['Fine']);
  });
});
