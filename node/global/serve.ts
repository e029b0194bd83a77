/**
 * The WCO node's side of `/cen/global/1.0.0`: members' nodes search the global CEN, open its
 * cases, photos and statistics on behalf of their users, and deliver the photo files their
 * contributions keep.
 *
 * Served only to a member holding a contribution agreement in force with this node (either
 * profile: `aggregates` members read the global CEN too); any other peer the peer host lets
 * through is refused `no-agreement` (the connection gater already keeps out peers with no
 * agreement at all). Every request, answered or refused, is in the evidence log
 * (`global-request`: the member, the operation, the user's pseudonym and role, the outcome;
 * search filters as codes, never a search's words) before the answer leaves, and in the log. The
 * member's node has checked its user's permission; this node does not see the user, only the
 * role it was told.
 *
 * @example
 *   const server = new GlobalProtocolServer({ source, photos, agreements, evidence, peerHost, self, log });
 *   await server.start();
 */
import type { Stream } from '@libp2p/interface';
import { z } from 'zod';
import { memberAgreementInForce } from '../../policies/index.ts';
import type { cen } from '../../protocol/gen/global.js';
import type { ValidationIssue } from '../../protocol/validation-types.ts';
import type { AgreementRegistry } from '../agreements/index.ts';
import { caseSearchQuery } from '../api/params.ts';
import { toValidationIssues } from '../api/validate.ts';
import { NotFoundError, ValidationError } from '../errors.ts';
import type { EvidenceLog } from '../evidence/index.ts';
import { filterCodes } from '../export/audit.ts';
import type { Logger } from '../log.ts';
import { bodyOf, type PeerHost } from '../p2p/index.ts';
import { InvalidPhotoHashError } from '../photos/index.ts';
import { GlobalPhotoRefusedError, type GlobalPhotos } from './photos.ts';
import {
  GLOBAL_MAX_STREAMS,
  GLOBAL_OPS,
  GLOBAL_PHOTO_TIMEOUT_MS,
  GLOBAL_REQUEST_TIMEOUT_MS,
  globalFrames,
  jsonBytes,
  MAX_GLOBAL_PHOTO_BYTES,
  MAX_PARAMS_BYTES,
  parseJsonBytes,
  readChunks,
  userRefSchema,
  writeBody,
  writeRefusal,
  type GlobalFrames,
  type GlobalOp,
  type GlobalRefusalCode,
  type GlobalUserRef,
} from './protocol.ts';
import type { GlobalSource } from './source.ts';

export interface GlobalProtocolServerDeps {
  /** The WCO node's own global CEN (`LocalGlobalSource`). */
  source: GlobalSource;
  photos: Pick<GlobalPhotos, 'offer' | 'accept'>;
  agreements: Pick<AgreementRegistry, 'states'>;
  evidence: Pick<EvidenceLog, 'append'>;
  peerHost: Pick<PeerHost, 'handle'>;
  self: string;
  log: Logger;
  clock?: () => Date;
}

const caseParams = z.strictObject({ member: z.string().min(1).max(100), id: z.string().min(1).max(100) });
const photoParams = z.strictObject({
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.enum(['full', 'thumb']).default('full'),
});
const statsParams = z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,31}$/), z.string().max(200));
const deliverParams = z.strictObject({
  caseId: z.string().min(1).max(100),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});

/** A request this node refuses, with the code the member's node reads. */
class Refused extends Error {
  readonly code: GlobalRefusalCode;
  readonly details: unknown;
  constructor(code: GlobalRefusalCode, message: string, details?: unknown) {
    super(message);
    this.code = code;
    this.details = details;
  }
}

function parse<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ValidationError(toValidationIssues(parsed.error, 'parameter'));
  return parsed.data;
}

/**
 * Photo files received at once from all members: each holds up to 20 MB until it is checked and
 * written, and a member refused for this delivers the photo at its next push.
 */
export const MAX_CONCURRENT_DELIVERIES = 4;

/** An answer's body, and the deadline for writing each of its frames. */
interface Answer {
  type: string;
  bytes: Uint8Array;
  timeoutMs: number;
}

const json = (value: unknown): Answer => ({
  type: 'application/json',
  bytes: jsonBytes(value),
  timeoutMs: GLOBAL_REQUEST_TIMEOUT_MS,
});

/** What the evidence entry of one request says, besides its outcome. */
interface Recorded {
  op: string;
  requestId: string;
  user?: GlobalUserRef;
  agreementId?: string;
  agreementVersion?: number;
  details: Record<string, string | number | boolean>;
}

export class GlobalProtocolServer {
  readonly #deps: GlobalProtocolServerDeps;
  readonly #clock: () => Date;
  #running = false;
  /** Photo deliveries whose bytes are being received now, from every member. */
  #receiving = 0;

  constructor(deps: GlobalProtocolServerDeps) {
    this.#deps = deps;
    this.#clock = deps.clock ?? (() => new Date());
  }

  async start(): Promise<void> {
    this.#running = true;
    await this.#deps.peerHost.handle('global', (stream, _connection, peer) => this.#serve(stream, peer), {
      maxStreams: GLOBAL_MAX_STREAMS,
    });
  }

  stop(): Promise<void> {
    this.#running = false;
    return Promise.resolve();
  }

  async #serve(stream: Stream, peer: string): Promise<void> {
    const frames = globalFrames(stream);
    const frame = await frames.read(GLOBAL_REQUEST_TIMEOUT_MS);
    // Anything but a request is malformed: thrown, and the peer host aborts the stream.
    if (bodyOf(frame, ['request', 'answer', 'chunk', 'refusal']) !== 'request') {
      stream.abort(new Error('expected a request'));
      return;
    }
    const request = frame.request!;
    const recorded: Recorded = {
      op: /^[a-z-]{1,20}$/.test(request.op) ? request.op : 'unknown',
      requestId: request.id.slice(0, 64),
      details: {},
    };
    let answered = false;
    try {
      if (!this.#running) throw new Refused('stopping', 'the WCO node is stopping');
      const answer = await this.#handle(frames, peer, request, recorded);
      // Recorded before it leaves: the evidence log always shows what a member was told.
      await this.#record(peer, recorded, 'answered');
      answered = true;
      await writeBody(frames, { requestId: request.id, ...answer }, answer.timeoutMs);
      await frames.close(GLOBAL_REQUEST_TIMEOUT_MS).catch(() => undefined);
    } catch (err) {
      const refusal = answered ? undefined : this.#refusalOf(err);
      if (!refusal) {
        this.#deps.log.warn({ err, member: peer, op: recorded.op }, 'global: request failed');
        if (!answered) await this.#record(peer, recorded, 'failed').catch(() => undefined);
        throw err;
      }
      await this.#record(peer, recorded, refusal.code);
      await writeRefusal(frames, refusal.code, refusal.message, refusal.details).catch(() => undefined);
      await frames.close(5_000).catch(() => undefined);
    }
  }

  #refusalOf(err: unknown): Refused | undefined {
    if (err instanceof Refused) return err;
    if (err instanceof ValidationError) return new Refused('bad-request', err.message, err.issues);
    if (err instanceof InvalidPhotoHashError) return new Refused('bad-request', err.message);
    if (err instanceof NotFoundError) return new Refused('not-found', err.message);
    if (err instanceof GlobalPhotoRefusedError) return new Refused(err.code, err.message);
    return undefined;
  }

  async #handle(
    frames: GlobalFrames,
    peer: string,
    request: cen.global.v1.Request,
    recorded: Recorded,
  ): Promise<Answer> {
    const state = memberAgreementInForce(
      await this.#deps.agreements.states(),
      this.#deps.self,
      peer,
      this.#clock(),
    );
    if (!state) throw new Refused('no-agreement', 'no contribution agreement with this node is in force');
    recorded.agreementId = state.agreement.id;
    recorded.agreementVersion = state.agreement.version;
    if (!(GLOBAL_OPS as readonly string[]).includes(request.op)) {
      throw new ValidationError([
        { path: 'op', rule: 'enum', message: `is one of ${GLOBAL_OPS.join(', ')}` },
      ]);
    }
    const op = request.op as GlobalOp;
    if (request.params.length > MAX_PARAMS_BYTES) {
      throw new ValidationError([
        { path: 'params', rule: 'max', message: `are over ${MAX_PARAMS_BYTES} bytes` },
      ]);
    }
    let params: unknown;
    try {
      params = request.params.length === 0 ? {} : parseJsonBytes(request.params);
    } catch {
      throw new ValidationError([{ path: 'params', rule: 'json', message: 'are not JSON' }]);
    }
    if (op === 'deliver') return this.#deliver(frames, peer, request, params, recorded);
    const user = userRefSchema.safeParse(request.user ?? undefined);
    if (!user.success) {
      const issues: ValidationIssue[] = [
        { path: 'user', rule: 'required', message: 'names the user as a pseudonym and a role' },
      ];
      throw new ValidationError(issues);
    }
    recorded.user = user.data;
    const source = this.#deps.source;
    // The user's name never reaches this node; the interface wants one, the pseudonym stands in.
    const asUser = { username: user.data.ref, role: user.data.role };
    switch (op) {
      case 'search': {
        const query = parse(caseSearchQuery, params);
        const { cursor: _cursor, limit: _limit, ...filters } = query;
        recorded.details.filters = filterCodes(filters).join(',').slice(0, 200);
        const page = await source.search(query, asUser);
        recorded.details.count = page.items.length;
        return json(page);
      }
      case 'case': {
        const { member, id } = parse(caseParams, params);
        recorded.details.member = member;
        recorded.details.caseId = id;
        return json(await source.getCase(member, id, asUser));
      }
      case 'photo': {
        const { hash, size } = parse(photoParams, params);
        recorded.details.hash = hash;
        const photo = await source.photo(hash, size, asUser);
        return { type: photo.mime, bytes: photo.bytes, timeoutMs: GLOBAL_PHOTO_TIMEOUT_MS };
      }
      case 'stats': {
        if (!source.stats) throw new Refused('unavailable', 'the WCO node does not release statistics yet');
        const query = parse(statsParams, params);
        return json(await source.stats(query, asUser));
      }
    }
  }

  async #deliver(
    frames: GlobalFrames,
    peer: string,
    request: cen.global.v1.Request,
    params: unknown,
    recorded: Recorded,
  ): Promise<Answer> {
    const { caseId, hash } = parse(deliverParams, params);
    recorded.details.caseId = caseId;
    recorded.details.hash = hash;
    recorded.details.bytes = request.size;
    const state = await this.#deps.photos.offer(peer, caseId, hash, request.size);
    recorded.details.state = state;
    if (state === 'held') return json({ state });
    // Each delivery holds up to a photo's size in memory: a few at once, the rest come back later.
    if (this.#receiving >= MAX_CONCURRENT_DELIVERIES) {
      throw new Refused('unavailable', 'the WCO node is receiving other photos; send this one later');
    }
    this.#receiving++;
    try {
      await writeBody(frames, { requestId: request.id, ...json({ state }) }, GLOBAL_REQUEST_TIMEOUT_MS);
      const bytes = await readChunks(frames, request.size, MAX_GLOBAL_PHOTO_BYTES, GLOBAL_PHOTO_TIMEOUT_MS);
      const stored = await this.#deps.photos.accept(peer, caseId, hash, bytes);
      recorded.details.state = stored;
      return json({ state: stored });
    } finally {
      this.#receiving--;
    }
  }

  async #record(peer: string, recorded: Recorded, outcome: string): Promise<void> {
    const line = {
      member: peer,
      op: recorded.op,
      ...(recorded.user ? { userRef: recorded.user.ref, role: recorded.user.role } : {}),
      outcome,
    };
    if (outcome === 'answered') this.#deps.log.info(line, 'global: request answered');
    else this.#deps.log.warn(line, 'global: request refused');
    await this.#deps.evidence.append({
      kind: 'global-request',
      peer,
      direction: 'inbound',
      ...(recorded.agreementId ? { agreementId: recorded.agreementId } : {}),
      ...(recorded.agreementVersion ? { agreementVersion: recorded.agreementVersion } : {}),
      actor: `peer:${peer}`,
      details: {
        op: recorded.op,
        requestId: recorded.requestId,
        outcome,
        ...(recorded.user ? { userRef: recorded.user.ref, role: recorded.user.role } : {}),
        ...recorded.details,
      },
    });
  }
}
