/**
 * The photo library over a real record store (in memory) and real files in a temp directory:
 * an upload is a new version of the case, stored once under its SHA-256, found by the case
 * filters and its caption, and by similarity; removing it keeps the file while another case
 * names it; saving a case from a client keeps what the node measured; the store stays consistent.
 */
import { expect } from 'chai';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import type { Case, CaseInput, PhotoMeta } from '../../../protocol/records.ts';
import { PhotoLibrary } from '../../../node/photos/index.ts';
import { checkStore } from '../../../node/store/check.ts';
import { MemoryKv } from '../../../node/store/memory-kv.ts';
import { PHOTO_NAMESPACE } from '../../../node/store/photo-index.ts';
import { RecordStore } from '../../../node/store/records.ts';
import { ACTOR, item, validCase } from '../../compliance/fixtures.ts';
import { jpegWithGps, scene } from '../../helpers/photo-fixtures.ts';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function rejectionOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected a rejection');
}

/** The editable part of a stored case, as the console sends it back. */
function inputOf(c: Case): CaseInput {
  const { id: _i, version: _v, createdAt: _c, updatedAt: _u, createdBy: _cb, updatedBy: _ub, ...input } = c;
  return structuredClone(input);
}

describe('photos: the library over the record store', function () {
  this.timeout(30_000);

  let dir: string;
  let kv: MemoryKv;
  let store: RecordStore;
  let photos: PhotoLibrary;
  let concealment: Buffer;
  let concealmentSmaller: Buffer;
  let unrelated: Buffer;

  before(async () => {
    concealment = await jpegWithGps(scene(21, 1000, 750), { lat: -4.0435, lon: 39.6682 }, 1);
    concealmentSmaller = await sharp(concealment).resize(600).jpeg({ quality: 60 }).toBuffer();
    unrelated = await sharp(scene(22, 1000, 750))
      .png()
      .toBuffer();
  });

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cen-photos-'));
    kv = new MemoryKv();
    store = await RecordStore.open({ kv, country: 'KE' });
    photos = await PhotoLibrary.open({ store, dir });
  });

  afterEach(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('adds an upload to the case as a new version, stored once under its SHA-256', async () => {
    const created = await store.createCase(validCase(), ACTOR);
    const {
      case: updated,
      photo,
      added,
    } = await photos.upload(
      created.id,
      concealment,
      { caption: 'False floor of the container', keepGps: true, shareWithWco: true },
      { username: 'otieno' },
    );
    expect(added).to.equal(true);
    expect(updated.version).to.equal(2);
    expect(updated.updatedBy).to.equal('otieno');
    expect(updated.photos).to.deep.equal([photo]);
    expect(photo).to.include({
      mime: 'image/jpeg',
      caption: 'False floor of the container',
      shareWithWco: true,
      uploadedBy: 'otieno',
      width: 1000,
      height: 750,
    });
    expect(photo.gps?.lat).to.be.closeTo(-4.0435, 1e-4);
    expect(photo.phash).to.match(/^[0-9a-f]{16}$/);

    const file = await readFile(join(dir, photo.hash.slice(0, 2), photo.hash));
    expect(sha256(file)).to.equal(photo.hash);
    expect(file.length).to.equal(photo.bytes);
    const thumb = await readFile(join(dir, photo.hash.slice(0, 2), `${photo.hash}-thumb`));
    expect(sha256(thumb)).to.equal(photo.thumbHash);

    const revisions = await store.revisions('case', created.id);
    expect(revisions.map((r) => r.version)).to.deep.equal([1, 2]);
    expect((await store.verifyChains('case', created.id)).ok).to.equal(true);
    expect((await checkStore(store)).problems).to.deep.equal([]);
    expect(await store.casesWithPhoto(photo.hash)).to.deep.equal([created.id]);

    // The same file again changes nothing.
    const again = await photos.upload(created.id, concealment, { caption: 'again' }, ACTOR);
    expect(again.added).to.equal(false);
    expect(again.case.version).to.equal(2);
  });

  it('refuses a case that does not exist or is deleted, and leaves no file behind', async () => {
    const c = await store.createCase(validCase(), ACTOR);
    await store.deleteCase(c.id, 1, ACTOR);
    const err = await rejectionOf(photos.upload(c.id, concealment, {}, ACTOR));
    expect(err.name).to.equal('NotFoundError');
    expect((await readdir(dir)).filter((name) => name !== '.tmp')).to.deep.equal([]);
  });

  it('keeps a file while any case names it, and removes it with the last one', async () => {
    const [a, b] = await store.createCases([validCase(), validCase({ seizureDate: '2026-04-02' })], ACTOR);
    const { photo } = await photos.upload(a!.id, concealment, {}, ACTOR);
    const second = await photos.upload(b!.id, concealment, {}, ACTOR);
    expect(second.photo.hash).to.equal(photo.hash);
    const path = join(dir, photo.hash.slice(0, 2), photo.hash);

    const first = await photos.remove(a!.id, photo.hash, ACTOR);
    expect(first.fileRemoved).to.equal(false);
    expect(first.case.photos).to.deep.equal([]);
    expect(first.case.version).to.equal(3);
    expect((await stat(path)).isFile()).to.equal(true);
    const served = await photos.read(photo.hash);
    served.stream.destroy();
    expect(served.mime).to.equal('image/jpeg');
    expect(served.bytes).to.equal(photo.bytes);

    const last = await photos.remove(b!.id, photo.hash, ACTOR);
    expect(last.fileRemoved).to.equal(true);
    expect(await rejectionOf(stat(path))).to.have.property('code', 'ENOENT');
    expect((await rejectionOf(photos.read(photo.hash))).name).to.equal('NotFoundError');
    expect((await rejectionOf(photos.remove(b!.id, photo.hash, ACTOR))).name).to.equal('NotFoundError');
    expect((await checkStore(store)).problems).to.deep.equal([]);
  });

  it('keeps what the node measured when a client saves the case, and lets it change the caption', async () => {
    const c = await store.createCase(validCase(), ACTOR);
    const { case: withPhoto, photo } = await photos.upload(c.id, concealment, { caption: 'first' }, ACTOR);
    const input = inputOf(withPhoto);
    // An older client that knows only the first photo fields, and tampers with the size.
    input.photos = [{ hash: photo.hash, mime: photo.mime, caption: 'Blocks behind the tea', width: 1 }];
    const saved = await store.updateCase(c.id, input, withPhoto.version, ACTOR);
    expect(saved.photos).to.deep.equal([{ ...photo, caption: 'Blocks behind the tea' }]);
    // Dropping a photo from the list removes it from the case, as the API's DELETE does.
    const without = await store.updateCase(c.id, { ...inputOf(saved), photos: [] }, saved.version, ACTOR);
    expect(without.photos).to.deep.equal([]);
    expect(await store.casesWithPhoto(photo.hash)).to.deep.equal([]);
  });

  it('finds photos by the case filters and the caption, newest seizure first, page by page', async () => {
    const cases = await store.createCases(
      [
        validCase({ seizureDate: '2026-01-10' }),
        validCase({ seizureDate: '2026-02-10', items: [item(3)] }),
        validCase({ seizureDate: '2026-03-10' }),
      ],
      ACTOR,
    );
    const uploaded: PhotoMeta[] = [];
    for (const [i, c] of cases.entries()) {
      const bytes = await sharp(scene(30 + i, 300, 200))
        .jpeg()
        .toBuffer();
      uploaded.push(
        (
          await photos.upload(
            c.id,
            bytes,
            { caption: i === 1 ? 'Cigarettes in the spare tyre' : `Cocaine ${i}` },
            ACTOR,
          )
        ).photo,
      );
    }
    const all = await photos.search({});
    expect(all.items.map((hit) => hit.photo.hash)).to.deep.equal([
      uploaded[2]!.hash,
      uploaded[1]!.hash,
      uploaded[0]!.hash,
    ]);
    expect(all.items[0]!.case).to.include({ id: cases[2]!.id, seizureDate: '2026-03-10' });
    expect(all.items[0]!.case.commodities).to.deep.equal(['cocaine']);

    expect((await photos.search({ itrArea: 'revenue' })).items.map((h) => h.case.id)).to.deep.equal([
      cases[1]!.id,
    ]);
    expect((await photos.search({ caption: 'TYRE spare' })).items.map((h) => h.case.id)).to.deep.equal([
      cases[1]!.id,
    ]);
    expect((await photos.search({ caption: 'tyre', itrArea: 'drugs' })).items).to.deep.equal([]);
    expect(
      (await photos.search({ from: '2026-02-01', to: '2026-02-28' })).items.map((h) => h.case.id),
    ).to.deep.equal([cases[1]!.id]);

    const first = await photos.search({ limit: 2 });
    expect(first.items).to.have.length(2);
    expect(first.nextCursor).to.be.a('string');
    const second = await photos.search({ limit: 2, cursor: first.nextCursor! });
    expect(second.items.map((h) => h.photo.hash)).to.deep.equal([uploaded[0]!.hash]);
    expect(second.nextCursor).to.equal(undefined);
    expect((await rejectionOf(photos.search({ cursor: 'bm90LWEtY3Vyc29y' }))).name).to.equal(
      'ValidationError',
    );

    // A deleted case's photos leave the search.
    await store.deleteCase(cases[2]!.id, cases[2]!.version + 1, ACTOR);
    expect((await photos.search({})).items.map((h) => h.case.id)).to.not.include(cases[2]!.id);
  });

  it('finds the same concealment photographed again, smaller and recompressed, and not an unrelated one', async () => {
    const [a, b, c] = await store.createCases(
      [validCase(), validCase({ seizureDate: '2026-05-01' }), validCase({ seizureDate: '2026-06-01' })],
      ACTOR,
    );
    const original = (await photos.upload(a!.id, concealment, {}, ACTOR)).photo;
    const again = (await photos.upload(b!.id, concealmentSmaller, {}, ACTOR)).photo;
    const other = (await photos.upload(c!.id, unrelated, {}, ACTOR)).photo;
    expect(again.hash).to.not.equal(original.hash);

    const similar = await photos.similar(original.hash, { caseId: a!.id });
    expect(similar.map((s) => [s.case.id, s.photo.hash])).to.deep.equal([[b!.id, again.hash]]);
    expect(similar[0]!.distance).to.be.at.most(10);
    expect(similar.map((s) => s.photo.hash)).to.not.include(other.hash);
    // From the other side too.
    expect((await photos.similar(again.hash)).map((s) => s.photo.hash)).to.deep.equal([original.hash]);
    expect((await rejectionOf(photos.similar('0'.repeat(64)))).name).to.equal('NotFoundError');
  });

  it('builds the photo index for cases stored before it existed', async () => {
    const photo: PhotoMeta = { hash: 'ab'.repeat(32), mime: 'image/jpeg', phash: '0123456789abcdef' };
    const c = await store.createCase(validCase({ photos: [photo] }), ACTOR);
    expect(await store.casesWithPhoto(photo.hash)).to.deep.equal([c.id]);
    // As a store from before the photo index: no entries and no marker.
    const ops = [];
    for await (const [key] of kv.iterate(PHOTO_NAMESPACE))
      ops.push({ type: 'del' as const, ns: PHOTO_NAMESPACE, key });
    ops.push({ type: 'del' as const, ns: 'meta', key: 'photo-index' });
    await kv.batch(ops);
    expect(await store.casesWithPhoto(photo.hash)).to.deep.equal([]);

    const reopened = await RecordStore.open({ kv, country: 'KE' });
    expect(await reopened.casesWithPhoto(photo.hash)).to.deep.equal([c.id]);
    const hashes = [];
    for await (const entry of reopened.photoHashes()) hashes.push(entry);
    expect(hashes).to.deep.equal([{ hash: photo.hash, caseId: c.id, phash: photo.phash }]);
  });
});
