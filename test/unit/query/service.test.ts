/**
 * The query service with a real record store and evidence log in memory, and two services
 * talking over an in-memory stream pair instead of a network: what the owner answers for each
 * case and agreement, what it refuses, what both sides log, and what the asker makes of a
 * partner that is down, slow, refusing or garbled.
 */
import { expect } from 'chai';
import type { Stream } from '@libp2p/interface';
import { streamPair } from '@libp2p/utils';
import { v7 as uuidv7 } from 'uuid';
import { EvidenceLog, type EvidenceEntry } from '../../../node/evidence/index.ts';
import { silentLoggers } from '../../../node/log.ts';
import type { PeerStreamHandler } from '../../../node/p2p/peer-host.ts';
import { QueryService, type QueryServiceComponents } from '../../../node/query/index.ts';
import { MemoryKv, RecordStore } from '../../../node/store/index.ts';
import { draftAgreement, openAgreement, type AgreementState } from '../../../policies/index.ts';
import type { Agreement, DirectionScope } from '../../../protocol/agreement.ts';
import type { QueryAnswer, QueryFailure, QueryPeerResult } from '../../../protocol/api.ts';
import { cen } from '../../../protocol/gen/query.js';
import { PROTOCOLS } from '../../../protocol/protocols.ts';
import type { CaseInput } from '../../../protocol/records.ts';
import { containerNumber, item, validBusiness, validCase, validPerson } from '../../compliance/fixtures.ts';
import { bilateralDraft, sealBoth, testNode, type TestNode } from '../policies/fixtures.ts';

const NOW = new Date('2026-06-01T00:00:00Z');
const clock = () => NOW;
const ACTOR = { username: 'ana' };
const CONTAINER = containerNumber('CSQ', 305438);

async function agreementState(
  a: TestNode,
  b: TestNode,
  options: { modes?: Agreement['modes']; nominal?: boolean; itrAreas?: string[] } = {},
): Promise<AgreementState> {
  const scope: DirectionScope = {
    recordKinds: ['seizure', 'offence'],
    itrAreas: options.itrAreas ?? ['drugs'],
    fields: ['kind', 'seizureDate', 'items'],
    nominal: options.nominal ?? false,
  };
  const doc = draftAgreement(
    bilateralDraft(a, b, {
      modes: options.modes ?? ['sync', 'query'],
      scope: { [a.nodeId]: scope, [b.nodeId]: scope },
    }),
  );
  const opened = await openAgreement(await sealBoth(a, b, doc), { now: NOW });
  if (!opened.ok) throw new Error(`agreement did not open: ${opened.reason}`);
  return { agreement: opened.agreement, signedBy: opened.signedBy };
}

/** One node's query service over an in-memory store and evidence log; its peer host is a switchboard. */
interface Side {
  nodeId: string;
  store: RecordStore;
  evidence: EvidenceLog;
  service: QueryService;
  states: AgreementState[];
  handler?: PeerStreamHandler;
}

class Switchboard {
  readonly sides = new Map<string, Side>();
  /** Node ids whose peer host cannot be reached, and ones that never answer a dial. */
  readonly down = new Set<string>();
  readonly silent = new Set<string>();
  /** A raw handler standing in for a partner's service (to send it garbled answers). */
  readonly impostors = new Map<string, (stream: Stream) => Promise<void>>();

  async add(node: TestNode, timeoutMs?: number): Promise<Side> {
    const kv = new MemoryKv();
    const store = await RecordStore.open({ kv, country: node.country, clock });
    const evidence = new EvidenceLog(kv, { nodeId: node.nodeId, clock });
    const side = { nodeId: node.nodeId, store, evidence, states: [] } as unknown as Side;
    const components: QueryServiceComponents = {
      nodeId: node.nodeId,
      peerHost: {
        handle: (_name, handler) => {
          side.handler = handler;
          return Promise.resolve();
        },
        openStream: (peer) => this.#open(node.nodeId, peer),
      },
      agreements: { states: () => Promise.resolve(side.states) },
      store,
      evidence,
      log: silentLoggers().root,
      clock,
    };
    side.service = new QueryService(components, timeoutMs === undefined ? {} : { timeoutMs });
    await side.service.start();
    this.sides.set(node.nodeId, side);
    return side;
  }

  async #open(from: string, to: string): Promise<Stream> {
    if (this.down.has(to)) throw new Error('connection refused');
    if (this.silent.has(to)) return new Promise<Stream>(() => undefined);
    const [outbound, inbound] = await streamPair({ protocol: PROTOCOLS.query.id });
    const impostor = this.impostors.get(to);
    const handler = this.sides.get(to)?.handler;
    // As the peer host's guard does: whatever the handler throws aborts that stream only.
    const serve = impostor
      ? impostor(inbound)
      : handler
        ? handler(inbound, {} as never, from)
        : Promise.reject(new Error('no such protocol'));
    serve.catch((err: unknown) => inbound.abort(err as Error));
    return outbound;
  }
}

async function entries(evidence: EvidenceLog, kind: EvidenceEntry['kind']): Promise<EvidenceEntry[]> {
  return (await evidence.list({ kind, order: 'oldest-first' })).items;
}

const drugCase = (overrides: Partial<CaseInput> = {}) =>
  validCase({ conveyance: { mode: 'sea-container', containerNumber: CONTAINER }, ...overrides });

describe('query service', function () {
  let ke: TestNode, tz: TestNode, be: TestNode;
  let board: Switchboard;
  let asker: Side, owner: Side;

  before(async () => {
    [ke, tz, be] = await Promise.all([testNode('KE'), testNode('TZ'), testNode('BE')]);
  });

  beforeEach(async () => {
    board = new Switchboard();
    asker = await board.add(ke, 1_000);
    owner = await board.add(tz);
    const agreement = await agreementState(ke, tz);
    asker.states = [agreement];
    owner.states = [agreement];
  });

  const query = (type: string, value: string, id = uuidv7()) => ({ id, identifierType: type, value });

  describe('owner: answers', () => {
    it('answers a hit with the number of cases in scope, and logs who asked what and which cases matched', async () => {
      const first = await owner.store.createCase(drugCase(), ACTOR);
      const second = await owner.store.createCase(drugCase({ seizureDate: '2026-04-02' }), ACTOR);
      await owner.store.createCase(validCase(), ACTOR); // no container
      const id = uuidv7();
      const reply = await owner.service.respond(query('container', 'csqu 305438-3', id), ke.nodeId);
      expect(reply).to.deep.equal({ answer: { queryId: id, hit: true, matches: 2 } });

      const [entry, ...more] = await entries(owner.evidence, 'query-answered');
      expect(more).to.deep.equal([]);
      expect(entry).to.include({
        peer: ke.nodeId,
        direction: 'inbound',
        mode: 'query',
        actor: `peer:${ke.nodeId}`,
      });
      expect(entry!.agreementId).to.equal(owner.states[0]!.agreement.id);
      expect(entry!.details).to.deep.include({
        queryId: id,
        identifierType: 'container',
        value: CONTAINER,
        hit: true,
        matches: 2,
      });
      expect(entry!.records?.map((r) => [r.id, r.outcome]).sort()).to.deep.equal(
        [
          [first.id, 'matched'],
          [second.id, 'matched'],
        ].sort(),
      );
    });

    it('answers no hit for an identifier it does not hold, and logs that too', async () => {
      await owner.store.createCase(drugCase(), ACTOR);
      const reply = await owner.service.respond(query('container', containerNumber('MSC', 1)), ke.nodeId);
      expect(reply.answer).to.include({ hit: false, matches: 0 });
      const [entry] = await entries(owner.evidence, 'query-answered');
      expect(entry!.details).to.include({ hit: false, matches: 0 });
    });

    it('counts no case the agreement keeps from the asker: another ITR area, or handling above the limit', async () => {
      const revenue = await owner.store.createCase(drugCase({ items: [item(3)] }), ACTOR);
      const restricted = await owner.store.createCase(
        drugCase({ handling: { code: 'H3', source: 'A', reliability: 1 } }),
        ACTOR,
      );
      const reply = await owner.service.respond(query('container', CONTAINER), ke.nodeId);
      expect(reply.answer).to.include({ hit: false, matches: 0 });
      const [entry] = await entries(owner.evidence, 'query-answered');
      expect(entry!.records?.map((r) => [r.id, r.outcome, r.reason]).sort()).to.deep.equal(
        [
          [revenue.id, 'denied', 'out-of-scope'],
          [restricted.id, 'denied', 'handling-above-limit'],
        ].sort(),
      );
    });

    it('finds document and company numbers only under an agreement that allows nominal data', async () => {
      const person = await owner.store.createPerson(validPerson(), ACTOR);
      const business = await owner.store.createBusiness(validBusiness(), ACTOR);
      await owner.store.createCase(
        drugCase({
          persons: [{ id: person.id, role: 'suspect' }],
          businesses: [{ id: business.id, role: 'consignee' }],
        }),
        ACTOR,
      );
      const ask = async () => [
        (await owner.service.respond(query('document', 'ak 1234567'), ke.nodeId)).answer?.matches,
        (await owner.service.respond(query('company', 'pvt 2019 44871'), ke.nodeId)).answer?.matches,
        (await owner.service.respond(query('registration', 'PVT-2019-44871'), ke.nodeId)).answer?.matches,
      ];
      expect(await ask()).to.deep.equal([0, 0, 0]);
      owner.states = [await agreementState(ke, tz, { nominal: true })];
      expect(await ask()).to.deep.equal([1, 1, 1]);
    });
  });

  describe('owner: refuses', () => {
    it('refuses a partner whose agreement does not allow queries, and one without an agreement', async () => {
      owner.states = [await agreementState(ke, tz, { modes: ['sync'] })];
      const noQueries = await owner.service.respond(query('container', CONTAINER), ke.nodeId);
      expect(noQueries.refusal?.code).to.equal('mode-not-allowed');
      const stranger = await owner.service.respond(query('container', CONTAINER), be.nodeId);
      expect(stranger.refusal?.code).to.equal('no-agreement');
      const refused = await entries(owner.evidence, 'query-refused');
      expect(refused.map((e) => [e.peer, e.details?.code, e.details?.value])).to.deep.equal([
        [ke.nodeId, 'mode-not-allowed', CONTAINER],
        [be.nodeId, 'no-agreement', CONTAINER],
      ]);
      expect(await entries(owner.evidence, 'query-answered')).to.deep.equal([]);
    });

    it('refuses a query it cannot read as bad-query, and logs what it carried', async () => {
      const bad = [
        query('container', CONTAINER, 'not-a-uuid'),
        query('passport', CONTAINER),
        query('container', ''),
        query('container', '-/ .'),
        query('container', 'X'.repeat(101)),
      ];
      for (const one of bad) {
        const reply = await owner.service.respond(one, ke.nodeId);
        expect(reply.refusal?.code, JSON.stringify(one).slice(0, 80)).to.equal('bad-query');
      }
      const refused = await entries(owner.evidence, 'query-refused');
      expect(refused).to.have.length(bad.length);
      expect(refused[0]!.details).to.include({ queryId: null, code: 'bad-query' });
      expect(refused[1]!.details).to.include({ identifierType: 'passport' });
      expect(String(refused[4]!.details?.value)).to.have.length(100);
    });
  });

  describe('asker', () => {
    it('asks every partner whose agreement allows queries and logs each answer', async () => {
      await owner.store.createCase(drugCase(), ACTOR);
      // A node with a query service but no agreement with the asker is not asked.
      await board.add(await testNode('UG'));
      const response = await asker.service.ask({ type: 'container', value: 'CSQU 305438 3' }, 'ana');
      expect(response).to.include({ type: 'container', value: CONTAINER });
      expect(response.results.map(strip)).to.deep.equal([
        { peer: tz.nodeId, name: 'Customs TZ', country: 'TZ', hit: true, matches: 1 },
      ]);
      const [asked] = await entries(asker.evidence, 'query-asked');
      expect(asked).to.include({ peer: tz.nodeId, direction: 'outbound', mode: 'query', actor: 'ana' });
      expect(asked!.details).to.include({ queryId: response.id, value: CONTAINER, hit: true, matches: 1 });
      const [answered] = await entries(owner.evidence, 'query-answered');
      expect(answered!.details?.queryId).to.equal(response.id);
    });

    it('skips partners whose agreement does not allow queries and asks nobody without one', async () => {
      const agreement = await agreementState(ke, tz, { modes: ['sync', 'on-demand'] });
      asker.states = [agreement];
      const response = await asker.service.ask({ type: 'imo', value: '9074729' }, 'ana');
      expect(response.results).to.deep.equal([]);
      expect(await entries(asker.evidence, 'query-asked')).to.deep.equal([]);
      expect(await entries(owner.evidence, 'query-refused')).to.deep.equal([]);
    });

    it('reports a refusal with its code when the owner holds another agreement', async () => {
      owner.states = [await agreementState(ke, tz, { modes: ['sync'] })];
      const { results } = await asker.service.ask({ type: 'container', value: CONTAINER }, 'ana');
      expect(results.map(strip)).to.deep.equal([
        { peer: tz.nodeId, name: 'Customs TZ', country: 'TZ', error: 'refused', code: 'mode-not-allowed' },
      ]);
      const [asked] = await entries(asker.evidence, 'query-asked');
      expect(asked!.details).to.include({ error: 'refused', code: 'mode-not-allowed', hit: null });
    });

    it('gives each partner its own outcome: unavailable, timed out, garbled, answered', async () => {
      const [ug, rw, bi] = await Promise.all([testNode('UG'), testNode('RW'), testNode('BI')]);
      await Promise.all([board.add(ug), board.add(rw), board.add(bi)]);
      asker.states = await Promise.all([tz, ug, rw, bi].map((peer) => agreementState(ke, peer)));
      board.sides.get(tz.nodeId)!.states = [asker.states[0]!];
      board.down.add(ug.nodeId);
      board.silent.add(rw.nodeId);
      board.impostors.set(bi.nodeId, async (stream) => {
        const reply = cen.query.v1.QueryFrame.encode({
          answer: { queryId: uuidv7(), hit: true, matches: 3 },
        });
        const bytes = reply.finish();
        stream.send(Uint8Array.from([bytes.length, ...bytes]));
        await stream.close();
      });
      const { results } = await asker.service.ask({ type: 'container', value: CONTAINER }, 'ana');
      const byPeer = new Map(results.map((r) => [r.peer, strip(r)]));
      expect(byPeer.get(tz.nodeId)).to.include({ hit: false, matches: 0 });
      expect(byPeer.get(ug.nodeId)).to.include({ error: 'unavailable' });
      expect(byPeer.get(rw.nodeId)).to.include({ error: 'timeout' });
      // An answer to another query is no answer.
      expect(byPeer.get(bi.nodeId)).to.include({ error: 'unavailable', code: 'bad-answer' });
      const asked = await entries(asker.evidence, 'query-asked');
      expect(asked.map((e) => e.peer).sort()).to.deep.equal([tz, ug, rw, bi].map((n) => n.nodeId).sort());
    });

    it('refuses a request it cannot ask, naming the field, before asking anyone', async () => {
      for (const [request, path] of [
        [{ type: 'passport', value: 'AK1234567' }, 'type'],
        [{ type: 'container', value: '' }, 'value'],
        [{ type: 'container', value: 'X'.repeat(101) }, 'value'],
        [{ type: 'container', value: ' -- ' }, 'value'],
      ] as const) {
        const err = await asker.service.ask(request, 'ana').catch((e: unknown) => e);
        expect(err).to.have.property('name', 'ValidationError');
        expect((err as { issues: { path: string }[] }).issues.map((i) => i.path)).to.deep.equal([path]);
      }
      expect(await entries(asker.evidence, 'query-asked')).to.deep.equal([]);
      expect(await entries(owner.evidence, 'query-answered')).to.deep.equal([]);
    });
  });

  describe('the query log', () => {
    it('lists what was asked and answered on each side, newest first, a page at a time', async () => {
      await owner.store.createCase(drugCase(), ACTOR);
      await asker.service.ask({ type: 'container', value: CONTAINER }, 'ana');
      await asker.service.ask({ type: 'container', value: containerNumber('MSC', 7) }, 'ben');
      await owner.service.respond(query('passport', 'X'), ke.nodeId);

      const asked = await asker.service.list('asked');
      expect(asked.items.map((e) => [e.side, e.actor, e.outcome, e.peerName])).to.deep.equal([
        ['asked', 'ben', 'no-hit', 'Customs TZ'],
        ['asked', 'ana', 'hit', 'Customs TZ'],
      ]);
      const answered = await owner.service.list('answered', { limit: 2 });
      expect(answered.items.map((e) => [e.outcome, e.type, e.peerCountry])).to.deep.equal([
        ['refused', 'passport', 'KE'],
        ['no-hit', 'container', 'KE'],
      ]);
      expect(answered.nextCursor).to.be.a('string');
      const rest = await owner.service.list('answered', { limit: 2, cursor: answered.nextCursor! });
      expect(rest.items.map((e) => [e.outcome, e.value, e.matches])).to.deep.equal([['hit', CONTAINER, 1]]);
      expect(rest.nextCursor).to.equal(undefined);
    });
  });
});

/** A result without its timing, which varies from run to run. */
function strip(result: QueryPeerResult): Omit<QueryAnswer, 'ms'> | Omit<QueryFailure, 'ms'> {
  const { ms: _ms, ...rest } = result;
  return rest;
}
