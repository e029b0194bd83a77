/**
 * The member's side of `/cen/global/1.0.0`: the global CEN as a member's node reads it, from the
 * WCO node named by its contribution agreement in force (`RemoteGlobalSource`), and the
 * delivery of the photo files its contributions keep (`deliverPhoto`, used by node/contribute).
 *
 * A user is named to the WCO node only by a pseudonym: an HMAC-SHA-256 of the username under a
 * secret of this node (`userRefKey`), stable so the WCO node's evidence log can tell one user's
 * requests from another's, and meaningless without this node's secret. Each request is bound by
 * a deadline from its start; a WCO node that cannot be reached or does not answer in time is a
 * `GlobalUnavailableError` (503 "the WCO node is unreachable"), its refusals keep their code.
 *
 * @example
 *   const remote = new RemoteGlobalSource({ peerHost, agreements, self, userRefKey, log });
 *   const page = await remote.search({ commodity: 'cocaine' }, { username: 'otieno', role: 'officer' });
 */
import { createHmac } from 'node:crypto';
import type { Stream } from '@libp2p/interface';
import { v7 as uuidv7 } from 'uuid';
import { wcoAgreementsInForce, type AgreementState } from '../../policies/index.ts';
import type { GlobalCase, GlobalCasePage } from '../../protocol/api.ts';
import { canonicalJson } from '../../protocol/canonical-json.ts';
import type { AgreementRegistry } from '../agreements/index.ts';
import { NotFoundError } from '../errors.ts';
import type { Logger } from '../log.ts';
import { bodyOf, type PeerHost } from '../p2p/index.ts';
import { sniffImage, type PhotoSize } from '../photos/index.ts';
import type { CaseQuery } from '../store/types.ts';
import {
  BadGlobalBodyError,
  GLOBAL_PHOTO_TIMEOUT_MS,
  GLOBAL_REQUEST_TIMEOUT_MS,
  GlobalUnavailableError,
  globalFrames,
  MAX_GLOBAL_PHOTO_BYTES,
  MAX_JSON_ANSWER_BYTES,
  NoGlobalCenError,
  parseJsonBytes,
  readChunks,
  refusalError,
  writeChunks,
  type GlobalOp,
  type GlobalUserRef,
} from './protocol.ts';
import type { GlobalPhoto, GlobalSource, GlobalStatsAnswer, GlobalUser } from './source.ts';

/** One request to the WCO node. */
export interface GlobalRequest {
  op: GlobalOp;
  params: unknown;
  user?: GlobalUserRef;
}

export interface AskOptions {
  /** The whole request, from opening the stream to the last chunk. */
  timeoutMs: number;
  /** The largest answer body read. */
  maxBytes: number;
  /** What a `not-found` refusal becomes. */
  notFound?: () => Error;
}

const notFoundDefault = () => new NotFoundError('global record', 'requested');

/** Runs `exchange` on a new global stream to `wco` within `timeoutMs`; any failure but a refusal is "unreachable". */
async function withStream<T>(
  peerHost: Pick<PeerHost, 'openStream'>,
  wco: string,
  timeoutMs: number,
  exchange: (stream: Stream, remaining: () => number) => Promise<T>,
): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  const remaining = () => Math.max(1, Math.round(deadline - performance.now()));
  let stream: Stream;
  try {
    stream = await peerHost.openStream(wco, 'global', remaining());
  } catch (err) {
    throw new GlobalUnavailableError(wco, err);
  }
  const timer = setTimeout(() => stream.abort(new Error('the global request deadline passed')), remaining());
  try {
    return await exchange(stream, remaining);
  } catch (err) {
    stream.abort(err instanceof Error ? err : new Error(String(err)));
    if (err instanceof NotFoundError || err instanceof BadGlobalBodyError || isRefusal(err)) throw err;
    throw new GlobalUnavailableError(wco, err);
  } finally {
    clearTimeout(timer);
  }
}

const REFUSAL = Symbol('refusal');
const isRefusal = (err: unknown): boolean =>
  typeof err === 'object' && err !== null && (err as Record<symbol, unknown>)[REFUSAL] === true;
const markRefusal = (err: Error): Error => Object.assign(err, { [REFUSAL]: true });

/** Reads an answer (header and body) or throws the refusal it is. */
async function readAnswer(
  frames: ReturnType<typeof globalFrames>,
  options: AskOptions,
  remaining: () => number,
): Promise<{ type: string; bytes: Buffer }> {
  const frame = await frames.read(remaining());
  const body = bodyOf(frame, ['request', 'answer', 'chunk', 'refusal']);
  if (body === 'refusal')
    throw markRefusal(refusalError(frame.refusal!, options.notFound ?? notFoundDefault));
  if (body !== 'answer') throw new BadGlobalBodyError('expected an answer or a refusal');
  const { type, size } = frame.answer!;
  return { type, bytes: await readChunks(frames, size, options.maxBytes, remaining()) };
}

/**
 * One request to the WCO node and its answer's body. Throws the WCO node's refusal
 * (GlobalRefusedError, ValidationError, `notFound()`), or GlobalUnavailableError.
 */
export function askGlobal(
  peerHost: Pick<PeerHost, 'openStream'>,
  wco: string,
  request: GlobalRequest,
  options: AskOptions,
): Promise<{ type: string; bytes: Buffer }> {
  return withStream(peerHost, wco, options.timeoutMs, async (stream, remaining) => {
    const frames = globalFrames(stream);
    await frames.write(
      {
        request: {
          id: uuidv7(),
          op: request.op,
          params: new TextEncoder().encode(canonicalJson(request.params)),
          ...(request.user ? { user: request.user } : {}),
        },
      },
      remaining(),
    );
    const answer = await readAnswer(frames, options, remaining);
    frames.close(remaining()).catch(() => stream.abort(new Error('close failed')));
    return answer;
  });
}

/**
 * Delivers one photo file for one contributed case: the WCO node says whether it needs the
 * bytes (`held` when it has them already). Throws GlobalRefusedError (`not-referenced`,
 * `bad-photo`, `too-large`, `no-agreement`) or GlobalUnavailableError.
 */
export function deliverPhoto(
  peerHost: Pick<PeerHost, 'openStream'>,
  wco: string,
  photo: { caseId: string; hash: string; bytes: Uint8Array },
): Promise<'stored' | 'held'> {
  const options: AskOptions = { timeoutMs: GLOBAL_PHOTO_TIMEOUT_MS, maxBytes: 1024 };
  return withStream(peerHost, wco, GLOBAL_PHOTO_TIMEOUT_MS, async (stream, remaining) => {
    const frames = globalFrames(stream);
    const state = async () => {
      const answer = await readAnswer(frames, options, remaining);
      const value = parseJsonBytes(answer.bytes) as { state?: unknown };
      return value.state;
    };
    await frames.write(
      {
        request: {
          id: uuidv7(),
          op: 'deliver',
          params: new TextEncoder().encode(canonicalJson({ caseId: photo.caseId, hash: photo.hash })),
          size: photo.bytes.length,
        },
      },
      remaining(),
    );
    const first = await state();
    if (first === 'held') return 'held';
    if (first !== 'send') throw new BadGlobalBodyError('the WCO node answered neither send nor held');
    await writeChunks(frames, photo.bytes, remaining());
    const last = await state();
    if (last !== 'stored' && last !== 'held')
      throw new BadGlobalBodyError('the WCO node did not say it stored the photo');
    frames.close(remaining()).catch(() => stream.abort(new Error('close failed')));
    return last;
  });
}

/** The WCO nodes this member has a contribution agreement in force with (either profile), sorted. */
export function wcoNodesOf(states: readonly AgreementState[], self: string, now: Date): string[] {
  return wcoAgreementsInForce(states, self, now)
    .map(({ wco }) => wco.nodeId)
    .sort();
}

export interface RemoteGlobalSourceDeps {
  peerHost: Pick<PeerHost, 'openStream'>;
  agreements: Pick<AgreementRegistry, 'states'>;
  self: string;
  /** This node's secret for users' pseudonyms (32 bytes). */
  userRefKey: Uint8Array;
  log: Logger;
  clock?: () => Date;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The global CEN on a member's node: the WCO node, asked on the user's behalf. */
export class RemoteGlobalSource implements GlobalSource {
  readonly kind = 'remote';
  readonly #deps: RemoteGlobalSourceDeps;
  readonly #clock: () => Date;

  constructor(deps: RemoteGlobalSourceDeps) {
    this.#deps = deps;
    this.#clock = deps.clock ?? (() => new Date());
  }

  /** The WCO node asked: the one this node's contribution agreement in force names. */
  async wco(): Promise<string> {
    const [wco] = wcoNodesOf(await this.#deps.agreements.states(), this.#deps.self, this.#clock());
    if (!wco) throw new NoGlobalCenError();
    return wco;
  }

  /** How `user` is named to the WCO node. */
  userRef(user: GlobalUser): GlobalUserRef {
    const ref = createHmac('sha256', this.#deps.userRefKey).update(user.username, 'utf8').digest('hex');
    return { ref, role: user.role };
  }

  /** The JSON answer to one request, checked by `isAnswer` (a WCO node that answers anything else is as good as away). */
  async #json(
    op: GlobalOp,
    params: unknown,
    user: GlobalUser,
    isAnswer: (value: unknown) => boolean,
    notFound?: () => Error,
  ): Promise<unknown> {
    const wco = await this.wco();
    const answer = await askGlobal(
      this.#deps.peerHost,
      wco,
      { op, params, user: this.userRef(user) },
      {
        timeoutMs: GLOBAL_REQUEST_TIMEOUT_MS,
        maxBytes: MAX_JSON_ANSWER_BYTES,
        ...(notFound ? { notFound } : {}),
      },
    );
    if (answer.type !== 'application/json')
      throw new GlobalUnavailableError(wco, new Error(`answered ${answer.type}`));
    let value: unknown;
    try {
      value = parseJsonBytes(answer.bytes);
    } catch (err) {
      throw new GlobalUnavailableError(wco, err);
    }
    if (!isAnswer(value)) throw new GlobalUnavailableError(wco, new Error(`not an answer to ${op}`));
    return value;
  }

  async search(query: CaseQuery, user: GlobalUser): Promise<GlobalCasePage> {
    const isPage = (v: unknown) => isObject(v) && Array.isArray(v.items);
    return (await this.#json('search', query, user, isPage)) as GlobalCasePage;
  }

  async getCase(member: string, id: string, user: GlobalUser): Promise<GlobalCase> {
    const isCase = (v: unknown) => isObject(v) && isObject(v.case) && isObject(v.member);
    const notFound = () => new NotFoundError('global case', `${member}/${id}`);
    return (await this.#json('case', { member, id }, user, isCase, notFound)) as GlobalCase;
  }

  async photo(hash: string, size: PhotoSize, user: GlobalUser): Promise<GlobalPhoto> {
    const wco = await this.wco();
    const answer = await askGlobal(
      this.#deps.peerHost,
      wco,
      { op: 'photo', params: { hash, size }, user: this.userRef(user) },
      {
        timeoutMs: GLOBAL_PHOTO_TIMEOUT_MS,
        maxBytes: MAX_GLOBAL_PHOTO_BYTES,
        notFound: () => new NotFoundError('photo', hash),
      },
    );
    // Served to browsers from this node: only what sniffs as the image type the WCO node claims.
    const mime = sniffImage(answer.bytes);
    if (!mime || mime !== answer.type)
      throw new GlobalUnavailableError(wco, new Error('the photo is not the image it claims'));
    return { bytes: answer.bytes, mime };
  }

  stats(query: Readonly<Record<string, unknown>>, user: GlobalUser): Promise<GlobalStatsAnswer> {
    return this.#json('stats', query, user, isObject);
  }
}
