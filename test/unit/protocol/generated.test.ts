import { expect } from 'chai';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GEN_DIR, generate } from '../../../protocol/scripts/generate.ts';

describe('generated protobuf code', function () {
  // pbts runs jsdoc in a child process: a few seconds on a busy machine.
  this.timeout(120_000);
  let dir: string;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cen-gen-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('is exactly what protocol/scripts/generate.ts produces from protocol/proto (run `make proto`)', async () => {
    await generate(dir);
    const fresh = (await readdir(dir)).sort();
    const committed = (await readdir(GEN_DIR)).sort();
    expect(committed).to.deep.equal(fresh);
    expect(fresh).to.include.members(['records.js', 'records.d.ts']);
    for (const file of fresh) {
      const [want, have] = await Promise.all([
        readFile(join(dir, file), 'utf8'),
        readFile(join(GEN_DIR, file), 'utf8'),
      ]);
      expect(have === want, `protocol/gen/${file} differs from a fresh generation: run make proto`).to.equal(
        true,
      );
    }
  });
});
