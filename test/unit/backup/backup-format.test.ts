/**
 * The sealed chunk stream of a backup archive (node/backup/format.ts): what goes in comes out,
 * and dropping the last chunks at a chunk boundary, reordering chunks or opening with another
 * key is refused before any of the affected content is handed out.
 */
import { expect } from 'chai';
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { backupKeyOf } from '../../../node/backup/key.ts';
import {
  ChunkSealer,
  chunkKeysOf,
  CHUNK_BYTES,
  CONTENT_OFFSET,
  openChunks,
  type SealedHeader,
} from '../../../node/backup/format.ts';

const header: SealedHeader = {
  format: 'cen-node-backup',
  version: 1,
  nodeId: '12D3KooWTest',
  nodeName: 'Test',
  role: 'national',
  createdAt: '2026-11-29T00:00:00.000Z',
  keyId: '0000000000000000',
  salt: randomBytes(32).toString('base64'),
  cipher: 'aes-256-gcm',
  compression: 'gzip',
  chunkBytes: CHUNK_BYTES,
};

/** The sealed bytes, placed after a blank header as in a file. */
async function seal(plain: Buffer, keyBytes: Buffer): Promise<Buffer> {
  const sealed = await buffer(
    Readable.from([plain]).pipe(new ChunkSealer(chunkKeysOf(backupKeyOf(keyBytes), header))),
  );
  return Buffer.concat([Buffer.alloc(CONTENT_OFFSET), sealed]);
}

async function open(file: Buffer, keyBytes: Buffer): Promise<Buffer> {
  const read = (length: number, position: number) =>
    Promise.resolve(file.subarray(position, position + length));
  const pieces: Buffer[] = [];
  for await (const piece of openChunks(read, file.length, chunkKeysOf(backupKeyOf(keyBytes), header)))
    pieces.push(piece);
  return Buffer.concat(pieces);
}

/** Offsets where each sealed chunk starts, and the file's end. */
function chunkStarts(file: Buffer): number[] {
  const starts: number[] = [];
  for (let at = CONTENT_OFFSET; at < file.length; at += 4 + file.readUInt32BE(at) + 16) starts.push(at);
  return [...starts, file.length];
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (err) {
    return (err as Error).name;
  }
  return 'opened';
}

describe('backup archive chunks', () => {
  const key = randomBytes(32);
  const plain = randomBytes(3 * CHUNK_BYTES + 1234);

  it('opens what it sealed, in several chunks', async () => {
    const file = await seal(plain, key);
    expect(chunkStarts(file)).to.have.length(5); // four chunks and the end
    expect((await open(file, key)).equals(plain)).to.equal(true);
    expect((await open(await seal(Buffer.alloc(0), key), key)).length).to.equal(0);
  });

  it('refuses a file cut at a chunk boundary, reordered chunks and another key', async () => {
    const file = await seal(plain, key);
    const starts = chunkStarts(file);
    expect(await refusal(open(file.subarray(0, starts[2]), key))).to.equal('BackupAuthenticationError');
    const swapped = Buffer.concat([
      file.subarray(0, starts[0]),
      file.subarray(starts[1], starts[2]),
      file.subarray(starts[0], starts[1]),
      file.subarray(starts[2]),
    ]);
    expect(await refusal(open(swapped, key))).to.equal('BackupAuthenticationError');
    expect(await refusal(open(file, randomBytes(32)))).to.equal('BackupAuthenticationError');
    expect(await refusal(open(file.subarray(0, CONTENT_OFFSET), key))).to.equal('BackupAuthenticationError');
  });
});
