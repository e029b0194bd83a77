/**
 * A full disk, simulated with a file-size limit (`ulimit -f`) on a writer process: the write that
 * hits it fails with StoreUnavailableError, later writes are refused without touching the disk,
 * reads go on, and once reopened without the limit the store is whole, holds every acknowledged
 * write and accepts writes again (FIELD-NOTES: "Disk full").
 */
import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CaseId } from '../../protocol/ids.ts';
import { checkStore } from '../../node/store/check.ts';
import { LevelKv } from '../../node/store/level-kv.ts';
import { RecordStore } from '../../node/store/records.ts';
import { ACTOR, validCase } from '../compliance/fixtures.ts';
import { reportRow } from '../helpers/reliability.ts';

const CHILD = fileURLToPath(new URL('./store-disk-full-child.ts', import.meta.url));

function runLimited(
  storeDir: string,
  blocks: number,
): Promise<{ events: Record<string, unknown>[]; stderr: string }> {
  return new Promise((resolve, reject) => {
    // `ulimit -f` counts 1024-byte blocks; `exec` so the limit applies to node itself.
    const child = spawn(
      'bash',
      ['-c', `ulimit -f ${blocks}; exec "$0" "$1" "$2"`, process.execPath, CHILD, storeDir],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`writer exited with ${code}: ${stderr}`));
      else
        resolve({
          events: stdout
            .trim()
            .split('\n')
            .map((line) => JSON.parse(line) as Record<string, unknown>),
          stderr,
        });
    });
  });
}

describe('store on a full disk', function () {
  this.timeout(60_000);
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cen-diskfull-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('refuses writes after a failed one, keeps serving reads, and recovers whole on reopen', async () => {
    const storeDir = join(dir, 'store');
    const { events } = await runLimited(storeDir, 1_000);
    const acked = events.flatMap((e) => (Array.isArray(e.acked) ? (e.acked as CaseId[]) : []));
    expect(acked.length, 'some writes succeed before the disk fills').to.be.greaterThan(0);
    const failure = events.find((e) => 'failed' in e);
    expect(failure?.failed).to.equal('StoreUnavailableError');
    expect(failure?.latched, 'the kv remembers why it refuses writes').to.be.a('string').and.not.equal('');
    expect(events).to.deep.include({ refused: 'StoreUnavailableError' });
    expect(events).to.deep.include({ read: true });

    const store = await RecordStore.open({ kv: await LevelKv.open(storeDir), country: 'KE' });
    try {
      expect((await checkStore(store)).problems).to.deep.equal([]);
      const stored = await store.getCases(acked);
      const lost = stored.filter((c) => c === undefined).length;
      const after = await store.createCase(validCase(), ACTOR);
      const serving = (await store.getCase(after.id))?.id === after.id;
      reportRow({
        part: 'fault',
        scenario: 'disk full during writes (files limited to 1,000 KB, ulimit -f)',
        tries: 1,
        outcome: `writes refused with ${String(failure?.failed)} once the disk filled, reads served; whole on reopen with space`,
        recordsChecked: acked.length,
        lost,
        duplicated: acked.length - new Set(acked).size,
        leaked: 0, // one store, no partner
        servingAfter: serving,
      });
      expect(lost).to.equal(0);
      expect(serving).to.equal(true);
    } finally {
      await store.close();
    }
  });
});
