/**
 * The watch-list service: rules, their evaluation, matches and notifications.
 *
 * Invariants:
 * - every own case is evaluated once per change: the service tails the store's change log from a
 *   cursor stored in the same batch as the matches and notifications that change produced, so
 *   imports (`createCases`), edits and writes made while the node was down are all seen, and a
 *   restart neither misses a change nor notifies twice;
 * - a case received from a partner is evaluated when the exchange commits it, and a marker of the
 *   version evaluated is stored with what it produced, so received cases missed by a crash are
 *   evaluated at the next start;
 * - a rule notifies its owners once per record: a match is stored per (rule, record), whatever
 *   the record's version, and a record that matched once never notifies that rule again;
 * - a rule is not run on cases that changed before it existed, unless an owner asks (`run`);
 * - rules shared by partners are read-only, evaluate only on this node's own cases, notify this
 *   node's users, and stop evaluating as soon as the agreement with that partner no longer allows
 *   queries;
 * - every read-then-write runs in one queue, so two evaluations cannot both find "no match yet".
 */
import { v7 as uuidv7 } from 'uuid';
import { agreementFor, jwsSha256, type AgreementState } from '../../policies/index.ts';
import type {
  NotificationListResponse,
  WatchlistMatch,
  WatchlistMatchedField,
  WatchlistNotification,
  WatchlistRecordRef,
  WatchlistRule,
  WatchlistRunResponse,
} from '../../protocol/api.ts';
import { InvalidIdError, isUuidV7 } from '../../protocol/ids.ts';
import type { Business, Case, Person } from '../../protocol/records.ts';
import { can } from '../auth/roles.ts';
import { NotFoundError, ValidationError, VersionConflictError } from '../errors.ts';
import type { EvidenceEntryInput } from '../evidence/index.ts';
import type { InboxEntry } from '../exchange/inbox.ts';
import type { Logger } from '../log.ts';
import type { BatchOp, KvStore } from '../store/kv.ts';
import { caseIdentifiers, NS, partyFacts, type LinkedRecords, type PartyFacts } from '../store/keys.ts';
import type { Change } from '../store/types.ts';
import {
  CHANGES_PER_BATCH,
  DEFAULT_AGREEMENT_CHECK_INTERVAL_MS,
  DEFAULT_TAIL_INTERVAL_MS,
  MAX_UNREAD_COUNTED,
  NOTIFICATION_PAGE,
  WATCHLIST_NS,
} from './constants.ts';
import { NotRuleOwnerError, ReceivedRuleReadOnlyError } from './errors.ts';
import { caseFacts, matchRule, type CaseFacts, type LinkedIdentifier } from './match.ts';
import { validateRuleInput, type RuleBody } from './rules.ts';
import type { WatchlistStatement } from './statement.ts';

/** Who is asking: the signed-in user. */
export interface Viewer {
  username: string;
  role: string;
}

/** What the service reads of the record store. */
export interface WatchedStore {
  /** The store's KvStore: person and business records are read from it in batches. */
  readonly kv: KvStore;
  changesSince(seq: number, limit: number): Promise<Change[]>;
  lastSeq(): number;
  getCases(ids: readonly Case['id'][]): Promise<(Case | undefined)[]>;
  casesOfPerson(id: Person['id']): Promise<Case[]>;
  casesOfBusiness(id: Business['id']): Promise<Case[]>;
  iterateCases(): AsyncIterable<Case>;
}

/** What the service reads of the accounts. */
export interface WatchlistUsers {
  get(username: string): Promise<{ username: string; role: string; disabled: boolean } | undefined>;
  list(): Promise<{ username: string; role: string; disabled: boolean }[]>;
}

/** What the service reads of the inbox of received records. */
export interface WatchedInbox {
  getMany(
    owner: string,
    refs: readonly { type: 'person' | 'business'; id: string }[],
  ): Promise<(InboxEntry | undefined)[]>;
  get(owner: string, type: 'case', id: string): Promise<InboxEntry | undefined>;
  all(): AsyncIterable<InboxEntry>;
}

export interface WatchlistComponents {
  /** The node's KvStore (the store's): rules, matches and notifications live beside the records. */
  kv: KvStore;
  store: WatchedStore;
  users: WatchlistUsers;
  agreements: { states(): Promise<AgreementState[]>; onChange?(listener: () => void): () => void };
  /** This node's id. */
  self: string;
  log: Logger;
  /** The inbox, when the node exchanges records: received cases are evaluated too. */
  inbox?: WatchedInbox;
  /** Evidence of rules received from partners is written in the same batch as the rule. */
  evidence?: {
    entryOps(input: EvidenceEntryInput): BatchOp[];
    commit(ops: readonly BatchOp[]): Promise<unknown>;
  };
  clock?: () => Date;
}

export interface WatchlistInit {
  /** How often the change log is looked at (default DEFAULT_TAIL_INTERVAL_MS). */
  tailIntervalMs?: number;
  /** How often received rules are checked against the agreements in force. */
  agreementCheckIntervalMs?: number;
  /**
   * Who is notified of matches of rules partners share. Default: every enabled user whose role
   * may manage watch lists.
   */
  receivedRuleOwners?: readonly string[];
}

/** A record ready for evaluation: where it is, what rules can test in it, and when it changed. */
interface Target {
  ref: WatchlistRecordRef;
  key: string;
  version: number;
  facts: CaseFacts;
  /** When this version was written or received: rules younger than it do not look at it. */
  at: string;
  own: boolean;
}

/** Delivered state of one own rule at one partner (sharing.ts). */
export interface DeliveredRule {
  version: number;
  agreementId: string;
  agreementVersion: number;
  withdrawn: boolean;
  at: string;
}

/** The outcome of a partner's rule statement, as the Answer frame names it. */
export type ReceivedOutcome = 'stored' | 'unchanged' | 'withdrawn';

const SEP = '\x00';
const AFTER = '\x01';
const prefixRange = (prefix: string) => ({ gte: prefix, lt: prefix.slice(0, -1) + AFTER });

export const recordKeyOf = (ref: WatchlistRecordRef): string =>
  ref.type === 'case' ? `case${SEP}${ref.id}${SEP}` : `inbox${SEP}${ref.owner}${SEP}${ref.id}${SEP}`;
const byRulePrefix = (ruleId: string) => `rule${SEP}${ruleId}${SEP}`;
const noteKey = (username: string, id: string) => `n${SEP}${username}${SEP}${id}`;
const unreadKey = (username: string, id: string) => `u${SEP}${username}${SEP}${id}`;
const CURSOR_KEY = 'cursor';
const receivedKey = (peer: string, remoteId: string) => `received${SEP}${peer}${SEP}${remoteId}`;
const seenKey = (owner: string, id: string) => `seen${SEP}${owner}${SEP}${id}`;
export const deliveredPrefix = (peer: string) => `shared${SEP}${peer}${SEP}`;
export const deliveredKey = (peer: string, ruleId: string) => `${deliveredPrefix(peer)}${ruleId}`;

/** Identifiers only a reader of nominal data may see in a match. */
const NOMINAL_FIELDS: ReadonlySet<string> = new Set(['document', 'company']);

const ruleLabel = 'watch-list rule';

/** A rule id from a path or a peer: a UUIDv7, or InvalidIdError. */
export function parseRuleId(id: unknown): string {
  if (!isUuidV7(id)) throw new InvalidIdError('watch-list rule', id);
  return id;
}

/** A notification id from a path: a UUIDv7, or InvalidIdError. */
export function parseNotificationId(id: unknown): string {
  if (!isUuidV7(id)) throw new InvalidIdError('notification', id);
  return id;
}

export class WatchlistService {
  readonly #components: WatchlistComponents;
  readonly #init: WatchlistInit;
  readonly #kv: KvStore;
  readonly #clock: () => Date;
  readonly #log: Logger;
  /** Every rule, own and received, by id: the store's copy, kept by the writes of the queue. */
  readonly #rules = new Map<string, WatchlistRule>();
  #queue: Promise<unknown> = Promise.resolve();
  /** Change-log position evaluated up to (stored with what it produced). */
  #cursor = 0;
  /** Whether `#cursor` moved past changes no rule looked at without being stored yet. */
  #cursorUnsaved = false;
  #catchingUp: Promise<number> | undefined;
  #again = false;
  readonly #pending = new Set<Promise<unknown>>();
  readonly #timers: NodeJS.Timeout[] = [];
  readonly #listeners = new Set<() => void>();
  #unsubscribe: (() => void) | undefined;
  #running = false;

  constructor(components: WatchlistComponents, init: WatchlistInit = {}) {
    this.#components = components;
    this.#init = init;
    this.#kv = components.kv;
    this.#clock = components.clock ?? (() => new Date());
    this.#log = components.log;
  }

  // -------------------------------------------------------------------------------------------
  // Life cycle

  /** Loads the rules, evaluates what changed while the node was down, then follows the change log. */
  async start(): Promise<void> {
    if (this.#running) return;
    this.#running = true;
    for await (const [, value] of this.#kv.iterate(WATCHLIST_NS.rules)) {
      const rule = value as WatchlistRule;
      this.#rules.set(rule.id, rule);
    }
    this.#cursor = ((await this.#kv.get(WATCHLIST_NS.state, CURSOR_KEY)) as number | undefined) ?? 0;
    const every = (ms: number, task: () => Promise<unknown>, what: string) => {
      const timer = setInterval(() => {
        task().catch((err: unknown) => this.#log.warn({ err }, `watch lists: ${what} failed`));
      }, ms);
      timer.unref();
      this.#timers.push(timer);
    };
    every(
      this.#init.tailIntervalMs ?? DEFAULT_TAIL_INTERVAL_MS,
      async () => {
        if (this.#components.store.lastSeq() > this.#cursor) await this.catchUp();
      },
      'evaluation',
    );
    every(
      this.#init.agreementCheckIntervalMs ?? DEFAULT_AGREEMENT_CHECK_INTERVAL_MS,
      () => this.checkReceivedRules(),
      'agreement check',
    );
    this.#unsubscribe = this.#components.agreements.onChange?.(() => {
      this.#track(this.checkReceivedRules());
    });
    await this.checkReceivedRules();
    this.#track(this.catchUp());
    this.#track(this.#catchUpInbox());
  }

  /** Stops following the change log and waits for evaluations in progress. */
  async stop(): Promise<void> {
    this.#running = false;
    this.#unsubscribe?.();
    for (const timer of this.#timers.splice(0)) clearInterval(timer);
    await this.idle();
    if (this.#cursorUnsaved) {
      await this.#serial(() =>
        this.#kv.batch([{ type: 'put', ns: WATCHLIST_NS.state, key: CURSOR_KEY, value: this.#cursor }]),
      );
      this.#cursorUnsaved = false;
    }
  }

  /** Resolves when every evaluation started so far has been stored. */
  async idle(): Promise<void> {
    while (this.#pending.size > 0 || this.#catchingUp) {
      await Promise.allSettled([...this.#pending, this.#catchingUp]);
    }
    await this.#queue;
  }

  /** Calls `listener` after own rules change (the sharing offers them to partners). */
  onRulesChanged(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #track(work: Promise<unknown>): void {
    const tracked = work
      .catch((err: unknown) => this.#log.warn({ err }, 'watch lists: background work failed'))
      .finally(() => this.#pending.delete(tracked));
    this.#pending.add(tracked);
  }

  #serial<T>(work: () => Promise<T>): Promise<T> {
    const result = this.#queue.then(work);
    this.#queue = result.catch(() => undefined);
    return result;
  }

  #commit(ops: readonly BatchOp[]): Promise<unknown> {
    if (ops.length === 0) return Promise.resolve();
    return this.#components.evidence ? this.#components.evidence.commit(ops) : this.#kv.batch(ops);
  }

  #changed(): void {
    for (const listener of this.#listeners) {
      try {
        listener();
      } catch (err) {
        this.#log.warn({ err }, 'watch lists: a rule listener failed');
      }
    }
  }

  // -------------------------------------------------------------------------------------------
  // Who sees what

  /** The users notified of matches of rules partners shared, now. */
  async #receivedOwners(): Promise<string[]> {
    if (this.#init.receivedRuleOwners) return [...this.#init.receivedRuleOwners];
    const users = await this.#components.users.list();
    return users
      .filter((user) => !user.disabled && can(user.role, 'watchlist:manage'))
      .map((user) => user.username)
      .sort();
  }

  /** A rule as `viewer` may see it, or undefined; received rules list this node's owners. */
  #visible(
    rule: WatchlistRule,
    viewer: Viewer,
    receivedOwners: readonly string[],
  ): WatchlistRule | undefined {
    if (!can(viewer.role, 'watchlist:manage')) return undefined;
    if (rule.origin)
      return receivedOwners.includes(viewer.username) ? { ...rule, owners: [...receivedOwners] } : undefined;
    return rule.owners.includes(viewer.username) || rule.createdBy === viewer.username ? rule : undefined;
  }

  /** The rules `viewer` owns, then those partners shared, each group newest first. */
  async list(viewer: Viewer): Promise<WatchlistRule[]> {
    const owners = await this.#receivedOwners();
    const visible = [...this.#rules.values()]
      .map((rule) => this.#visible(rule, viewer, owners))
      .filter((rule): rule is WatchlistRule => rule !== undefined);
    return visible.sort(
      (a, b) => Number(a.origin !== undefined) - Number(b.origin !== undefined) || (a.id < b.id ? 1 : -1),
    );
  }

  async get(id: string, viewer: Viewer): Promise<WatchlistRule> {
    const rule = this.#rules.get(parseRuleId(id));
    const visible = rule && this.#visible(rule, viewer, await this.#receivedOwners());
    if (!visible) throw new NotFoundError(ruleLabel, id);
    return visible;
  }

  /** A rule `viewer` may change: visible, this node's own, and owned (or written) by them. */
  async #editable(id: string, viewer: Viewer): Promise<WatchlistRule> {
    const rule = await this.get(id, viewer);
    if (rule.origin) throw new ReceivedRuleReadOnlyError(id);
    if (!rule.owners.includes(viewer.username) && rule.createdBy !== viewer.username)
      throw new NotRuleOwnerError(id);
    return this.#rules.get(rule.id)!;
  }

  // -------------------------------------------------------------------------------------------
  // Writing rules

  async #checkOwners(owners: readonly string[]): Promise<void> {
    const issues = [];
    for (const [i, username] of owners.entries()) {
      const user = await this.#components.users.get(username);
      if (!user || user.disabled || !can(user.role, 'watchlist:manage')) {
        issues.push({
          path: `owners[${i}]`,
          rule: 'owner',
          message: `${username} is not a user of this node who may manage watch lists`,
        });
      }
    }
    if (issues.length > 0) throw new ValidationError(issues);
  }

  async create(input: unknown, viewer: Viewer): Promise<WatchlistRule> {
    const checked = validateRuleInput(input, viewer.username);
    if (!checked.ok) throw new ValidationError(checked.issues);
    await this.#checkOwners(checked.value.owners);
    const now = this.#clock().toISOString();
    const rule: WatchlistRule = {
      id: uuidv7(),
      ...checked.value,
      createdBy: viewer.username,
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
    await this.#serial(async () => {
      await this.#commit([{ type: 'put', ns: WATCHLIST_NS.rules, key: rule.id, value: rule }]);
      this.#rules.set(rule.id, rule);
    });
    this.#changed();
    return rule;
  }

  async update(id: string, input: unknown, expectedVersion: number, viewer: Viewer): Promise<WatchlistRule> {
    await this.#editable(id, viewer);
    const checked = validateRuleInput(input, viewer.username);
    if (!checked.ok) throw new ValidationError(checked.issues);
    await this.#checkOwners(checked.value.owners);
    const rule = await this.#serial(async () => {
      const current = this.#rules.get(id);
      if (!current) throw new NotFoundError(ruleLabel, id);
      if (current.version !== expectedVersion)
        throw new VersionConflictError(ruleLabel, id, expectedVersion, current.version);
      const next: WatchlistRule = {
        id,
        ...checked.value,
        createdBy: current.createdBy,
        createdAt: current.createdAt,
        updatedAt: this.#clock().toISOString(),
        updatedBy: viewer.username,
        version: current.version + 1,
      };
      await this.#commit([{ type: 'put', ns: WATCHLIST_NS.rules, key: id, value: next }]);
      this.#rules.set(id, next);
      return next;
    });
    this.#changed();
    return rule;
  }

  /** Deletes a rule and the matches it made (notifications stay: they are what the owners were told). */
  async delete(id: string, expectedVersion: number, viewer: Viewer): Promise<WatchlistRule> {
    await this.#editable(id, viewer);
    const rule = await this.#serial(async () => {
      const current = this.#rules.get(id);
      if (!current) throw new NotFoundError(ruleLabel, id);
      if (current.version !== expectedVersion)
        throw new VersionConflictError(ruleLabel, id, expectedVersion, current.version);
      await this.#commit([
        { type: 'del', ns: WATCHLIST_NS.rules, key: id },
        ...(await this.#matchDeletes(id)),
      ]);
      this.#rules.delete(id);
      return current;
    });
    this.#changed();
    return rule;
  }

  async #matchDeletes(ruleId: string): Promise<BatchOp[]> {
    const ops: BatchOp[] = [];
    for await (const [key] of this.#kv.iterate(WATCHLIST_NS.matches, prefixRange(byRulePrefix(ruleId)))) {
      ops.push({ type: 'del', ns: WATCHLIST_NS.matches, key });
      ops.push({
        type: 'del',
        ns: WATCHLIST_NS.matches,
        key: key.slice(byRulePrefix(ruleId).length) + ruleId,
      });
    }
    return ops;
  }

  /** This node's rules marked shared (active or not): what partners should hold. */
  sharedRules(): WatchlistRule[] {
    return [...this.#rules.values()].filter((rule) => !rule.origin && rule.shared);
  }

  // -------------------------------------------------------------------------------------------
  // Rules from partners

  /**
   * Stores a rule (or a withdrawal) a partner signed, read-only, with its evidence entry in the
   * same batch. A version already held changes nothing, unless the held copy was deactivated when
   * an agreement ended and this statement arrives under one in force.
   */
  async applyReceived(
    peer: string,
    partner: { name?: string; country?: string },
    statement: WatchlistStatement,
    body: RuleBody | undefined,
    jws: string,
  ): Promise<{ outcome: ReceivedOutcome; localId?: string }> {
    const remoteId = statement.rule?.id ?? statement.withdraw!.id;
    const version = statement.rule?.version ?? statement.withdraw!.version;
    const result = await this.#serial(async () => {
      const localId = (await this.#kv.get(WATCHLIST_NS.state, receivedKey(peer, remoteId))) as
        string | undefined;
      const held = localId === undefined ? undefined : this.#rules.get(localId);
      const now = this.#clock().toISOString();
      let next: WatchlistRule | undefined;
      let outcome: ReceivedOutcome;
      if (statement.withdraw) {
        if (!held || held.version > version || (!held.active && held.deactivatedReason === 'withdrawn'))
          return { outcome: 'unchanged' as const, localId };
        next = { ...held, active: false, deactivatedReason: 'withdrawn', updatedAt: now };
        outcome = 'withdrawn';
      } else {
        const revived = held?.deactivatedReason === 'agreement-ended' && held.version === version;
        if (held && held.version >= version && !revived) return { outcome: 'unchanged' as const, localId };
        next = {
          id: held?.id ?? uuidv7(),
          name: body!.name,
          ...(body!.description === undefined ? {} : { description: body!.description }),
          owners: [],
          kind: body!.kind,
          ...(body!.list ? { list: body!.list } : {}),
          ...(body!.pattern ? { pattern: body!.pattern } : {}),
          active: body!.active,
          shared: false,
          createdBy: `peer:${peer}`,
          createdAt: held?.createdAt ?? now,
          updatedAt: now,
          version,
          origin: {
            nodeId: peer,
            ...(partner.name ? { name: partner.name } : {}),
            ...(partner.country ? { country: partner.country } : {}),
            ruleId: remoteId,
            agreementId: statement.agreementId,
            receivedAt: held?.origin?.receivedAt ?? now,
          },
          ...(body!.active ? {} : { deactivatedReason: 'withdrawn' as const }),
        };
        outcome = 'stored';
      }
      const ops: BatchOp[] = [
        { type: 'put', ns: WATCHLIST_NS.rules, key: next.id, value: next },
        { type: 'put', ns: WATCHLIST_NS.state, key: receivedKey(peer, remoteId), value: next.id },
      ];
      const evidence = this.#components.evidence;
      if (evidence) {
        ops.push(
          ...evidence.entryOps({
            kind: 'watchlist-received',
            peer,
            direction: 'inbound',
            mode: 'query',
            agreementId: statement.agreementId,
            agreementVersion: statement.agreementVersion,
            actor: `peer:${peer}`,
            details: {
              ruleId: remoteId,
              localRuleId: next.id,
              version,
              outcome,
              statementSha256: jwsSha256(jws),
            },
          }),
        );
      }
      await this.#commit(ops);
      this.#rules.set(next.id, next);
      return { outcome, localId: next.id };
    });
    return result;
  }

  /** The partners whose agreement in force allows queries now (received rules evaluate for them only). */
  async #queryPartners(): Promise<Set<string>> {
    const states = await this.#components.agreements.states();
    const now = this.#clock();
    const peers = new Set<string>();
    for (const rule of this.#rules.values()) {
      const peer = rule.origin?.nodeId;
      if (peer === undefined || peers.has(peer)) continue;
      if (agreementFor(states, this.#components.self, peer, now)?.agreement.modes.includes('query'))
        peers.add(peer);
    }
    return peers;
  }

  /** Deactivates received rules whose partner no longer has an agreement in force allowing queries. */
  async checkReceivedRules(): Promise<number> {
    if (![...this.#rules.values()].some((rule) => rule.origin && rule.active)) return 0;
    const allowed = await this.#queryPartners();
    return this.#serial(async () => {
      const ended = [...this.#rules.values()].filter(
        (rule) => rule.origin && rule.active && !allowed.has(rule.origin.nodeId),
      );
      if (ended.length === 0) return 0;
      const now = this.#clock().toISOString();
      const next = ended.map((rule): WatchlistRule => ({
        ...rule,
        active: false,
        deactivatedReason: 'agreement-ended',
        updatedAt: now,
      }));
      await this.#commit(
        next.map((rule) => ({ type: 'put', ns: WATCHLIST_NS.rules, key: rule.id, value: rule })),
      );
      for (const rule of next) this.#rules.set(rule.id, rule);
      this.#log.info(
        { rules: next.length },
        'watch lists: rules of partners without an agreement deactivated',
      );
      return next.length;
    });
  }

  // -------------------------------------------------------------------------------------------
  // Evaluation

  /** Evaluates every change of the store not evaluated yet; returns how many cases were looked at. */
  catchUp(): Promise<number> {
    if (this.#catchingUp) {
      this.#again = true;
      return this.#catchingUp;
    }
    const run = (async () => {
      let total = 0;
      do {
        this.#again = false;
        total += await this.#catchUpOnce();
      } while (this.#again);
      return total;
    })().finally(() => {
      this.#catchingUp = undefined;
    });
    this.#catchingUp = run;
    return run;
  }

  async #catchUpOnce(): Promise<number> {
    const { store } = this.#components;
    let evaluated = 0;
    for (;;) {
      if (!this.#hasActiveRules()) {
        // Nothing to look for: move on without reading a case. Saved with the next batch (or at
        // stop); losing it in a crash only means reading those changes again, still to no rule.
        const head = store.lastSeq();
        if (head > this.#cursor) {
          this.#cursor = head;
          this.#cursorUnsaved = true;
        }
        return evaluated;
      }
      const changes = await store.changesSince(this.#cursor, CHANGES_PER_BATCH);
      if (changes.length === 0) return evaluated;
      const last = changes.at(-1)!.seq;
      const targets = await this.#ownTargets(changes);
      await this.#serial(async () => {
        const ops = await this.#evaluationOps(targets, { respectAge: true });
        ops.push({ type: 'put', ns: WATCHLIST_NS.state, key: CURSOR_KEY, value: last });
        await this.#commit(ops);
      });
      this.#cursor = last;
      this.#cursorUnsaved = false;
      evaluated += targets.length;
    }
  }

  #hasActiveRules(): boolean {
    for (const rule of this.#rules.values()) if (rule.active) return true;
    return false;
  }

  /** The live own cases the changes touched (a person or business change touches the cases linking it). */
  async #ownTargets(changes: readonly Change[]): Promise<Target[]> {
    const { store } = this.#components;
    const touched = new Map<string, string>();
    for (const change of changes) {
      if (change.type === 'case') touched.set(change.id, change.at);
      else {
        const cases =
          change.type === 'person'
            ? await store.casesOfPerson(change.id as Person['id'])
            : await store.casesOfBusiness(change.id as Business['id']);
        for (const c of cases) touched.set(c.id, change.at);
      }
    }
    const ids = [...touched.keys()] as Case['id'][];
    const cases = (await store.getCases(ids)).filter((c): c is Case => c !== undefined && !c.deletedAt);
    const linked = await this.#linkedOf(cases);
    return cases.map((c) => ({
      ref: { type: 'case', id: c.id },
      key: recordKeyOf({ type: 'case', id: c.id }),
      version: c.version,
      facts: caseFacts(c, caseIdentifiers(c, linked)),
      at: touched.get(c.id)!,
      own: true,
    }));
  }

  /** What the persons and businesses of these cases hold, read in two batches. */
  async #linkedOf(cases: readonly Case[]): Promise<LinkedRecords> {
    const personIds = [...new Set(cases.flatMap((c) => c.persons.map((p) => p.id)))];
    const businessIds = [...new Set(cases.flatMap((c) => c.businesses.map((b) => b.id)))];
    const kv = this.#components.store.kv;
    const [persons, businesses] = await Promise.all([
      personIds.length > 0 ? kv.getMany(NS.persons, personIds) : [],
      businessIds.length > 0 ? kv.getMany(NS.businesses, businessIds) : [],
    ]);
    const facts = new Map<string, PartyFacts>();
    personIds.forEach((id, i) => {
      const record = persons[i] as Person | undefined;
      if (record) facts.set(`person${SEP}${id}`, partyFacts('person', record));
    });
    businessIds.forEach((id, i) => {
      const record = businesses[i] as Business | undefined;
      if (record) facts.set(`business${SEP}${id}`, partyFacts('business', record));
    });
    return { facts: (type, id) => facts.get(`${type}${SEP}${id}`) };
  }

  /**
   * The ops of every new match among `targets` with the active rules (or `only` one rule): the
   * match, its index by rule, a notification per owner. Runs inside the queue.
   */
  async #evaluationOps(
    targets: readonly Target[],
    options: { respectAge: boolean; only?: WatchlistRule },
  ): Promise<BatchOp[]> {
    // An inactive rule looks at nothing, also when its owner runs it over the past.
    const rules = (options.only ? [options.only] : [...this.#rules.values()]).filter((rule) => rule.active);
    if (rules.length === 0 || targets.length === 0) return [];
    const partners = rules.some((rule) => rule.origin) ? await this.#queryPartners() : new Set<string>();
    const found: { target: Target; rule: WatchlistRule; matched: WatchlistMatchedField[] }[] = [];
    for (const target of targets) {
      for (const rule of rules) {
        if (rule.origin && (!target.own || !partners.has(rule.origin.nodeId))) continue;
        const since = rule.origin?.receivedAt ?? rule.createdAt;
        if (options.respectAge && target.at < since) continue;
        const matched = matchRule(rule, target.facts);
        if (matched) found.push({ target, rule, matched });
      }
    }
    if (found.length === 0) return [];
    const keys = found.map(({ target, rule }) => `${target.key}${rule.id}`);
    const existing = await this.#kv.getMany(WATCHLIST_NS.matches, keys);
    const ops: BatchOp[] = [];
    const written = new Set<string>();
    let receivedOwners: string[] | undefined;
    const now = this.#clock().toISOString();
    for (const [i, { target, rule, matched }] of found.entries()) {
      const key = keys[i]!;
      if (existing[i] !== undefined || written.has(key)) continue;
      written.add(key);
      const match: WatchlistMatch = {
        ruleId: rule.id,
        ruleName: rule.name,
        ruleKind: rule.kind,
        received: rule.origin !== undefined,
        record: target.ref,
        recordVersion: target.version,
        matched,
        at: now,
      };
      ops.push({ type: 'put', ns: WATCHLIST_NS.matches, key, value: match });
      ops.push({
        type: 'put',
        ns: WATCHLIST_NS.matches,
        key: `${byRulePrefix(rule.id)}${target.key}`,
        value: null,
      });
      const owners = rule.origin ? (receivedOwners ??= await this.#receivedOwners()) : rule.owners;
      for (const owner of owners) {
        const id = uuidv7();
        const notification: WatchlistNotification = { ...match, id, read: false };
        ops.push({
          type: 'put',
          ns: WATCHLIST_NS.notifications,
          key: noteKey(owner, id),
          value: notification,
        });
        ops.push({ type: 'put', ns: WATCHLIST_NS.notifications, key: unreadKey(owner, id), value: null });
      }
    }
    if (written.size > 0) this.#log.info({ matches: written.size }, 'watch lists: new matches');
    return ops;
  }

  /**
   * Evaluates cases a partner sent, as the exchange stored them (the exchange calls this after
   * each committed chunk or delivery). Marks each as evaluated in the same batch.
   */
  evaluateReceived(entries: readonly InboxEntry[]): Promise<number> {
    const work = this.#evaluateReceived(entries);
    this.#track(work);
    return work;
  }

  async #evaluateReceived(entries: readonly InboxEntry[]): Promise<number> {
    const cases = entries.filter((entry) => entry.type === 'case');
    if (cases.length === 0) return 0;
    const targets = await this.#receivedTargets(cases);
    await this.#serial(async () => {
      const ops = this.#hasActiveRules() ? await this.#evaluationOps(targets, { respectAge: true }) : [];
      for (const entry of cases) {
        ops.push({
          type: 'put',
          ns: WATCHLIST_NS.state,
          key: seenKey(entry.provenance.owner.nodeId, entry.id),
          value: entry.version,
        });
      }
      await this.#commit(ops);
    });
    return targets.length;
  }

  async #receivedTargets(entries: readonly InboxEntry[]): Promise<Target[]> {
    const inbox = this.#components.inbox;
    const targets: Target[] = [];
    for (const entry of entries) {
      const owner = entry.provenance.owner.nodeId;
      const record = entry.record as Partial<Case>;
      const linked: LinkedIdentifier[] = [];
      const refs = [
        ...(Array.isArray(record.persons) ? record.persons : []).map((p) => ({
          type: 'person' as const,
          id: p.id,
        })),
        ...(Array.isArray(record.businesses) ? record.businesses : []).map((b) => ({
          type: 'business' as const,
          id: b.id,
        })),
      ];
      if (inbox && refs.length > 0) {
        for (const party of await inbox.getMany(owner, refs)) {
          if (!party) continue;
          const documents: unknown = party.record.documents;
          if (Array.isArray(documents)) {
            for (const document of documents as { number?: unknown }[]) {
              if (typeof document.number === 'string')
                linked.push({ type: 'document', value: document.number });
            }
          }
          const registration = party.record.registrationNumber;
          if (typeof registration === 'string') linked.push({ type: 'registration', value: registration });
        }
      }
      const ref: WatchlistRecordRef = { type: 'inbox', owner, id: entry.id };
      targets.push({
        ref,
        key: recordKeyOf(ref),
        version: entry.version,
        facts: caseFacts(record, linked),
        at: entry.provenance.receivedAt,
        own: false,
      });
    }
    return targets;
  }

  /** Received cases stored while the node did not evaluate them (it stopped between the two). */
  async #catchUpInbox(): Promise<void> {
    const inbox = this.#components.inbox;
    if (!inbox) return;
    let batch: InboxEntry[] = [];
    const flush = async () => {
      const seen = await this.#kv.getMany(
        WATCHLIST_NS.state,
        batch.map((entry) => seenKey(entry.provenance.owner.nodeId, entry.id)),
      );
      const due = batch.filter((entry, i) => ((seen[i] as number | undefined) ?? 0) < entry.version);
      batch = [];
      if (due.length > 0) await this.#evaluateReceived(due);
    };
    for await (const entry of inbox.all()) {
      if (!this.#running) return;
      if (entry.type !== 'case') continue;
      batch.push(entry);
      if (batch.length === 200) await flush();
    }
    if (batch.length > 0) await flush();
  }

  /**
   * Runs one rule over every case held now, own and (for an own rule) received: what an owner
   * asks for when a new rule should look at the past too. Matches found before are not repeated.
   */
  async run(id: string, viewer: Viewer): Promise<WatchlistRunResponse> {
    const rule = await this.#editableOrReceived(id, viewer);
    let checked = 0;
    let matched = 0;
    const flush = async (targets: Target[]) => {
      checked += targets.length;
      const ops = await this.#serial(async () => {
        const current = this.#rules.get(rule.id);
        if (!current) return [];
        const made = await this.#evaluationOps(targets, { respectAge: false, only: current });
        await this.#commit(made);
        return made;
      });
      matched += ops.filter(
        (op) => op.type === 'put' && op.ns === WATCHLIST_NS.matches && op.value !== null,
      ).length;
    };
    let cases: Case[] = [];
    const flushCases = async () => {
      const linked = await this.#linkedOf(cases);
      const targets = cases.map((c): Target => ({
        ref: { type: 'case', id: c.id },
        key: recordKeyOf({ type: 'case', id: c.id }),
        version: c.version,
        facts: caseFacts(c, caseIdentifiers(c, linked)),
        at: c.updatedAt,
        own: true,
      }));
      cases = [];
      await flush(targets);
    };
    for await (const c of this.#components.store.iterateCases()) {
      if (c.deletedAt) continue;
      cases.push(c);
      if (cases.length === CHANGES_PER_BATCH) await flushCases();
    }
    await flushCases();
    const inbox = this.#components.inbox;
    if (inbox && !rule.origin) {
      let entries: InboxEntry[] = [];
      for await (const entry of inbox.all()) {
        if (entry.type !== 'case') continue;
        entries.push(entry);
        if (entries.length === CHANGES_PER_BATCH) {
          await flush(await this.#receivedTargets(entries));
          entries = [];
        }
      }
      await flush(await this.#receivedTargets(entries));
    }
    return { checked, matched };
  }

  /** An own rule its owner may run, or a received rule any of its local owners may run. */
  async #editableOrReceived(id: string, viewer: Viewer): Promise<WatchlistRule> {
    const rule = await this.get(id, viewer);
    if (rule.origin) return this.#rules.get(rule.id)!;
    return this.#editable(id, viewer);
  }

  // -------------------------------------------------------------------------------------------
  // Reading matches and notifications

  /** A match as `viewer` may read it: nominal identifiers only for readers of nominal data. */
  #redacted<T extends WatchlistMatch>(match: T, viewer: Viewer): T | undefined {
    const permission = match.record.type === 'case' ? 'case:read' : 'inbox:read';
    if (!can(viewer.role, permission)) return undefined;
    if (can(viewer.role, 'nominal:read')) return match;
    return {
      ...match,
      matched: match.matched.map((m) => (NOMINAL_FIELDS.has(m.field) ? { field: m.field } : m)),
    };
  }

  /** The rules a record matched that `viewer` may see. */
  async matchesOf(ref: WatchlistRecordRef, viewer: Viewer): Promise<WatchlistMatch[]> {
    const owners = await this.#receivedOwners();
    const out: WatchlistMatch[] = [];
    for await (const [, value] of this.#kv.iterate(WATCHLIST_NS.matches, prefixRange(recordKeyOf(ref)))) {
      const match = value as WatchlistMatch;
      const rule = this.#rules.get(match.ruleId);
      if (!rule || !this.#visible(rule, viewer, owners)) continue;
      const shown = this.#redacted({ ...match, ruleName: rule.name }, viewer);
      if (shown) out.push(shown);
    }
    return out.sort((a, b) => (a.at < b.at ? 1 : -1));
  }

  /** `viewer`'s notifications, newest first, with how many are unread. */
  async notifications(
    viewer: Viewer,
    params: { unread?: boolean; cursor?: string; limit?: number } = {},
  ): Promise<NotificationListResponse> {
    const limit = params.limit ?? NOTIFICATION_PAGE.default;
    if (params.cursor !== undefined && !isUuidV7(params.cursor)) {
      throw new ValidationError([
        { path: 'cursor', rule: 'cursor', message: 'cursor comes from a previous page' },
      ]);
    }
    const base = params.unread ? unreadKey(viewer.username, '') : noteKey(viewer.username, '');
    const range = prefixRange(base);
    const iterator = this.#kv.iterate(WATCHLIST_NS.notifications, {
      gte: range.gte,
      lt: params.cursor === undefined ? range.lt : base + params.cursor,
      reverse: true,
    });
    const items: WatchlistNotification[] = [];
    let lastId: string | undefined;
    let more = false;
    for await (const [key, value] of iterator) {
      if (items.length === limit) {
        more = true;
        break;
      }
      const id = key.slice(base.length);
      lastId = id;
      const notification = (
        params.unread ? await this.#kv.get(WATCHLIST_NS.notifications, noteKey(viewer.username, id)) : value
      ) as WatchlistNotification | undefined;
      const shown = notification && this.#redacted(notification, viewer);
      if (shown) items.push(shown);
    }
    const unread = await this.unreadCount(viewer);
    return more && lastId !== undefined ? { items, unread, nextCursor: lastId } : { items, unread };
  }

  /** How many of `viewer`'s notifications are unread (counted up to MAX_UNREAD_COUNTED). */
  async unreadCount(viewer: Viewer): Promise<number> {
    let count = 0;
    for await (const _ of this.#kv.iterate(WATCHLIST_NS.notifications, {
      ...prefixRange(unreadKey(viewer.username, '')),
      limit: MAX_UNREAD_COUNTED,
    })) {
      count++;
    }
    return count;
  }

  async markRead(id: string, viewer: Viewer): Promise<WatchlistNotification> {
    parseNotificationId(id);
    return this.#serial(async () => {
      const key = noteKey(viewer.username, id);
      const notification = (await this.#kv.get(WATCHLIST_NS.notifications, key)) as
        WatchlistNotification | undefined;
      if (!notification) throw new NotFoundError('notification', id);
      if (notification.read) return this.#redacted(notification, viewer) ?? notification;
      const read: WatchlistNotification = {
        ...notification,
        read: true,
        readAt: this.#clock().toISOString(),
      };
      await this.#commit([
        { type: 'put', ns: WATCHLIST_NS.notifications, key, value: read },
        { type: 'del', ns: WATCHLIST_NS.notifications, key: unreadKey(viewer.username, id) },
      ]);
      return this.#redacted(read, viewer) ?? read;
    });
  }

  // -------------------------------------------------------------------------------------------
  // What sharing keeps (sharing.ts)

  /** What each own rule was last delivered as to `peer`. */
  async delivered(peer: string): Promise<Map<string, DeliveredRule>> {
    const out = new Map<string, DeliveredRule>();
    const prefix = deliveredPrefix(peer);
    for await (const [key, value] of this.#kv.iterate(WATCHLIST_NS.state, prefixRange(prefix))) {
      out.set(key.slice(prefix.length), value as DeliveredRule);
    }
    return out;
  }

  /** Stores what `peer` acknowledged, with the evidence of it, in one batch. */
  recordDelivered(
    peer: string,
    delivered: readonly { ruleId: string; state: DeliveredRule; evidence?: EvidenceEntryInput }[],
  ): Promise<void> {
    return this.#serial(async () => {
      const ops: BatchOp[] = [];
      for (const { ruleId, state, evidence } of delivered) {
        ops.push({ type: 'put', ns: WATCHLIST_NS.state, key: deliveredKey(peer, ruleId), value: state });
        if (evidence && this.#components.evidence) ops.push(...this.#components.evidence.entryOps(evidence));
      }
      await this.#commit(ops);
    });
  }
}
