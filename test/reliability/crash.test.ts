/**
 * A corrupted LevelDB store (issue 10): with the node stopped, bytes are flipped in the middle of a
 * table file, or the MANIFEST or CURRENT file is truncated. `cen-node check` must detect it and say
 * so (never serve wrong data); then the store is recovered, by `cen-node check --repair` where
 * LevelDB can rebuild it, or by `cen-node restore --force` from the latest backup, after which every
 * acknowledged record is back, every chain verifies and the node serves again.
 */
import { cp, readdir, readFile, stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'chai';
import { pino } from 'pino';
import { loadConfig } from '../../node/config.ts';
import { initNode, openServices, startNode } from '../../node/index.ts';
import { createLoggers } from '../../node/log.ts';
import { STORE_DIRECTORY } from '../../node/store/index.ts';
import { item, validCase } from '../compliance/fixtures.ts';
import { cenNode, startCenNode } from '../helpers/cli.ts';
import { checkNodeChains, compareHeld, readNamespace, sumCounts, type Held } from '../helpers/consistency.ts';
import { makeTempDir, TEST_ADMIN_PASSWORD } from '../helpers/node.ts';
import { reportRow, trials } from '../helpers/reliability.ts';

const CASES = 300;

type Damage = 'flipped table bytes' | 'truncated MANIFEST' | 'truncated CURRENT';

/** Damages a stopped node's store; `seed` moves the flipped bytes around the table. */
async function damage(dataDir: string, kind: Damage, seed: number): Promise<string> {
  const storeDir = join(dataDir, STORE_DIRECTORY);
  const files = await readdir(storeDir);
  if (kind === 'truncated CURRENT') {
    await truncate(join(storeDir, 'CURRENT'), 3);
    return 'CURRENT';
  }
  if (kind === 'truncated MANIFEST') {
    const manifest = files.find((f) => f.startsWith('MANIFEST-'))!;
    await truncate(join(storeDir, manifest), Math.floor((await stat(join(storeDir, manifest))).size / 2));
    return manifest;
  }
  const tables = files.filter((f) => f.endsWith('.ldb') || f.endsWith('.sst'));
  const sizes = await Promise.all(tables.map(async (f) => (await stat(join(storeDir, f))).size));
  const largest = tables[sizes.indexOf(Math.max(...sizes))]!;
  const path = join(storeDir, largest);
  const bytes = await readFile(path);
  // Around the middle, away from the footer and index block at the end.
  const start = Math.floor(bytes.length * (0.3 + 0.1 * (seed % 4)));
  for (let i = 0; i < 64; i++) bytes[start + i] = bytes[start + i]! ^ 0x5a;
  await writeFile(path, bytes);
  return largest;
}

/** Starts the node on a damaged store with an early scrub; what /healthz and the error log say. */
async function scrubFinds(dataDir: string): Promise<{ health: unknown; logged: string }> {
  const errors: string[] = [];
  const logger = pino(
    {
      level: 'error',
      hooks: {
        logMethod(args: unknown[], method: (...a: unknown[]) => void) {
          errors.push(...args.filter((a): a is string => typeof a === 'string'));
          method.apply(this, args);
        },
      },
    },
    pino.destination('/dev/null'),
  );
  const node = await startNode(await loadConfig(dataDir, {}), {
    loggers: createLoggers({ logger }),
    consoleDistDir: null,
    scrubDelayMs: 0,
  });
  try {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const response = await fetch(`${node.apiUrl}/healthz`);
      if (response.status === 503 || Date.now() > deadline)
        return { health: await response.json(), logged: errors.join('\n') };
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    await node.close();
  }
}

describe('reliability: a corrupted LevelDB store', function () {
  this.timeout(300_000);
  let temp: { path: string; remove(): Promise<void> };
  let pristine: string;
  let archive: string;
  let keyFile: string;
  const acknowledged = new Map<string, number>();

  before(async () => {
    temp = await makeTempDir('cen-reliability-crash-');
    pristine = join(temp.path, 'pristine');
    await initNode({
      dataDir: pristine,
      name: 'KE Customs',
      country: 'KE',
      apiHost: '127.0.0.1',
      apiPort: 0,
      p2pPort: 0,
      adminPassword: TEST_ADMIN_PASSWORD,
      tls: false,
    });
    {
      await using offline = await openServices(await loadConfig(pristine, {}));
      const batch = Array.from({ length: CASES }, (_, i) =>
        validCase({ items: [item(i)], narrative: `Case ${i} of the corruption test.` }),
      );
      for (const created of await offline.services.store.createCases(batch, { username: 'test:setup' })) {
        acknowledged.set(created.id, created.version);
      }
    }
    // Reopened once, so that LevelDB moves the log into a table file (.ldb) that can be damaged.
    {
      await using reopened = await openServices(await loadConfig(pristine, {}));
      void reopened;
    }
    keyFile = join(temp.path, 'backup.key');
    archive = join(temp.path, 'latest.cenbackup');
    expect((await cenNode(['backup', 'key', '--out', keyFile])).code).to.equal(0);
    const backup = await cenNode(['backup', '--data', pristine, '--out', archive, '--key-file', keyFile]);
    expect(backup.code, backup.stderr).to.equal(0);
  });

  after(async () => {
    await temp?.remove();
  });

  const scenarios: { kind: Damage; recovery: 'repair' | 'restore' }[] = [
    { kind: 'flipped table bytes', recovery: 'restore' },
    { kind: 'truncated MANIFEST', recovery: 'repair' },
    { kind: 'truncated CURRENT', recovery: 'repair' },
  ];

  for (const { kind, recovery } of scenarios) {
    it(`${kind}: detected and reported by cen-node check, then recovered by ${recovery === 'repair' ? 'check --repair' : 'restore --force'}`, async () => {
      const tries = trials({ short: 1, full: 20 });
      const counts = [];
      let detected = 0;
      let serving = true;
      let chainsChecked = 0;
      for (let trial = 0; trial < tries; trial++) {
        const dataDir = join(temp.path, `${kind.replace(/ /g, '-')}-${trial}`);
        await cp(pristine, dataDir, { recursive: true });
        const file = await damage(dataDir, kind, trial);

        const check = await cenNode(['check', '--data', dataDir]);
        const said = check.stdout + check.stderr;
        // Detected: exit 1, and either LevelDB's corruption named with what to do, or the problems listed.
        expect(check.code, said).to.equal(1);
        expect(said, `${file}: ${said}`).to.match(/is damaged \(.+\): stop the node|problem\(s\)/);
        if (check.code === 1) detected++;
        // A store LevelDB cannot open refuses to start rather than serve. A damaged table block is
        // read only when asked: the node starts, and its scrub (the store read through after the
        // start) finds the damage, logs what to do and answers /healthz 503 "damaged".
        if (kind !== 'flipped table bytes') {
          const start = await cenNode(['start', '--data', dataDir]);
          expect(start.code, 'the node must not start on a damaged store').to.not.equal(0);
          expect(start.stdout + start.stderr).to.include('is damaged');
        } else {
          const found = await scrubFinds(dataDir);
          expect(found.health).to.deep.equal({ status: 'unavailable', store: 'damaged' });
          expect(found.logged).to.include('cen-node check --repair');
        }

        if (recovery === 'repair') {
          const repaired = await cenNode(['check', '--repair', '--data', dataDir]);
          expect(repaired.code, repaired.stdout + repaired.stderr).to.equal(0);
          expect(repaired.stdout).to.include('Store check (offline): ok');
        } else {
          const restored = await cenNode([
            'restore',
            '--force',
            '--data',
            dataDir,
            '--in',
            archive,
            '--key-file',
            keyFile,
          ]);
          expect(restored.code, restored.stdout + restored.stderr).to.equal(0);
        }
        const cases = (await readNamespace<Held>(dataDir, 'cases')).map(([, c]) => c);
        counts.push(compareHeld(acknowledged, cases));
        const chains = await checkNodeChains(dataDir);
        expect(chains.problems, `after recovery from ${kind}`).to.deep.equal([]);
        chainsChecked += chains.checked;

        const node = await startCenNode(dataDir);
        try {
          const health = await fetch(`${node.apiUrl}/healthz`);
          serving &&= health.status === 200;
        } finally {
          await node.stop('SIGTERM');
        }
      }
      const total = sumCounts(counts);
      reportRow({
        part: 'fault',
        scenario: `LevelDB store damaged while stopped (${kind}), ${CASES} cases`,
        tries,
        outcome: `detected by cen-node check ${detected}/${tries}; recovered by ${recovery === 'repair' ? '`check --repair`' : '`restore --force` of the latest backup'}, ${chainsChecked} chain entries verified`,
        recordsChecked: total.recordsChecked,
        lost: total.lost,
        duplicated: total.duplicated,
        leaked: total.leaked,
        servingAfter: serving,
      });
      expect(total.problems).to.deep.equal([]);
      expect({ lost: total.lost, duplicated: total.duplicated, leaked: total.leaked }).to.deep.equal({
        lost: 0,
        duplicated: 0,
        leaked: 0,
      });
      expect(serving, 'GET /healthz after recovery').to.equal(true);
    });
  }
});
