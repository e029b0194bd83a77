/**
 * Upgrading data written by release 0.1.0 (test/fixtures/data-format-1.tar.gz, made by
 * make-data-format-1.ts): `cen-node migrate` and `cen-node start` bring it to the current format
 * and every case, photo, account, agreement, peer and chain is there and verifies; a failing
 * migration and a failure at each step leave the original byte-identical and no copy behind; a
 * kill -9 at each step leaves a directory the next run recovers; newer data and a running node
 * are refused; a backup of 0.1.0 restored into this release ends up migrated.
 */
import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { lstat, readdir, readFile, readlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readBackupKeyFile, restoreBackup, verifyRestoredNode } from '../../node/backup/index.ts';
import { loadConfig } from '../../node/config.ts';
import { openServices, startNode } from '../../node/index.ts';
import {
  CURRENT_DATA_FORMAT,
  DATA_FORMAT_FILE,
  DataDirectoryInUseError,
  DataFormatTooNewError,
  MIGRATION_STEPS,
  MIGRATIONS,
  MigrationFailedError,
  copyPathOf,
  keptPathOf,
  migrateDataDirectory,
  readDataFormat,
  type Migration,
} from '../../node/migrations/index.ts';
import { LevelKv } from '../../node/store/index.ts';
import type { CaseId, PersonId } from '../../protocol/ids.ts';
import { cenNode, startCenNode } from '../helpers/cli.ts';
import { testLoggers } from '../helpers/logs.ts';
import { makeTempDir } from '../helpers/node.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/data-format-1.tar.gz', import.meta.url));
const CRASH_CHILD = fileURLToPath(new URL('../fixtures/migrate-crash-child.ts', import.meta.url));

interface Expected {
  nodeId: string;
  cases: string[];
  persons: string[];
  photos: string[];
  agreements: string[];
  peers: string[];
  users: string[];
  firstReleaseAccount: string;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Every entry of a tree with its type, mode and content hash: equal maps = byte-identical trees. */
async function treeHashes(root: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const visit = async (rel: string): Promise<void> => {
    for (const name of (await readdir(join(root, rel))).sort()) {
      const path = rel ? `${rel}/${name}` : name;
      const info = await lstat(join(root, path));
      const mode = (info.mode & 0o7777).toString(8);
      if (info.isDirectory()) {
        out.set(path, `dir ${mode}`);
        await visit(path);
      } else if (info.isSymbolicLink()) out.set(path, `link ${await readlink(join(root, path))}`);
      else out.set(path, `file ${mode} ${sha256(await readFile(join(root, path)))}`);
    }
  };
  await visit('');
  return out;
}

/** An account as stored (raw), read from a stopped node's store. */
async function storedAccount(dataDir: string, username: string): Promise<{ schema?: number }> {
  const kv = await LevelKv.open(join(dataDir, 'store'));
  try {
    return (await kv.get('users', username)) as { schema?: number };
  } finally {
    await kv.close();
  }
}

const exists = (path: string) =>
  lstat(path).then(
    () => true,
    () => false,
  );

describe('data migrations from release 0.1.0', function () {
  this.timeout(120_000);
  let temp: { path: string; remove(): Promise<void> };
  let expected: Expected;
  let n = 0;

  before(async () => {
    temp = await makeTempDir('cen-migrations-');
    expected = JSON.parse(
      execFileSync('tar', ['-xzOf', FIXTURE, 'expected.json'], { encoding: 'utf8' }),
    ) as Expected;
  });
  after(() => temp?.remove());

  /** A fresh copy of the fixture: its data directory (format 1) and its 0.1.0 backup. */
  function unpack(): { root: string; dataDir: string; backup: string; keyFile: string } {
    const root = join(temp.path, `fixture-${++n}`);
    execFileSync('mkdir', ['-p', root]);
    execFileSync('tar', ['-xzf', FIXTURE, '-C', root]);
    return {
      root,
      dataDir: join(root, 'data'),
      backup: join(root, 'backup', 'format-1.cenbak'),
      keyFile: join(root, 'backup', 'backup.key'),
    };
  }

  /** Starts the node on `dataDir` and checks everything the fixture holds is there and verifies. */
  async function checkEverything(dataDir: string): Promise<void> {
    expect(await readDataFormat(dataDir)).to.equal(CURRENT_DATA_FORMAT);
    const logs = testLoggers('migrated');
    const node = await startNode(await loadConfig(dataDir, {}), {
      loggers: logs.loggers,
      consoleDistDir: null,
    });
    try {
      const s = node.services;
      expect(node.nodeId).to.equal(expected.nodeId);
      for (const id of expected.cases) expect((await s.store.getCase(id as CaseId))?.id, id).to.equal(id);
      for (const id of expected.persons)
        expect((await s.store.getPerson(id as PersonId))?.id, id).to.equal(id);
      for (const hash of expected.photos) {
        const bytes = await readFile(join(dataDir, 'photos', hash.slice(0, 2), hash));
        expect(sha256(bytes)).to.equal(hash);
      }
      expect((await s.auth.users.list()).map((u) => u.username).sort()).to.deep.equal(expected.users);
      expect((await s.agreements.list()).map((a) => a.id)).to.include.members(expected.agreements);
      expect((await s.peers.list()).map((p) => p.nodeId)).to.include.members(expected.peers);
      // The checks `cen-node check` and a restore run: store, revision chains, audit and evidence.
      const check = await s.maintenance.check();
      expect(check.problems).to.deep.equal([]);
      const chains = await s.store.verifyChains();
      expect(chains.firstBad).to.equal(undefined);
      expect(chains.checked).to.be.greaterThan(expected.cases.length);
      const audit = await s.audit.verify();
      expect(audit.firstBad).to.equal(undefined);
      expect(audit.checked).to.be.greaterThan(10);
      expect((await s.evidence.verify()).firstBad).to.equal(undefined);
      expect((await s.store.counts()).cases).to.equal(expected.cases.length);
      // The first release's account was converted once, by the migration, audited.
      expect((await s.auth.users.get(expected.firstReleaseAccount))?.role).to.equal('national-admin');
      const entries = await s.audit.list({ action: 'role-changed', target: expected.firstReleaseAccount });
      expect(entries.items.map((e) => [e.actor, e.details])).to.deep.equal([
        ['system:upgrade', { from: 'admin', to: 'national-admin' }],
      ]);
    } finally {
      await node.close('test done');
      logs.close();
    }
    // Stored in the current account format, not only upgraded when read.
    expect((await storedAccount(dataDir, expected.firstReleaseAccount)).schema).to.equal(2);
  }

  it('`cen-node migrate` takes 0.1.0 data to the current format, keeps the original, and every record verifies', async () => {
    const { dataDir } = unpack();
    const before = await treeHashes(dataDir);
    const dry = await cenNode(['migrate', '--data', dataDir, '--dry-run']);
    expect(dry.code, dry.stderr).to.equal(0);
    expect(dry.stdout).to.contain('data format 1; this release uses format 2');
    expect(dry.stdout).to.contain('1 → 2: accounts of the first release');
    expect(await treeHashes(dataDir)).to.deep.equal(before);

    const run = await cenNode(['migrate', '--data', dataDir]);
    expect(run.code, run.stderr).to.equal(0);
    expect(run.stdout).to.contain('[1/1] format 1 → 2');
    expect(run.stdout).to.contain('1 account(s) rewritten');
    expect(run.stdout).to.contain(`kept in ${keptPathOf(dataDir, 1)}; delete it once the node runs well`);
    expect(await treeHashes(keptPathOf(dataDir, 1))).to.deep.equal(before);
    expect(await exists(copyPathOf(dataDir))).to.equal(false);
    // Photo files are shared with the kept original, not copied.
    const photo = expected.photos[0]!;
    const [a, b] = await Promise.all(
      [dataDir, keptPathOf(dataDir, 1)].map((d) => lstat(join(d, 'photos', photo.slice(0, 2), photo))),
    );
    expect(a!.ino).to.equal(b!.ino);
    await checkEverything(dataDir);

    const again = await cenNode(['migrate', '--data', dataDir]);
    expect(again.code).to.equal(0);
    expect(again.stdout).to.contain('Nothing to migrate.');
  });

  it('`cen-node start` on 0.1.0 data migrates it first, logged, then runs', async () => {
    const { dataDir } = unpack();
    const node = await startCenNode(dataDir);
    try {
      expect(node.stderr()).to.contain('data migration: data format 1 found, this release uses 2');
      expect(await readDataFormat(dataDir)).to.equal(CURRENT_DATA_FORMAT);
      expect(await exists(keptPathOf(dataDir, 1))).to.equal(true);
    } finally {
      // Its exit code is cli.test's business (a SIGTERM this early may beat the handlers).
      await node.stop();
    }
    await checkEverything(dataDir);
  });

  it('a failing migration, or a failure at any step, leaves the original byte-identical and no copy', async () => {
    const { dataDir } = unpack();
    const before = await treeHashes(dataDir);
    const failing: Migration = {
      from: 1,
      to: 2,
      title: 'writes to the store, then fails',
      async run(dir) {
        const kv = await LevelKv.open(join(dir, 'store'));
        await kv.batch([{ type: 'del', ns: 'users', key: 'admin' }]);
        await kv.close();
        await writeFile(join(dir, 'config.json'), '{}');
        throw new Error('injected failure');
      },
    };
    const err = await migrateDataDirectory(dataDir, { migrations: [failing] }).catch((e: unknown) => e);
    expect(err).to.be.instanceOf(MigrationFailedError);
    expect((err as Error).message)
      .to.contain('injected failure')
      .and.contain('Your data is untouched');
    expect(await treeHashes(dataDir)).to.deep.equal(before);
    expect(await exists(copyPathOf(dataDir))).to.equal(false);
    expect(await exists(keptPathOf(dataDir, 1))).to.equal(false);

    for (const failAt of ['copied', 'migrated', 'synced', 'ready', 'original-moved'] as const) {
      const failed = await migrateDataDirectory(dataDir, {
        onStep: (step) => {
          if (step === failAt) throw new Error(`failure after ${step}`);
        },
      }).catch((e: unknown) => e);
      expect(failed, failAt).to.be.instanceOf(MigrationFailedError);
      expect(await treeHashes(dataDir), failAt).to.deep.equal(before);
      expect(await exists(copyPathOf(dataDir)), failAt).to.equal(false);
      expect(await exists(keptPathOf(dataDir, 1)), failAt).to.equal(false);
    }
  });

  it('a kill -9 at any step leaves a directory the next run recovers and migrates', async () => {
    for (const crashAfter of MIGRATION_STEPS) {
      const { dataDir } = unpack();
      const before = await treeHashes(dataDir);
      const child = spawn(process.execPath, [CRASH_CHILD, dataDir, crashAfter], { stdio: 'ignore' });
      const signal = await new Promise((resolve) => child.on('close', (_code, s) => resolve(s)));
      expect(signal, crashAfter).to.equal('SIGKILL');
      if (crashAfter !== 'original-moved' && crashAfter !== 'copy-moved') {
        expect(await treeHashes(dataDir), crashAfter).to.deep.equal(before);
      }
      const result = await migrateDataDirectory(dataDir);
      expect(result.recovered.length, crashAfter).to.equal(1);
      expect(await readDataFormat(dataDir), crashAfter).to.equal(CURRENT_DATA_FORMAT);
      expect(await exists(copyPathOf(dataDir)), crashAfter).to.equal(false);
      expect(await treeHashes(keptPathOf(dataDir, 1)), crashAfter).to.deep.equal(before);
      expect((await storedAccount(dataDir, expected.firstReleaseAccount)).schema, crashAfter).to.equal(2);
    }
  });

  it('refuses data of a newer format (migrate and start), and a node that is running', async () => {
    const { dataDir } = unpack();
    await writeFile(join(dataDir, DATA_FORMAT_FILE), JSON.stringify({ dataFormat: 99, history: [] }));
    const before = await treeHashes(dataDir);
    const migrate = await cenNode(['migrate', '--data', dataDir]);
    expect(migrate.code).to.equal(1);
    expect(migrate.stderr).to.contain('format 99, written by a newer release').and.contain('untouched');
    const start = await cenNode(['start', '--data', dataDir]);
    expect(start.code).to.equal(1);
    expect(start.stderr).to.contain('Install the newer release again, or restore a backup');
    const open = await loadConfig(dataDir, {})
      .then((c) => openServices(c))
      .catch((e: unknown) => e);
    expect(open).to.be.instanceOf(DataFormatTooNewError);
    expect(await treeHashes(dataDir)).to.deep.equal(before);

    // A running node (format 2 now) and a next release's migration 2 → 3.
    const fresh = unpack().dataDir;
    await migrateDataDirectory(fresh);
    const next: Migration = { from: 2, to: 3, title: 'next', run: () => Promise.resolve() };
    const logs = testLoggers('migrations-running');
    const node = await startNode(await loadConfig(fresh, {}), {
      loggers: logs.loggers,
      consoleDistDir: null,
    });
    try {
      const err = await migrateDataDirectory(fresh, { migrations: [...MIGRATIONS, next] }).catch(
        (e: unknown) => e,
      );
      expect(err).to.be.instanceOf(DataDirectoryInUseError);
      expect((err as Error).message).to.contain('a node is running');
    } finally {
      await node.close();
      logs.close();
    }
    // The store held by another process without a control socket (a node starting): refused too.
    const kv = await LevelKv.open(join(fresh, 'store'));
    try {
      const err = await migrateDataDirectory(fresh, { migrations: [...MIGRATIONS, next] }).catch(
        (e: unknown) => e,
      );
      expect(err).to.be.instanceOf(DataDirectoryInUseError);
    } finally {
      await kv.close();
    }
    expect(await readDataFormat(fresh)).to.equal(2);
  });

  it('a backup made by 0.1.0, restored into this release, is migrated, verifies and starts', async () => {
    const { root, backup, keyFile } = unpack();
    const target = join(root, 'restored');
    const result = await restoreBackup({
      archive: backup,
      dataDir: target,
      key: await readBackupKeyFile(keyFile),
      verify: async (dir, header) => {
        const offline = await openServices(await loadConfig(dir, {}), {
          loggers: testLoggers('migrations-restore').loggers,
        });
        try {
          return await verifyRestoredNode(offline.services, header, 'test:restore');
        } finally {
          await offline.close();
        }
      },
    });
    expect(result.dataFormat).to.equal(1);
    expect(result.node.problems).to.deep.equal([]);
    expect(await readDataFormat(target)).to.equal(CURRENT_DATA_FORMAT);
    expect(dirname(target)).to.equal(root);
    const logs = testLoggers('migrations-restored');
    const node = await startNode(await loadConfig(target, {}), {
      loggers: logs.loggers,
      consoleDistDir: null,
    });
    try {
      for (const id of expected.cases)
        expect((await node.services.store.getCase(id as CaseId))?.id).to.equal(id);
      expect(await node.services.store.counts()).to.include({ cases: expected.cases.length });
    } finally {
      await node.close();
      logs.close();
    }
  });
});
