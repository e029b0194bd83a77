/**
 * The pieces of node/migrations on small temp directories: the format marker, the migration
 * chain, the copy (hard links for photo files, copies for the rest) and crash recovery's table.
 */
import { expect } from 'chai';
import { lstat, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  CURRENT_DATA_FORMAT,
  DATA_FORMAT_FILE,
  DataFormatMarkerError,
  DataFormatOutdatedError,
  DataFormatTooNewError,
  MIGRATIONS,
  SWAP_JOURNAL,
  assertCurrentDataFormat,
  copyPathOf,
  migrationsFrom,
  planMigration,
  readDataFormat,
  recoverInterruptedMigration,
  writeCurrentDataFormat,
  type Migration,
} from '../../node/migrations/index.ts';
import { copyDataDirectory } from '../../node/migrations/copy.ts';
import { makeTempDir } from '../helpers/node.ts';

const noop = (from: number): Migration => ({
  from,
  to: from + 1,
  title: `${from}`,
  run: () => Promise.resolve(),
});
const exists = (path: string) =>
  lstat(path).then(
    () => true,
    () => false,
  );

describe('data migrations (unit)', () => {
  let temp: { path: string; remove(): Promise<void> };
  let dir: string;
  let n = 0;
  beforeEach(async () => {
    temp ??= await makeTempDir('cen-migrations-unit-');
    dir = join(temp.path, `d${++n}`, 'data');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'config.json'), '{"role":"national"}');
  });
  after(() => temp?.remove());

  it('reads a directory without a marker as format 1, and the marker init writes as the current one', async () => {
    expect(await readDataFormat(dir)).to.equal(1);
    expect((await planMigration(dir)).migrations.map((m) => m.to)).to.deep.equal(MIGRATIONS.map((m) => m.to));
    await writeCurrentDataFormat(dir);
    expect(await readDataFormat(dir)).to.equal(CURRENT_DATA_FORMAT);
    expect((await planMigration(dir)).migrations).to.deep.equal([]);
    await assertCurrentDataFormat(dir);
  });

  it('refuses a newer format, an older one where only the current opens, and a broken marker', async () => {
    await writeFile(join(dir, DATA_FORMAT_FILE), JSON.stringify({ dataFormat: CURRENT_DATA_FORMAT + 1 }));
    const newer = await planMigration(dir).catch((e: unknown) => e);
    expect(newer).to.be.instanceOf(DataFormatTooNewError);
    expect((newer as Error).message).to.contain('Install the newer release again, or restore a backup');
    await writeFile(join(dir, DATA_FORMAT_FILE), JSON.stringify({ dataFormat: 1 }));
    expect(await assertCurrentDataFormat(dir).catch((e: unknown) => e)).to.be.instanceOf(
      DataFormatOutdatedError,
    );
    await writeFile(join(dir, DATA_FORMAT_FILE), '{"dataFormat": "two"}');
    expect(await readDataFormat(dir).catch((e: unknown) => e)).to.be.instanceOf(DataFormatMarkerError);
  });

  it('accepts only an unbroken chain of migrations, one format at a time', () => {
    expect(migrationsFrom(2, [noop(1), noop(2), noop(3)]).map((m) => m.from)).to.deep.equal([2, 3]);
    expect(() => migrationsFrom(1, [noop(1), noop(3)])).to.throw(TypeError, 'broken at format 2');
  });

  it('copies the data, hard-linking photo files and copying the store, without the socket or dot names', async () => {
    const photo = join(dir, 'photos', 'ab', `ab${'0'.repeat(62)}`);
    await mkdir(join(dir, 'photos', 'ab'), { recursive: true });
    await writeFile(photo, 'jpeg');
    await mkdir(join(dir, 'store'));
    await writeFile(join(dir, 'store', 'CURRENT'), 'MANIFEST-000001\n', { mode: 0o600 });
    await writeFile(join(dir, '.data-format.json.tmp'), 'half');
    const copy = copyPathOf(dir);
    await copyDataDirectory(dir, copy);
    expect((await lstat(join(copy, 'photos', 'ab', `ab${'0'.repeat(62)}`))).ino).to.equal(
      (await lstat(photo)).ino,
    );
    const store = [join(dir, 'store', 'CURRENT'), join(copy, 'store', 'CURRENT')];
    expect((await lstat(store[1]!)).ino).not.to.equal((await lstat(store[0]!)).ino);
    expect((await lstat(store[1]!)).mode & 0o777).to.equal(0o600);
    expect(await readFile(store[1]!, 'utf8')).to.equal('MANIFEST-000001\n');
    expect(await exists(join(copy, '.data-format.json.tmp'))).to.equal(false);
  });

  it('recovers each state a crash can leave', async () => {
    const copy = copyPathOf(dir);
    // Crashed before the swap: the copy goes, the data stays.
    await mkdir(copy);
    expect(await recoverInterruptedMigration(dir)).to.have.length(1);
    expect(await exists(copy)).to.equal(false);
    expect(await exists(join(dir, 'config.json'))).to.equal(true);
    // Crashed between the renames: the finished copy (with its journal) becomes the data.
    await rename(dir, `${dir}.before-format-1`);
    await mkdir(copy);
    await writeFile(join(copy, 'config.json'), '{"migrated":true}');
    await writeFile(join(copy, SWAP_JOURNAL), '{}');
    expect(await recoverInterruptedMigration(dir)).to.have.length(1);
    expect(await readFile(join(dir, 'config.json'), 'utf8')).to.equal('{"migrated":true}');
    // Crashed after the renames: only the journal is left to remove; then nothing to do.
    expect(await exists(join(dir, SWAP_JOURNAL))).to.equal(false);
    await writeFile(join(dir, SWAP_JOURNAL), '{}');
    expect(await recoverInterruptedMigration(dir)).to.have.length(1);
    expect(await recoverInterruptedMigration(dir)).to.deep.equal([]);
  });
});
