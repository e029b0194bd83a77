/**
 * Photos through the API of a real node: what an officer uploads, what is stored on disk (named
 * by its SHA-256, without any EXIF), what analysts get back, what is refused (HTML named .jpg,
 * oversized files, the wrong roles), photo search and similar-photo search, and removal.
 */
import { expect } from 'chai';
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import {
  apiPaths,
  type ApiError,
  type PhotoRemoveResponse,
  type PhotoSearchResponse,
  type PhotoUploadResponse,
  type SimilarPhotosResponse,
} from '../../protocol/api.ts';
import type { Case } from '../../protocol/records.ts';
import { validCase } from '../compliance/fixtures.ts';
import { jpegSegments, jpegWithGps, scene, uploadPhoto } from '../helpers/photo-fixtures.ts';
import { startTestNode, type ApiClient, type TestNode } from '../helpers/node.ts';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const KILINDINI = { lat: -4.0435, lon: 39.6682 };

async function download(client: ApiClient, path: string) {
  const response = await fetch(`${client.baseUrl}${path}`, { headers: { cookie: client.cookie ?? '' } });
  return { response, bytes: Buffer.from(await response.arrayBuffer()) };
}

describe('photos through the API', function () {
  this.timeout(60_000);

  let t: TestNode;
  let officer: ApiClient;
  let analyst: ApiClient;
  let auditor: ApiClient;
  let phoneJpeg: Buffer;

  async function newCase(overrides = {}): Promise<Case> {
    const created = await officer.post<Case>(apiPaths.cases, validCase(overrides));
    expect(created.status).to.equal(201);
    return created.body;
  }

  before(async () => {
    t = await startTestNode({ country: 'KE' });
    [officer, analyst, auditor] = await Promise.all([
      t.loginAs('officer'),
      t.loginAs('analyst'),
      t.loginAs('auditor'),
    ]);
    phoneJpeg = await jpegWithGps(scene(41, 1000, 750), KILINDINI);
  });

  after(async () => {
    await t?.close();
  });

  it('stores a phone JPEG without any EXIF under its SHA-256, keeps its position as a field, and lists it on the case', async () => {
    const c = await newCase();
    const uploaded = await uploadPhoto<PhotoUploadResponse>(officer, c.id, phoneJpeg, {
      fields: { caption: 'Cocaine under the false floor', keepGps: 'true', shareWithWco: 'true' },
    });
    expect(uploaded.status, JSON.stringify(uploaded.body)).to.equal(201);
    const { photo } = uploaded.body;
    expect(uploaded.body.case.version).to.equal(2);
    expect(photo.gps?.lat).to.be.closeTo(KILINDINI.lat, 1e-4);
    expect(photo.gps?.lon).to.be.closeTo(KILINDINI.lon, 1e-4);
    expect(photo).to.include({
      mime: 'image/jpeg',
      caption: 'Cocaine under the false floor',
      shareWithWco: true,
    });
    // Turned upright: the fixture is 1000 × 750 stored with orientation 6.
    expect([photo.width, photo.height]).to.deep.equal([750, 1000]);

    const onDisk = await readFile(join(t.dataDir, 'photos', photo.hash.slice(0, 2), photo.hash));
    expect(sha256(onDisk)).to.equal(photo.hash);
    expect(jpegSegments(onDisk)).to.not.include('APP1').and.not.include('APP2');
    expect(onDisk.includes(Buffer.from('Exif'))).to.equal(false);
    expect((await sharp(onDisk).metadata()).exif).to.equal(undefined);

    const read = await analyst.get<Case>(apiPaths.case(c.id));
    expect(read.status).to.equal(200);
    expect(read.body.photos).to.deep.equal([photo]);

    const served = await download(analyst, apiPaths.photo(photo.hash));
    expect(served.response.status).to.equal(200);
    expect(served.response.headers.get('content-type')).to.equal('image/jpeg');
    expect(served.response.headers.get('x-content-type-options')).to.equal('nosniff');
    expect(served.response.headers.get('cache-control')).to.contain('immutable');
    expect(served.bytes.equals(onDisk)).to.equal(true);
    expect((await sharp(served.bytes).metadata()).exif).to.equal(undefined);

    const thumb = await download(analyst, apiPaths.photo(photo.hash, true));
    expect(thumb.response.status).to.equal(200);
    expect(thumb.response.headers.get('content-type')).to.equal('image/webp');
    expect(sha256(thumb.bytes)).to.equal(photo.thumbHash);
    const thumbMeta = await sharp(thumb.bytes).metadata();
    expect(Math.max(thumbMeta.width, thumbMeta.height)).to.equal(320);

    const again = await fetch(`${analyst.baseUrl}${apiPaths.photo(photo.hash)}`, {
      headers: { cookie: analyst.cookie ?? '', 'if-none-match': served.response.headers.get('etag') ?? '' },
    });
    expect(again.status).to.equal(304);
  });

  it('refuses a file named .jpg that is really HTML, and leaves the case as it was', async () => {
    const c = await newCase();
    const html = Buffer.from(
      '<!DOCTYPE html><html><body><script>fetch("/api/v1/cases")</script></body></html>',
    );
    const refused = await uploadPhoto<ApiError>(officer, c.id, html, {
      filename: 'seizure.jpg',
      contentType: 'image/jpeg',
    });
    expect(refused.status).to.equal(415);
    expect(refused.body.error.code).to.equal('unsupported_media_type');
    expect(refused.body.error.message).to.contain('HTML');
    const after = await officer.get<Case>(apiPaths.case(c.id));
    expect(after.body.version).to.equal(1);
    expect(after.body.photos).to.deep.equal([]);
  });

  it('accepts PNG and WebP', async () => {
    const c = await newCase();
    const png = await sharp(scene(42, 640, 480))
      .png()
      .toBuffer();
    const webp = await sharp(scene(43, 640, 480))
      .webp()
      .toBuffer();
    const a = await uploadPhoto<PhotoUploadResponse>(officer, c.id, png, {
      filename: 'a.png',
      contentType: 'image/png',
    });
    const b = await uploadPhoto<PhotoUploadResponse>(officer, c.id, webp, {
      // The declared type does not matter either way: the bytes do.
      filename: 'b.bin',
      contentType: 'application/octet-stream',
    });
    expect([a.status, b.status]).to.deep.equal([201, 201]);
    expect([a.body.photo.mime, b.body.photo.mime]).to.deep.equal(['image/png', 'image/webp']);
    expect(b.body.case.photos.map((p) => p.mime)).to.deep.equal(['image/png', 'image/webp']);
    const served = await download(analyst, apiPaths.photo(b.body.photo.hash));
    expect(served.response.headers.get('content-type')).to.equal('image/webp');
  });

  it('refuses an oversized file, a JSON body, a form without a file and unknown fields', async () => {
    const c = await newCase();
    const huge = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(20 * 1024 * 1024 + 10)]);
    const tooLarge = await uploadPhoto<ApiError>(officer, c.id, huge);
    expect(tooLarge.status).to.equal(413);
    expect(tooLarge.body.error.code).to.equal('payload_too_large');

    const json = await officer.post<ApiError>(apiPaths.casePhotos(c.id), { file: 'x' });
    expect(json.status).to.equal(415);

    const noFile = await uploadPhoto<ApiError>(officer, c.id, phoneJpeg, { field: 'photo' });
    expect(noFile.status).to.equal(400);
    expect(noFile.body.error.message).to.contain('"file"');

    const unknown = await uploadPhoto<ApiError>(officer, c.id, phoneJpeg, { fields: { secret: 'x' } });
    expect(unknown.status).to.equal(400);

    const badFlag = await uploadPhoto<ApiError>(officer, c.id, phoneJpeg, { fields: { keepGps: 'maybe' } });
    expect(badFlag.status).to.equal(400);
    expect(badFlag.body.error.code).to.equal('validation_failed');

    const missing = await uploadPhoto<ApiError>(officer, '01900000-0000-7000-8000-0000000000aa', phoneJpeg);
    expect(missing.status).to.equal(404);
    expect((await officer.get<Case>(apiPaths.case(c.id))).body.version).to.equal(1);
  });

  it('lets officers upload and remove, analysts read, and refuses auditors', async () => {
    const c = await newCase();
    const bytes = await sharp(scene(44, 400, 300))
      .jpeg()
      .toBuffer();
    expect((await uploadPhoto<ApiError>(analyst, c.id, bytes)).status).to.equal(403);
    expect((await uploadPhoto<ApiError>(auditor, c.id, bytes)).status).to.equal(403);
    const uploaded = await uploadPhoto<PhotoUploadResponse>(officer, c.id, bytes);
    expect(uploaded.status).to.equal(201);
    const { hash } = uploaded.body.photo;
    expect((await download(auditor, apiPaths.photo(hash))).response.status).to.equal(403);
    expect((await auditor.get(apiPaths.photos)).status).to.equal(403);
    expect((await analyst.delete(apiPaths.casePhoto(c.id, hash))).status).to.equal(403);

    const removed = await officer.delete<PhotoRemoveResponse>(apiPaths.casePhoto(c.id, hash));
    expect(removed.status).to.equal(200);
    expect(removed.body.case.photos).to.deep.equal([]);
    expect(removed.body.case.version).to.equal(3);
    expect(removed.body.fileRemoved).to.equal(true);
    expect((await download(analyst, apiPaths.photo(hash))).response.status).to.equal(404);
    let gone: unknown;
    try {
      await stat(join(t.dataDir, 'photos', hash.slice(0, 2), hash));
    } catch (err) {
      gone = err;
    }
    expect(gone).to.have.property('code', 'ENOENT');

    const audit = await t.loginAs('auditor');
    const entries = await audit.get<{
      items: { action: string; target?: string; details?: Record<string, unknown> }[];
    }>(`${apiPaths.audit}?action=record-updated&target=${c.id}`);
    expect(entries.body.items.map((e) => e.details?.photo)).to.have.members(['added', 'removed']);
  });

  it('finds photos by case filters and caption, and the same concealment photographed twice', async () => {
    const first = await newCase({ seizureDate: '2026-07-01' });
    const second = await newCase({ seizureDate: '2026-08-01' });
    const third = await newCase({ seizureDate: '2026-09-01' });
    const original = await sharp(scene(45)).jpeg({ quality: 90 }).toBuffer();
    const retaken = await sharp(original).resize(700).jpeg({ quality: 60 }).toBuffer();
    const unrelated = await sharp(scene(46)).jpeg({ quality: 90 }).toBuffer();
    const a = await uploadPhoto<PhotoUploadResponse>(officer, first.id, original, {
      fields: { caption: 'Hollowed pallet, Mombasa' },
    });
    const b = await uploadPhoto<PhotoUploadResponse>(officer, second.id, retaken, {
      fields: { caption: 'Pallet again' },
    });
    const c = await uploadPhoto<PhotoUploadResponse>(officer, third.id, unrelated, {
      fields: { caption: 'Other' },
    });
    expect([a.status, b.status, c.status]).to.deep.equal([201, 201, 201]);

    const similar = await analyst.get<SimilarPhotosResponse>(
      `${apiPaths.photoSimilar(a.body.photo.hash)}?case=${first.id}`,
    );
    expect(similar.status).to.equal(200);
    expect(similar.body.items.map((item) => item.photo.hash)).to.include(b.body.photo.hash);
    expect(similar.body.items.map((item) => item.photo.hash)).to.not.include(c.body.photo.hash);
    expect(similar.body.items.map((item) => item.photo.hash)).to.not.include(a.body.photo.hash);
    expect(similar.body.items.find((item) => item.photo.hash === b.body.photo.hash)?.case.id).to.equal(
      second.id,
    );

    const byCaption = await analyst.get<PhotoSearchResponse>(
      `${apiPaths.photos}?caption=pallet&from=2026-07-01`,
    );
    expect(byCaption.status).to.equal(200);
    expect(byCaption.body.items.map((hit) => hit.case.id)).to.deep.equal([second.id, first.id]);
    const byDate = await analyst.get<PhotoSearchResponse>(`${apiPaths.photos}?from=2026-09-01&to=2026-09-30`);
    expect(byDate.body.items.map((hit) => hit.photo.hash)).to.deep.equal([c.body.photo.hash]);
    const badFilter = await analyst.get<ApiError>(`${apiPaths.photos}?commodity=not-a-code`);
    expect(badFilter.status).to.equal(400);
  });
});
