/**
 * CENcomm operations, both sides of `/cen/operations/1.0.0` (docs/decisions/0012-operations.md).
 * The organiser's node holds the operation: its definition (signed, versioned), its members and
 * the thread, a sequence of entries (messages signed by the node they were posted on, and every
 * definition change signed by the organiser). Members talk only to the organiser.
 *
 * Invariants:
 * - **One order.** Only the organiser numbers entries (under a per-operation lock); every member
 *   stores them in that order, each once (an entry at or below its head is skipped, one above
 *   head + 1 refused as out of order).
 * - **Nothing lost.** A statement is stored before it is acknowledged: the organiser writes an
 *   entry before it answers the Submit, a member writes a delivery (entries and head in one
 *   batch) before it answers the Deliver, and the organiser moves a member's cursor only on that
 *   answer. A member's own statements wait in its outbox until the organiser acknowledges them;
 *   a message sent twice (the answer was lost) is relayed once (by its id).
 * - **Closed group.** The organiser takes statements only from members that accepted (and not
 *   since removed) and delivers only to them, up to and including the entry that removed them;
 *   a member takes deliveries only from the operation's organiser and only while it is a member.
 *   There is no request to read a thread: nothing is sent to a node unless it is a member.
 * - **Every frame** is size-limited (PROTOCOLS.operations) and every stream deadline-bound.
 */
import type { KeyObject } from 'node:crypto';
import type { Stream } from '@libp2p/interface';
import { v7 as uuidv7 } from 'uuid';
import { openStatement, signStatement } from '../../policies/index.ts';
import {
  OPERATION_LIMITS,
  type CreateOperationRequest,
  type OperationDefinition,
  type OperationDetail,
  type OperationMember,
  type OperationMemberProgress,
  type OperationMemberStatus,
  type OperationMessagesResponse,
  type OperationOutgoing,
  type OperationPhoto,
  type OperationPhotoUploadResponse,
  type OperationReport,
  type OperationSummary,
  type OperationThreadEntry,
  type PostOperationMessageResponse,
} from '../../protocol/api.ts';
import { cen } from '../../protocol/gen/operations.js';
import { isUuidV7, parseNodeId } from '../../protocol/ids.ts';
import { OPERATION_JWS_TYPES, PROTOCOLS } from '../../protocol/protocols.ts';
import type { Case } from '../../protocol/records.ts';
import type { ValidationIssue } from '../../protocol/validation-types.ts';
import { can } from '../auth/roles.ts';
import { ForbiddenError, NotFoundError, ValidationError } from '../errors.ts';
import type { Logger } from '../log.ts';
import { bodyOf, framedStream, PeerRefusedError, type FramedStream, type PeerHost } from '../p2p/index.ts';
import type { PeerBook } from '../peers/index.ts';
import type { BatchOp, KvStore } from '../store/kv.ts';
import { InvalidPhotoHashError, parsePhotoHash, type PhotoSize } from '../photos/index.ts';
import {
  DEFAULT_PAGE,
  DEFAULT_PERIOD_DAYS,
  DEFAULT_PURGE_INTERVAL_MS,
  DEFAULT_RETENTION_DAYS,
  DEFAULT_RETRY_INTERVAL_MS,
  DELIVER_MAX_ENTRIES,
  MAX_PAGE,
  MAX_STREAMS_PER_PEER,
  PHOTO_CHUNK_BYTES,
  PHOTO_TRANSFER_TIMEOUT_MS,
  STREAM_TIMEOUT_MS,
} from './constants.ts';
import { OperationPhotoRefusedError, type OperationPhotos } from './photos.ts';
import { OperationRefusedError } from './errors.ts';
import { entryKey, memberKey, messageIdKey, OPERATIONS_NS, outboxKey } from './keys.ts';
import {
  answerStatementSchema,
  messageStatementSchema,
  operationStatementSchema,
  receiptsSchema,
  receiptStatementSchema,
  type AnswerStatement,
  type MessageStatement,
  type OperationStatement,
  type ReceiptStatement,
} from './statements.ts';
import {
  entryView,
  purgeAtOf,
  seqOf,
  stateOf,
  type EntryRecord,
  type MemberRecord,
  type OperationRecord,
  type OutboxRecord,
  type Viewer,
} from './model.ts';
import { promoteReport, type CaseWriter } from './promote.ts';
import { OperationStore } from './store.ts';
import { parseTemplateFields, reportIssues } from './template.ts';

const Frame = cen.operations.v1.OperationsFrame;
type Frames = FramedStream<cen.operations.v1.OperationsFrame, cen.operations.v1.IOperationsFrame>;

export interface OperationsDeps {
  kv: KvStore;
  peerHost: Pick<PeerHost, 'handle' | 'openStream' | 'onConnected' | 'status'>;
  peers: Pick<PeerBook, 'get'>;
  self: string;
  selfName: string;
  key: KeyObject;
  log: Logger;
  clock?: () => Date;
  /** The photos of messages; without it, a message with photos is refused. */
  photos?: OperationPhotos;
}

export interface OperationsOptions {
  /** Default DEFAULT_RETRY_INTERVAL_MS. */
  retryIntervalMs?: number;
  /** How often operations past their retention are purged; default DEFAULT_PURGE_INTERVAL_MS. */
  purgeIntervalMs?: number;
}

export type EntriesListener = (operationId: string, entries: readonly OperationThreadEntry[]) => void;

const refusal = (code: string, message: string): cen.operations.v1.IOperationsFrame => ({
  refusal: { code, message },
});

class Refusal extends Error {
  override name = 'Refusal';
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

export class OperationsService {
  readonly #deps: OperationsDeps;
  readonly #options: OperationsOptions;
  readonly #clock: () => Date;
  readonly #log: Logger;
  readonly #store: OperationStore;
  readonly #runs = new Map<string, Promise<void>>();
  readonly #next = new Map<string, Promise<void>>();
  readonly #listeners = new Set<EntriesListener>();
  /** Outgoing statements a caller waits for, with the organiser's answer once it came. */
  readonly #answered = new Map<string, OutboxRecord | undefined>();
  #timer: NodeJS.Timeout | undefined;
  #purgeTimer: NodeJS.Timeout | undefined;
  #unsubscribe: (() => void) | undefined;
  #stopped = false;

  constructor(deps: OperationsDeps, options: OperationsOptions = {}) {
    this.#deps = deps;
    this.#store = new OperationStore(deps.kv);
    this.#options = options;
    this.#clock = deps.clock ?? (() => new Date());
    this.#log = deps.log;
  }

  async start(): Promise<void> {
    await this.#deps.peerHost.handle('operations', (stream, _connection, peer) => this.#serve(stream, peer), {
      maxStreams: MAX_STREAMS_PER_PEER,
    });
    this.#unsubscribe = this.#deps.peerHost.onConnected((peer) => {
      setImmediate(() => void this.#catchUp((nodeId) => nodeId === peer));
    });
    this.#timer = setInterval(
      () => void this.#catchUp((nodeId) => this.#deps.peerHost.status(nodeId).connected),
      this.#options.retryIntervalMs ?? DEFAULT_RETRY_INTERVAL_MS,
    );
    this.#timer.unref();
    const purge = () =>
      void this.purgeExpired().catch((err: unknown) => this.#log.warn({ err }, 'operations: purge failed'));
    this.#purgeTimer = setInterval(purge, this.#options.purgeIntervalMs ?? DEFAULT_PURGE_INTERVAL_MS);
    this.#purgeTimer.unref();
    setImmediate(purge);
  }

  /** Stops the schedule and waits for the deliveries in progress. */
  async stop(): Promise<void> {
    this.#stopped = true;
    this.#unsubscribe?.();
    if (this.#timer) clearInterval(this.#timer);
    if (this.#purgeTimer) clearInterval(this.#purgeTimer);
    await Promise.allSettled([...this.#runs.values(), ...this.#next.values()]);
  }

  /** Calls `listener` with the entries each time some are stored here (for live consoles). */
  onEntries(listener: EntriesListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #emit(operationId: string, entries: readonly EntryRecord[]): void {
    if (entries.length === 0) return;
    const views = entries.map(entryView);
    for (const listener of this.#listeners) {
      try {
        listener(operationId, views);
      } catch (err) {
        this.#log.warn({ err }, 'operations: entries listener failed');
      }
    }
  }

  // -------------------------------------------------------------------------------------------
  // Reading

  #visible(record: OperationRecord, viewer: Viewer): boolean {
    return can(viewer.role, 'operation:manage') || record.participants.includes(viewer.username);
  }

  /** The operation as `viewer` may see it; NotFoundError when it does not exist for them. */
  async #visibleRecord(operationId: string, viewer: Viewer): Promise<OperationRecord> {
    const record = await this.#store.record(operationId);
    if (!record || !this.#visible(record, viewer)) throw new NotFoundError('operation', operationId);
    return record;
  }

  #summary(record: OperationRecord): OperationSummary {
    return {
      definition: record.definition,
      state: stateOf(record.definition, this.#clock()),
      role: record.role,
      ...(record.status ? { status: record.status } : {}),
      head: record.head,
      readUpTo: record.readUpTo,
      participants: record.participants,
    };
  }

  async list(viewer: Viewer): Promise<OperationSummary[]> {
    const items: OperationSummary[] = [];
    for await (const [, record] of this.#store.records()) {
      if (this.#visible(record, viewer)) items.push(this.#summary(record));
    }
    return items.sort((a, b) => b.definition.createdAt.localeCompare(a.definition.createdAt));
  }

  async get(operationId: string, viewer: Viewer): Promise<OperationDetail> {
    const record = await this.#visibleRecord(operationId, viewer);
    const mine = { self: this.#deps.self, promotions: await this.#store.promotions(operationId) };
    if (record.role !== 'organiser') return { ...this.#summary(record), receipts: record.receipts, ...mine };
    const members = await this.#store.members(operationId);
    const progress = members.map((m): OperationMemberProgress => ({
      nodeId: m.nodeId,
      ...(m.name ? { name: m.name } : {}),
      status: m.status,
      delivered: m.delivered,
      readUpTo: m.readUpTo,
    }));
    return { ...this.#summary(record), progress, receipts: this.#receiptsOf(record, members), ...mine };
  }

  #receiptsOf(record: OperationRecord, members: readonly MemberRecord[]): Record<string, number> {
    const receipts: Record<string, number> = { [this.#deps.self]: record.readUpTo };
    for (const m of members) if (m.readUpTo > 0) receipts[m.nodeId] = m.readUpTo;
    return receipts;
  }

  async receipts(operationId: string, viewer: Viewer): Promise<Record<string, number>> {
    return (await this.get(operationId, viewer)).receipts;
  }

  /** The thread after `after`, oldest first, and this node's messages not yet relayed. */
  async messages(
    operationId: string,
    viewer: Viewer,
    page: { after?: number; limit?: number } = {},
  ): Promise<OperationMessagesResponse> {
    const record = await this.#visibleRecord(operationId, viewer);
    const limit = Math.min(Math.max(page.limit ?? DEFAULT_PAGE, 1), MAX_PAGE);
    const entries = await this.#store.entries(operationId, page.after ?? 0, record.head, limit + 1);
    const items = entries.slice(0, limit).map(entryView);
    const outgoing: OperationOutgoing[] = [];
    if (record.role === 'member') {
      for (const out of await this.#store.outbox(operationId)) {
        if (out.kind !== 'message') continue;
        outgoing.push({
          id: out.id,
          state: out.refusal ? 'refused' : 'queued',
          author: out.author ?? '',
          ...(out.text ? { text: out.text } : {}),
          ...(out.report ? { report: out.report } : {}),
          ...(out.photos ? { photos: out.photos } : {}),
          at: out.at,
          ...(out.refusal ? { refusal: out.refusal } : {}),
        });
      }
    }
    return {
      items,
      head: record.head,
      ...(entries.length > limit ? { nextAfter: items.at(-1)!.seq } : {}),
      outgoing,
    };
  }

  /** Every message of the thread with a report, oldest first (the organiser's extraction). */
  async *reports(operationId: string, viewer: Viewer): AsyncGenerator<OperationThreadEntry[]> {
    const record = await this.#visibleRecord(operationId, viewer);
    if (record.role !== 'organiser') {
      throw new ForbiddenError('only the organiser of the operation extracts its reports');
    }
    let after = 0;
    while (after < record.head) {
      const entries = await this.#store.entries(operationId, after, record.head, 500);
      if (entries.length === 0) break;
      after = entries.at(-1)!.seq;
      const reports = entries.filter((e) => e.kind === 'message' && e.report !== undefined).map(entryView);
      if (reports.length > 0) yield reports;
    }
  }

  async definition(operationId: string, viewer: Viewer): Promise<OperationDefinition> {
    return (await this.#visibleRecord(operationId, viewer)).definition;
  }

  /**
   * Makes a draft case of a report this node posted (`promote.ts`), written by `cases`; refused
   * for another member's report and for a report already made into a case.
   */
  async promote(operationId: string, messageId: string, viewer: Viewer, cases: CaseWriter): Promise<Case> {
    await this.#visibleRecord(operationId, viewer);
    return this.#store.exclusive(operationId, async () => {
      const record = await this.#store.record(operationId);
      if (!record) throw new NotFoundError('operation', operationId);
      const today = this.#clock().toISOString().slice(0, 10);
      const made = await promoteReport(
        { store: this.#store, cases, self: this.#deps.self, today },
        record,
        messageId,
        viewer,
      );
      this.#log.info(
        { operationId, messageId, caseId: made.id, by: viewer.username },
        'operations: report made a case',
      );
      return made;
    });
  }

  // -------------------------------------------------------------------------------------------
  // Retention

  // -------------------------------------------------------------------------------------------
  // Retention

  /**
   * Removes from this node every operation past its retention (`purgeAtOf`). Each node purges by
   * its own signed copy of the definition, so the organiser and every member that received the
   * close purge at the same time. Returns the ids purged.
   */
  async purgeExpired(): Promise<string[]> {
    const now = this.#clock().getTime();
    const due: string[] = [];
    for await (const [operationId, record] of this.#store.records()) {
      if (purgeAtOf(record.definition).getTime() <= now) due.push(operationId);
    }
    for (const operationId of due) {
      // The photos first: the operation's record, removed last, is how an interrupted purge is
      // found again, and the photo references would be lost without it.
      await this.#deps.photos?.purge(operationId);
      await this.#store.purge(operationId);
      this.#log.info({ operationId }, 'operations: purged at the end of its retention');
    }
    return due;
  }

  // -------------------------------------------------------------------------------------------
  // The organiser

  /** A member must be a known peer with an active agreement: the peer host admits no other. */
  async #memberIssues(nodeIds: readonly unknown[], path: string): Promise<ValidationIssue[]> {
    const issues: ValidationIssue[] = [];
    const seen = new Set<string>();
    for (const [i, raw] of nodeIds.entries()) {
      const at = `${path}[${i}]`;
      let nodeId: string;
      try {
        nodeId = parseNodeId(raw);
      } catch {
        issues.push({ path: at, rule: 'pattern', message: 'a node id (12D3KooW…)' });
        continue;
      }
      if (nodeId === this.#deps.self) {
        issues.push({ path: at, rule: 'invalid', message: 'the organiser is not one of its own members' });
      } else if (seen.has(nodeId)) {
        issues.push({ path: at, rule: 'unique', message: 'listed twice' });
      } else {
        const peer = await this.#deps.peers.get(nodeId);
        if (!peer) issues.push({ path: at, rule: 'no-peer', message: 'not in the peer book: add it first' });
        else if (!peer.activeAgreement)
          issues.push({ path: at, rule: 'no-agreement', message: 'no active agreement with this node' });
      }
      seen.add(nodeId);
    }
    return issues;
  }

  async #nameOf(nodeId: string): Promise<string | undefined> {
    return (await this.#deps.peers.get(nodeId))?.name;
  }

  /** Creates an operation this node organises and invites its members. */
  async create(input: unknown, viewer: Viewer): Promise<OperationDetail> {
    const body = (typeof input === 'object' && input !== null ? input : {}) as Partial<
      Record<keyof CreateOperationRequest, unknown>
    >;
    const issues: ValidationIssue[] = [];
    for (const key of Object.keys(body)) {
      if (!['name', 'members', 'template', 'period', 'retentionDays', 'participants'].includes(key))
        issues.push({ path: key, rule: 'unknown-field', message: `unknown field ${JSON.stringify(key)}` });
    }
    const name = typeof body.name === 'string' ? body.name.trim() : '';
    if (name === '' || name.length > OPERATION_LIMITS.name)
      issues.push({ path: 'name', rule: 'required', message: `1 to ${OPERATION_LIMITS.name} characters` });
    const memberIds = Array.isArray(body.members) ? body.members : [];
    if (!Array.isArray(body.members) || memberIds.length === 0 || memberIds.length > OPERATION_LIMITS.members)
      issues.push({
        path: 'members',
        rule: 'required',
        message: `1 to ${OPERATION_LIMITS.members} node ids`,
      });
    else issues.push(...(await this.#memberIssues(memberIds, 'members')));
    let fields: OperationDefinition['template']['fields'] = [];
    try {
      const template = body.template as { fields?: unknown } | undefined;
      fields = parseTemplateFields(template?.fields);
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      issues.push(...err.issues);
    }
    const now = this.#clock();
    const period = this.#parsePeriod(body.period, now, issues);
    const retentionDays = body.retentionDays ?? DEFAULT_RETENTION_DAYS;
    if (
      typeof retentionDays !== 'number' ||
      !Number.isInteger(retentionDays) ||
      retentionDays < 1 ||
      retentionDays > OPERATION_LIMITS.retentionDays
    )
      issues.push({
        path: 'retentionDays',
        rule: 'max',
        message: `1 to ${OPERATION_LIMITS.retentionDays} days`,
      });
    const participants = this.#parseParticipants(body.participants, viewer.username, issues);
    if (issues.length > 0) throw new ValidationError(issues);

    const id = uuidv7();
    const members: OperationMember[] = [];
    for (const nodeId of memberIds as string[]) {
      const memberName = await this.#nameOf(nodeId);
      members.push({ nodeId, ...(memberName ? { name: memberName } : {}), status: 'invited' });
    }
    const at = now.toISOString();
    const definition: OperationDefinition = {
      id,
      name,
      organiser: { nodeId: this.#deps.self, name: this.#deps.selfName },
      members,
      period,
      retentionDays: retentionDays as number,
      state: 'active',
      template: { version: 1, fields },
      version: 1,
      createdAt: at,
      updatedAt: at,
    };
    const definitionJws = await this.#signDefinition(definition);
    const entry = this.#definitionEntry(1, definition, definitionJws, at);
    const record: OperationRecord = {
      role: 'organiser',
      definition,
      definitionJws,
      head: 1,
      participants,
      readUpTo: 0,
      receipts: {},
    };
    const ops: BatchOp[] = [
      { type: 'put', ns: OPERATIONS_NS.operations, key: id, value: record },
      { type: 'put', ns: OPERATIONS_NS.thread, key: entryKey(id, 1), value: entry },
      ...members.map((m): BatchOp => ({
        type: 'put',
        ns: OPERATIONS_NS.members,
        key: memberKey(id, m.nodeId),
        value: {
          nodeId: m.nodeId,
          ...(m.name ? { name: m.name } : {}),
          status: 'invited',
          delivered: 0,
          readUpTo: 0,
          noticeVersion: 1,
          noticedVersion: 0,
        } satisfies MemberRecord,
      })),
    ];
    await this.#store.batch(ops);
    this.#log.info({ operationId: id, members: members.length, by: viewer.username }, 'operations: created');
    this.#emit(id, [entry]);
    this.#deliverAll(
      id,
      members.map((m) => m.nodeId),
    );
    return this.get(id, viewer);
  }

  #parsePeriod(input: unknown, now: Date, issues: ValidationIssue[]): OperationDefinition['period'] {
    if (input === undefined) {
      return {
        start: now.toISOString(),
        end: new Date(now.getTime() + DEFAULT_PERIOD_DAYS * 86_400_000).toISOString(),
      };
    }
    const period = input as { start?: unknown; end?: unknown };
    const start = typeof period.start === 'string' ? Date.parse(period.start) : NaN;
    const end = typeof period.end === 'string' ? Date.parse(period.end) : NaN;
    if (Number.isNaN(start) || Number.isNaN(end) || end <= start) {
      issues.push({ path: 'period', rule: 'invalid', message: 'start and end, ISO 8601, end after start' });
      return { start: now.toISOString(), end: now.toISOString() };
    }
    return { start: new Date(start).toISOString(), end: new Date(end).toISOString() };
  }

  #parseParticipants(input: unknown, actor: string, issues: ValidationIssue[]): string[] {
    if (input === undefined) return [actor];
    if (
      !Array.isArray(input) ||
      input.length > OPERATION_LIMITS.participants ||
      !input.every((u) => typeof u === 'string' && u.length > 0 && u.length <= 64)
    ) {
      issues.push({ path: 'participants', rule: 'type', message: 'a list of usernames of this node' });
      return [actor];
    }
    return [...new Set([actor, ...(input as string[])])];
  }

  async #signDefinition(definition: OperationDefinition): Promise<string> {
    const statement: OperationStatement = { from: this.#deps.self, operation: definition };
    return signStatement(OPERATION_JWS_TYPES.operation, statement, this.#deps.key);
  }

  #definitionEntry(seq: number, definition: OperationDefinition, statement: string, at: string): EntryRecord {
    return {
      seq,
      kind: 'operation',
      from: this.#deps.self,
      at: definition.updatedAt,
      relayedAt: at,
      definitionVersion: definition.version,
      statement,
    };
  }

  async #organised(operationId: string, viewer?: Viewer): Promise<OperationRecord> {
    const record = viewer
      ? await this.#visibleRecord(operationId, viewer)
      : await this.#store.record(operationId);
    if (!record) throw new NotFoundError('operation', operationId);
    if (record.role !== 'organiser')
      throw new OperationRefusedError('not-the-organiser', 'only the organiser’s node changes the operation');
    return record;
  }

  /**
   * A new version of the definition, appended to the thread in one batch with the member records
   * `change` returns; then the members concerned hear of it.
   */
  async #changeDefinition(
    operationId: string,
    change: (
      definition: OperationDefinition,
      members: Map<string, MemberRecord>,
      seq: number,
    ) => MemberRecord[] | Promise<MemberRecord[]>,
  ): Promise<OperationRecord> {
    const result = await this.#store.exclusive(operationId, async () => {
      const record = await this.#organised(operationId);
      this.#assertNotArchived(record.definition);
      const members = new Map((await this.#store.members(operationId)).map((m) => [m.nodeId, m]));
      const at = this.#clock().toISOString();
      const seq = record.head + 1;
      const definition: OperationDefinition = structuredClone(record.definition);
      const changed = await change(definition, members, seq);
      definition.version += 1;
      definition.updatedAt = at;
      for (const m of changed) members.set(m.nodeId, m);
      definition.members = [...members.values()].map((m) => ({
        nodeId: m.nodeId,
        ...(m.name ? { name: m.name } : {}),
        status: m.status,
      }));
      for (const m of changed) if (m.noticeVersion === -1) m.noticeVersion = definition.version;
      const definitionJws = await this.#signDefinition(definition);
      const entry = this.#definitionEntry(seq, definition, definitionJws, at);
      const next: OperationRecord = { ...record, definition, definitionJws, head: seq };
      await this.#store.batch([
        { type: 'put', ns: OPERATIONS_NS.operations, key: operationId, value: next },
        { type: 'put', ns: OPERATIONS_NS.thread, key: entryKey(operationId, seq), value: entry },
        ...changed.map((m): BatchOp => ({
          type: 'put',
          ns: OPERATIONS_NS.members,
          key: memberKey(operationId, m.nodeId),
          value: m,
        })),
      ]);
      return { next, entry, members: [...members.keys()] };
    });
    this.#emit(operationId, [result.entry]);
    this.#deliverAll(operationId, result.members);
    return result.next;
  }

  async addMember(operationId: string, input: unknown, viewer: Viewer): Promise<OperationDetail> {
    await this.#organised(operationId, viewer);
    const nodeId = (input as { nodeId?: unknown } | undefined)?.nodeId;
    const issues = await this.#memberIssues([nodeId], 'nodeId');
    if (issues.length > 0) throw new ValidationError(issues.map((i) => ({ ...i, path: 'nodeId' })));
    const name = await this.#nameOf(nodeId as string);
    await this.#changeDefinition(operationId, (definition, members) => {
      this.#assertOpen(definition);
      const known = members.get(nodeId as string);
      if (known && (known.status === 'invited' || known.status === 'accepted'))
        throw new ValidationError([{ path: 'nodeId', rule: 'unique', message: 'already a member' }]);
      if (!known && members.size >= OPERATION_LIMITS.members)
        throw new ValidationError([{ path: 'nodeId', rule: 'max', message: 'too many members' }]);
      const { removedAtSeq: _removed, ...rest } = known ?? {
        nodeId: nodeId as string,
        delivered: 0,
        readUpTo: 0,
        noticedVersion: 0,
      };
      return [{ ...rest, ...(name ? { name } : {}), status: 'invited', noticeVersion: -1 }];
    });
    return this.get(operationId, viewer);
  }

  async removeMember(operationId: string, nodeIdInput: unknown, viewer: Viewer): Promise<OperationDetail> {
    await this.#organised(operationId, viewer);
    const nodeId = parseNodeId(nodeIdInput);
    await this.#changeDefinition(operationId, (_definition, members, seq) => {
      const known = members.get(nodeId);
      if (!known || known.status === 'removed') throw new NotFoundError('operation member', nodeId);
      // A member that accepted receives the thread up to its removal; one that had not yet
      // learns of it as an invitation that no longer lists it as invited.
      return [
        known.status === 'accepted'
          ? { ...known, status: 'removed', removedAtSeq: seq }
          : { ...known, status: 'removed', noticeVersion: known.noticedVersion > 0 ? -1 : 0 },
      ];
    });
    return this.get(operationId, viewer);
  }

  async putTemplate(
    operationId: string,
    input: unknown,
    viewer: Viewer,
  ): Promise<OperationDefinition['template']> {
    await this.#organised(operationId, viewer);
    const fields = parseTemplateFields((input as { fields?: unknown } | undefined)?.fields, 'fields');
    const record = await this.#changeDefinition(operationId, (definition) => {
      this.#assertOpen(definition);
      definition.template = { version: definition.template.version + 1, fields };
      return [];
    });
    return record.definition.template;
  }

  async close(operationId: string, viewer: Viewer): Promise<OperationDetail> {
    await this.#organised(operationId, viewer);
    await this.#changeDefinition(operationId, (definition) => {
      if (definition.state === 'closed') throw new OperationRefusedError('closed', 'the operation is closed');
      definition.state = 'closed';
      definition.closedAt = this.#clock().toISOString();
      return [];
    });
    return this.get(operationId, viewer);
  }

  #assertOpen(definition: OperationDefinition): void {
    this.#assertNotArchived(definition);
    if (stateOf(definition, this.#clock()) === 'closed')
      throw new OperationRefusedError('closed', 'the operation’s period is over');
  }

  /** Once the organiser closed it, nothing of the operation changes any more. */
  #assertNotArchived(definition: OperationDefinition): void {
    if (definition.state === 'closed')
      throw new OperationRefusedError(
        'archived',
        'the operation is closed and archived: its thread, template and members no longer change',
      );
  }

  /** Checks and numbers a message (signed already) under the operation's lock; returns its seq. */
  async #relay(operationId: string, statement: string, message: MessageStatement): Promise<number> {
    const appended = await this.#store.exclusive(operationId, async () => {
      const record = await this.#organised(operationId);
      if (record.definition.state === 'closed')
        throw new Refusal('archived', 'the operation is closed and archived: its thread is read-only');
      if (stateOf(record.definition, this.#clock()) !== 'active')
        throw new Refusal('not-active', 'the operation is not active');
      const known = await this.#store.messageSeq(operationId, messageIdKey(operationId, message.id));
      if (known !== undefined) return { seq: known, entry: undefined };
      if (message.report !== undefined) {
        const issues = reportIssues(record.definition.template, message.report);
        if (issues.length > 0)
          throw new Refusal('bad-report', issues.map((i) => `${i.path}: ${i.message}`).join('; '));
      }
      // The files come before the statement that names them: nothing is relayed without them.
      if (message.photos && !(await this.#holdsPhotos(operationId, message.photos)))
        throw new Refusal('missing-photo', 'a photo the message names has not arrived here');
      const seq = record.head + 1;
      const entry: EntryRecord = {
        seq,
        kind: 'message',
        from: message.from,
        at: message.at,
        relayedAt: this.#clock().toISOString(),
        id: message.id,
        author: message.author,
        ...(message.text !== undefined ? { text: message.text } : {}),
        ...(message.report !== undefined ? { report: message.report } : {}),
        ...(message.photos !== undefined ? { photos: message.photos } : {}),
        statement,
      };
      await this.#store.batch([
        { type: 'put', ns: OPERATIONS_NS.thread, key: entryKey(operationId, seq), value: entry },
        { type: 'put', ns: OPERATIONS_NS.messageIds, key: messageIdKey(operationId, message.id), value: seq },
        { type: 'put', ns: OPERATIONS_NS.operations, key: operationId, value: { ...record, head: seq } },
        ...(this.#deps.photos?.namedOps(operationId, message.photos) ?? []),
      ]);
      return { seq, entry };
    });
    if (appended.entry) {
      this.#emit(operationId, [appended.entry]);
      this.#deliverAll(operationId);
    }
    return appended.seq;
  }

  // -------------------------------------------------------------------------------------------
  // Both sides: posting and reading

  /** Posts a message: relayed at once on the organiser's node, queued for it on a member's. */
  async post(operationId: string, input: unknown, viewer: Viewer): Promise<PostOperationMessageResponse> {
    const record = await this.#visibleRecord(operationId, viewer);
    if (record.role === 'member' && record.status !== 'accepted')
      throw new OperationRefusedError('not-a-member', 'this node is not a member of the operation');
    this.#assertNotArchived(record.definition);
    if (stateOf(record.definition, this.#clock()) !== 'active')
      throw new OperationRefusedError('not-active', 'the operation is not active: nothing can be posted');
    const body = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
    const issues: ValidationIssue[] = [];
    for (const key of Object.keys(body)) {
      if (key !== 'text' && key !== 'report' && key !== 'photos')
        issues.push({ path: key, rule: 'unknown-field', message: `unknown field ${JSON.stringify(key)}` });
    }
    const text = typeof body.text === 'string' ? body.text.trim() : undefined;
    if (body.text !== undefined && (text === undefined || text === '' || text.length > OPERATION_LIMITS.text))
      issues.push({ path: 'text', rule: 'max', message: `1 to ${OPERATION_LIMITS.text} characters` });
    if (body.report !== undefined) issues.push(...reportIssues(record.definition.template, body.report));
    const photos = await this.#parsePhotos(operationId, body.photos, issues);
    if (body.text === undefined && body.report === undefined && photos === undefined)
      issues.push({ path: '', rule: 'required', message: 'a message needs text, a report or photos' });
    if (issues.length > 0) throw new ValidationError(issues);
    const message: MessageStatement = {
      from: this.#deps.self,
      operationId,
      id: uuidv7(),
      author: viewer.username,
      ...(text !== undefined ? { text } : {}),
      ...(body.report !== undefined ? { report: body.report as OperationReport } : {}),
      ...(body.report !== undefined ? { templateVersion: record.definition.template.version } : {}),
      ...(photos !== undefined ? { photos } : {}),
      at: this.#clock().toISOString(),
    };
    const statement = await signStatement(OPERATION_JWS_TYPES.message, message, this.#deps.key);
    if (record.role === 'organiser') {
      try {
        const seq = await this.#relay(operationId, statement, message);
        return { id: message.id, state: 'relayed', seq };
      } catch (err) {
        if (err instanceof Refusal) throw new OperationRefusedError(err.code, err.message);
        throw err;
      }
    }
    const out: OutboxRecord = {
      id: message.id,
      operationId,
      kind: 'message',
      statement,
      at: message.at,
      author: viewer.username,
      ...(message.text !== undefined ? { text: message.text } : {}),
      ...(message.report !== undefined ? { report: message.report } : {}),
      ...(message.photos !== undefined ? { photos: message.photos } : {}),
    };
    await this.#store.batch([
      { type: 'put', ns: OPERATIONS_NS.outbox, key: outboxKey(operationId, out.id), value: out },
    ]);
    const done = await this.#flushNow(record, out.id);
    if (done?.refusal) throw new PeerRefusedError(done.refusal.code, done.refusal.message);
    return done?.seq !== undefined
      ? { id: out.id, state: 'relayed', seq: done.seq }
      : { id: out.id, state: 'queued' };
  }

  /** The largest photo upload accepted (bytes). */
  get photoMaxBytes(): number {
    return this.#deps.photos?.maxBytes ?? 0;
  }

  /**
   * A photo for a message an officer is about to post: through the photo pipeline here (metadata
   * and GPS stripped), kept for the operation; the message names it by the hash returned.
   */
  async uploadPhoto(
    operationId: string,
    bytes: Buffer,
    viewer: Viewer,
  ): Promise<OperationPhotoUploadResponse> {
    const record = await this.#visibleRecord(operationId, viewer);
    if (record.role === 'member' && record.status !== 'accepted')
      throw new OperationRefusedError('not-a-member', 'this node is not a member of the operation');
    this.#assertNotArchived(record.definition);
    if (stateOf(record.definition, this.#clock()) !== 'active')
      throw new OperationRefusedError('not-active', 'the operation is not active: nothing can be posted');
    if (!this.#deps.photos)
      throw new OperationRefusedError('no-photos', 'this node keeps no operation photos');
    const photo = await this.#deps.photos.upload(operationId, bytes);
    this.#log.info({ operationId, hash: photo.hash, by: viewer.username }, 'operations: photo uploaded');
    return photo;
  }

  /** A photo of the operation's thread (once a message names it), for a user who may read it. */
  async readPhoto(operationId: string, hash: string, size: PhotoSize, viewer: Viewer) {
    await this.#visibleRecord(operationId, viewer);
    if (!this.#deps.photos) throw new NotFoundError('photo', hash);
    return this.#deps.photos.read(operationId, hash, size);
  }

  /** The `photos` of a message being posted: hashes of files this node holds for the operation. */
  async #parsePhotos(
    operationId: string,
    input: unknown,
    issues: ValidationIssue[],
  ): Promise<OperationPhoto[] | undefined> {
    if (input === undefined) return undefined;
    if (!Array.isArray(input) || input.length === 0 || input.length > OPERATION_LIMITS.photos) {
      issues.push({ path: 'photos', rule: 'max', message: `1 to ${OPERATION_LIMITS.photos} photo hashes` });
      return undefined;
    }
    const photos: OperationPhoto[] = [];
    for (const [i, raw] of input.entries()) {
      let hash: string;
      try {
        hash = parsePhotoHash(raw);
      } catch {
        issues.push({ path: `photos[${i}]`, rule: 'pattern', message: 'a photo hash (64 hex digits)' });
        continue;
      }
      if (photos.some((p) => p.hash === hash)) {
        issues.push({ path: `photos[${i}]`, rule: 'unique', message: 'attached twice' });
        continue;
      }
      const size = await this.#deps.photos?.held(operationId, hash);
      if (size === undefined)
        issues.push({
          path: `photos[${i}]`,
          rule: 'unknown',
          message: 'no such photo uploaded for this operation',
        });
      else photos.push({ hash, size });
    }
    return photos;
  }

  async #holdsPhotos(operationId: string, photos: readonly OperationPhoto[]): Promise<boolean> {
    return this.#deps.photos ? this.#deps.photos.holdsAll(operationId, photos) : false;
  }

  /** Replaces the users of this node who take part (its managers see the operation anyway). */
  async putParticipants(operationId: string, input: unknown, viewer: Viewer): Promise<OperationDetail> {
    await this.#visibleRecord(operationId, viewer);
    const body = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
    const issues: ValidationIssue[] = Object.keys(body)
      .filter((key) => key !== 'participants')
      .map((key) => ({ path: key, rule: 'unknown-field', message: `unknown field ${JSON.stringify(key)}` }));
    const list = body.participants;
    if (
      !Array.isArray(list) ||
      list.length > OPERATION_LIMITS.participants ||
      !list.every((u) => typeof u === 'string' && u.length > 0 && u.length <= 64)
    )
      issues.push({ path: 'participants', rule: 'type', message: 'a list of usernames of this node' });
    if (issues.length > 0) throw new ValidationError(issues);
    await this.#store.exclusive(operationId, async () => {
      const current = await this.#store.record(operationId);
      if (!current) throw new NotFoundError('operation', operationId);
      await this.#store.batch([
        {
          type: 'put',
          ns: OPERATIONS_NS.operations,
          key: operationId,
          value: { ...current, participants: [...new Set(list as string[])] } satisfies OperationRecord,
        },
      ]);
    });
    return this.get(operationId, viewer);
  }

  /** This node's users read up to `upTo`: kept here and, on a member, sent to the organiser. */
  async markRead(operationId: string, input: unknown, viewer: Viewer): Promise<Record<string, number>> {
    const record = await this.#visibleRecord(operationId, viewer);
    const upTo = (input as { upTo?: unknown } | undefined)?.upTo;
    if (typeof upTo !== 'number' || !Number.isInteger(upTo) || upTo < 0)
      throw new ValidationError([{ path: 'upTo', rule: 'type', message: 'a sequence number' }]);
    const readUpTo = Math.min(upTo, record.head);
    if (readUpTo <= record.readUpTo) return this.receipts(operationId, viewer);
    await this.#store.exclusive(operationId, async () => {
      const current = (await this.#store.record(operationId))!;
      const ops: BatchOp[] = [
        {
          type: 'put',
          ns: OPERATIONS_NS.operations,
          key: operationId,
          value: { ...current, readUpTo: Math.max(current.readUpTo, readUpTo) },
        },
      ];
      if (current.role === 'member' && current.status === 'accepted') {
        const at = this.#clock().toISOString();
        const receipt: ReceiptStatement = { from: this.#deps.self, operationId, readUpTo, at };
        const statement = await signStatement(OPERATION_JWS_TYPES.receipt, receipt, this.#deps.key);
        const id = uuidv7();
        ops.push({
          type: 'put',
          ns: OPERATIONS_NS.outbox,
          key: outboxKey(operationId, id),
          value: { id, operationId, kind: 'receipt', statement, at } satisfies OutboxRecord,
        });
      }
      await this.#store.batch(ops);
    });
    if (record.role === 'member') await this.#flushNow(record);
    return this.receipts(operationId, viewer);
  }

  // -------------------------------------------------------------------------------------------
  // A member

  /** Accepts (or declines) an invitation; the answer goes to the organiser, now or when it can. */
  async answer(
    operationId: string,
    answer: 'accept' | 'decline',
    input: unknown,
    viewer: Viewer,
  ): Promise<OperationDetail> {
    const record = await this.#visibleRecord(operationId, viewer);
    if (record.role !== 'member')
      throw new OperationRefusedError('not-invited', 'this node organises the operation');
    if (record.status === 'removed')
      throw new OperationRefusedError('removed', 'the organiser removed this node from the operation');
    this.#assertNotArchived(record.definition);
    const wanted: OperationMemberStatus = answer === 'accept' ? 'accepted' : 'declined';
    const issues: ValidationIssue[] = [];
    const participants = this.#parseParticipants(
      (input as { participants?: unknown } | undefined)?.participants,
      viewer.username,
      issues,
    );
    if (issues.length > 0) throw new ValidationError(issues);
    if (record.status !== wanted) {
      await this.#store.exclusive(operationId, async () => {
        const current = (await this.#store.record(operationId))!;
        const at = this.#clock().toISOString();
        const signed: AnswerStatement = { from: this.#deps.self, operationId, answer, at };
        const statement = await signStatement(OPERATION_JWS_TYPES.answer, signed, this.#deps.key);
        const id = uuidv7();
        await this.#store.batch([
          {
            type: 'put',
            ns: OPERATIONS_NS.operations,
            key: operationId,
            value: {
              ...current,
              status: wanted,
              participants:
                answer === 'accept' ? [...new Set([...current.participants, ...participants])] : [],
            } satisfies OperationRecord,
          },
          {
            type: 'put',
            ns: OPERATIONS_NS.outbox,
            key: outboxKey(operationId, id),
            value: { id, operationId, kind: 'answer', statement, at } satisfies OutboxRecord,
          },
        ]);
      });
      await this.#flushNow(record);
    }
    return this.get(operationId, viewer);
  }

  /**
   * Sends the operation's outgoing statements to its organiser, in order, if connected; returns
   * what the organiser answered for each one it took or refused in this call.
   */
  async #flushNow(record: OperationRecord, waitFor?: string): Promise<OutboxRecord | undefined> {
    const operationId = record.definition.id;
    if (!this.#deps.peerHost.status(record.definition.organiser.nodeId).connected) {
      // The organiser is unreachable: the statement waits in the outbox for the connection.
      return undefined;
    }
    if (waitFor) this.#answered.set(waitFor, undefined);
    try {
      await this.#schedule(`flush:${operationId}`, () => this.#flush(operationId)).catch(() => undefined);
      return waitFor ? this.#answered.get(waitFor) : undefined;
    } finally {
      if (waitFor) this.#answered.delete(waitFor);
    }
  }

  async #flush(operationId: string): Promise<void> {
    const record = await this.#store.record(operationId);
    if (!record || record.role !== 'member') return;
    const organiser = record.definition.organiser.nodeId;
    for (const out of await this.#store.outbox(operationId)) {
      if (this.#stopped) return;
      if (out.refusal) continue;
      // The photos go first, each once: the organiser refuses a message whose files it lacks.
      const photoRefusal =
        out.kind === 'message' && out.photos
          ? await this.#sendPhotos(organiser, operationId, out.photos)
          : undefined;
      const answer: cen.operations.v1.IOperationsFrame = photoRefusal
        ? { refusal: photoRefusal }
        : await this.#request(organiser, { submit: { kind: out.kind, statement: out.statement } });
      const key = outboxKey(operationId, out.id);
      if (answer.refusal) {
        const refused = {
          ...out,
          refusal: { code: answer.refusal.code ?? '', message: answer.refusal.message ?? '' },
        };
        this.#log.warn(
          { operationId, kind: out.kind, refusal: refused.refusal },
          'operations: the organiser refused',
        );
        // A refused message stays visible to its author; a refused answer or receipt is dropped.
        await this.#store.batch([
          out.kind === 'message'
            ? { type: 'put', ns: OPERATIONS_NS.outbox, key, value: refused }
            : { type: 'del', ns: OPERATIONS_NS.outbox, key },
        ]);
        if (this.#answered.has(out.id)) this.#answered.set(out.id, refused);
        continue;
      }
      await this.#store.batch([{ type: 'del', ns: OPERATIONS_NS.outbox, key }]);
      if (this.#answered.has(out.id)) this.#answered.set(out.id, { ...out, seq: seqOf(answer.ack?.seq) });
    }
  }

  // -------------------------------------------------------------------------------------------
  // Delivery, organiser → members

  /** Runs `task` for `key`, after the one running (coalesced: one more at most waits). */
  #schedule(key: string, task: () => Promise<void>): Promise<void> {
    if (this.#stopped) return Promise.resolve();
    const running = this.#runs.get(key);
    if (running) {
      let next = this.#next.get(key);
      if (!next) {
        next = running
          .catch(() => undefined)
          .then(() => {
            this.#next.delete(key);
            return this.#schedule(key, task);
          });
        this.#next.set(key, next);
      }
      return next;
    }
    const run = task()
      .catch((err: unknown) => {
        this.#log.debug({ err, key }, 'operations: delivery deferred');
        throw err;
      })
      .finally(() => this.#runs.delete(key));
    this.#runs.set(key, run);
    return run;
  }

  /** Delivers what each member (of `only`, or all) is owed, to those connected now. */
  #deliverAll(operationId: string, only?: readonly string[]): void {
    void (async () => {
      const members = only ?? (await this.#store.members(operationId)).map((m) => m.nodeId);
      for (const nodeId of members) {
        if (!this.#deps.peerHost.status(nodeId).connected) continue;
        this.#schedule(`deliver:${operationId}:${nodeId}`, () => this.#deliver(operationId, nodeId)).catch(
          () => undefined,
        );
      }
    })().catch((err: unknown) => this.#log.warn({ err, operationId }, 'operations: delivery not started'));
  }

  /** Catches up every operation with the peers `which` selects: deliveries and outboxes. */
  async #catchUp(which: (nodeId: string) => boolean): Promise<void> {
    if (this.#stopped) return;
    try {
      for await (const [operationId, record] of this.#store.records()) {
        if (record.role === 'organiser') {
          for (const member of await this.#store.members(operationId)) {
            if (!which(member.nodeId) || !this.#owed(member, record)) continue;
            this.#schedule(`deliver:${operationId}:${member.nodeId}`, () =>
              this.#deliver(operationId, member.nodeId),
            ).catch(() => undefined);
          }
        } else if (which(record.definition.organiser.nodeId)) {
          this.#schedule(`flush:${operationId}`, () => this.#flush(operationId)).catch(() => undefined);
        }
      }
    } catch (err) {
      this.#log.warn({ err }, 'operations: catch-up failed');
    }
  }

  #owed(member: MemberRecord, record: OperationRecord): boolean {
    if (member.noticeVersion > member.noticedVersion) return true;
    if (member.status === 'accepted') return member.delivered < record.head;
    return member.status === 'removed' && member.delivered < (member.removedAtSeq ?? 0);
  }

  async #deliver(operationId: string, nodeId: string): Promise<void> {
    for (;;) {
      if (this.#stopped) return;
      const record = await this.#store.record(operationId);
      const member = await this.#store.member(operationId, nodeId);
      if (!record || !member) return;
      if (member.noticeVersion > member.noticedVersion) {
        const answer = await this.#request(nodeId, { invitation: { operation: record.definitionJws } });
        if (answer.refusal) throw new PeerRefusedError(answer.refusal.code, answer.refusal.message);
        await this.#store.updateMember(operationId, nodeId, (m) => ({
          ...m,
          noticedVersion: Math.max(m.noticedVersion, record.definition.version),
        }));
        continue;
      }
      const limit =
        member.status === 'accepted'
          ? record.head
          : member.status === 'removed'
            ? (member.removedAtSeq ?? 0)
            : 0;
      if (member.delivered >= limit) return;
      const entries: EntryRecord[] = [];
      let bytes = 0;
      for (const entry of await this.#store.entries(
        operationId,
        member.delivered,
        limit,
        DELIVER_MAX_ENTRIES,
      )) {
        if (entries.length > 0 && bytes + entry.statement.length > PROTOCOLS.operations.deliverTargetBytes)
          break;
        entries.push(entry);
        bytes += entry.statement.length;
      }
      // A member stores an entry only with its files: they go first (each offered, sent if needed).
      for (const entry of entries) {
        const refused = entry.photos ? await this.#sendPhotos(nodeId, operationId, entry.photos) : undefined;
        if (refused) throw new PeerRefusedError(refused.code ?? '', refused.message ?? '');
      }
      const receipts = this.#receiptsOf(record, await this.#store.members(operationId));
      const answer = await this.#request(nodeId, {
        deliver: {
          operationId,
          entries: entries.map((e) => ({
            seq: e.seq,
            kind: e.kind,
            statement: e.statement,
            relayedAt: e.relayedAt,
          })),
          receipts: JSON.stringify(receipts),
        },
      });
      if (answer.refusal) throw new PeerRefusedError(answer.refusal.code, answer.refusal.message);
      const stored = seqOf(answer.ack?.seq);
      const last = entries.at(-1)!.seq;
      if (stored < last)
        throw new PeerRefusedError('short-ack', `stored up to ${stored}, sent up to ${last}`);
      await this.#store.updateMember(operationId, nodeId, (m) => ({
        ...m,
        delivered: Math.max(m.delivered, last),
      }));
    }
  }

  /** One request frame to `nodeId` and its answer (Ack or Refusal), within the stream deadline. */
  async #request(
    nodeId: string,
    frame: cen.operations.v1.IOperationsFrame,
  ): Promise<cen.operations.v1.OperationsFrame> {
    const stream: Stream = await this.#deps.peerHost.openStream(nodeId, 'operations');
    const frames: Frames = framedStream(stream, PROTOCOLS.operations, Frame);
    try {
      await frames.write(frame, STREAM_TIMEOUT_MS);
      const reply = await frames.read(STREAM_TIMEOUT_MS);
      bodyOf(reply, ['ack', 'refusal']);
      await frames.close().catch(() => undefined);
      return reply;
    } catch (err) {
      stream.abort(err instanceof Error ? err : new Error(String(err)));
      throw err;
    }
  }

  /** Offers each photo to `nodeId` and sends those it lacks; the first refusal, if any. */
  async #sendPhotos(
    nodeId: string,
    operationId: string,
    photos: readonly OperationPhoto[],
  ): Promise<cen.operations.v1.IRefusal | undefined> {
    for (const photo of photos) {
      const refused = await this.#sendPhoto(nodeId, operationId, photo);
      if (refused) return refused;
    }
    return undefined;
  }

  async #sendPhoto(
    nodeId: string,
    operationId: string,
    photo: OperationPhoto,
  ): Promise<cen.operations.v1.IRefusal | undefined> {
    const bytes = await this.#deps.photos?.bytes(photo.hash);
    if (!bytes || bytes.length !== photo.size)
      return { code: 'missing-photo', message: `photo ${photo.hash} is not on the sending node` };
    const until = Date.now() + PHOTO_TRANSFER_TIMEOUT_MS;
    const left = () => Math.max(1, Math.min(STREAM_TIMEOUT_MS, until - Date.now()));
    const stream: Stream = await this.#deps.peerHost.openStream(nodeId, 'operations');
    const frames: Frames = framedStream(stream, PROTOCOLS.operations, Frame);
    try {
      await frames.write({ photoOffer: { operationId, hash: photo.hash, size: photo.size } }, left());
      let reply = await frames.read(left());
      bodyOf(reply, ['ack', 'refusal']);
      if (!reply.refusal && seqOf(reply.ack?.seq) === 0) {
        for (let at = 0; at < bytes.length; at += PHOTO_CHUNK_BYTES) {
          if (Date.now() >= until) throw new Error('the photo transfer ran past its deadline');
          await frames.write({ photoChunk: { data: bytes.subarray(at, at + PHOTO_CHUNK_BYTES) } }, left());
        }
        reply = await frames.read(left());
        bodyOf(reply, ['ack', 'refusal']);
      }
      await frames.close().catch(() => undefined);
      return reply.refusal ?? undefined;
    } catch (err) {
      stream.abort(err instanceof Error ? err : new Error(String(err)));
      throw err;
    }
  }

  // -------------------------------------------------------------------------------------------
  // The protocol handler, both sides

  async #serve(stream: Stream, peer: string): Promise<void> {
    const frames: Frames = framedStream(stream, PROTOCOLS.operations, Frame);
    const frame = await frames.read(STREAM_TIMEOUT_MS);
    const body = bodyOf(frame, ['invitation', 'submit', 'deliver', 'photoOffer']);
    let answer: cen.operations.v1.IOperationsFrame;
    try {
      const seq =
        body === 'invitation'
          ? await this.#receiveInvitation(peer, frame.invitation!.operation)
          : body === 'submit'
            ? await this.#receiveSubmit(peer, frame.submit!.kind, frame.submit!.statement)
            : body === 'deliver'
              ? await this.#receiveDelivery(peer, frame.deliver!)
              : await this.#receivePhoto(frames, peer, frame.photoOffer!);
      answer = { ack: { seq } };
    } catch (caught) {
      const err =
        caught instanceof OperationPhotoRefusedError
          ? new Refusal(caught.code, caught.message)
          : caught instanceof InvalidPhotoHashError
            ? new Refusal('bad-photo', caught.message)
            : caught;
      if (!(err instanceof Refusal)) throw err;
      this.#log.warn({ peer, frame: body, code: err.code, reason: err.message }, 'operations: refused');
      answer = refusal(err.code, err.message);
    }
    await frames.write(answer, STREAM_TIMEOUT_MS);
    await frames.close().catch(() => undefined);
  }

  async #open<T extends { from: string }>(
    jws: string,
    typ: string,
    schema: Parameters<typeof openStatement>[2],
    signer?: string,
  ): Promise<T> {
    const opened = await openStatement(jws, typ, schema, signer ? { signer } : {});
    if (!opened.ok) throw new Refusal('bad-statement', `${opened.reason}: ${opened.detail}`);
    return opened.statement as T;
  }

  /** Organiser's side of a Submit from member `peer`. */
  async #receiveSubmit(peer: string, kind: string, statement: string): Promise<number> {
    const typ =
      kind === 'message' || kind === 'answer' || kind === 'receipt' ? OPERATION_JWS_TYPES[kind] : undefined;
    if (!typ) throw new Refusal('bad-statement', `unknown kind ${kind}`);
    const schema =
      kind === 'message'
        ? messageStatementSchema
        : kind === 'answer'
          ? answerStatementSchema
          : receiptStatementSchema;
    // The peer Noise authenticated must be the node that signed: members post only their own.
    const opened = await this.#open<{ from: string; operationId: string }>(statement, typ, schema, peer);
    const { operationId } = opened;
    const record = await this.#store.record(operationId);
    if (!record) throw new Refusal('unknown-operation', 'no such operation here');
    if (record.role !== 'organiser') throw new Refusal('not-the-organiser', 'this node does not organise it');
    const member = await this.#store.member(operationId, peer);
    if (kind === 'answer') {
      if (!member || member.status === 'removed') throw new Refusal('not-a-member', 'not invited');
      if (record.definition.state === 'closed')
        throw new Refusal('archived', 'the operation is closed and archived: its members no longer change');
      const wanted = (opened as unknown as { answer: string }).answer === 'accept' ? 'accepted' : 'declined';
      if (member.status !== wanted) {
        await this.#changeDefinition(operationId, (_definition, members) => {
          const current = members.get(peer);
          if (!current || current.status === 'removed') throw new Refusal('not-a-member', 'not invited');
          return [{ ...current, status: wanted, noticeVersion: current.noticedVersion }];
        });
        this.#log.info({ operationId, member: peer, answer: wanted }, 'operations: invitation answered');
      }
      return 0;
    }
    if (member?.status !== 'accepted') throw new Refusal('not-a-member', 'this node is not a member');
    if (kind === 'receipt') {
      const readUpTo = Math.min((opened as unknown as { readUpTo: number }).readUpTo, record.head);
      await this.#store.updateMember(operationId, peer, (m) => ({
        ...m,
        readUpTo: Math.max(m.readUpTo, readUpTo),
      }));
      return readUpTo;
    }
    return this.#relay(operationId, statement, opened as unknown as MessageStatement);
  }

  /**
   * Either side of a PhotoOffer from `peer`: the organiser takes the files of an accepted
   * member's messages, a member those the organiser delivers. Answers 1 once the file is here.
   */
  async #receivePhoto(frames: Frames, peer: string, offer: cen.operations.v1.IPhotoOffer): Promise<number> {
    const operationId = offer.operationId ?? '';
    if (!isUuidV7(operationId)) throw new Refusal('unknown-operation', 'not an operation id');
    const record = await this.#store.record(operationId);
    if (!record) throw new Refusal('unknown-operation', 'no such operation here');
    if (record.role === 'organiser') {
      if ((await this.#store.member(operationId, peer))?.status !== 'accepted')
        throw new Refusal('not-a-member', 'this node is not a member');
      if (record.definition.state === 'closed')
        throw new Refusal('archived', 'the operation is closed and archived: its thread is read-only');
    } else if (record.definition.organiser.nodeId !== peer) {
      throw new Refusal('not-the-organiser', 'only the organiser delivers the thread');
    } else if (record.status !== 'accepted') {
      throw new Refusal('not-a-member', 'this node is not a member');
    }
    const photos = this.#deps.photos;
    if (!photos) throw new Refusal('bad-photo', 'this node keeps no operation photos');
    const hash = parsePhotoHash(offer.hash);
    const size = seqOf(offer.size);
    if (await photos.offer(operationId, hash, size)) return 1;
    await frames.write({ ack: { seq: 0 } }, STREAM_TIMEOUT_MS);
    const until = Date.now() + PHOTO_TRANSFER_TIMEOUT_MS;
    const parts: Uint8Array[] = [];
    let received = 0;
    while (received < size) {
      const left = until - Date.now();
      if (left <= 0) throw new Refusal('bad-photo', 'the photo did not arrive in time');
      const chunk = await frames.read(Math.min(STREAM_TIMEOUT_MS, left));
      bodyOf(chunk, ['photoChunk']);
      const data = chunk.photoChunk!.data ?? new Uint8Array();
      if (data.length === 0) throw new Refusal('bad-photo', 'an empty chunk');
      received += data.length;
      if (received > size) throw new Refusal('bad-photo', `more than the ${size} bytes offered`);
      parts.push(data);
    }
    await photos.accept(operationId, hash, size, Buffer.concat(parts));
    this.#log.debug({ operationId, hash, from: peer }, 'operations: photo received');
    return 1;
  }

  /** Member's side of an Invitation from `peer`. */
  async #receiveInvitation(peer: string, jws: string): Promise<number> {
    const { operation } = await this.#open<OperationStatement>(
      jws,
      OPERATION_JWS_TYPES.operation,
      operationStatementSchema,
      peer,
    );
    if (operation.organiser.nodeId !== peer) throw new Refusal('not-the-organiser', 'signed by another node');
    const mine = operation.members.find((m) => m.nodeId === this.#deps.self);
    if (!mine) throw new Refusal('not-a-member', 'the operation does not list this node');
    await this.#store.exclusive(operation.id, async () => {
      const record = await this.#store.record(operation.id);
      if (record?.role === 'organiser') throw new Refusal('not-the-organiser', 'this node organises it');
      if (record && record.definition.version >= operation.version) return;
      // Accepted here but not yet there (the answer is on its way): it stays accepted. A node that
      // declined and is invited again (the organiser re-invites only after it took the decline)
      // is invited anew.
      const status: OperationMemberStatus =
        mine.status === 'removed' ? 'removed' : record?.status === 'accepted' ? 'accepted' : 'invited';
      const next: OperationRecord = record
        ? { ...record, definition: operation, definitionJws: jws, status }
        : {
            role: 'member',
            definition: operation,
            definitionJws: jws,
            head: 0,
            status,
            participants: [],
            readUpTo: 0,
            receipts: {},
          };
      await this.#store.batch([
        { type: 'put', ns: OPERATIONS_NS.operations, key: operation.id, value: next },
      ]);
      this.#log.info(
        { operationId: operation.id, organiser: peer, status },
        'operations: invitation received',
      );
    });
    return 0;
  }

  /** Member's side of a Deliver from `peer`: stores the entries in order, once each. */
  async #receiveDelivery(peer: string, deliver: cen.operations.v1.IDeliver): Promise<number> {
    const operationId = deliver.operationId ?? '';
    if (!isUuidV7(operationId)) throw new Refusal('unknown-operation', 'not an operation id');
    const stored: EntryRecord[] = [];
    const head = await this.#store.exclusive(operationId, async () => {
      const record = await this.#store.record(operationId);
      if (!record) throw new Refusal('unknown-operation', 'no such operation here');
      if (record.role !== 'member' || record.definition.organiser.nodeId !== peer)
        throw new Refusal('not-the-organiser', 'only the organiser delivers the thread');
      if (record.status !== 'accepted') throw new Refusal('not-a-member', 'this node is not a member');
      let { head, definition, definitionJws } = record;
      const ops: BatchOp[] = [];
      for (const entry of deliver.entries ?? []) {
        const seq = seqOf(entry.seq);
        if (seq <= head) continue;
        if (seq !== head + 1) throw new Refusal('out-of-order', `expected ${head + 1}, got ${seq}`);
        const statement = entry.statement ?? '';
        const relayedAt = entry.relayedAt ?? '';
        let view: EntryRecord;
        if (entry.kind === 'operation') {
          const { operation } = await this.#open<OperationStatement>(
            statement,
            OPERATION_JWS_TYPES.operation,
            operationStatementSchema,
            peer,
          );
          if (operation.id !== operationId) throw new Refusal('bad-statement', 'another operation');
          if (operation.version > definition.version) {
            definition = operation;
            definitionJws = statement;
          }
          view = {
            seq,
            kind: 'operation',
            from: peer,
            at: operation.updatedAt,
            relayedAt,
            definitionVersion: operation.version,
            statement,
          };
        } else if (entry.kind === 'message') {
          // Signed by whichever member posted it; its key is in its node id.
          const message = await this.#open<MessageStatement>(
            statement,
            OPERATION_JWS_TYPES.message,
            messageStatementSchema,
          );
          if (message.operationId !== operationId) throw new Refusal('bad-statement', 'another operation');
          if (message.from !== peer && !definition.members.some((m) => m.nodeId === message.from))
            throw new Refusal('bad-statement', 'a message from a node that is not in the operation');
          // Nothing is acknowledged without its files (they were offered before the delivery).
          if (message.photos && !(await this.#holdsPhotos(operationId, message.photos)))
            throw new Refusal('missing-photo', `entry ${seq} names a photo that has not arrived`);
          ops.push(...(this.#deps.photos?.namedOps(operationId, message.photos) ?? []));
          view = {
            seq,
            kind: 'message',
            from: message.from,
            at: message.at,
            relayedAt,
            id: message.id,
            author: message.author,
            ...(message.text !== undefined ? { text: message.text } : {}),
            ...(message.report !== undefined ? { report: message.report } : {}),
            ...(message.photos !== undefined ? { photos: message.photos } : {}),
            statement,
          };
        } else throw new Refusal('bad-statement', `unknown entry kind ${entry.kind}`);
        ops.push({ type: 'put', ns: OPERATIONS_NS.thread, key: entryKey(operationId, seq), value: view });
        stored.push(view);
        head = seq;
      }
      let receipts = record.receipts;
      if (deliver.receipts) {
        try {
          const parsed = receiptsSchema.safeParse(JSON.parse(deliver.receipts));
          if (parsed.success) receipts = parsed.data;
        } catch {
          // A bad receipts map is not worth refusing the entries: the old copy stays.
        }
      }
      const removed = definition.members.find((m) => m.nodeId === this.#deps.self)?.status === 'removed';
      const next: OperationRecord = {
        ...record,
        head,
        definition,
        definitionJws,
        receipts,
        ...(removed ? { status: 'removed' as const } : {}),
      };
      ops.push({ type: 'put', ns: OPERATIONS_NS.operations, key: operationId, value: next });
      await this.#store.batch(ops);
      return head;
    });
    this.#emit(operationId, stored);
    return head;
  }
}
