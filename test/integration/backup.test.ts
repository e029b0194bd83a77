/**
 * Backup and restore of a real node: a backup taken through the running node's control socket by
 * the `cen-node` command, the node wiped, restored by `cen-node restore` into a new directory,
 * and every record, photo file, agreement, account and key found again, the chains verified and
 * the node started with the same id. Then: a backup taken while cases keep being written restores
 * and verifies; a wrong key, a changed byte, a cut-off archive and a changed header are refused
 * with a clear message and leave nothing behind; rotation keeps the newest backups.
 */
import { expect } from 'chai';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateKeyPair } from '@libp2p/crypto/keys';
import { peerIdFromPrivateKey } from '@libp2p/peer-id';
import { Level } from 'level';
import {
  BackupAuthenticationError,
  createBackupKeyFile,
  readBackupHeader,
  readBackupKeyFile,
  restoreBackup,
  rotateBackups,
  runBackupCommand,
  verifyRestoredNode,
  type BackupKey,
  type BackupSource,
  type RestoreResult,
} from '../../node/backup/index.ts';
import { loadConfig } from '../../node/config.ts';
import { openServices, startNode } from '../../node/index.ts';
import { loadIdentity } from '../../node/identity.ts';
import { signingKeyFromLibp2p } from '../../policies/index.ts';
import { apiPaths } from '../../protocol/api.ts';
import type { Case } from '../../protocol/records.ts';
import { validCase, validPerson } from '../compliance/fixtures.ts';
import { agreementBetween, partyOf, sealBetween, type Party } from '../helpers/agreements.ts';
import { cenNode } from '../helpers/cli.ts';
import { testLoggers } from '../helpers/logs.ts';
import { makeTempDir, startTestNode, type TestNode } from '../helpers/node.ts';
import { scene, uploadPhoto } from '../helpers/photo-fixtures.ts';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The namespaces that must come back exactly (the audit log grows by the backup and restore entries). */
const EXACT_NAMESPACES = [
  'cases',
  'persons',
  'businesses',
  'revisions',
  'changes',
  'indexes',
  'photos',
  'agreements',
  'revocations',
  'peers',
  'users',
];

/** Every LevelDB entry of a stopped node's store, by raw key. */
async function dumpStore(dataDir: string): Promise<Map<string, string>> {
  const db = new Level<string, string>(join(dataDir, 'store'), {
    keyEncoding: 'utf8',
    valueEncoding: 'utf8',
  });
  await db.open();
  try {
    const entries = new Map<string, string>();
    for await (const [key, value] of db.iterator()) entries.set(key, value);
    return entries;
  } finally {
    await db.close();
  }
}

const inNamespaces = (dump: Map<string, string>, namespaces: readonly string[]) =>
  [...dump].filter(([key]) => namespaces.some((ns) => key.startsWith(`!${ns}!`)));

async function partnerParty(): Promise<Party> {
  const key = await generateKeyPair('Ed25519');
  return { nodeId: peerIdFromPrivateKey(key).toString(), key: signingKeyFromLibp2p(key), country: 'TZ' };
}

/** Restores in this process as `cen-node restore` does, verifying with the node's own checks. */
function restoreHere(
  archive: string,
  dataDir: string,
  key: BackupKey,
  force = false,
): Promise<RestoreResult> {
  return restoreBackup({
    archive,
    dataDir,
    key,
    force,
    verify: async (dir, header) => {
      const offline = await openServices(await loadConfig(dir, {}), {
        loggers: testLoggers('restore').loggers,
      });
      try {
        return await verifyRestoredNode(offline.services, header, 'test:restore');
      } finally {
        await offline.close();
      }
    },
  });
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected a rejection');
}

describe('backup and restore', function () {
  this.timeout(60_000);
  let temp: { path: string; remove(): Promise<void> };
  let t: TestNode;
  let keyFile: string;
  let key: BackupKey;
  let archive: string;
  let dataDir: string;
  const photos: string[] = [];
  let caseIds: string[];
  let agreementId: string;

  before(async () => {
    temp = await makeTempDir('cen-backup-');
    keyFile = join(temp.path, 'backup.key');
    key = await createBackupKeyFile(keyFile);
    t = await startTestNode({ country: 'KE' });
    dataDir = t.dataDir;
    const store = t.node.services.store;
    const person = await store.createPerson(validPerson(), { username: 'ana' });
    const cases: Case[] = [];
    for (let i = 0; i < 5; i++) {
      cases.push(
        await store.createCase(
          validCase({
            narrative: `Case ${i}: blocks behind boxes of tea`,
            persons: [{ id: person.id, role: 'courier' }],
          }),
          { username: 'ana' },
        ),
      );
    }
    await store.updateCase(cases[0]!.id, validCase({ narrative: 'Corrected narrative' }), 1, {
      username: 'ana',
    });
    caseIds = cases.map((c) => c.id);
    const officer = await t.loginAs('officer');
    for (const [i, caseId] of caseIds.slice(0, 2).entries()) {
      const uploaded = await uploadPhoto<{ photo: { hash: string } }>(officer, caseId, await sceneJpeg(i));
      expect(uploaded.status, JSON.stringify(uploaded.body)).to.equal(201);
      photos.push(uploaded.body.photo.hash);
    }
    const admin = await t.loginAs('exchange-admin');
    const ke = await partyOf(t, 'KE');
    const partner = await partnerParty();
    const doc = agreementBetween(ke, partner);
    agreementId = doc.id;
    const installed = await admin.post(apiPaths.agreements, await sealBetween(ke, partner, doc));
    expect(installed.status, JSON.stringify(installed.body)).to.equal(201);
  });

  after(async () => {
    await t?.close();
    await temp?.remove();
  });

  async function sceneJpeg(seed: number): Promise<Buffer> {
    const { default: sharp } = await import('sharp');
    return sharp(scene(seed, 400, 300))
      .jpeg()
      .toBuffer();
  }

  it('backs up the running node through its control socket into a sealed archive, audited', async () => {
    const out = await mkdir(join(temp.path, 'backups'), { recursive: true }).then(() =>
      join(temp.path, 'backups'),
    );
    const result = await cenNode([
      'backup',
      '--data',
      dataDir,
      '--out',
      out,
      '--key-file',
      keyFile,
      '--json',
    ]);
    expect(result.code, result.stderr).to.equal(0);
    const summary = JSON.parse(result.stdout) as {
      file: string;
      nodeId: string;
      counts: { records: { cases: number }; photoFiles: number };
    };
    archive = summary.file;
    expect(summary.nodeId).to.equal(t.node.nodeId);
    expect(summary.counts.records.cases).to.equal(5);
    expect(summary.counts.photoFiles).to.equal(4); // two originals, two thumbnails
    const header = await readBackupHeader(archive);
    expect(header.nodeId).to.equal(t.node.nodeId);
    expect(header.keyId).to.equal(key.id);
    // Nothing of the content is readable without the key.
    const bytes = await readFile(archive);
    expect(bytes.includes(Buffer.from('behind boxes of tea'))).to.equal(false);
    expect(bytes.includes(Buffer.from(caseIds[0]!))).to.equal(false);
    const audit = await t.node.services.audit.list({ action: 'backup' });
    expect(audit.items.map((e) => e.outcome)).to.deep.equal(['ok']);
  });

  it('restores into a new directory: every record, photo, agreement, account and key, verified; the node starts with the same id', async () => {
    const nodeId = t.node.nodeId;
    await t.node.close('backup test');
    const original = await dumpStore(dataDir);
    const identityBefore = await readFile(join(dataDir, 'identity.key'));
    const configBefore = await readFile(join(dataDir, 'config.json'), 'utf8');
    const restoredDir = join(temp.path, 'restored');

    const result = await cenNode(['restore', '--data', restoredDir, '--in', archive, '--key-file', keyFile]);
    expect(result.code, result.stderr).to.equal(0);
    expect(result.stdout).to.match(/verified: 5 cases, 1 persons/);

    const restored = await dumpStore(restoredDir);
    expect(inNamespaces(restored, EXACT_NAMESPACES)).to.deep.equal(inNamespaces(original, EXACT_NAMESPACES));
    // The audit log up to the backup, then the restore.
    const auditBefore = inNamespaces(original, ['audit']).filter(([, v]) => !v.includes('"backup"'));
    const auditAfter = inNamespaces(restored, ['audit']);
    expect(auditAfter.slice(0, auditBefore.length)).to.deep.equal(auditBefore);
    expect(auditAfter.at(-1)![1]).to.include('"restore"');
    expect(await readFile(join(restoredDir, 'identity.key'))).to.deep.equal(identityBefore);
    expect(await readFile(join(restoredDir, 'config.json'), 'utf8')).to.equal(configBefore);
    for (const hash of photos) {
      const file = await readFile(join(restoredDir, 'photos', hash.slice(0, 2), hash));
      expect(sha256(file)).to.equal(hash);
      expect(
        (await stat(join(restoredDir, 'photos', hash.slice(0, 2), `${hash}-thumb`))).size,
      ).to.be.greaterThan(0);
    }
    expect(inNamespaces(restored, ['agreements'])).to.have.length.greaterThan(0);

    const logs = testLoggers('restored');
    const node = await startNode(await loadConfig(restoredDir, {}), {
      loggers: logs.loggers,
      consoleDistDir: null,
    });
    try {
      expect(node.nodeId).to.equal(nodeId);
      const found = await node.services.store.getCase(caseIds[0]! as Case['id']);
      expect(found?.narrative).to.equal('Corrected narrative');
      expect(found?.photos.map((p) => p.hash)).to.deep.equal([photos[0]]);
      const search = await node.services.store.searchCases({ q: 'tea' });
      expect(search.items).to.have.length(5); // the full-text index was rebuilt
      const health = await fetch(`${node.apiUrl}/healthz`);
      expect(health.status).to.equal(200);
      expect((await node.services.agreements.list()).map((a) => a.id)).to.include(agreementId);
    } finally {
      await node.close('test done');
      logs.close();
    }
  });

  it('refuses a wrong key, a changed byte, a cut-off archive and a changed header, and writes nothing', async () => {
    const target = join(temp.path, 'refused');
    const otherKey = await createBackupKeyFile(join(temp.path, 'other.key'));
    const wrong = await rejection(restoreHere(archive, target, otherKey));
    expect(wrong.name).to.equal('BackupAuthenticationError');
    expect(wrong.message).to.match(/wrong key: this backup was made with key [0-9a-f]{16}/);
    const cli = await cenNode([
      'restore',
      '--data',
      target,
      '--in',
      archive,
      '--key-file',
      join(temp.path, 'other.key'),
    ]);
    expect(cli.code).to.equal(1);
    expect(cli.stderr).to.include(`wrong key: this backup was made with key ${key.id}`);

    const bytes = await readFile(archive);
    const tampered = join(temp.path, 'tampered.cenbak');
    const changed = Buffer.from(bytes);
    changed[changed.length - 200]! ^= 0x01;
    await writeFile(tampered, changed);
    const flipped = await rejection(restoreHere(tampered, target, key));
    expect(flipped).to.be.instanceOf(BackupAuthenticationError);
    expect(flipped.message).to.match(/does not authenticate/);

    const cut = join(temp.path, 'cut.cenbak');
    await writeFile(cut, bytes);
    await truncate(cut, Math.floor(bytes.length * 0.7));
    const truncated = await rejection(restoreHere(cut, target, key));
    expect(truncated.name).to.equal('BackupAuthenticationError');

    // A forged key id in the readable header is caught by the sealed chunks.
    const header = await readBackupHeader(archive);
    const forged = join(temp.path, 'forged.cenbak');
    await writeFile(
      forged,
      Buffer.from(bytes.toString('latin1').replace(header.keyId, otherKey.id), 'latin1'),
    );
    const forgedError = await rejection(restoreHere(forged, target, otherKey));
    expect(forgedError.name).to.equal('BackupAuthenticationError');

    const notBackup = join(temp.path, 'not-a-backup');
    await writeFile(notBackup, 'hello');
    expect((await rejection(restoreHere(notBackup, target, key))).name).to.equal('BackupFormatError');

    // Nothing was written: no target, no half-restored directory beside it.
    expect(await stat(target).catch(() => undefined)).to.equal(undefined);
    expect((await readdir(temp.path)).filter((name) => name.includes('restoring'))).to.deep.equal([]);
  });

  it('refuses a non-empty directory unless forced, and then moves it aside', async () => {
    const target = join(temp.path, 'occupied');
    await mkdir(target);
    await writeFile(join(target, 'keep-me.txt'), 'precious');
    const refused = await rejection(restoreHere(archive, target, key));
    expect(refused.name).to.equal('RestoreTargetError');
    const result = await restoreHere(archive, target, key, true);
    expect(result.movedAside).to.match(/occupied\.before-restore-/);
    expect(await readFile(join(result.movedAside!, 'keep-me.txt'), 'utf8')).to.equal('precious');
    expect((await loadIdentity(target)).nodeId).to.equal(result.header.nodeId);
  });

  it('keeps the newest backups of a folder with --keep', async () => {
    const folder = join(temp.path, 'rotation');
    await mkdir(folder);
    const names = [
      'cen-backup-20260101T000000000Z.cenbak',
      'cen-backup-20260102T000000000Z.cenbak',
      'cen-backup-20260103T000000000Z.cenbak',
    ];
    for (const name of names) await writeFile(join(folder, name), 'x');
    await writeFile(join(folder, 'notes.txt'), 'not a backup');
    expect(await rotateBackups(folder, 2)).to.deep.equal([names[0]]);
    expect((await readdir(folder)).sort()).to.deep.equal([names[1], names[2], 'notes.txt']);
  });
});

describe('backup while writes continue', function () {
  this.timeout(60_000);

  it('takes a consistent snapshot that restores and verifies', async () => {
    await using t = await startTestNode({ country: 'KE' });
    const temp = await makeTempDir('cen-backup-live-');
    try {
      const keyFile = join(temp.path, 'k');
      const key = await createBackupKeyFile(keyFile);
      const store = t.node.services.store;
      for (let i = 0; i < 20; i++) await store.createCase(validCase(), { username: 'ana' });
      let writing = true;
      let written = 20;
      let reached: { count: number; resolve: () => void } | undefined;
      const writer = (async () => {
        while (writing) {
          await store.createCase(validCase({ narrative: `live ${written}` }), { username: 'ana' });
          written++;
          await t.node.services.audit.append({ action: 'reindex', actor: 'test:writer', outcome: 'ok' });
          if (reached && written >= reached.count) reached.resolve();
        }
      })();
      const writesUntil = (count: number) =>
        new Promise<void>((resolve) => {
          reached = { count, resolve };
        });
      const source = t.node.services.backup!;
      // Ten more cases and audit entries are written between the snapshot and the end of the backup.
      let atSnapshot = 0;
      const overlapped: BackupSource = {
        ...source,
        snapshotEntries: () => {
          const entries = source.snapshotEntries();
          atSnapshot = written;
          return (async function* () {
            let first = true;
            for await (const entry of entries) {
              if (first) {
                first = false;
                await writesUntil(atSnapshot + 10);
              }
              yield entry;
            }
          })();
        },
      };
      const result = await runBackupCommand(
        { backup: overlapped, audit: t.node.services.audit },
        { out: join(temp.path, 'live.cenbak'), keyFile, by: 'test' },
        () => undefined,
      );
      writing = false;
      await writer;
      expect(written).to.be.at.least(atSnapshot + 10);
      // The snapshot holds the cases written before it (one more may have been in its batch's queue).
      expect(result.counts.records.cases).to.be.within(atSnapshot, atSnapshot + 1);
      const restored = await restoreHere(result.file, join(temp.path, 'restored'), key);
      expect(restored.node.problems).to.deep.equal([]);
      expect(restored.node.records.cases).to.equal(result.counts.records.cases);
      expect((await readBackupKeyFile(keyFile)).id).to.equal(key.id);
    } finally {
      await temp.remove();
    }
  });
});

describe('backup of a WCO node', function () {
  this.timeout(60_000);

  it('restores its store and file folders, and the global index is rebuilt rather than copied', async () => {
    await using t = await startTestNode({ role: 'wco', name: 'WCO' });
    const temp = await makeTempDir('cen-backup-wco-');
    try {
      const keyFile = join(temp.path, 'k');
      const key = await createBackupKeyFile(keyFile);
      const result = await runBackupCommand(
        t.node.services,
        { out: temp.path, keyFile, by: 'test' },
        () => undefined,
      );
      expect(result.file).to.match(/cen-backup-\d{8}T\d{9}Z\.cenbak$/);
      expect(result.nodeId).to.equal(t.node.nodeId);
      const target = join(temp.path, 'restored');
      const restored = await restoreHere(result.file, target, key);
      expect(restored.node.problems).to.deep.equal([]);
      expect(restored.header.role).to.equal('wco');
      // A derived file in the archive would be refused by the restore; opening the node made it again.
      expect((await stat(join(target, 'global.sqlite'))).size).to.be.greaterThan(0);
      expect((await loadIdentity(target)).nodeId).to.equal(t.node.nodeId);
    } finally {
      await temp.remove();
    }
  });
});
