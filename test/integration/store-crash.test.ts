/**
 * kill -9 in the middle of writing: after every crash the reopened store must be whole. A child
 * process writes (bulk batches, single creates, updates, person changes, deletes) and reports each
 * acknowledged write; the parent SIGKILLs it at a random moment, reopens the store and checks that
 * indexes, change log and revision chains agree with the records, that every acknowledged write is
 * there, and that the full-text index has caught up.
 */
import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CaseId } from '../../protocol/ids.ts';
import { checkStore } from '../../node/store/check.ts';
import { openStore } from '../../node/store/index.ts';
import { RecordStore } from '../../node/store/records.ts';
import { reportRow } from '../helpers/reliability.ts';

const CHILD = fileURLToPath(new URL('./store-crash-child.ts', import.meta.url));
const WORDS = ['suitcase', 'pallet', 'tyres', 'mango', 'lorry', 'drum', 'blanket', 'parcel'];
/** `make reliability` runs many more trials than `make test` (CRASH_TRIALS). */
const TRIALS = Number(process.env.CRASH_TRIALS ?? 5);

interface Run {
  acked: Map<string, number>;
  delayMs: number;
  stderr: string;
}

/** Runs the writer until `delayMs` after it is ready, then kills it with SIGKILL. */
function writeThenKill(dataDir: string, seed: number, delayMs: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, dataDir, String(seed)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acked = new Map<string, number>();
    let buffered = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        const [word, id, version] = line.split(' ');
        if (word === 'ready' && !timer) timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
        if (word === 'ack') acked.set(id!, Number(version));
      }
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`writer ended by itself (code ${code}): ${stderr}`));
      else resolve({ acked, delayMs, stderr });
    });
  });
}

describe('store after kill -9', function () {
  this.timeout(120_000);
  let dataDir: string;
  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'cen-crash-'));
  });
  after(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  const tally = { trials: 0, whole: 0, checked: 0, lost: 0, duplicated: 0 };
  after(() => {
    reportRow({
      part: 'fault',
      scenario: 'SIGKILL of a process writing cases, 0.1-1.5 s into its writes',
      tries: tally.trials,
      outcome: `reopened whole ${tally.whole}/${tally.trials}: store check and revision chains ok, full-text index caught up`,
      recordsChecked: tally.checked,
      lost: tally.lost,
      duplicated: tally.duplicated,
      leaked: 0, // one store, no partner: nothing can reach anyone
      servingAfter: tally.whole === tally.trials,
    });
  });

  for (let trial = 1; trial <= TRIALS; trial++) {
    it(`is whole and keeps every acknowledged write (trial ${trial} of ${TRIALS})`, async () => {
      tally.trials++;
      const seed = Math.floor(Math.random() * 2 ** 31);
      const delayMs = 100 + Math.floor(Math.random() * 1_400);
      const context = `seed ${seed}, killed ${delayMs} ms after ready`;
      const run = await writeThenKill(dataDir, seed, delayMs);

      const store = await openStore(dataDir, { country: 'KE' });
      try {
        const report = await checkStore(store);
        expect(report.problems, context).to.deep.equal([]);
        expect((await store.verifyChains()).ok, context).to.equal(true);

        const ids = [...run.acked.keys()] as CaseId[];
        const cases = await store.getCases(ids);
        tally.checked += ids.length;
        tally.lost += ids.filter((id, i) => (cases[i]?.version ?? 0) < run.acked.get(id)!).length;
        ids.forEach((id, i) => {
          const stored = cases[i];
          expect(stored, `${context}: acknowledged case ${id} is missing`).to.not.equal(undefined);
          expect(stored!.version, `${context}: case ${id}`).to.be.at.least(run.acked.get(id)!);
        });

        // The derived full-text index has caught up with whatever the crash left behind.
        expect(store.fullText?.indexedUpTo, context).to.equal(store.lastSeq());
        // The same data without the index: `q` falls back to a scan. Not closed: it shares the kv.
        const plain = await RecordStore.open({ kv: store.kv, country: 'KE' });
        for (const word of WORDS.slice(0, 3)) {
          const viaIndex = (await store.searchCases({ q: word, limit: 500 })).items.map((c) => c.id);
          const viaScan = (await plain.searchCases({ q: word, limit: 500 })).items.map((c) => c.id);
          expect(viaIndex, `${context}: q=${word}`).to.deep.equal(viaScan);
          tally.duplicated += viaScan.length - new Set(viaScan).size;
        }
        tally.whole++;
      } finally {
        await store.close();
      }
    });
  }
});
