/**
 * `/cen/global/1.0.0` bodies on a real libp2p stream pair: a body larger than a frame arrives
 * whole in chunks, and a body that claims more than the reader's limit, runs past its announced
 * size or ends short is refused rather than cut or padded.
 */
import { randomBytes } from 'node:crypto';
import { streamPair } from '@libp2p/utils';
import { expect } from 'chai';
import {
  globalFrames,
  readChunks,
  writeBody,
  writeChunks,
  type GlobalFrames,
} from '../../node/global/protocol.ts';
import { PROTOCOLS } from '../../protocol/protocols.ts';

async function pair(): Promise<[GlobalFrames, GlobalFrames]> {
  const [a, b] = await streamPair({ protocol: PROTOCOLS.global.id });
  return [globalFrames(a), globalFrames(b)];
}

/** Reads an answer's header, then its body. */
async function readAnswer(frames: GlobalFrames, maxBytes: number): Promise<Buffer> {
  const header = await frames.read(2_000);
  return readChunks(frames, header.answer!.size, maxBytes, 2_000);
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (err: unknown) => err as Error,
  );

describe('global protocol bodies', function () {
  this.timeout(20_000);

  it('carries a body of several frames whole, and an empty one', async () => {
    const [writer, reader] = await pair();
    const big = randomBytes(PROTOCOLS.global.chunkBytes * 2 + 1234);
    const [, received] = await Promise.all([
      writeBody(writer, { requestId: 'r1', type: 'application/json', bytes: big }, 2_000),
      readAnswer(reader, 10 * 1024 * 1024),
    ]);
    expect(received.equals(big)).to.equal(true);
    const [, empty] = await Promise.all([
      writeBody(writer, { requestId: 'r2', type: 'application/json', bytes: new Uint8Array() }, 2_000),
      readAnswer(reader, 1024),
    ]);
    expect(empty.length).to.equal(0);
  });

  it('refuses a body over the limit, longer or shorter than announced', async () => {
    const [writer, reader] = await pair();
    const bytes = randomBytes(4096);
    await writeBody(writer, { requestId: 'r1', type: 'image/jpeg', bytes }, 2_000);
    const tooBig = await failure(readAnswer(reader, 1024));
    expect(tooBig?.name).to.equal('BadGlobalBodyError');

    const [w2, r2] = await pair();
    await w2.write({ answer: { requestId: 'r2', type: 'image/jpeg', size: 100 } }, 2_000);
    await writeChunks(w2, randomBytes(200), 2_000);
    const longer = await failure(readAnswer(r2, 1024));
    expect(longer?.message).to.match(/runs past its 100 bytes/);

    const [w3, r3] = await pair();
    await w3.write({ answer: { requestId: 'r3', type: 'image/jpeg', size: 300 } }, 2_000);
    await writeChunks(w3, randomBytes(200), 2_000);
    const shorter = await failure(readAnswer(r3, 1024));
    expect(shorter?.message).to.match(/ended at 200 of 300 bytes/);
  });
});
