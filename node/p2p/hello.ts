/**
 * `/cen/hello/1.0.0`: the dialler sends its Hello, the listener answers with its own, both close.
 * Each frame is read through `lpStream` with the protocol's maximum frame size and a deadline
 * (traps 1 and 6); a Hello whose node id is not the peer Noise authenticated is refused.
 */
import type { Connection, Stream } from '@libp2p/interface';
import { lpStream } from '@libp2p/utils';
import { boundedReader } from '../../protocol/bounded-reader.ts';
import { cen } from '../../protocol/gen/hello.js';
import { PROTOCOLS } from '../../protocol/protocols.ts';
import { HELLO_TIMEOUT_MS } from './constants.ts';
import { InvalidHelloError } from './errors.ts';

export interface Hello {
  nodeId: string;
  name: string;
  country: string;
  softwareVersion: string;
}

const pb = cen.hello.v1.Hello;
const MAX_NAME = 200;
const MAX_VERSION = 64;

export function encodeHello(hello: Hello): Uint8Array {
  return pb
    .encode({
      nodeId: hello.nodeId,
      name: hello.name,
      country: hello.country,
      softwareVersion: hello.softwareVersion,
    })
    .finish();
}

/** Decodes and checks a Hello from `remoteNodeId`; throws on anything else (random bytes often decode). */
export function decodeHello(bytes: Uint8Array, remoteNodeId: string): Hello {
  let message: cen.hello.v1.Hello;
  try {
    message = pb.decode(boundedReader(bytes));
  } catch (err) {
    throw new InvalidHelloError(`not a Hello: ${(err as Error).message}`);
  }
  const hello: Hello = {
    nodeId: message.nodeId,
    name: message.name,
    country: message.country,
    softwareVersion: message.softwareVersion,
  };
  if (hello.nodeId !== remoteNodeId) throw new InvalidHelloError('the Hello names another node');
  if (hello.name.length === 0 || hello.name.length > MAX_NAME) throw new InvalidHelloError('bad name');
  if (!/^(?:[A-Z]{2})?$/.test(hello.country)) throw new InvalidHelloError('bad country');
  if (hello.softwareVersion.length > MAX_VERSION) throw new InvalidHelloError('bad software version');
  return hello;
}

const framed = (stream: Stream) => lpStream(stream, { maxDataLength: PROTOCOLS.hello.maxFrameBytes });

/** The dialler's side: sends `own` on a new stream and returns the peer's answer. */
export async function sendHello(connection: Connection, own: Hello): Promise<Hello> {
  const signal = AbortSignal.timeout(HELLO_TIMEOUT_MS);
  const stream = await connection.newStream(PROTOCOLS.hello.id, { signal });
  try {
    const lp = framed(stream);
    await lp.write(encodeHello(own), { signal });
    const answer = decodeHello((await lp.read({ signal })).subarray(), connection.remotePeer.toString());
    await stream.close({ signal });
    return answer;
  } catch (err) {
    stream.abort(err as Error);
    throw err;
  }
}

/** The listener's side: reads the peer's Hello, answers with `own`, returns the peer's. */
export async function answerHello(stream: Stream, connection: Connection, own: Hello): Promise<Hello> {
  const signal = AbortSignal.timeout(HELLO_TIMEOUT_MS);
  const lp = framed(stream);
  const hello = decodeHello((await lp.read({ signal })).subarray(), connection.remotePeer.toString());
  await lp.write(encodeHello(own), { signal });
  await stream.close({ signal });
  return hello;
}
