/**
 * Photos attached to CENcomm messages, between real nodes over loopback. KE organises an
 * operation with TZ and UG; RW is KE's partner but not a member. A photo a TZ officer uploads goes
 * through the photo pipeline on TZ (EXIF and GPS gone), then reaches KE and UG byte-identical
 * with the message naming it; UG, stopped meanwhile, gets a later photo when it comes back; a
 * tampered file, a file that is no image, a non-member's offer and a message naming a photo
 * nobody sent are refused; only the operation's readers fetch a photo, and only once a message
 * names it; a photo's hash alone brings it into no other operation; the purge at the end of the
 * retention removes the files no other operation references.
 */
import { createHash, randomBytes } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'chai';
import sharp from 'sharp';
import { v7 as uuidv7 } from 'uuid';
import { loadConfig } from '../../node/config.ts';
import { loadIdentity } from '../../node/identity.ts';
import { startNode, type RunningNode } from '../../node/index.ts';
import { OPERATION_PHOTOS_DIRECTORY } from '../../node/operations/index.ts';
import { PHOTO_CHUNK_BYTES } from '../../node/operations/constants.ts';
import type { MessageStatement } from '../../node/operations/statements.ts';
import { framedStream } from '../../node/p2p/index.ts';
import { signingKeyFromLibp2p, signStatement } from '../../policies/index.ts';
import {
  apiPaths,
  type OperationMessagesResponse,
  type OperationPhotoUploadResponse,
  type OperationThreadEntry,
  type PostOperationMessageResponse,
} from '../../protocol/api.ts';
import { cen } from '../../protocol/gen/operations.js';
import { OPERATION_JWS_TYPES, PROTOCOLS } from '../../protocol/protocols.ts';
import { testLoggers } from '../helpers/logs.ts';
import type { ApiClient, ApiResponse, TestNode } from '../helpers/node.ts';
import { startTestNode } from '../helpers/node.ts';
import { eventually, linkPartners, OPERATIONS_P2P as P2P, runOperation } from '../helpers/operations.ts';
import { jpegSegments, jpegWithGps, scene } from '../helpers/photo-fixtures.ts';

const Frame = cen.operations.v1.OperationsFrame;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const DAY_MS = 86_400_000;

/** Uploads a photo for an operation as the console's form does. */
async function uploadOperationPhoto(
  client: ApiClient,
  operationId: string,
  bytes: Uint8Array,
  type = 'image/jpeg',
): Promise<ApiResponse<OperationPhotoUploadResponse>> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), 'seizure');
  const response = await fetch(`${client.baseUrl}${apiPaths.operationPhotos(operationId)}`, {
    method: 'POST',
    headers: client.cookie ? { cookie: client.cookie } : {},
    body: form,
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: (text ? JSON.parse(text) : {}) as OperationPhotoUploadResponse,
  };
}

/** The photo's bytes as a user of the node gets them, or the status when refused. */
async function fetchPhoto(
  client: ApiClient,
  operationId: string,
  hash: string,
  size?: 'thumb',
): Promise<{ status: number; type: string | null; bytes: Buffer }> {
  const response = await fetch(`${client.baseUrl}${apiPaths.operationPhoto(operationId, hash, size)}`, {
    headers: client.cookie ? { cookie: client.cookie } : {},
  });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    bytes: Buffer.from(await response.arrayBuffer()),
  };
}

/**
 * Offers a file on a new operations stream from `from` to `to` and sends `bytes` when asked;
 * returns the last answer.
 */
async function rawPhoto(
  from: RunningNode,
  to: string,
  offer: { operationId: string; hash: string; size: number },
  bytes: Uint8Array,
): Promise<cen.operations.v1.OperationsFrame> {
  const stream = await from.peerHost.openStream(to, 'operations');
  const frames = framedStream(stream, PROTOCOLS.operations, Frame);
  await frames.write({ photoOffer: offer });
  let answer = await frames.read();
  if (answer.ack && Number(answer.ack.seq ?? 0) === 0) {
    await frames.write({ photoChunk: { data: bytes } });
    answer = await frames.read();
  }
  await frames.close().catch(() => undefined);
  return answer;
}

describe('photos in operation messages (CENcomm)', function () {
  this.timeout(60_000);
  let ke: TestNode, tz: TestNode, ug: TestNode, rw: TestNode;
  let keAnalyst: ApiClient, keOfficer: ApiClient, tzOfficer: ApiClient, ugOfficer: ApiClient;
  let ugAgain: RunningNode | undefined;
  let ugAgainLogs: ReturnType<typeof testLoggers> | undefined;
  let operationId = '';
  let first: OperationPhotoUploadResponse;
  let original: Buffer;
  let secondHash = '';

  const photoEntries = async (client: ApiClient): Promise<OperationThreadEntry[]> => {
    const page = await client.get<OperationMessagesResponse>(
      `${apiPaths.operationMessages(operationId)}?limit=1000`,
    );
    return page.body.items.filter((e) => e.photos !== undefined);
  };
  const fileOf = (node: TestNode, hash: string) =>
    join(node.dataDir, OPERATION_PHOTOS_DIRECTORY, hash.slice(0, 2), hash);
  const exists = (path: string) =>
    stat(path).then(
      () => true,
      () => false,
    );

  before(async () => {
    [ke, tz, ug, rw] = await Promise.all([
      startTestNode({ country: 'KE', name: 'Kenya Revenue Authority', p2p: P2P }),
      startTestNode({ country: 'TZ', name: 'Tanzania Revenue Authority', p2p: P2P }),
      startTestNode({ country: 'UG', name: 'Uganda Revenue Authority', p2p: P2P }),
      startTestNode({ country: 'RW', name: 'Rwanda Revenue Authority', p2p: P2P }),
    ]);
    await linkPartners([
      [ke, tz],
      [ke, ug],
      [ke, rw],
    ]);
    const [tzAnalyst, ugAnalyst] = await Promise.all([tz.loginAs('analyst'), ug.loginAs('analyst')]);
    [keAnalyst, keOfficer, tzOfficer, ugOfficer] = await Promise.all([
      ke.loginAs('analyst'),
      ke.loginAs('officer'),
      tz.loginAs('officer'),
      ug.loginAs('officer'),
    ]);
    operationId = await runOperation(
      keAnalyst,
      [
        { node: tz, analyst: tzAnalyst },
        { node: ug, analyst: ugAnalyst },
      ],
      { name: 'Operation Lens', template: { fields: [] }, retentionDays: 1 },
    );
    original = await jpegWithGps(scene(7, 800, 600), { lat: -4.04, lon: 39.67 });
  });

  after(async () => {
    await ugAgain?.close('test done');
    ugAgainLogs?.close();
    await Promise.all([ke?.close(), tz?.close(), ug?.close(), rw?.close()]);
  });

  it('runs an upload through the photo pipeline and refuses a message naming a photo it does not hold', async () => {
    expect(jpegSegments(original)).to.include('APP1');
    const uploaded = await uploadOperationPhoto(tzOfficer, operationId, original);
    expect(uploaded.status, JSON.stringify(uploaded.body)).to.equal(201);
    first = uploaded.body;
    expect(first.hash).to.match(/^[0-9a-f]{64}$/);
    expect(first.hash).not.to.equal(sha256(original));
    // Not served before a message names it.
    expect((await fetchPhoto(tzOfficer, operationId, first.hash)).status).to.equal(404);

    const unknown = await tzOfficer.post<{ error: { details: { path: string; rule: string }[] } }>(
      apiPaths.operationMessages(operationId),
      { text: 'see the photo', photos: ['ab'.repeat(32)] },
    );
    expect(unknown.status).to.equal(400);
    expect(unknown.body.error.details.map((d) => `${d.path} ${d.rule}`)).to.deep.equal(['photos[0] unknown']);

    const notAnImage = await uploadOperationPhoto(
      tzOfficer,
      operationId,
      Buffer.from('<!doctype html><p>hi'),
    );
    expect(notAnImage.status).to.equal(415);
  });

  it('relays the photo with its message to the organiser and the other member, byte-identical and without EXIF', async () => {
    const posted = await tzOfficer.post<PostOperationMessageResponse>(
      apiPaths.operationMessages(operationId),
      {
        text: 'Heroin in the spare tyre, photo attached',
        photos: [first.hash],
      },
    );
    expect(posted.status, JSON.stringify(posted.body)).to.equal(201);
    for (const client of [keAnalyst, ugOfficer]) {
      await eventually(
        async () => (await photoEntries(client)).length === 1,
        'the message with its photo arrived',
      );
      const [entry] = await photoEntries(client);
      expect(entry!.photos).to.deep.equal([{ hash: first.hash, size: first.size }]);
    }
    for (const client of [tzOfficer, keAnalyst, ugOfficer]) {
      const full = await fetchPhoto(client, operationId, first.hash);
      expect(full.status).to.equal(200);
      expect(full.type).to.equal('image/jpeg');
      expect(sha256(full.bytes)).to.equal(first.hash);
      expect(full.bytes.length).to.equal(first.size);
      expect(jpegSegments(full.bytes)).not.to.include('APP1');
      expect(full.bytes.includes(Buffer.from('FieldCam'))).to.equal(false);
      const thumb = await fetchPhoto(client, operationId, first.hash, 'thumb');
      expect(thumb.status).to.equal(200);
      expect(thumb.type).to.equal('image/webp');
    }
  });

  it('serves a photo only to those who may read the operation', async () => {
    // KE's officer is not a participant; RW is not a member (it holds nothing of the operation).
    expect((await fetchPhoto(keOfficer, operationId, first.hash)).status).to.equal(404);
    const rwAnalyst = await rw.loginAs('analyst');
    expect((await fetchPhoto(rwAnalyst, operationId, first.hash)).status).to.equal(404);
    expect((await fetchPhoto(rwAnalyst, operationId, first.hash, 'thumb')).status).to.equal(404);
  });

  it('refuses a tampered file, a file that is no image, a non-member and a message whose photo never came', async () => {
    const good = (await fetchPhoto(tzOfficer, operationId, first.hash)).bytes;
    // Offered under another name (so that KE does not hold it), with the bytes of the good one.
    const tampered = Buffer.from(good);
    tampered[tampered.length - 10] = tampered[tampered.length - 10]! ^ 0xff;
    const forged = await rawPhoto(
      tz.node,
      ke.node.nodeId,
      { operationId, hash: sha256(tampered), size: good.length },
      good,
    );
    expect(forged.refusal?.code).to.equal('bad-photo');
    // Bytes that hash right but are no image.
    const html = Buffer.from('<!doctype html><script>alert(1)</script>');
    const notImage = await rawPhoto(
      tz.node,
      ke.node.nodeId,
      { operationId, hash: sha256(html), size: html.length },
      html,
    );
    expect(notImage.refusal?.code).to.equal('bad-photo');
    // A JPEG header on bytes no decoder reads.
    const broken = Buffer.concat([good.subarray(0, 200), Buffer.alloc(2000, 0x41)]);
    const undecodable = await rawPhoto(
      tz.node,
      ke.node.nodeId,
      { operationId, hash: sha256(broken), size: broken.length },
      broken,
    );
    expect(undecodable.refusal?.code).to.equal('bad-photo');
    for (const hash of [sha256(tampered), sha256(html), sha256(broken)])
      expect(await exists(fileOf(ke, hash))).to.equal(false);

    // RW is no member: its offer is refused before a byte is sent.
    const intruder = await rawPhoto(
      rw.node,
      ke.node.nodeId,
      { operationId, hash: sha256(good), size: good.length },
      good,
    );
    expect(intruder.refusal?.code).to.equal('not-a-member');

    // A message naming a photo the organiser was never sent is refused.
    const tzKey = signingKeyFromLibp2p((await loadIdentity(tz.dataDir)).privateKey);
    const message: MessageStatement = {
      from: tz.node.nodeId,
      operationId,
      id: uuidv7(),
      author: 'officer1',
      photos: [{ hash: 'cd'.repeat(32), size: 1000 }],
      at: new Date().toISOString(),
    };
    const statement = await signStatement(OPERATION_JWS_TYPES.message, message, tzKey);
    const stream = await tz.node.peerHost.openStream(ke.node.nodeId, 'operations');
    const frames = framedStream(stream, PROTOCOLS.operations, Frame);
    await frames.write({ submit: { kind: 'message', statement } });
    const answer = await frames.read();
    await frames.close().catch(() => undefined);
    expect(answer.refusal?.code).to.equal('missing-photo');
  });

  it('takes a photo of another operation only with its bytes, never by its hash alone', async () => {
    const rwAnalyst = await rw.loginAs('analyst');
    const other = await runOperation(keAnalyst, [{ node: rw, analyst: rwAnalyst }], {
      name: 'Operation Elsewhere',
      template: { fields: [] },
    });
    // KE holds the file (for Operation Lens): RW, which knows only its hash, is asked for the bytes.
    const stream = await rw.node.peerHost.openStream(ke.node.nodeId, 'operations');
    const frames = framedStream(stream, PROTOCOLS.operations, Frame);
    await frames.write({ photoOffer: { operationId: other, hash: first.hash, size: first.size } });
    const answer = await frames.read();
    stream.abort(new Error('the test stops here'));
    expect(answer.ack, JSON.stringify(answer)).to.not.equal(null);
    expect(Number(answer.ack!.seq ?? 0)).to.equal(0);
    const rwOfficer = await rw.loginAs('officer');
    const named = await rwOfficer.post<{ error: { details: { path: string; rule: string }[] } }>(
      apiPaths.operationMessages(other),
      { photos: [first.hash] },
    );
    expect(named.status).to.equal(400);
    expect((await fetchPhoto(rwAnalyst, other, first.hash)).status).to.equal(404);

    // With the bytes, the file is the operation's too: the purge of Operation Lens keeps it on KE.
    const bytes = (await fetchPhoto(tzOfficer, operationId, first.hash)).bytes;
    const sent = await rawPhoto(
      rw.node,
      ke.node.nodeId,
      { operationId: other, hash: first.hash, size: first.size },
      bytes,
    );
    expect(Number(sent.ack?.seq ?? 0), JSON.stringify(sent)).to.equal(1);
  });

  it('delivers a photo to a member that was offline when it comes back', async () => {
    await ug.node.close('stopped by the test');
    await eventually(() => !ke.node.peerHost.status(ug.node.nodeId).connected, 'KE sees UG gone');
    // Noise does not compress: a PNG of several megabytes, sent in several chunks.
    const noise = await sharp(randomBytes(1000 * 1000 * 3), {
      raw: { width: 1000, height: 1000, channels: 3 },
    })
      .png()
      .toBuffer();
    const second = await uploadOperationPhoto(tzOfficer, operationId, noise, 'image/png');
    expect(second.status).to.equal(201);
    expect(second.body.mime).to.equal('image/png');
    expect(second.body.size).to.be.greaterThan(2 * PHOTO_CHUNK_BYTES);
    secondHash = second.body.hash;
    const posted = await tzOfficer.post<PostOperationMessageResponse>(
      apiPaths.operationMessages(operationId),
      {
        photos: [second.body.hash],
      },
    );
    expect(posted.status, JSON.stringify(posted.body)).to.equal(201);

    ugAgainLogs = testLoggers('node-UG-again');
    ugAgain = await startNode(await loadConfig(ug.dataDir, {}), {
      loggers: ugAgainLogs.loggers,
      clock: ug.clock.now,
      consoleDistDir: null,
      p2p: P2P,
    });
    const viewer = { username: 'officer1', role: 'officer' };
    await eventually(async () => {
      const page = await ugAgain!.operations.messages(operationId, viewer, { limit: 1000 });
      return page.items.some((e) => e.photos?.[0]?.hash === second.body.hash);
    }, 'UG holds the message and its photo once back');
    const file = await ugAgain.operations.readPhoto(operationId, second.body.hash, 'full', viewer);
    const parts: Buffer[] = [];
    for await (const part of file.stream) parts.push(part as Buffer);
    expect(sha256(Buffer.concat(parts))).to.equal(second.body.hash);
  });

  it('removes the files when the operation is purged at the end of its retention', async () => {
    const closed = await keAnalyst.post(apiPaths.operationClose(operationId), {});
    expect(closed.status, JSON.stringify(closed.body)).to.equal(200);
    await eventually(
      async () =>
        (await ugAgain!.operations.get(operationId, { username: 'analyst1', role: 'analyst' })).state ===
        'archived',
      'UG holds the close',
    );
    await eventually(
      async () =>
        (await tz.node.operations.get(operationId, { username: 'analyst1', role: 'analyst' })).state ===
        'archived',
      'TZ holds the close',
    );
    for (const node of [ke, tz, ug]) expect(await exists(fileOf(node, first.hash))).to.equal(true);
    for (const node of [ke, tz, ug]) node.clock.advance(DAY_MS + 60_000);
    expect(await ke.node.operations.purgeExpired()).to.deep.equal([operationId]);
    expect(await tz.node.operations.purgeExpired()).to.deep.equal([operationId]);
    expect(await ugAgain!.operations.purgeExpired()).to.deep.equal([operationId]);
    for (const node of [tz, ug]) {
      expect(await exists(fileOf(node, first.hash)), node.node.config.name).to.equal(false);
      expect(await exists(`${fileOf(node, first.hash)}-thumb`)).to.equal(false);
      expect(await exists(fileOf(node, secondHash)), node.node.config.name).to.equal(false);
    }
    // KE keeps the first photo for Operation Elsewhere, which still references it; not the second.
    expect(await exists(fileOf(ke, first.hash))).to.equal(true);
    expect(await exists(fileOf(ke, secondHash))).to.equal(false);
  });
});
