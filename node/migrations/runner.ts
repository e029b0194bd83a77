/**
 * Runs the pending migrations of a data directory D safely: it copies D to `.<D>.migrating`
 * beside it, runs the migrations on the copy, fsyncs it, writes a swap journal into it, then swaps
 * with two renames (D → `<D>.before-format-N`, copy → D). Until the first rename, D is not
 * touched at all, so any failure only removes the copy. A crash is recovered by the next run
 * (`recoverInterruptedMigration`, which `migrate` and `start` call first):
 *
 * | what is on disk                          | what it means                 | recovery                 |
 * |------------------------------------------|-------------------------------|--------------------------|
 * | D and the copy                           | crashed before the swap       | the copy is removed      |
 * | the copy with its journal, no D          | crashed between the renames   | the copy becomes D       |
 * | D with the journal in it                 | crashed after the renames     | the journal is removed   |
 *
 * The copy sits beside D, so D's parent must be writable by whoever migrates, and D must not be a
 * mount point (renames do not cross file systems). See docs/decisions/0013-data-migrations.md.
 */
import { syncDirectory } from '../durable-files.ts';
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, lstat, readFile, rename, rm, stat, statfs, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { probeControlSocket } from '../control/client.ts';
import { dataPaths } from '../config.ts';
import { STORE_DIRECTORY } from '../store/index.ts';
import { copyDataDirectory, planCopy, syncTree } from './copy.ts';
import {
  DataDirectoryInUseError,
  DataFormatOutdatedError,
  DataFormatTooNewError,
  MigrationFailedError,
  MigrationLayoutError,
  NotEnoughSpaceError,
} from './errors.ts';
import {
  readDataFormatMarker,
  writeDataFormatMarker,
  type DataFormatMarker,
  type MigrationRecord,
} from './format.ts';
import {
  CURRENT_DATA_FORMAT,
  MIGRATIONS,
  migrationsFrom,
  type Migration,
  type MigrationLog,
} from './migrations.ts';

/** The journal a finished copy holds while it is being swapped in. */
export const SWAP_JOURNAL = '.migration-swap.json';

/** Where the runner stands; a test-only hook sees each step (see `MigrateOptions.onStep`). */
export const MIGRATION_STEPS = [
  'copied',
  'migrated',
  'synced',
  'ready',
  'original-moved',
  'copy-moved',
] as const;
export type MigrationStep = (typeof MIGRATION_STEPS)[number];

/** Free space kept beyond the copy's size: LevelDB compacts while a migration writes. */
const SPACE_MARGIN_BYTES = 64 * 1024 * 1024;
const SPACE_MARGIN_RATIO = 0.1;

export const copyPathOf = (dataDir: string) => join(dirname(dataDir), `.${basename(dataDir)}.migrating`);
export const keptPathOf = (dataDir: string, format: number) => `${dataDir}.before-format-${format}`;

export interface MigrationPlan {
  dataDir: string;
  found: number;
  target: number;
  migrations: Pick<Migration, 'from' | 'to' | 'title'>[];
}

export interface MigrateOptions {
  log?: MigrationLog;
  dryRun?: boolean;
  clock?: () => Date;
  /** Tests only: another list of migrations (one that fails, say). */
  migrations?: readonly Migration[];
  /** Tests only: called after each step, to fail or crash there. */
  onStep?: (step: MigrationStep) => void | Promise<void>;
}

export interface MigrationResult extends MigrationPlan {
  dryRun: boolean;
  /** What recovery of an interrupted earlier run did, if anything. */
  recovered: string[];
  ran: (Pick<Migration, 'from' | 'to' | 'title'> & { ms: number })[];
  /** The untouched original data, kept until the operator deletes it. */
  keptAs?: string;
}

const exists = (path: string) =>
  lstat(path).then(
    () => true,
    () => false,
  );

/** The format found and the migrations that would run; refuses data newer than this release. */
export async function planMigration(
  dataDir: string,
  options: Pick<MigrateOptions, 'migrations'> = {},
): Promise<MigrationPlan> {
  const dir = resolve(dataDir);
  const list = options.migrations ?? MIGRATIONS;
  const current = list.at(-1)?.to ?? CURRENT_DATA_FORMAT;
  if (!(await exists(dataPaths(dir).config))) {
    throw new MigrationLayoutError(`${dir} is not a node's data directory (it has no config.json)`);
  }
  const { dataFormat } = await readDataFormatMarker(dir);
  if (dataFormat > current) throw new DataFormatTooNewError(dir, dataFormat, current);
  const migrations = migrationsFrom(dataFormat, list).map(({ from, to, title }) => ({ from, to, title }));
  return { dataDir: dir, found: dataFormat, target: current, migrations };
}

/** Refuses data of another format than this release runs (the node's and the offline CLI's guard). */
export async function assertCurrentDataFormat(dataDir: string): Promise<void> {
  const { dataFormat } = await readDataFormatMarker(dataDir);
  if (dataFormat > CURRENT_DATA_FORMAT)
    throw new DataFormatTooNewError(dataDir, dataFormat, CURRENT_DATA_FORMAT);
  if (dataFormat < CURRENT_DATA_FORMAT)
    throw new DataFormatOutdatedError(dataDir, dataFormat, CURRENT_DATA_FORMAT);
}

/** `init`: a new directory is of the current format. */
export function writeCurrentDataFormat(dataDir: string): Promise<void> {
  return writeDataFormatMarker(dataDir, { dataFormat: CURRENT_DATA_FORMAT, history: [] });
}

/**
 * Whether a process holds the LevelDB lock of the store, read from /proc/locks (Linux) without
 * opening the store: opening it would already change its files. False where /proc is missing.
 */
async function storeLockHeld(dataDir: string): Promise<boolean> {
  let locks: string;
  let info;
  try {
    info = await stat(join(dataDir, STORE_DIRECTORY, 'LOCK'), { bigint: true });
    locks = await readFile('/proc/locks', 'utf8');
  } catch {
    return false;
  }
  // glibc's encoding of st_dev; /proc/locks prints MAJOR:MINOR (hex) and the inode (decimal).
  const major = ((info.dev >> 8n) & 0xfffn) | ((info.dev >> 32n) & ~0xfffn);
  const minor = (info.dev & 0xffn) | ((info.dev >> 12n) & ~0xffn);
  return locks.split('\n').some((line) => {
    const id = line.trim().split(/\s+/)[5];
    const [maj, min, ino] = id?.split(':') ?? [];
    if (maj === undefined || min === undefined || ino === undefined) return false;
    return BigInt(`0x${maj}`) === major && BigInt(`0x${min}`) === minor && BigInt(ino) === info.ino;
  });
}

async function assertNotInUse(dataDir: string): Promise<void> {
  if ((await probeControlSocket(dataPaths(dataDir).controlSocket)) === 'running') {
    throw new DataDirectoryInUseError(dataDir, 'a node is running');
  }
  if (await storeLockHeld(dataDir)) {
    throw new DataDirectoryInUseError(
      dataDir,
      'another process (a node starting or stopping, or a tool) holds the store',
    );
  }
}

async function assertLayout(dataDir: string): Promise<void> {
  const parent = dirname(dataDir);
  const [own, above] = await Promise.all([stat(dataDir), stat(parent)]);
  if (own.dev !== above.dev) {
    throw new MigrationLayoutError(
      `${dataDir} is a mount point: the migration copies it beside itself and swaps with renames, which cannot cross file systems. Keep the data in a folder inside the mounted file system (e.g. ${join(dataDir, 'data')}) and point --data (CEN_DATA) at it.`,
    );
  }
  try {
    await access(parent, constants.W_OK | constants.X_OK);
  } catch {
    throw new MigrationLayoutError(
      `${parent} is not writable by this user, and the migration puts its copy and the kept original there (beside ${dataDir}). Keep the data one level down in a folder this user owns (the package uses /var/lib/cen-node/data), or run the migration as a user that may write in ${parent}.`,
    );
  }
}

async function assertSpace(dataDir: string): Promise<void> {
  const plan = await planCopy(dataDir);
  const needed = Math.ceil(plan.copyBytes * (1 + SPACE_MARGIN_RATIO)) + SPACE_MARGIN_BYTES;
  const fs = await statfs(dirname(dataDir));
  const available = Number(fs.bavail) * Number(fs.bsize);
  if (available < needed) throw new NotEnoughSpaceError(dirname(dataDir), needed, available);
}

/**
 * Finishes or undoes a migration a crash interrupted (see the table above); returns what it did,
 * one line each, empty when there was nothing to do. Safe to call at any time the node is stopped.
 */
export async function recoverInterruptedMigration(dataDir: string): Promise<string[]> {
  const dir = resolve(dataDir);
  const copy = copyPathOf(dir);
  const done: string[] = [];
  const hasData = await exists(dir);
  if (await exists(copy)) {
    if (hasData) {
      await rm(copy, { recursive: true, force: true });
      done.push(`removed ${copy}, the unfinished copy of a migration that stopped before the swap`);
    } else if (await exists(join(copy, SWAP_JOURNAL))) {
      await rename(copy, dir);
      await syncDirectory(dirname(dir));
      done.push(`finished a migration that stopped in the middle of its swap: ${copy} is now ${dir}`);
    } else {
      throw new MigrationLayoutError(
        `${dir} is missing and ${copy} is an unfinished migration copy: put the original back by renaming ${dir}.before-format-<N> to ${dir}, then run cen-node migrate again`,
      );
    }
  }
  if (await exists(join(dir, SWAP_JOURNAL))) {
    await unlink(join(dir, SWAP_JOURNAL));
    await syncDirectory(dir);
    if (done.length === 0) done.push(`removed the swap journal of a migration that had finished its swap`);
  }
  return done;
}

/** The name the original is kept under: `<D>.before-format-N`, or with a time suffix if that is taken. */
async function keptName(dataDir: string, format: number, clock: () => Date): Promise<string> {
  const plain = keptPathOf(dataDir, format);
  if (!(await exists(plain))) return plain;
  return `${plain}-${clock().toISOString().replace(/[-:.]/g, '')}-${randomBytes(2).toString('hex')}`;
}

/** Runs `migrations` on `dir` itself and records them in its marker. Only for a directory nobody else has. */
async function runInPlace(
  dir: string,
  marker: DataFormatMarker,
  migrations: readonly Migration[],
  log: MigrationLog,
  clock: () => Date,
): Promise<MigrationResult['ran']> {
  const ran: MigrationResult['ran'] = [];
  const history: MigrationRecord[] = [...marker.history];
  for (const [i, migration] of migrations.entries()) {
    const started = Date.now();
    log(`[${i + 1}/${migrations.length}] format ${migration.from} → ${migration.to}: ${migration.title}`);
    await migration.run(dir, (line) => log(`    ${line}`));
    ran.push({ from: migration.from, to: migration.to, title: migration.title, ms: Date.now() - started });
    history.push({
      from: migration.from,
      to: migration.to,
      title: migration.title,
      at: clock().toISOString(),
    });
  }
  await writeDataFormatMarker(dir, { dataFormat: migrations.at(-1)?.to ?? marker.dataFormat, history });
  return ran;
}

/**
 * Brings a directory this process owns alone (a restore's staging directory) to the current
 * format, in place: there is no original to keep, since the directory is thrown away on failure.
 * Returns the format it was of.
 */
export async function migrateInPlace(
  dir: string,
  options: Pick<MigrateOptions, 'log' | 'migrations' | 'clock'> = {},
): Promise<number> {
  const list = options.migrations ?? MIGRATIONS;
  const marker = await readDataFormatMarker(dir);
  const current = list.at(-1)?.to ?? CURRENT_DATA_FORMAT;
  if (marker.dataFormat > current) throw new DataFormatTooNewError(dir, marker.dataFormat, current);
  const pending = migrationsFrom(marker.dataFormat, list);
  if (pending.length > 0 || marker.implied) {
    await runInPlace(
      dir,
      marker,
      pending,
      options.log ?? (() => undefined),
      options.clock ?? (() => new Date()),
    );
  }
  return marker.dataFormat;
}

/**
 * Migrates a stopped node's data directory to the current format (see the module comment). With
 * `dryRun`, only says what it would do. Throws `MigrationFailedError` (original untouched) when a
 * migration fails, and the refusals of errors.ts before anything is done.
 */
export async function migrateDataDirectory(
  dataDir: string,
  options: MigrateOptions = {},
): Promise<MigrationResult> {
  const dir = resolve(dataDir);
  const log = options.log ?? (() => undefined);
  const clock = options.clock ?? (() => new Date());
  const step = async (name: MigrationStep) => {
    await options.onStep?.(name);
  };
  const recovered = options.dryRun ? [] : await recoverInterruptedMigration(dir);
  for (const line of recovered) log(line);
  const plan = await planMigration(dir, options);
  const result: MigrationResult = { ...plan, dryRun: options.dryRun === true, recovered, ran: [] };
  if (plan.migrations.length === 0) return result;
  await assertNotInUse(dir);
  await assertLayout(dir);
  await assertSpace(dir);
  if (options.dryRun) return result;

  const copy = copyPathOf(dir);
  const marker = await readDataFormatMarker(dir);
  const pending = migrationsFrom(plan.found, options.migrations ?? MIGRATIONS);
  try {
    log(`copying ${dir} to ${copy} (photo files are hard-linked)`);
    await copyDataDirectory(dir, copy);
    await step('copied');
    result.ran = await runInPlace(copy, marker, pending, log, clock);
    await step('migrated');
    await syncTree(copy);
    await step('synced');
  } catch (err) {
    await rm(copy, { recursive: true, force: true });
    throw new MigrationFailedError(
      `the migration of ${dir} from format ${plan.found} failed: ${(err as Error).message}. Your data is untouched; the copy was removed.`,
      { cause: err },
    );
  }

  const keptAs = await keptName(dir, plan.found, clock);
  let moved = false;
  try {
    await writeFile(join(copy, SWAP_JOURNAL), JSON.stringify({ from: plan.found, to: plan.target, keptAs }), {
      mode: 0o600,
      flush: true,
    });
    await syncDirectory(copy);
    await step('ready');
    // From here on a crash is finished by recoverInterruptedMigration: the copy is complete.
    await rename(dir, keptAs);
    moved = true;
    await syncDirectory(dirname(dir));
    await step('original-moved');
  } catch (err) {
    // Still this process: put the original back rather than leave the swap to a later run.
    if (moved && !(await exists(dir))) await rename(keptAs, dir);
    await rm(copy, { recursive: true, force: true });
    throw new MigrationFailedError(
      `the migration of ${dir} from format ${plan.found} failed while swapping: ${(err as Error).message}. Your data is untouched; the copy was removed.`,
      { cause: err },
    );
  }
  await rename(copy, dir);
  await syncDirectory(dirname(dir));
  await step('copy-moved');
  await unlink(join(dir, SWAP_JOURNAL));
  await syncDirectory(dir);
  log(
    `done: ${dir} is of format ${plan.target}; the data as it was is kept in ${keptAs} (delete it once the node runs well)`,
  );
  return { ...result, keptAs };
}
