/**
 * The query service: `/cen/query/1.0.0` on both sides.
 *
 * Owner (answers): reads ONE frame, checks it, finds its own cases holding the identifier and
 * counts those `decide()` would let this partner query; answers hit/no-hit and how many, and
 * closes. It copies no record. Every query that reaches it — answered or refused — is in the
 * evidence log (`query-answered` / `query-refused`, direction inbound) *before* the answer
 * leaves, so the owner can always see who asked what and what it was told. A frame that does not
 * decode, is too large or is not a query at all is no query: the stream is aborted and logged by
 * the peer host's guard, and nothing else is touched.
 *
 * Asker: `ask()` sends one query to every partner whose agreement in force allows queries, all at
 * once, each bound by QUERY_TIMEOUT_MS from the start (so a partner that is down costs at most
 * that), and logs one `query-asked` entry per partner with its answer.
 */
import type { Stream } from '@libp2p/interface';
import { v7 as uuidv7 } from 'uuid';
import { agreementFor, decide, type AgreementState, type DenyReason } from '../../policies/index.ts';
import type {
  QueryFailure,
  QueryIdentifierType,
  QueryLogEntry,
  QueryLogPage,
  QueryPeerResult,
  QueryResponse,
  QuerySide,
} from '../../protocol/api.ts';
import { cen } from '../../protocol/gen/query.js';
import { PROTOCOLS } from '../../protocol/protocols.ts';
import { ValidationError } from '../errors.ts';
import type {
  EvidenceEntry,
  EvidenceEntryInput,
  EvidenceKind,
  EvidenceLog,
  EvidenceRecordRef,
} from '../evidence/index.ts';
import type { Logger } from '../log.ts';
import { bodyOf, framedStream } from '../p2p/frames.ts';
import type { PeerHost } from '../p2p/peer-host.ts';
import { BAD_QUERY, MAX_EVIDENCE_RECORDS, QUERY_MAX_STREAMS, QUERY_TIMEOUT_MS } from './constants.ts';
import { QueryServiceStoppedError } from './errors.ts';
import { casesHolding, type QueryStore } from './lookup.ts';
import {
  checkQuery,
  isNominalIdentifier,
  normaliseQueryValue,
  queryRequestIssues,
  type Query,
} from './query-input.ts';

const QueryFrame = cen.query.v1.QueryFrame;
type QueryFrameOut = cen.query.v1.QueryFrame.$Properties;

/** What the query service needs from the rest of the node. */
export interface QueryServiceComponents {
  /** This node's id. */
  nodeId: string;
  peerHost: Pick<PeerHost, 'handle' | 'openStream'>;
  agreements: { states(): Promise<AgreementState[]> };
  store: QueryStore;
  evidence: Pick<EvidenceLog, 'append' | 'entryOps' | 'commit' | 'list'>;
  log: Logger;
  /** The time agreements are judged at (tests move it). */
  clock?: () => Date;
}

export interface QueryServiceInit {
  /** Per partner, from the start of `ask` (default QUERY_TIMEOUT_MS). */
  timeoutMs?: number;
}

/**
 * Reasons that stop every query from a partner, whatever it asks: they are about the agreement,
 * not about a case. Any other denial concerns one case and only means that case is no match.
 */
const AGREEMENT_REASONS: readonly DenyReason[] = [
  'no-agreement',
  'not-sealed',
  'revoked',
  'not-yet-valid',
  'expired',
  'mode-not-allowed',
];

const REFUSAL_CODE = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** A partner this node may ask, with the agreement that allows it. */
interface QueryPartner {
  peer: string;
  name?: string;
  country?: string;
  agreementId: string;
  agreementVersion: number;
}

type PeerOutcome = { hit: boolean; matches: number } | Omit<QueryFailure, 'peer' | 'name' | 'country' | 'ms'>;

const elapsedSince = (started: number) => Math.round((performance.now() - started) * 10) / 10;

export class QueryService {
  readonly #components: QueryServiceComponents;
  readonly #timeoutMs: number;
  readonly #clock: () => Date;
  #running = false;

  constructor(components: QueryServiceComponents, init: QueryServiceInit = {}) {
    this.#components = components;
    this.#timeoutMs = init.timeoutMs ?? QUERY_TIMEOUT_MS;
    this.#clock = components.clock ?? (() => new Date());
  }

  /** Starts answering partners' queries (and asking them). */
  async start(): Promise<void> {
    if (this.#running) return;
    this.#running = true;
    await this.#components.peerHost.handle(
      'query',
      async (stream, _connection, peer) => {
        await this.#answerStream(stream, peer);
      },
      { maxStreams: QUERY_MAX_STREAMS },
    );
  }

  /** Stops answering and asking; the peer host drops the protocol when it stops. */
  stop(): Promise<void> {
    this.#running = false;
    return Promise.resolve();
  }

  // -------------------------------------------------------------------------------------------
  // Owner

  async #answerStream(stream: Stream, peer: string): Promise<void> {
    if (!this.#running) throw new QueryServiceStoppedError();
    const frames = framedStream(stream, PROTOCOLS.query, QueryFrame);
    const frame = await frames.read(this.#timeoutMs);
    // Anything but a query (an empty or foreign body) is malformed: thrown, the stream aborted.
    if (bodyOf(frame, ['query', 'answer', 'refusal']) !== 'query') {
      stream.abort(new Error('expected a query'));
      return;
    }
    const reply = await this.respond(frame.query!, peer);
    await frames.write(reply, this.#timeoutMs);
    await frames.close(this.#timeoutMs);
  }

  /**
   * The owner's whole decision on one query from `peer`, without the stream: checks it, looks it
   * up, logs it, and returns the frame to send back (an Answer or a Refusal).
   */
  async respond(query: cen.query.v1.Query.$Properties, peer: string): Promise<QueryFrameOut> {
    const { nodeId, agreements, store, evidence } = this.#components;
    const checked = checkQuery(query);
    if (!checked.ok) {
      await evidence.append({
        kind: 'query-refused',
        peer,
        direction: 'inbound',
        mode: 'query',
        actor: `peer:${peer}`,
        details: { ...checked.seen, code: BAD_QUERY },
      });
      return { refusal: { code: BAD_QUERY, message: checked.reason } };
    }
    const { id, type, value } = checked.query;
    const seen = { queryId: id, identifierType: type, value };
    const now = this.#clock();
    const states = await agreements.states();
    const transfer = { direction: 'outbound', mode: 'query', localNodeId: nodeId, peerNodeId: peer } as const;
    // An empty record fails on its kind, after every agreement-wide rule has been checked.
    const probe = decide(states, { ...transfer, record: {} }, now);
    if (!probe.allow && AGREEMENT_REASONS.includes(probe.reason)) {
      await evidence.append({
        kind: 'query-refused',
        peer,
        direction: 'inbound',
        mode: 'query',
        actor: `peer:${peer}`,
        details: { ...seen, code: probe.reason },
      });
      return { refusal: { code: probe.reason, message: probe.detail } };
    }
    const agreement = agreementFor(states, nodeId, peer, now)?.agreement;

    const matched: EvidenceRecordRef[] = [];
    const withheld: EvidenceRecordRef[] = [];
    const nominal = isNominalIdentifier(type);
    for (const record of await casesHolding(store, type, value)) {
      const decision = decide(states, { ...transfer, record, nominal }, now);
      const ref = { type: 'case', id: record.id, version: record.version } as const;
      if (decision.allow) matched.push({ ...ref, outcome: 'matched' });
      else withheld.push({ ...ref, outcome: 'denied', reason: decision.reason });
    }
    const matches = matched.length;
    const hit = matches > 0;
    await evidence.append({
      kind: 'query-answered',
      peer,
      direction: 'inbound',
      mode: 'query',
      actor: `peer:${peer}`,
      ...(agreement ? { agreementId: agreement.id, agreementVersion: agreement.version } : {}),
      records: [...matched, ...withheld].slice(0, MAX_EVIDENCE_RECORDS),
      details: { ...seen, hit, matches, withheld: withheld.length },
    });
    return { answer: { queryId: id, hit, matches } };
  }

  // -------------------------------------------------------------------------------------------
  // Asker

  /** The partners whose agreement in force allows queries now. */
  async partners(): Promise<QueryPartner[]> {
    const { nodeId, agreements } = this.#components;
    const states = await agreements.states();
    const now = this.#clock();
    const peers = new Set(
      states.flatMap((s) => s.agreement.parties.map((p) => p.nodeId)).filter((id) => id !== nodeId),
    );
    const partners: QueryPartner[] = [];
    for (const peer of [...peers].sort()) {
      const agreement = agreementFor(states, nodeId, peer, now)?.agreement;
      if (!agreement?.modes.includes('query')) continue;
      const party = agreement.parties.find((p) => p.nodeId === peer);
      partners.push({
        peer,
        ...(party ? { name: party.name, country: party.administration } : {}),
        agreementId: agreement.id,
        agreementVersion: agreement.version,
      });
    }
    return partners;
  }

  /**
   * Asks every partner whose agreement allows queries whether it holds `{ type, value }`, all at
   * once; each answers, refuses, is unavailable or times out. Throws ValidationError (naming
   * `type` or `value`) before asking anyone when the request cannot be asked.
   */
  async ask(request: { type: unknown; value: unknown }, actor: string): Promise<QueryResponse> {
    if (!this.#running) throw new QueryServiceStoppedError();
    const issues = queryRequestIssues(request.type, request.value);
    if (issues.length > 0) throw new ValidationError(issues);
    const type = request.type as QueryIdentifierType;
    const query: Query = { id: uuidv7(), type, value: normaliseQueryValue(type, request.value as string) };
    const started = performance.now();
    const partners = await this.partners();
    const results = await Promise.all(
      partners.map(async (partner): Promise<QueryPeerResult> => {
        const outcome = await this.askPeer(partner.peer, query, started);
        return {
          peer: partner.peer,
          ...(partner.name === undefined ? {} : { name: partner.name }),
          ...(partner.country === undefined ? {} : { country: partner.country }),
          ...outcome,
          ms: elapsedSince(started),
        };
      }),
    );
    const { evidence } = this.#components;
    const ops = results.flatMap((result, i) =>
      evidence.entryOps(this.#askedEntry(query, partners[i]!, result, actor)),
    );
    if (ops.length > 0) await evidence.commit(ops);
    return { id: query.id, type: query.type, value: query.value, results };
  }

  #askedEntry(
    query: Query,
    partner: QueryPartner,
    result: QueryPeerResult,
    actor: string,
  ): EvidenceEntryInput {
    const answered = 'hit' in result;
    return {
      kind: 'query-asked',
      peer: partner.peer,
      direction: 'outbound',
      mode: 'query',
      actor,
      agreementId: partner.agreementId,
      agreementVersion: partner.agreementVersion,
      details: {
        queryId: query.id,
        identifierType: query.type,
        value: query.value,
        hit: answered ? result.hit : null,
        matches: answered ? result.matches : null,
        ms: result.ms,
        ...(answered ? {} : { error: result.error, ...(result.code ? { code: result.code } : {}) }),
      },
    };
  }

  /**
   * One query to one partner: open a stream, send the query, read the answer, close. Never
   * throws: whatever goes wrong is the partner's outcome. Bound by the service's deadline counted
   * from `started` (the start of the whole `ask`).
   */
  async askPeer(peer: string, query: Query, started = performance.now()): Promise<PeerOutcome> {
    const deadline = started + this.#timeoutMs;
    const remaining = () => Math.max(1, Math.round(deadline - performance.now()));
    let stream: Stream | undefined;
    let late = false;
    const exchange = (async (): Promise<PeerOutcome> => {
      stream = await this.#components.peerHost.openStream(peer, 'query', remaining());
      if (late) {
        stream.abort(new Error('the deadline passed while the stream opened'));
        return { error: 'timeout' };
      }
      const frames = framedStream(stream, PROTOCOLS.query, QueryFrame);
      await frames.write(
        { query: { id: query.id, identifierType: query.type, value: query.value } },
        remaining(),
      );
      const reply = await frames.read(remaining());
      // The answer is in: a close that fails or lingers does not change it.
      frames.close(remaining()).catch(() => stream?.abort(new Error('close failed')));
      return this.#outcomeOf(reply, query);
    })();
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<PeerOutcome>((resolve) => {
      timer = setTimeout(() => resolve({ error: 'timeout' }), Math.max(0, deadline - performance.now()));
    });
    try {
      return await Promise.race([
        exchange.catch((err: unknown): PeerOutcome => {
          stream?.abort(err instanceof Error ? err : new Error(String(err)));
          if (late || performance.now() >= deadline) return { error: 'timeout' };
          this.#components.log.debug({ err, peer }, 'query: partner unavailable');
          return { error: 'unavailable' };
        }),
        timedOut,
      ]);
    } finally {
      clearTimeout(timer);
      late = true;
      // After the deadline nobody reads this stream: end it rather than leave it to its own timers.
      if (performance.now() >= deadline) stream?.abort(new Error('query deadline passed'));
    }
  }

  #outcomeOf(reply: cen.query.v1.QueryFrame, query: Query): PeerOutcome {
    let body: 'query' | 'answer' | 'refusal';
    try {
      body = bodyOf(reply, ['query', 'answer', 'refusal']);
    } catch {
      return { error: 'unavailable', code: 'bad-answer' };
    }
    if (body === 'refusal') {
      const code = reply.refusal!.code;
      return { error: 'refused', code: REFUSAL_CODE.test(code) ? code : 'unknown' };
    }
    const answer = reply.answer;
    if (body !== 'answer' || !answer || answer.queryId !== query.id || answer.hit !== answer.matches > 0) {
      return { error: 'unavailable', code: 'bad-answer' };
    }
    return { hit: answer.hit, matches: answer.matches };
  }

  // -------------------------------------------------------------------------------------------
  // The log

  /**
   * The queries this node asked (`asked`) or that partners asked it (`answered`, refusals
   * included), newest first, as the evidence log holds them.
   */
  async list(side: QuerySide, page: { cursor?: string; limit?: number } = {}): Promise<QueryLogPage> {
    const { evidence } = this.#components;
    const limit = page.limit ?? QUERY_LOG_PAGE;
    const kinds = queryKinds(side);
    // One page per kind from the same cursor (a seq, exclusive), merged: the newest `limit` of them.
    const pages = await Promise.all(
      kinds.map((kind) =>
        evidence.list({
          kind,
          order: 'newest-first',
          limit,
          ...(page.cursor === undefined ? {} : { cursor: page.cursor }),
        }),
      ),
    );
    const merged = pages.flatMap((p) => p.items).sort((a, b) => b.seq - a.seq);
    const taken = merged.slice(0, limit);
    const more = merged.length > limit || pages.some((p) => p.nextCursor !== undefined);
    const names = partyNames(await this.#components.agreements.states());
    const items = taken.map((entry) => queryLogEntry(entry, names));
    const last = taken.at(-1);
    return more && last ? { items, nextCursor: String(last.seq) } : { items };
  }
}

/** The evidence entries of each side of the query log. */
export function queryKinds(side: QuerySide): readonly EvidenceKind[] {
  return side === 'asked' ? ['query-asked'] : ['query-answered', 'query-refused'];
}

/** Default page size of the query log. */
const QUERY_LOG_PAGE = 50;

/** Every party of an installed agreement by node id: its name and administration. */
function partyNames(states: readonly AgreementState[]): Map<string, { name: string; country: string }> {
  const names = new Map<string, { name: string; country: string }>();
  const byVersion = [...states].sort((a, b) => a.agreement.version - b.agreement.version);
  for (const { agreement } of byVersion)
    for (const party of agreement.parties)
      names.set(party.nodeId, { name: party.name, country: party.administration });
  return names;
}

/** An evidence entry of a query as the query log shows it. */
export function queryLogEntry(
  entry: EvidenceEntry,
  names: ReadonlyMap<string, { name: string; country: string }>,
): QueryLogEntry {
  const details = entry.details ?? {};
  const text = (key: string) => (typeof details[key] === 'string' ? details[key] : undefined);
  const error = text('error');
  const code = text('code');
  const queryId = text('queryId');
  const matches = typeof details.matches === 'number' ? details.matches : undefined;
  const outcome: QueryLogEntry['outcome'] =
    entry.kind === 'query-refused'
      ? 'refused'
      : error === 'refused' || error === 'unavailable' || error === 'timeout'
        ? error
        : details.hit === true
          ? 'hit'
          : 'no-hit';
  const party = names.get(entry.peer);
  return {
    seq: entry.seq,
    at: entry.at,
    side: entry.kind === 'query-asked' ? 'asked' : 'answered',
    peer: entry.peer,
    ...(party ? { peerName: party.name, peerCountry: party.country } : {}),
    ...(queryId === undefined ? {} : { queryId }),
    type: text('identifierType') ?? '',
    value: text('value') ?? '',
    ...(entry.kind === 'query-asked' && entry.actor !== undefined ? { actor: entry.actor } : {}),
    outcome,
    ...(matches === undefined ? {} : { matches }),
    ...(code === undefined ? {} : { code }),
    ...(entry.agreementId === undefined ? {} : { agreementId: entry.agreementId }),
  };
}
