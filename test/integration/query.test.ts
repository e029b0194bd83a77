/**
 * Hit/no-hit queries between four real nodes over loopback: KE asks; TZ's agreement with KE
 * allows queries, BE's does not, UG has none. TZ holds cases with containers; only those the
 * agreement lets KE query count. TZ logs who asked what and its auditor (not its officers) can
 * see it; malformed frames close their stream and TZ keeps answering.
 */
import { randomBytes } from 'node:crypto';
import { expect } from 'chai';
import { lpStream } from '@libp2p/utils';
import { v7 as uuidv7 } from 'uuid';
import {
  apiPaths,
  HEALTH_PATH,
  type ApiError,
  type AuditPage,
  type QueryLogPage,
  type QueryResponse,
  type ValidationFailed,
} from '../../protocol/api.ts';
import { cen } from '../../protocol/gen/query.js';
import { PROTOCOLS } from '../../protocol/protocols.ts';
import type { CaseInput } from '../../protocol/records.ts';
import { containerNumber, item, validCase } from '../compliance/fixtures.ts';
import { agreementBetween, partyOf, sealBetween, type Party } from '../helpers/agreements.ts';
import { startTestNode, type ApiClient, type TestNode } from '../helpers/node.ts';

const HELD = containerNumber('TZA', 100001);
const REVENUE_ONLY = containerNumber('TZA', 100002);
const RESTRICTED = containerNumber('TZA', 100003);
const UNKNOWN = containerNumber('TZA', 100004);
const SETUP = 'test:setup';

/** A length-prefixed frame as the peer protocols send them (unsigned varint length, then the bytes). */
function framed(payload: Uint8Array): Uint8Array {
  const prefix: number[] = [];
  let length = payload.length;
  do {
    prefix.push((length & 0x7f) | (length > 0x7f ? 0x80 : 0));
    length >>>= 7;
  } while (length > 0);
  return Uint8Array.from([...prefix, ...payload]);
}

const seizureIn = (container: string, overrides: Partial<CaseInput> = {}) =>
  validCase({ conveyance: { mode: 'sea-container', containerNumber: container }, ...overrides });

describe('queries between four nodes', function () {
  this.timeout(60_000);
  let ke: TestNode, tz: TestNode, be: TestNode, ug: TestNode;
  let parties: Record<'ke' | 'tz' | 'be' | 'ug', Party>;
  let officer: ApiClient;

  before(async () => {
    const p2p = { recheckIntervalMs: 10 * 60_000, reconnectIntervalMs: 300 };
    [ke, tz, be, ug] = await Promise.all([
      startTestNode({ country: 'KE', name: 'Kenya Customs', p2p }),
      startTestNode({ country: 'TZ', name: 'Tanzania Customs', p2p }),
      startTestNode({ country: 'BE', name: 'Belgian Customs', p2p }),
      startTestNode({ country: 'UG', name: 'Uganda Customs', p2p }),
    ]);
    const [keParty, tzParty, beParty, ugParty] = await Promise.all([
      partyOf(ke, 'KE'),
      partyOf(tz, 'TZ'),
      partyOf(be, 'BE'),
      partyOf(ug, 'UG'),
    ]);
    parties = { ke: keParty, tz: tzParty, be: beParty, ug: ugParty };
    // KE–TZ: drug cases, sync and query, handling up to H2. KE–BE: sync only.
    const withTz = await sealBetween(keParty, tzParty, agreementBetween(keParty, tzParty));
    const withBe = await sealBetween(
      keParty,
      beParty,
      agreementBetween(keParty, beParty, { modes: ['sync'] }),
    );
    for (const [node, sealed] of [
      [ke, withTz],
      [tz, withTz],
      [ke, withBe],
      [be, withBe],
    ] as const) {
      await node.node.services.agreements.install(sealed, SETUP);
    }
    for (const [node, other] of [
      [ke, tz],
      [tz, ke],
      [ke, be],
      [be, ke],
      [ke, ug],
    ] as const) {
      await node.node.services.peers.add(other.node.peerHost.multiaddrs()[0], SETUP);
    }
    await Promise.all([ke, tz, be].map((node) => node.node.peerHost.recheck()));

    const store = tz.node.services.store;
    await store.createCase(seizureIn(HELD), { username: SETUP });
    await store.createCase(seizureIn(REVENUE_ONLY, { items: [item(3)] }), { username: SETUP });
    await store.createCase(seizureIn(RESTRICTED, { handling: { code: 'H3', source: 'A', reliability: 1 } }), {
      username: SETUP,
    });
    officer = await ke.loginAs('officer');
  });
  after(async () => {
    await Promise.all([ke?.close(), tz?.close(), be?.close(), ug?.close()]);
  });

  const ask = (value: string, client = officer) =>
    client.post<QueryResponse>(apiPaths.queries, { type: 'container', value });

  it('finds a container TZ holds, asking only TZ: BE’s agreement has no queries and UG has none', async () => {
    const { status, body } = await ask(HELD.toLowerCase().replace(/(\d{6})/, ' $1-'));
    expect(status, JSON.stringify(body)).to.equal(200);
    expect(body).to.include({ type: 'container', value: HELD });
    expect(body.results.map(({ ms: _ms, ...rest }) => rest)).to.deep.equal([
      { peer: parties.tz.nodeId, name: 'Customs TZ', country: 'TZ', hit: true, matches: 1 },
    ]);
    expect(body.results[0]!.ms).to.be.a('number');
  });

  it('answers no hit for a container TZ does not hold, and for cases out of the agreement’s scope', async () => {
    for (const value of [UNKNOWN, REVENUE_ONLY, RESTRICTED]) {
      const { body } = await ask(value);
      expect(
        body.results.map((r) => [r.peer, 'hit' in r && r.hit, 'matches' in r && r.matches]),
        value,
      ).to.deep.equal([[parties.tz.nodeId, false, 0]]);
    }
  });

  it('lets TZ’s auditor see who asked what and what TZ answered, and not its officers', async () => {
    const auditor = await tz.loginAs('auditor');
    const { status, body } = await auditor.get<QueryLogPage>(`${apiPaths.queries}?side=answered`);
    expect(status, JSON.stringify(body)).to.equal(200);
    const held = body.items.filter((e) => e.value === HELD);
    expect(held.map((e) => [e.side, e.peer, e.peerName, e.type, e.outcome, e.matches])).to.deep.equal([
      ['answered', parties.ke.nodeId, 'Customs KE', 'container', 'hit', 1],
    ]);
    expect(body.items.filter((e) => e.value === RESTRICTED).map((e) => e.outcome)).to.deep.equal(['no-hit']);
    // Reading the evidence log is itself audited.
    const reads = await auditor.get<AuditPage>(`${apiPaths.audit}?action=evidence-read`);
    expect(reads.body.items.map((e) => [e.actor, e.details?.operation, e.details?.count])).to.deep.equal([
      ['auditor1', 'list', body.items.length],
    ]);
    const tzOfficer = await tz.loginAs('officer');
    const refused = await tzOfficer.get<ApiError>(`${apiPaths.queries}?side=answered`);
    expect([refused.status, refused.body.error.code]).to.deep.equal([403, 'forbidden']);
    // What TZ's own officers asked is theirs to see: none so far.
    const own = await tzOfficer.get<QueryLogPage>(apiPaths.queries);
    expect([own.status, own.body.items]).to.deep.equal([200, []]);
  });

  it('lists what KE’s officer asked, newest first, and refuses that list to the auditor', async () => {
    const { status, body } = await officer.get<QueryLogPage>(`${apiPaths.queries}?side=asked&limit=2`);
    expect(status).to.equal(200);
    expect(body.items.map((e) => [e.actor, e.peer, e.value, e.outcome])).to.deep.equal([
      ['officer1', parties.tz.nodeId, RESTRICTED, 'no-hit'],
      ['officer1', parties.tz.nodeId, REVENUE_ONLY, 'no-hit'],
    ]);
    expect(body.nextCursor).to.be.a('string');
    const auditor = await ke.loginAs('auditor');
    expect((await auditor.get(`${apiPaths.queries}?side=asked`)).status).to.equal(403);
    expect((await auditor.post(apiPaths.queries, { type: 'container', value: HELD })).status).to.equal(403);
    expect((await auditor.get(`${apiPaths.queries}?side=answered`)).status).to.equal(200);
  });

  it('refuses a malformed request naming the field', async () => {
    const badType = await officer.post<ValidationFailed>(apiPaths.queries, { type: 'passport', value: 'X1' });
    expect([badType.status, badType.body.error.code]).to.deep.equal([400, 'validation_failed']);
    expect(badType.body.error.details?.map((i) => i.path)).to.deep.equal(['type']);
    const noValue = await officer.post<ValidationFailed>(apiPaths.queries, {
      type: 'container',
      value: ' -- ',
    });
    expect(noValue.status).to.equal(400);
    expect(noValue.body.error.details?.map((i) => i.path)).to.deep.equal(['value']);
    const badSide = await officer.get<ValidationFailed>(`${apiPaths.queries}?side=both`);
    expect(badSide.status).to.equal(400);
    expect(badSide.body.error.details?.map((i) => i.path)).to.deep.equal(['side']);
  });

  it('has BE refuse a query from KE, as its agreement does not allow queries, and log it', async () => {
    const outcome = await ke.node.queries.askPeer(parties.be.nodeId, {
      id: uuidv7(),
      type: 'container',
      value: HELD,
    });
    expect(outcome).to.deep.equal({ error: 'refused', code: 'mode-not-allowed' });
    const auditor = await be.loginAs('auditor');
    const { body } = await auditor.get<QueryLogPage>(`${apiPaths.queries}?side=answered`);
    expect(body.items.map((e) => [e.peer, e.outcome, e.code, e.value])).to.deep.equal([
      [parties.ke.nodeId, 'refused', 'mode-not-allowed', HELD],
    ]);
  });

  it('closes the stream of a malformed frame (random, oversized, empty, not a query) and keeps answering', async () => {
    const answered = async () =>
      (await tz.node.services.evidence.list({ kind: 'query-answered' })).items.length;
    const before = await answered();
    const notAQuery = cen.query.v1.QueryFrame.encode({
      answer: { queryId: uuidv7(), hit: true, matches: 1 },
    }).finish();
    const frames: [string, Uint8Array][] = [
      ['random bytes', framed(randomBytes(48))],
      ['an oversized frame', framed(randomBytes(PROTOCOLS.query.maxFrameBytes + 1))],
      ['an empty oneof', framed(new Uint8Array(0))],
      ['an answer instead of a query', framed(notAQuery)],
    ];
    for (const [what, bytes] of frames) {
      const stream = await ke.node.peerHost.openStream(parties.tz.nodeId, 'query');
      stream.send(bytes);
      const lp = lpStream(stream, { maxDataLength: PROTOCOLS.query.maxFrameBytes });
      const reply = await lp.read({ signal: AbortSignal.timeout(5_000) }).then(
        (frame) => cen.query.v1.QueryFrame.decode(frame.subarray()),
        () => undefined,
      );
      // Closed without a word, or at most refused: never an answer.
      expect(reply?.answer ?? null, what).to.equal(null);
      if (reply) expect(reply.refusal?.code, what).to.equal('bad-query');
      stream.abort(new Error('done'));
    }
    expect(await answered()).to.equal(before);
    expect((await fetch(`${tz.apiUrl}${HEALTH_PATH}`)).status).to.equal(200);
    const { body } = await ask(HELD);
    expect(body.results.map((r) => 'hit' in r && r.hit)).to.deep.equal([true]);
  });

  it('reports a partner it cannot reach without holding back the others', async () => {
    // KE now holds a query agreement with UG, which UG never installed: UG's gater refuses KE.
    const withUg = await sealBetween(parties.ke, parties.ug, agreementBetween(parties.ke, parties.ug));
    await ke.node.services.agreements.install(withUg, SETUP);
    await ke.node.peerHost.recheck();
    const { body } = await ask(HELD);
    const byPeer = new Map(body.results.map(({ ms: _ms, ...rest }) => [rest.peer, rest]));
    expect(byPeer.get(parties.tz.nodeId)).to.include({ hit: true, matches: 1 });
    expect(byPeer.get(parties.ug.nodeId)).to.include({ name: 'Customs UG' });
    expect(byPeer.get(parties.ug.nodeId)).to.have.property('error').that.is.oneOf(['unavailable', 'timeout']);
    expect(body.results).to.have.length(2);
  });
});
