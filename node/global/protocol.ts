/**
 * `/cen/global/1.0.0` on the wire, for both sides (protocol/proto/global.proto): one request per
 * stream, every body (an answer's JSON or image, a delivered photo) cut into `chunkBytes` chunks
 * and put together again up to a limit, each frame bound by a deadline. The WCO node's side is
 * serve.ts, the member's remote.ts.
 *
 * @example
 *   const frames = globalFrames(stream);
 *   await writeBody(frames, { requestId, type: 'application/json', bytes });
 *   const { type, bytes } = await readBody(frames, MAX_JSON_ANSWER_BYTES, deadline);
 */
import type { Stream } from '@libp2p/interface';
import { z } from 'zod';
import { cen } from '../../protocol/gen/global.js';
import { PROTOCOLS } from '../../protocol/protocols.ts';
import type { ValidationIssue } from '../../protocol/validation-types.ts';
import { ValidationError } from '../errors.ts';
import { PeerUnavailableError } from '../exchange/errors.ts';
import {
  bodyOf,
  framedStream,
  MalformedFrameError,
  PeerRefusedError,
  type FramedStream,
} from '../p2p/index.ts';
import { MAX_PHOTO_BYTES } from '../photos/index.ts';

export const GlobalFrame = cen.global.v1.GlobalFrame;
export type GlobalFrames = FramedStream<cen.global.v1.GlobalFrame, cen.global.v1.GlobalFrame.$Properties>;

export const globalFrames = (stream: Stream): GlobalFrames =>
  framedStream(stream, PROTOCOLS.global, GlobalFrame);

export const GLOBAL_OPS = ['search', 'case', 'photo', 'stats', 'deliver'] as const;
export type GlobalOp = (typeof GLOBAL_OPS)[number];

/** The stable codes of a Refusal frame. */
export const REFUSAL_CODES = [
  'no-agreement',
  'bad-request',
  'not-found',
  'not-referenced',
  'bad-photo',
  'too-large',
  'unavailable',
  'stopping',
] as const;
export type GlobalRefusalCode = (typeof REFUSAL_CODES)[number];

/**
 * A search, a case or statistics, from opening the stream to the last chunk: an officer waits
 * for it in the console, and a WCO node that does not answer by then is as good as away.
 */
export const GLOBAL_REQUEST_TIMEOUT_MS = 15_000;
/** A photo (up to 20 MB) either way: at the slowest link a member may have, well under a minute. */
export const GLOBAL_PHOTO_TIMEOUT_MS = 60_000;
/** Streams one member may have open with the WCO node at once: a few officers' requests in flight. */
export const GLOBAL_MAX_STREAMS = 16;
/**
 * The largest JSON answer a member's node reads: a page of 500 global cases is about 1 MiB and
 * the statistics tables less; anything far larger is a broken or hostile WCO node.
 */
export const MAX_JSON_ANSWER_BYTES = 16 * 1024 * 1024;
/** The largest photo either side reads: the photo library's own upload limit. */
export const MAX_GLOBAL_PHOTO_BYTES = MAX_PHOTO_BYTES;
/** Request parameters are a search's filters or two ids: a few hundred bytes. */
export const MAX_PARAMS_BYTES = 16 * 1024;

/** The user a member's node asks for: a pseudonym and a role, never the username. */
export const userRefSchema = z.object({
  ref: z.string().regex(/^[0-9a-f]{64}$/),
  role: z.string().regex(/^[a-z][a-z-]{0,31}$/),
});
export type GlobalUserRef = z.output<typeof userRefSchema>;

/** The WCO node refused a global request (502 `peer_refused` through the API). */
export class GlobalRefusedError extends PeerRefusedError {
  override name = 'GlobalRefusedError';
}

/** The WCO node could not be reached or did not answer in time (503 `peer_unavailable`). */
export class GlobalUnavailableError extends PeerUnavailableError {
  override name = 'GlobalUnavailableError';
  constructor(wco: string, cause: unknown) {
    super(wco, cause);
    this.message = `the WCO node is unreachable (${wco}): ${cause instanceof Error ? cause.message : String(cause)}`;
  }
}

/** A national node without a contribution agreement in force reaches no global CEN (404). */
export class NoGlobalCenError extends Error {
  override name = 'NoGlobalCenError';
  readonly status = 404;
  readonly apiCode = 'no_global_cen';
  readonly expose = true;
  constructor() {
    super('this node contributes to no WCO node: the global CEN needs a contribution agreement in force');
  }
}

/** A body ended before its announced size, ran past it or past the reader's limit. */
export class BadGlobalBodyError extends MalformedFrameError {
  override name = 'BadGlobalBodyError';
}

const encoder = new TextEncoder();
export const jsonBytes = (value: unknown): Uint8Array => encoder.encode(JSON.stringify(value));

export function parseJsonBytes(bytes: Uint8Array): unknown {
  return JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
}

/** Writes `bytes` as Chunk frames of at most `chunkBytes` (one empty chunk for an empty body). */
export async function writeChunks(frames: GlobalFrames, bytes: Uint8Array, timeoutMs: number): Promise<void> {
  const size = PROTOCOLS.global.chunkBytes;
  let offset = 0;
  do {
    const end = Math.min(bytes.length, offset + size);
    await frames.write(
      { chunk: { data: bytes.subarray(offset, end), last: end >= bytes.length } },
      timeoutMs,
    );
    offset = end;
  } while (offset < bytes.length);
}

/** Reads Chunk frames up to the one marked last; exactly `size` bytes, at most `maxBytes`. */
export async function readChunks(
  frames: GlobalFrames,
  size: number,
  maxBytes: number,
  timeoutMs: number,
): Promise<Buffer> {
  if (!Number.isSafeInteger(size) || size < 0 || size > maxBytes) {
    throw new BadGlobalBodyError(`a body of ${size} bytes is over the limit of ${maxBytes}`);
  }
  const parts: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const frame = await frames.read(timeoutMs);
    if (bodyOf(frame, ['request', 'answer', 'chunk', 'refusal']) !== 'chunk') {
      throw new BadGlobalBodyError('expected the next chunk of a body');
    }
    const chunk = frame.chunk!;
    received += chunk.data.length;
    if (received > size) throw new BadGlobalBodyError(`the body runs past its ${size} bytes`);
    parts.push(chunk.data);
    if (chunk.last) break;
  }
  if (received !== size) throw new BadGlobalBodyError(`the body ended at ${received} of ${size} bytes`);
  return Buffer.concat(parts);
}

/** An answer: its header, then its body in chunks. */
export async function writeBody(
  frames: GlobalFrames,
  answer: { requestId: string; type: string; bytes: Uint8Array },
  timeoutMs: number,
): Promise<void> {
  await frames.write(
    { answer: { requestId: answer.requestId, type: answer.type, size: answer.bytes.length } },
    timeoutMs,
  );
  await writeChunks(frames, answer.bytes, timeoutMs);
}

export async function writeRefusal(
  frames: GlobalFrames,
  code: GlobalRefusalCode,
  message: string,
  details?: unknown,
): Promise<void> {
  await frames.write(
    {
      refusal: {
        code,
        message: message.slice(0, 500),
        details: details === undefined ? new Uint8Array() : jsonBytes(details),
      },
    },
    5_000,
  );
}

/** What a WCO node's Refusal means for the member's API: a 400, a 404 or a refusal (502). */
export function refusalError(refusal: cen.global.v1.Refusal, notFound: () => Error): Error {
  const code = /^[a-z0-9-]{1,40}$/.test(refusal.code) ? refusal.code : 'unknown';
  if (code === 'not-found') return notFound();
  if (code === 'bad-request') {
    let issues: ValidationIssue[];
    try {
      const parsed = refusal.details.length > 0 ? parseJsonBytes(refusal.details) : [];
      issues = z
        .array(
          z.object({ path: z.string().max(200), rule: z.string().max(100), message: z.string().max(500) }),
        )
        .max(50)
        .parse(parsed);
    } catch {
      issues = [];
    }
    if (issues.length > 0) return new ValidationError(issues);
  }
  return new GlobalRefusedError(code, refusal.message.slice(0, 500));
}
