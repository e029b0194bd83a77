/**
 * The writer half of store-disk-full.test.ts, run under a file-size limit (`ulimit -f`) so that
 * LevelDB's writes fail as on a full disk. Prints one JSON line per event:
 *   {"acked": [ids]}            a batch the store acknowledged
 *   {"failed": "<error name>", "latched": "<reason>"}  the first write that failed, and why the kv now refuses
 *   {"refused": "<error name>"} the next write, after the failure
 *   {"read": true|false}        whether an acknowledged case can still be read
 *
 * Usage: node store-disk-full-child.ts <storeDir>
 */
import type { CaseId } from '../../protocol/ids.ts';
import { LevelKv } from '../../node/store/level-kv.ts';
import { RecordStore } from '../../node/store/records.ts';
import { ACTOR, validCase } from '../compliance/fixtures.ts';

// Without a handler the kernel kills a process that writes past RLIMIT_FSIZE; with one, the write fails (EFBIG).
process.on('SIGXFSZ', () => undefined);
const say = (event: object) => process.stdout.write(`${JSON.stringify(event)}\n`);

const kv = await LevelKv.open(process.argv[2]!);
const store = await RecordStore.open({ kv, country: 'KE' });
const acked: CaseId[] = [];
for (let batch = 0; batch < 10_000; batch++) {
  try {
    const created = await store.createCases(
      Array.from({ length: 50 }, () => validCase()),
      ACTOR,
    );
    acked.push(...created.map((c) => c.id));
    say({ acked: created.map((c) => c.id) });
  } catch (error) {
    say({ failed: (error as Error).name, latched: kv.writeFailure ?? null });
    break;
  }
}
try {
  await store.createCase(validCase(), ACTOR);
  say({ refused: null });
} catch (error) {
  say({ refused: (error as Error).name });
}
say({ read: acked.length > 0 && (await store.getCase(acked[0]!))?.id === acked[0] });
await store.close();
