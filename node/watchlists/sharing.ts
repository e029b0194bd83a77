/**
 * `/cen/watchlists/1.0.0` on both sides: rules this node shares go to every partner whose
 * agreement in force allows queries (a hit/no-hit capability: a shared rule is a standing
 * question, and its answers stay with the partner's own analysts); rules partners share arrive
 * here as read-only rules of this node.
 *
 * Owner: for each partner, the rules to send are those marked shared whose version (or the
 * agreement they went under) differs from what the partner last acknowledged, and withdrawals of
 * the rules it holds that are deleted or no longer shared. They go on a connection, whenever a
 * rule changes, and every SHARE_RETRY_INTERVAL_MS until acknowledged; each acknowledgement is
 * stored with its evidence entry (`watchlist-shared`). Nothing is sent to a partner without such
 * an agreement.
 *
 * Partner: reads one Offer, refuses it whole unless its agreement with the owner allows queries
 * now, opens each rule with the owner's key (`typ`, algorithm and addressee pinned), checks what
 * it says as a user's rule is checked, stores it with its evidence entry (`watchlist-received`)
 * and answers one outcome per rule.
 */
import type { KeyObject } from 'node:crypto';
import type { Stream } from '@libp2p/interface';
import {
  agreementFor,
  jwsSha256,
  openStatement,
  signStatement,
  type AgreementState,
} from '../../policies/index.ts';
import type { Agreement } from '../../protocol/agreement.ts';
import { cen } from '../../protocol/gen/watchlists.js';
import { PROTOCOLS, WATCHLIST_JWS_TYPE } from '../../protocol/protocols.ts';
import type { Logger } from '../log.ts';
import { bodyOf, framedStream } from '../p2p/frames.ts';
import type { PeerHost } from '../p2p/peer-host.ts';
import {
  DEFAULT_SHARE_RETRY_INTERVAL_MS,
  MAX_RULES_PER_OFFER,
  SHARE_TIMEOUT_MS,
  WATCHLIST_MAX_STREAMS,
} from './constants.ts';
import { WatchlistServiceStoppedError } from './errors.ts';
import { checkRuleBody, RuleIssues } from './rules.ts';
import type { DeliveredRule, ReceivedOutcome, WatchlistService } from './service.ts';
import {
  ruleStatement,
  watchlistStatementSchema,
  withdrawalStatement,
  type WatchlistStatement,
} from './statement.ts';

const Frame = cen.watchlists.v1.WatchlistFrame;

export interface WatchlistSharingComponents {
  self: string;
  key: KeyObject;
  peerHost: Pick<PeerHost, 'handle' | 'openStream' | 'onConnected' | 'connectedPeers'>;
  agreements: { states(): Promise<AgreementState[]> };
  service: WatchlistService;
  log: Logger;
  clock?: () => Date;
}

export interface WatchlistSharingInit {
  retryIntervalMs?: number;
  timeoutMs?: number;
}

/** What one offer to one partner came to. */
export interface OfferResult {
  peer: string;
  offered: number;
  acknowledged: number;
  refused: number;
}

/** A statement ready to go, with what its acknowledgement will record. */
interface Outgoing {
  ruleId: string;
  version: number;
  withdrawn: boolean;
  jws: string;
}

/** The agreement in force with `peer` that allows queries, if any. */
export function queryAgreement(
  states: readonly AgreementState[],
  self: string,
  peer: string,
  now: Date,
): Agreement | undefined {
  const agreement = agreementFor(states, self, peer, now)?.agreement;
  return agreement?.modes.includes('query') ? agreement : undefined;
}

const REFUSAL_CODE = /^[a-z0-9][a-z0-9-]{0,63}$/;

export class WatchlistSharing {
  readonly #components: WatchlistSharingComponents;
  readonly #init: WatchlistSharingInit;
  readonly #clock: () => Date;
  readonly #log: Logger;
  readonly #offers = new Map<string, Promise<OfferResult>>();
  readonly #unsubscribe: (() => void)[] = [];
  /** Streams of offers in flight, aborted at stop so that shutdown does not wait on a slow partner. */
  readonly #streams = new Set<Stream>();
  #timer: NodeJS.Timeout | undefined;
  #running = false;

  constructor(components: WatchlistSharingComponents, init: WatchlistSharingInit = {}) {
    this.#components = components;
    this.#init = init;
    this.#clock = components.clock ?? (() => new Date());
    this.#log = components.log;
  }

  async start(): Promise<void> {
    if (this.#running) return;
    this.#running = true;
    await this.#components.peerHost.handle(
      'watchlists',
      (stream, _connection, peer) => this.#answer(stream, peer),
      { maxStreams: WATCHLIST_MAX_STREAMS },
    );
    const soon = (peer?: string) =>
      setImmediate(() => {
        if (!this.#running) return;
        (peer ? this.offer(peer) : this.offerAll()).catch(() => undefined);
      });
    this.#unsubscribe.push(this.#components.peerHost.onConnected((peer) => soon(peer)));
    this.#unsubscribe.push(this.#components.service.onRulesChanged(() => soon()));
    this.#timer = setInterval(() => soon(), this.#init.retryIntervalMs ?? DEFAULT_SHARE_RETRY_INTERVAL_MS);
    this.#timer.unref();
  }

  async stop(): Promise<void> {
    this.#running = false;
    for (const unsubscribe of this.#unsubscribe.splice(0)) unsubscribe();
    clearInterval(this.#timer);
    for (const stream of this.#streams) stream.abort(new WatchlistServiceStoppedError());
    await Promise.allSettled([...this.#offers.values()]);
  }

  // -------------------------------------------------------------------------------------------
  // Owner

  /** Offers what each connected partner lacks. */
  async offerAll(): Promise<OfferResult[]> {
    const results = await Promise.allSettled(
      this.#components.peerHost.connectedPeers().map((peer) => this.offer(peer)),
    );
    return results.filter((r) => r.status === 'fulfilled').map((r) => r.value);
  }

  /** Offers `peer` the rules it lacks now; joins an offer to it already running. */
  offer(peer: string): Promise<OfferResult> {
    const running = this.#offers.get(peer);
    if (running) return running;
    const offer = this.#offer(peer).finally(() => this.#offers.delete(peer));
    this.#offers.set(peer, offer);
    return offer;
  }

  async #offer(peer: string): Promise<OfferResult> {
    if (!this.#running) throw new WatchlistServiceStoppedError();
    const { self, key, service, agreements } = this.#components;
    const result: OfferResult = { peer, offered: 0, acknowledged: 0, refused: 0 };
    const now = this.#clock();
    const agreement = queryAgreement(await agreements.states(), self, peer, now);
    if (!agreement) return result;
    const delivered = await service.delivered(peer);
    const addressing = {
      from: self,
      to: peer,
      agreementId: agreement.id,
      agreementVersion: agreement.version,
      at: now.toISOString(),
    };
    const outgoing: Outgoing[] = [];
    const shared = service.sharedRules();
    const sharedIds = new Set(shared.map((rule) => rule.id));
    for (const rule of shared) {
      const last = delivered.get(rule.id);
      if (
        last &&
        !last.withdrawn &&
        last.version === rule.version &&
        last.agreementId === agreement.id &&
        last.agreementVersion === agreement.version
      )
        continue;
      outgoing.push({
        ruleId: rule.id,
        version: rule.version,
        withdrawn: false,
        jws: await signStatement(WATCHLIST_JWS_TYPE, ruleStatement(rule, addressing), key),
      });
    }
    for (const [ruleId, last] of delivered) {
      if (last.withdrawn || sharedIds.has(ruleId)) continue;
      outgoing.push({
        ruleId,
        version: last.version,
        withdrawn: true,
        jws: await signStatement(
          WATCHLIST_JWS_TYPE,
          withdrawalStatement(ruleId, last.version, addressing),
          key,
        ),
      });
    }
    for (const batch of packOffers(outgoing)) {
      result.offered += batch.length;
      const answered = await this.#send(peer, batch);
      const acknowledged: {
        ruleId: string;
        state: DeliveredRule;
        evidence: Parameters<WatchlistService['recordDelivered']>[1][number]['evidence'];
      }[] = [];
      batch.forEach((sent, i) => {
        const outcome = answered[i];
        if (!outcome || outcome.outcome === 'refused') {
          result.refused++;
          this.#log.warn(
            { peer, ruleId: sent.ruleId, reason: outcome?.reason },
            'watch lists: a partner refused a rule',
          );
          return;
        }
        result.acknowledged++;
        acknowledged.push({
          ruleId: sent.ruleId,
          state: {
            version: sent.version,
            agreementId: agreement.id,
            agreementVersion: agreement.version,
            withdrawn: sent.withdrawn,
            at: this.#clock().toISOString(),
          },
          evidence: {
            kind: 'watchlist-shared',
            peer,
            direction: 'outbound',
            mode: 'query',
            agreementId: agreement.id,
            agreementVersion: agreement.version,
            actor: 'system:watchlists',
            details: {
              ruleId: sent.ruleId,
              version: sent.version,
              withdrawn: sent.withdrawn,
              outcome: outcome.outcome,
              statementSha256: jwsSha256(sent.jws),
            },
          },
        });
      });
      if (acknowledged.length > 0) await service.recordDelivered(peer, acknowledged);
    }
    if (result.offered > 0) this.#log.info({ ...result }, 'watch lists: rules offered to a partner');
    return result;
  }

  /** One offer, one answer: the outcome of each rule, in order. Throws when the partner refuses it whole. */
  async #send(peer: string, batch: readonly Outgoing[]): Promise<{ outcome: string; reason?: string }[]> {
    const timeoutMs = this.#init.timeoutMs ?? SHARE_TIMEOUT_MS;
    const stream = await this.#components.peerHost.openStream(peer, 'watchlists', timeoutMs);
    this.#streams.add(stream);
    try {
      const frames = framedStream(stream, PROTOCOLS.watchlists, Frame);
      await frames.write({ offer: { rules: batch.map((b) => b.jws) } }, timeoutMs);
      const reply = await frames.read(timeoutMs);
      const body = bodyOf(reply, ['offer', 'answer', 'refusal']);
      await frames.close(timeoutMs).catch(() => stream.abort(new Error('close failed')));
      if (body === 'refusal') {
        const code = reply.refusal!.code;
        throw new Error(`the partner refused the offer: ${REFUSAL_CODE.test(code) ? code : 'unknown'}`);
      }
      if (body !== 'answer') throw new Error('the partner answered an offer with an offer');
      const outcomes = reply.answer!.outcomes;
      return batch.map((sent, i) => {
        const outcome = outcomes[i];
        // An answer for another rule or version is no acknowledgement of this one.
        if (!outcome || outcome.ruleId !== sent.ruleId || outcome.version !== sent.version)
          return { outcome: 'refused', reason: 'bad-answer' };
        return { outcome: outcome.outcome, ...(outcome.reason ? { reason: outcome.reason } : {}) };
      });
    } catch (err) {
      stream.abort(err instanceof Error ? err : new Error(String(err)));
      throw err;
    } finally {
      this.#streams.delete(stream);
    }
  }

  // -------------------------------------------------------------------------------------------
  // Partner

  async #answer(stream: Stream, peer: string): Promise<void> {
    if (!this.#running) throw new WatchlistServiceStoppedError();
    const timeoutMs = this.#init.timeoutMs ?? SHARE_TIMEOUT_MS;
    const frames = framedStream(stream, PROTOCOLS.watchlists, Frame);
    const frame = await frames.read(timeoutMs);
    if (bodyOf(frame, ['offer', 'answer', 'refusal']) !== 'offer') {
      stream.abort(new Error('expected an offer'));
      return;
    }
    const { self, agreements } = this.#components;
    const agreement = queryAgreement(await agreements.states(), self, peer, this.#clock());
    if (!agreement) {
      await frames.write(
        {
          refusal: {
            code: 'mode-not-allowed',
            message: 'no agreement in force allows queries with this node',
          },
        },
        timeoutMs,
      );
      await frames.close(timeoutMs);
      return;
    }
    const party = agreement.parties.find((p) => p.nodeId === peer);
    const partner = party ? { name: party.name, country: party.administration } : {};
    const outcomes: cen.watchlists.v1.IOutcome[] = [];
    for (const jws of frame.offer!.rules.slice(0, MAX_RULES_PER_OFFER)) {
      outcomes.push(await this.#receive(peer, agreement, partner, jws));
    }
    await frames.write({ answer: { outcomes } }, timeoutMs);
    await frames.close(timeoutMs);
  }

  async #receive(
    peer: string,
    agreement: Agreement,
    partner: { name?: string; country?: string },
    jws: string,
  ): Promise<cen.watchlists.v1.IOutcome> {
    const opened = await openStatement(jws, WATCHLIST_JWS_TYPE, watchlistStatementSchema, { signer: peer });
    if (!opened.ok) return { outcome: 'refused', reason: opened.reason };
    const statement: WatchlistStatement = opened.statement;
    const ref = statement.rule ?? statement.withdraw!;
    const refuse = (reason: string) => ({ ruleId: ref.id, version: ref.version, outcome: 'refused', reason });
    if (statement.to !== this.#components.self) return refuse('wrong-addressee');
    if (statement.agreementId !== agreement.id) return refuse('agreement-mismatch');
    let body;
    if (statement.rule) {
      const issues = new RuleIssues();
      body = checkRuleBody(statement.rule, issues, 'rule');
      if (!body || issues.list.length > 0) return refuse('invalid');
    }
    const { outcome }: { outcome: ReceivedOutcome } = await this.#components.service.applyReceived(
      peer,
      partner,
      statement,
      body,
      jws,
    );
    return { ruleId: ref.id, version: ref.version, outcome };
  }
}

/** Statements in offers of at most MAX_RULES_PER_OFFER rules and about `offerTargetBytes`. */
function packOffers(outgoing: readonly Outgoing[]): Outgoing[][] {
  const offers: Outgoing[][] = [];
  let current: Outgoing[] = [];
  let bytes = 0;
  for (const statement of outgoing) {
    if (
      current.length > 0 &&
      (current.length === MAX_RULES_PER_OFFER ||
        bytes + statement.jws.length > PROTOCOLS.watchlists.offerTargetBytes)
    ) {
      offers.push(current);
      current = [];
      bytes = 0;
    }
    current.push(statement);
    bytes += statement.jws.length;
  }
  if (current.length > 0) offers.push(current);
  return offers;
}
