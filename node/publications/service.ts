/**
 * Publications: the WCO node writes alerts, analytical reports and newsletters, signs each when
 * it publishes it and when it withdraws it, and its members' nodes pull them over
 * `/cen/publications/1.0.0` (docs/decisions/0011-publications-and-forum.md).
 *
 * Invariants:
 * - **Signed, then verified before anything is kept.** A member's node stores a publication only
 *   once the WCO node's signature verifies with the key the contribution agreement names for it,
 *   the audience names this node, and every attachment's bytes match the signed sha256; it keeps
 *   the statement as received. A withdrawal is signed the same way and leaves a tombstone.
 * - **Only the audience.** The WCO node serves a member's node only under a contribution
 *   agreement in force, and only the publications whose audience names it (by node id or
 *   country); the events of others are passed over, never sent.
 * - **No loss, no duplicate.** The WCO node keeps every publication and withdrawal in a log
 *   numbered in order; a member's node keeps how far it has received it (its cursor) in the same
 *   batch as what it stored, so a member that was down, or restarted half-way, asks again from
 *   where it stopped, and receiving the same statement twice changes nothing.
 * - Every write is in the audit log in the same batch: drafted, published, withdrawn, received.
 */
import type { KeyObject } from 'node:crypto';
import type { Stream } from '@libp2p/interface';
import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';
import { sha256Hex, signStatement } from '../../policies/index.ts';
import {
  PUBLICATION_KINDS,
  type PublicationAttachment,
  type PublicationDetail,
  type PublicationListParams,
  type PublicationListResponse,
  type PublicationSummary,
} from '../../protocol/api.ts';
import { cen } from '../../protocol/gen/publications.js';
import {
  PROTOCOLS,
  PUBLICATION_JWS_TYPE,
  PUBLICATION_WITHDRAWAL_JWS_TYPE,
} from '../../protocol/protocols.ts';
import type { NodeRole } from '../../protocol/roles.ts';
import type { ValidationIssue } from '../../protocol/validation-types.ts';
import { LANGUAGES, vocabularies } from '../../protocol/vocabulary/index.ts';
import type { AgreementRegistry } from '../agreements/index.ts';
import type { AuditEntryInput, AuditLog } from '../audit/index.ts';
import { NotFoundError, ValidationError } from '../errors.ts';
import { PeerUnavailableError } from '../exchange/errors.ts';
import type { Logger } from '../log.ts';
import { bodyOf, framedStream, type FramedStream, type PeerHost } from '../p2p/index.ts';
import type { PhotoFiles } from '../photos/files.ts';
import type { BatchOp, KvStore } from '../store/kv.ts';
import { checkAttachment } from './attachments.ts';
import {
  DEFAULT_PUBLICATIONS_INTERVAL_MS,
  EVENTS_PER_ANSWER,
  MAX_BODY_LENGTH,
  MAX_LIST,
  MAX_REASON_LENGTH,
  MAX_SCANNED_PER_ANSWER,
  MAX_TITLE_LENGTH,
  PUBLICATIONS_MAX_STREAMS,
  REQUEST_TIMEOUT_MS,
  MAX_ATTACHMENTS,
} from './constants.ts';
import {
  NotAWcoNodeError,
  PublicationRefusedError,
  PublicationsRequestRefusedError,
  PublicationStateError,
} from './errors.ts';
import { memberOf, wcoNodesOf, type Member, type WcoNode } from './membership.ts';
import {
  audienceIncludes,
  audienceSchema,
  openPublication,
  openWithdrawal,
  type PublicationStatement,
  type WithdrawalStatement,
} from './statements.ts';
import {
  allPublications,
  lastLogSeq,
  PUBLICATIONS_NS,
  readKey,
  seqKey,
  type LogEntry,
  type StoredPublication,
} from './store.ts';
import { normaliseText, textIssues } from './text.ts';

const Frame = cen.publications.v1.PublicationsFrame;
type Frames = FramedStream<cen.publications.v1.PublicationsFrame, cen.publications.v1.IPublicationsFrame>;

export interface PublicationServiceDeps {
  kv: KvStore;
  /** Attachment files, content-addressed (`<data>/publications`). */
  files: PhotoFiles;
  audit: Pick<AuditLog, 'entryOps' | 'commit'>;
  agreements: Pick<AgreementRegistry, 'states'>;
  peerHost: Pick<PeerHost, 'handle' | 'openStream' | 'onConnected' | 'status'>;
  self: string;
  /** This node's name: the WCO node signs publications under it. */
  selfName: string;
  role: NodeRole;
  key: KeyObject;
  log: Logger;
  clock?: () => Date;
}

export interface PublicationOptions {
  /** A member's node: how often it asks for new publications (default DEFAULT_PUBLICATIONS_INTERVAL_MS). */
  intervalMs?: number;
  /** A member's node: ask as soon as a connection with the WCO node opens (default true). */
  onConnect?: boolean;
}

/** Who is reading: their username (for what they opened) and whether they may see drafts. */
export interface Viewer {
  username: string;
  manage: boolean;
}

/** An attachment as uploaded. */
export interface Upload {
  name: string;
  bytes: Uint8Array;
}

/** One event of the WCO node's log as it travels. */
export interface PublicationEvent {
  seq: number;
  kind: string;
  statement: string;
}

/** What one pull from one WCO node did. */
export interface PublicationSyncRun {
  wco: string;
  received: number;
  withdrawn: number;
  cursor: number;
}

const draftSchema = z
  .object({
    kind: z.enum(PUBLICATION_KINDS),
    title: z.string(),
    body: z.string(),
    language: z.enum(LANGUAGES),
    audience: audienceSchema,
  })
  .strict();

const withdrawSchema = z.object({ reason: z.string().optional() }).strict();

/** Zod's issues as the node's validation issues (`audience.countries.0`: 'Invalid string…'). */
function issuesOf(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    rule:
      issue.code === 'unrecognized_keys'
        ? 'unknown-field'
        : issue.input === undefined
          ? 'required'
          : 'invalid',
    message: issue.message,
  }));
}

export class PublicationService {
  readonly #deps: PublicationServiceDeps;
  readonly #options: PublicationOptions;
  readonly #clock: () => Date;
  /** Writes one at a time: a state check and the write that follows it cannot interleave. */
  #queue: Promise<unknown> = Promise.resolve();
  #seq: number | undefined;
  readonly #runs = new Map<string, Promise<PublicationSyncRun>>();
  readonly #next = new Map<string, Promise<PublicationSyncRun>>();
  readonly #timers: NodeJS.Timeout[] = [];
  #unsubscribe: (() => void) | undefined;
  #stopped = false;

  constructor(deps: PublicationServiceDeps, options: PublicationOptions = {}) {
    this.#deps = deps;
    this.#options = options;
    this.#clock = deps.clock ?? (() => new Date());
  }

  get role(): NodeRole {
    return this.#deps.role;
  }

  async start(): Promise<void> {
    if (this.#deps.role === 'wco') {
      await this.#deps.peerHost.handle('publications', (stream, _c, peer) => this.#serve(stream, peer), {
        maxStreams: PUBLICATIONS_MAX_STREAMS,
      });
      return;
    }
    if (this.#options.onConnect !== false) {
      this.#unsubscribe = this.#deps.peerHost.onConnected((peer) => {
        setImmediate(() => {
          if (this.#stopped) return;
          this.#targets()
            .then((targets) => {
              const target = targets.find((t) => t.nodeId === peer);
              return target ? this.#pullOnce(target) : undefined;
            })
            .catch(() => undefined);
        });
      });
    }
    // Only WCO nodes connected now: the peer host redials the others, and the connection opening
    // starts their pull.
    const pullConnected = () => {
      if (this.#stopped) return;
      this.#targets()
        .then((targets) =>
          Promise.allSettled(
            targets
              .filter((t) => this.#deps.peerHost.status(t.nodeId).connected)
              .map((t) => this.#pullOnce(t)),
          ),
        )
        .catch(() => undefined);
    };
    const timer = setInterval(pullConnected, this.#options.intervalMs ?? DEFAULT_PUBLICATIONS_INTERVAL_MS);
    timer.unref();
    this.#timers.push(timer);
    // The peer host starts dialling before this service starts: a connection may be open already.
    setImmediate(pullConnected);
  }

  /** Stops the schedule and waits for the pulls in progress. */
  async stop(): Promise<void> {
    this.#stopped = true;
    this.#unsubscribe?.();
    for (const timer of this.#timers.splice(0)) clearInterval(timer);
    await Promise.allSettled([...this.#runs.values(), ...this.#next.values(), this.#queue]);
  }

  #serialised<T>(work: () => Promise<T>): Promise<T> {
    const result = this.#queue.then(work);
    this.#queue = result.catch(() => undefined);
    return result;
  }

  async #targets(): Promise<WcoNode[]> {
    return wcoNodesOf(await this.#deps.agreements.states(), this.#deps.self, this.#clock());
  }

  #audit(input: AuditEntryInput): BatchOp[] {
    return this.#deps.audit.entryOps(input);
  }

  // -------------------------------------------------------------------------------------------
  // Reading (both kinds of node)

  #visible(p: StoredPublication | undefined, viewer: Viewer): p is StoredPublication {
    return p !== undefined && (p.state !== 'draft' || viewer.manage);
  }

  #summary(p: StoredPublication, read: boolean): PublicationSummary {
    return {
      id: p.id,
      kind: p.kind,
      title: p.title,
      language: p.language,
      state: p.state,
      from: p.from,
      createdAt: p.createdAt,
      ...(p.publishedAt ? { publishedAt: p.publishedAt } : {}),
      ...(p.withdrawnAt ? { withdrawnAt: p.withdrawnAt } : {}),
      attachmentCount: p.attachments.length,
      unread: p.state === 'published' && !read,
    };
  }

  /** Newest first (by publication, drafts by creation); drafts only for those who manage them. */
  async list(viewer: Viewer, params: PublicationListParams = {}): Promise<PublicationListResponse> {
    const { kv } = this.#deps;
    const visible = (await allPublications(kv))
      .filter((p) => this.#visible(p, viewer))
      .sort((a, b) => (b.publishedAt ?? b.createdAt).localeCompare(a.publishedAt ?? a.createdAt));
    const reads = await kv.getMany(
      PUBLICATIONS_NS.reads,
      visible.map((p) => readKey(viewer.username, p.id)),
    );
    const summaries = visible.map((p, i) => this.#summary(p, reads[i] !== undefined));
    const unread = summaries.filter((s) => s.unread).length;
    const items = summaries
      .filter(
        (s) =>
          (params.state === undefined || s.state === params.state) &&
          (params.kind === undefined || s.kind === params.kind),
      )
      .slice(0, Math.min(params.limit ?? MAX_LIST, MAX_LIST));
    return { items, unread };
  }

  /** One publication; opening it marks it read for this user. */
  async get(id: string, viewer: Viewer): Promise<PublicationDetail> {
    const { kv } = this.#deps;
    const p = (await kv.get(PUBLICATIONS_NS.publications, id)) as StoredPublication | undefined;
    if (!this.#visible(p, viewer)) throw new NotFoundError('publication', id);
    const key = readKey(viewer.username, id);
    if (p.state === 'published' && (await kv.get(PUBLICATIONS_NS.reads, key)) === undefined)
      await kv.batch([{ type: 'put', ns: PUBLICATIONS_NS.reads, key, value: this.#clock().toISOString() }]);
    return this.#detail(p, viewer);
  }

  #detail(p: StoredPublication, viewer: Viewer): PublicationDetail {
    return {
      ...this.#summary(p, true),
      ...(p.state !== 'withdrawn' || this.#deps.role === 'wco' ? { body: p.body ?? '' } : {}),
      attachments: p.state === 'withdrawn' && this.#deps.role !== 'wco' ? [] : p.attachments,
      ...(viewer.manage && this.#deps.role === 'wco' ? { audience: p.audience } : {}),
      ...(p.withdrawalReason !== undefined ? { withdrawalReason: p.withdrawalReason } : {}),
      ...(p.statement ? { statement: p.statement } : {}),
    };
  }

  /** An attachment's file, while its publication may be read (not once withdrawn on a member's node). */
  async attachment(
    id: string,
    index: number,
    viewer: Viewer,
  ): Promise<{ attachment: PublicationAttachment; stream: NodeJS.ReadableStream; bytes: number }> {
    const p = (await this.#deps.kv.get(PUBLICATIONS_NS.publications, id)) as StoredPublication | undefined;
    if (!this.#visible(p, viewer)) throw new NotFoundError('publication', id);
    const attachment = this.#detail(p, viewer).attachments[index];
    if (!attachment) throw new NotFoundError('attachment', `${id}/${index}`);
    const file = await this.#deps.files.openFile(attachment.sha256);
    if (!file) throw new NotFoundError('attachment', `${id}/${index}`);
    return { attachment, stream: file.stream, bytes: file.bytes };
  }

  // -------------------------------------------------------------------------------------------
  // Authoring (the WCO node)

  #assertWco(): void {
    if (this.#deps.role !== 'wco') throw new NotAWcoNodeError();
  }

  /** A new draft with its attachments (checked by their bytes, stored content-addressed). */
  async createDraft(input: unknown, uploads: readonly Upload[], actor: string): Promise<PublicationDetail> {
    this.#assertWco();
    const parsed = draftSchema.safeParse(input);
    if (!parsed.success) throw new ValidationError(issuesOf(parsed.error));
    const draft = parsed.data;
    const issues = [
      ...textIssues('title', draft.title, { max: MAX_TITLE_LENGTH }),
      ...textIssues('body', draft.body, { max: MAX_BODY_LENGTH, multiline: true }),
    ];
    const audience = {
      all: draft.audience.all,
      countries: [...new Set(draft.audience.countries)],
      nodeIds: [...new Set(draft.audience.nodeIds)],
    };
    draft.audience.countries.forEach((code, i) => {
      if (!vocabularies.country.has(code))
        issues.push({ path: `audience.countries[${i}]`, rule: 'vocabulary', message: 'not a country code' });
    });
    if (!audience.all && audience.countries.length === 0 && audience.nodeIds.length === 0)
      issues.push({
        path: 'audience',
        rule: 'required',
        message: 'choose all members, or list member countries or node ids',
      });
    if (uploads.length > MAX_ATTACHMENTS)
      issues.push({ path: 'attachments', rule: 'max', message: `at most ${MAX_ATTACHMENTS} attachments` });
    if (issues.length > 0) throw new ValidationError(issues);
    const attachments = uploads.map((upload, i) => checkAttachment(upload.name, upload.bytes, i));
    for (const [i, upload] of uploads.entries())
      await this.#deps.files.write(upload.bytes, 'full', attachments[i]!.sha256);
    const now = this.#clock().toISOString();
    const stored: StoredPublication = {
      id: uuidv7(),
      kind: draft.kind,
      title: normaliseText(draft.title),
      body: normaliseText(draft.body),
      language: draft.language,
      audience: audience.all ? { all: true, countries: [], nodeIds: [] } : audience,
      attachments,
      state: 'draft',
      from: { nodeId: this.#deps.self, name: this.#deps.selfName },
      createdAt: now,
      createdBy: actor,
    };
    await this.#deps.audit.commit([
      { type: 'put', ns: PUBLICATIONS_NS.publications, key: stored.id, value: stored },
      ...this.#audit({
        action: 'publication-drafted',
        actor,
        target: stored.id,
        outcome: 'ok',
        details: { kind: stored.kind, attachments: attachments.length },
      }),
    ]);
    return this.#detail(stored, { username: actor, manage: true });
  }

  async #nextSeq(): Promise<number> {
    this.#seq ??= await lastLogSeq(this.#deps.kv);
    return this.#seq + 1;
  }

  /** Signs a draft and puts it in the log members pull from. */
  async publish(id: string, actor: string): Promise<PublicationDetail> {
    this.#assertWco();
    return this.#serialised(async () => {
      const p = (await this.#deps.kv.get(PUBLICATIONS_NS.publications, id)) as StoredPublication | undefined;
      if (!p) throw new NotFoundError('publication', id);
      if (p.state !== 'draft') throw new PublicationStateError(id, p.state, 'draft');
      const publishedAt = this.#clock().toISOString();
      const statement: PublicationStatement = {
        from: this.#deps.self,
        id: p.id,
        kind: p.kind,
        title: p.title,
        body: p.body ?? '',
        language: p.language,
        audience: p.audience,
        attachments: p.attachments,
        fromName: p.from.name,
        createdAt: p.createdAt,
        publishedAt,
      };
      const jws = await signStatement(PUBLICATION_JWS_TYPE, statement, this.#deps.key);
      const seq = await this.#nextSeq();
      const published: StoredPublication = {
        ...p,
        state: 'published',
        publishedAt,
        publishedBy: actor,
        statement: jws,
      };
      const entry: LogEntry = { seq, kind: 'publication', publicationId: id, statement: jws };
      await this.#deps.audit.commit([
        { type: 'put', ns: PUBLICATIONS_NS.publications, key: id, value: published },
        { type: 'put', ns: PUBLICATIONS_NS.log, key: seqKey(seq), value: entry },
        ...this.#audit({
          action: 'publication-published',
          actor,
          target: id,
          outcome: 'ok',
          details: { kind: p.kind, seq, attachments: p.attachments.length },
        }),
      ]);
      this.#seq = seq;
      return this.#detail(published, { username: actor, manage: true });
    });
  }

  /** Signs a withdrawal of a published publication; members' nodes drop its body and files. */
  async withdraw(id: string, input: unknown, actor: string): Promise<PublicationDetail> {
    this.#assertWco();
    const parsed = withdrawSchema.safeParse(input ?? {});
    if (!parsed.success) throw new ValidationError(issuesOf(parsed.error));
    const issues = textIssues('reason', parsed.data.reason, { max: MAX_REASON_LENGTH, optional: true });
    if (issues.length > 0) throw new ValidationError(issues);
    const reason = normaliseText(parsed.data.reason ?? '');
    return this.#serialised(async () => {
      const p = (await this.#deps.kv.get(PUBLICATIONS_NS.publications, id)) as StoredPublication | undefined;
      if (!p) throw new NotFoundError('publication', id);
      if (p.state !== 'published') throw new PublicationStateError(id, p.state, 'published');
      const withdrawnAt = this.#clock().toISOString();
      const statement: WithdrawalStatement = {
        from: this.#deps.self,
        publicationId: id,
        reason,
        withdrawnAt,
      };
      const jws = await signStatement(PUBLICATION_WITHDRAWAL_JWS_TYPE, statement, this.#deps.key);
      const seq = await this.#nextSeq();
      const withdrawn: StoredPublication = {
        ...p,
        state: 'withdrawn',
        withdrawnAt,
        withdrawnBy: actor,
        withdrawalReason: reason,
        withdrawal: jws,
      };
      const entry: LogEntry = { seq, kind: 'withdrawal', publicationId: id, statement: jws };
      await this.#deps.audit.commit([
        { type: 'put', ns: PUBLICATIONS_NS.publications, key: id, value: withdrawn },
        { type: 'put', ns: PUBLICATIONS_NS.log, key: seqKey(seq), value: entry },
        ...this.#audit({
          action: 'publication-withdrawn',
          actor,
          target: id,
          outcome: 'ok',
          details: { seq },
        }),
      ]);
      this.#seq = seq;
      return this.#detail(withdrawn, { username: actor, manage: true });
    });
  }

  // -------------------------------------------------------------------------------------------
  // Serving members (the WCO node)

  async #serve(stream: Stream, peer: string): Promise<void> {
    const frames: Frames = framedStream(stream, PROTOCOLS.publications, Frame);
    const frame = await frames.read(REQUEST_TIMEOUT_MS);
    const answer = await this.answer(peer, frame);
    await frames.write(answer, answer.refusal ? 5_000 : REQUEST_TIMEOUT_MS);
    await frames.close(REQUEST_TIMEOUT_MS);
  }

  /**
   * The WCO node's answer to one request from `peer`: a refusal when it holds no contribution
   * agreement in force, or asks for an attachment of a publication not addressed to it (or
   * withdrawn). Throws only on a malformed frame.
   */
  async answer(
    peer: string,
    frame: cen.publications.v1.PublicationsFrame,
  ): Promise<cen.publications.v1.IPublicationsFrame> {
    const body = bodyOf(frame, ['since', 'attachmentRequest']);
    const member = memberOf(await this.#deps.agreements.states(), this.#deps.self, peer, this.#clock());
    if (!member) {
      this.#deps.log.warn({ peer }, 'publications: request refused, no contribution agreement in force');
      return {
        refusal: { code: 'no-agreement', message: 'no contribution agreement with this node is in force' },
      };
    }
    if (body === 'since') {
      const since = frame.since!;
      const limit = Math.min(Math.max(since.limit || EVENTS_PER_ANSWER, 1), EVENTS_PER_ANSWER);
      return { events: await this.eventsFor(member, Number(since.cursor), limit) };
    }
    const request = frame.attachmentRequest!;
    const p = (await this.#deps.kv.get(PUBLICATIONS_NS.publications, request.publicationId)) as
      StoredPublication | undefined;
    const attachment = p?.attachments[request.index];
    const file =
      p && p.state === 'published' && audienceIncludes(p.audience, member) && attachment
        ? await this.#deps.files.openFile(attachment.sha256)
        : undefined;
    if (!file)
      return {
        refusal: {
          code: 'not-found',
          message: 'no such attachment of a publication addressed to this member',
        },
      };
    const chunks: Buffer[] = [];
    for await (const chunk of file.stream) chunks.push(chunk as Buffer);
    return { attachment: { content: Buffer.concat(chunks) } };
  }

  /**
   * The log after `cursor` as `member` may see it: the publications addressed to it and their
   * withdrawals (a publication withdrawn since is passed over: its withdrawal follows).
   */
  async eventsFor(
    member: Member,
    cursor: number,
    limit = EVENTS_PER_ANSWER,
  ): Promise<{ events: PublicationEvent[]; cursor: number; more: boolean }> {
    const { kv } = this.#deps;
    const events: PublicationEvent[] = [];
    const publications = new Map<string, StoredPublication | undefined>();
    let last = cursor;
    let bytes = 0;
    let scanned = 0;
    let more = false;
    for await (const [, value] of kv.iterate(PUBLICATIONS_NS.log, { gt: seqKey(cursor) })) {
      if (
        events.length >= limit ||
        bytes >= PROTOCOLS.publications.eventsTargetBytes ||
        scanned >= MAX_SCANNED_PER_ANSWER
      ) {
        more = true;
        break;
      }
      const entry = value as LogEntry;
      scanned++;
      last = entry.seq;
      if (!publications.has(entry.publicationId))
        publications.set(
          entry.publicationId,
          (await kv.get(PUBLICATIONS_NS.publications, entry.publicationId)) as StoredPublication | undefined,
        );
      const p = publications.get(entry.publicationId);
      if (!p || !audienceIncludes(p.audience, member)) continue;
      if (entry.kind === 'publication' && p.state === 'withdrawn') continue;
      events.push({ seq: entry.seq, kind: entry.kind, statement: entry.statement });
      bytes += entry.statement.length;
    }
    return { events, cursor: last, more };
  }

  // -------------------------------------------------------------------------------------------
  // Receiving (a member's node)

  /**
   * Asks `wco` (default: every WCO node this node has a contribution agreement with) for what it
   * published since the last time, now, after any pull already running. Rejects with
   * PeerUnavailableError when the WCO node cannot be reached, PublicationRefusedError when what it
   * sent does not verify (nothing of it is stored; the next pull asks again).
   */
  async sync(wco?: string): Promise<PublicationSyncRun[]> {
    if (this.#stopped || this.#deps.role === 'wco') return [];
    const targets = (await this.#targets()).filter((t) => wco === undefined || t.nodeId === wco);
    const results = await Promise.allSettled(targets.map((t) => this.#pullOnce(t)));
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed && wco !== undefined) throw failed.reason;
    return results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  }

  #pullOnce(target: WcoNode): Promise<PublicationSyncRun> {
    const running = this.#runs.get(target.nodeId);
    if (running) {
      let next = this.#next.get(target.nodeId);
      if (!next) {
        next = running
          .catch(() => undefined)
          .then(() => {
            this.#next.delete(target.nodeId);
            return this.#pullOnce(target);
          });
        this.#next.set(target.nodeId, next);
      }
      return next;
    }
    const run = this.#pull(target).finally(() => this.#runs.delete(target.nodeId));
    this.#runs.set(target.nodeId, run);
    return run;
  }

  async #cursorOf(wco: string): Promise<number> {
    return (
      ((await this.#deps.kv.get(PUBLICATIONS_NS.cursors, wco)) as { cursor: number } | undefined)?.cursor ?? 0
    );
  }

  #cursorOp(wco: string, cursor: number): BatchOp {
    return {
      type: 'put',
      ns: PUBLICATIONS_NS.cursors,
      key: wco,
      value: { cursor, updatedAt: this.#clock().toISOString() },
    };
  }

  async #pull(target: WcoNode): Promise<PublicationSyncRun> {
    const run: PublicationSyncRun = { wco: target.nodeId, received: 0, withdrawn: 0, cursor: 0 };
    let cursor = await this.#cursorOf(target.nodeId);
    try {
      while (!this.#stopped) {
        const answer = (await this.#request(
          target.nodeId,
          { since: { cursor, limit: EVENTS_PER_ANSWER } },
          'events',
        )) as cen.publications.v1.IEvents;
        for (const event of answer.events ?? []) {
          const seq = Number(event.seq);
          if (!(seq > cursor)) throw new PublicationRefusedError('bad-order', `event ${seq} after ${cursor}`);
          const outcome = await this.#receive(target, {
            seq,
            kind: event.kind ?? '',
            statement: event.statement ?? '',
          });
          if (outcome === 'received') run.received++;
          if (outcome === 'withdrawn') run.withdrawn++;
          cursor = seq;
        }
        const to = Number(answer.cursor ?? 0);
        if (to > cursor) {
          await this.#deps.kv.batch([this.#cursorOp(target.nodeId, to)]);
          cursor = to;
        }
        if (!answer.more) break;
      }
    } catch (err) {
      this.#deps.log.warn({ err, wco: target.nodeId }, 'publications: pull failed; it is asked again later');
      throw err;
    }
    run.cursor = cursor;
    if (run.received + run.withdrawn > 0)
      this.#deps.log.info({ ...run }, 'publications: received from the WCO node');
    return run;
  }

  /**
   * Verifies and stores one event that `wco` sent (exposed for tests that forge one). Throws
   * PublicationRefusedError, storing nothing, when it does not verify.
   */
  async receive(wco: string, event: PublicationEvent): Promise<'received' | 'withdrawn' | 'unchanged'> {
    const target = (await this.#targets()).find((t) => t.nodeId === wco);
    if (!target)
      throw new PublicationRefusedError('no-agreement', `no contribution agreement in force with ${wco}`);
    return this.#receive(target, event);
  }

  async #receive(target: WcoNode, event: PublicationEvent): Promise<'received' | 'withdrawn' | 'unchanged'> {
    try {
      if (event.kind === 'publication') return await this.#receivePublication(target, event);
      if (event.kind === 'withdrawal') return await this.#receiveWithdrawal(target, event);
      throw new PublicationRefusedError(
        'invalid',
        `unknown event kind ${JSON.stringify(event.kind).slice(0, 40)}`,
      );
    } catch (err) {
      if (err instanceof PublicationRefusedError)
        this.#deps.log.warn(
          { wco: target.nodeId, seq: event.seq, reason: err.reason },
          'publications: a statement from the WCO node was refused',
        );
      throw err;
    }
  }

  async #receivePublication(target: WcoNode, event: PublicationEvent): Promise<'received' | 'unchanged'> {
    const { kv, files } = this.#deps;
    const opened = await openPublication(event.statement, target);
    if (!opened.ok) throw new PublicationRefusedError(opened.reason, opened.detail);
    const s = opened.statement;
    if (!audienceIncludes(s.audience, target.self))
      throw new PublicationRefusedError('not-addressed', 'the publication is not addressed to this node');
    if (s.attachments.some((a, i) => a.index !== i))
      throw new PublicationRefusedError('invalid', 'the attachments are not numbered in order');
    const held = (await kv.get(PUBLICATIONS_NS.publications, s.id)) as StoredPublication | undefined;
    if (held && held.from.nodeId !== target.nodeId)
      throw new PublicationRefusedError('conflict', 'another WCO node published under this id');
    if (held && (held.statement === event.statement || held.state === 'withdrawn')) {
      await kv.batch([this.#cursorOp(target.nodeId, event.seq)]);
      return 'unchanged';
    }
    for (const attachment of s.attachments) {
      if ((await files.sizeOf(attachment.sha256)) === attachment.size) continue;
      const answer = (await this.#request(
        target.nodeId,
        { attachmentRequest: { publicationId: s.id, index: attachment.index } },
        'attachment',
      )) as cen.publications.v1.IAttachment;
      const bytes = answer.content ?? new Uint8Array();
      if (bytes.byteLength !== attachment.size || sha256Hex(bytes) !== attachment.sha256)
        throw new PublicationRefusedError(
          'bad-attachment',
          `attachment ${attachment.index} does not match the sha256 the publication names`,
        );
      await files.write(bytes, 'full', attachment.sha256);
    }
    const stored: StoredPublication = {
      id: s.id,
      kind: s.kind,
      title: s.title,
      body: s.body,
      language: s.language,
      audience: s.audience,
      attachments: s.attachments,
      state: 'published',
      from: { nodeId: target.nodeId, name: s.fromName },
      createdAt: s.createdAt,
      publishedAt: s.publishedAt,
      statement: event.statement,
      receivedAt: this.#clock().toISOString(),
    };
    await this.#deps.audit.commit([
      { type: 'put', ns: PUBLICATIONS_NS.publications, key: s.id, value: stored },
      this.#cursorOp(target.nodeId, event.seq),
      ...this.#audit({
        action: 'publication-received',
        actor: `peer:${target.nodeId}`,
        target: s.id,
        outcome: 'ok',
        details: { kind: s.kind, attachments: s.attachments.length },
      }),
    ]);
    return 'received';
  }

  async #receiveWithdrawal(target: WcoNode, event: PublicationEvent): Promise<'withdrawn' | 'unchanged'> {
    const { kv } = this.#deps;
    const opened = await openWithdrawal(event.statement, target);
    if (!opened.ok) throw new PublicationRefusedError(opened.reason, opened.detail);
    const w = opened.statement;
    const held = (await kv.get(PUBLICATIONS_NS.publications, w.publicationId)) as
      StoredPublication | undefined;
    if (!held || held.from.nodeId !== target.nodeId || held.state === 'withdrawn') {
      await kv.batch([this.#cursorOp(target.nodeId, event.seq)]);
      return 'unchanged';
    }
    const { body: _body, ...rest } = held;
    const tombstone: StoredPublication = {
      ...rest,
      attachments: [],
      state: 'withdrawn',
      withdrawnAt: w.withdrawnAt,
      withdrawalReason: w.reason,
      withdrawal: event.statement,
    };
    await this.#deps.audit.commit([
      { type: 'put', ns: PUBLICATIONS_NS.publications, key: held.id, value: tombstone },
      this.#cursorOp(target.nodeId, event.seq),
      ...this.#audit({
        action: 'publication-withdrawn',
        actor: `peer:${target.nodeId}`,
        target: held.id,
        outcome: 'ok',
      }),
    ]);
    // The files go with the last publication that names them.
    const inUse = new Set((await allPublications(kv)).flatMap((p) => p.attachments.map((a) => a.sha256)));
    for (const attachment of held.attachments)
      if (!inUse.has(attachment.sha256)) await this.#deps.files.remove(attachment.sha256);
    return 'withdrawn';
  }

  /** One request, one answer, on a stream of its own; the answer's body must be `expected`. */
  async #request(
    wco: string,
    request: cen.publications.v1.IPublicationsFrame,
    expected: 'events' | 'attachment',
  ): Promise<unknown> {
    let stream: Stream;
    try {
      stream = await this.#deps.peerHost.openStream(wco, 'publications');
    } catch (err) {
      throw new PeerUnavailableError(wco, err);
    }
    const frames: Frames = framedStream(stream, PROTOCOLS.publications, Frame);
    try {
      await frames.write(request, REQUEST_TIMEOUT_MS);
      const reply = await frames.read(REQUEST_TIMEOUT_MS);
      const body = bodyOf(reply, [expected, 'refusal']);
      await frames.close(5_000).catch(() => undefined);
      if (body === 'refusal')
        throw new PublicationsRequestRefusedError(reply.refusal!.code, reply.refusal!.message);
      return reply[expected];
    } catch (err) {
      stream.abort(err instanceof Error ? err : new Error(String(err)));
      if (err instanceof PublicationsRequestRefusedError) throw err;
      throw new PeerUnavailableError(wco, err);
    }
  }
}
