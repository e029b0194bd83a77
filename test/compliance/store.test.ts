import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LevelKv } from '../../node/store/level-kv.ts';
import { MemoryKv } from '../../node/store/memory-kv.ts';
import { storeComplianceSuite } from './store-suite.ts';

storeComplianceSuite('MemoryKv', () => Promise.resolve(new MemoryKv()));

describe('on disk', () => {
  let root: string;
  let n = 0;
  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'cen-store-'));
  });
  after(async () => {
    await rm(root, { recursive: true, force: true });
  });
  storeComplianceSuite('LevelKv', () => LevelKv.open(join(root, `db-${n++}`)));
});
