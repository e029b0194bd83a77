/**
 * Framed protobuf streams for the peer protocols: one length-prefixed message per frame, at most
 * the protocol's `maxFrameBytes` (refused before it is buffered), every read and write bound by a
 * deadline (traps 1 and 6 of FIELD-NOTES.md), and decoded with a budget of fields
 * (protocol/bounded-reader.ts: a flood of empty entries must not cost forty times its size). A
 * frame that does not decode is a `MalformedFrameError`, which the peer host turns into a closed
 * stream and a log line.
 *
 * @example
 *   const frames = framedStream(stream, PROTOCOLS.query, cen.query.v1.QueryFrame);
 *   await frames.write({ query: { id, identifierType: 'container', value } });
 *   const answer = await frames.read();
 */
import type { Stream } from '@libp2p/interface';
import { lpStream } from '@libp2p/utils';
import type { Reader } from 'protobufjs/minimal.js';
import { boundedReader } from '../../protocol/bounded-reader.ts';
import { MalformedFrameError } from './errors.ts';

/** The generated protobufjs class of a protocol's frame (`cen.query.v1.QueryFrame`, …). */
export interface FrameCodec<T, In = T> {
  encode(message: In): { finish(): Uint8Array };
  decode(reader: Reader | Uint8Array): T;
}

export interface FramedStream<T, In = T> {
  /** The next frame; throws on the deadline, a closed stream, an oversized or undecodable frame. */
  read(timeoutMs?: number): Promise<T>;
  write(message: In, timeoutMs?: number): Promise<void>;
  /** Closes the writing side gracefully (the peer reads the end of the stream). */
  close(timeoutMs?: number): Promise<void>;
  readonly stream: Stream;
}

/** A frame read or written without an explicit deadline must finish within this. */
export const DEFAULT_FRAME_TIMEOUT_MS = 30_000;

export function framedStream<T, In = T>(
  stream: Stream,
  protocol: { maxFrameBytes: number },
  codec: FrameCodec<T, In>,
): FramedStream<T, In> {
  const lp = lpStream(stream, {
    maxDataLength: protocol.maxFrameBytes,
    // The length-prefix reader buffers up to this before it sees a whole frame (trap 6).
    maxBufferSize: protocol.maxFrameBytes + 64 * 1024,
  });
  return {
    stream,
    async read(timeoutMs = DEFAULT_FRAME_TIMEOUT_MS) {
      const bytes = (await lp.read({ signal: AbortSignal.timeout(timeoutMs) })).subarray();
      try {
        return codec.decode(boundedReader(bytes));
      } catch (err) {
        throw new MalformedFrameError(`${stream.protocol ?? 'a peer protocol'}: ${(err as Error).message}`);
      }
    },
    async write(message, timeoutMs = DEFAULT_FRAME_TIMEOUT_MS) {
      await lp.write(codec.encode(message).finish(), { signal: AbortSignal.timeout(timeoutMs) });
    },
    async close(timeoutMs = DEFAULT_FRAME_TIMEOUT_MS) {
      await stream.close({ signal: AbortSignal.timeout(timeoutMs) });
    },
  };
}

/**
 * Exactly one field of a `oneof` frame, or a MalformedFrameError: random bytes often decode as a
 * valid message with no field set (FIELD-NOTES.md, "storage and parsing").
 */
export function bodyOf<F extends object, K extends keyof F>(frame: F, expected: readonly K[]): K {
  const present = expected.filter((key) => frame[key] !== undefined && frame[key] !== null);
  if (present.length !== 1) {
    throw new MalformedFrameError(
      present.length === 0
        ? `expected one of ${expected.join(', ')}`
        : `more than one body: ${present.join(', ')}`,
    );
  }
  return present[0]!;
}
