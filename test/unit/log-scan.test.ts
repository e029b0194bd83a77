import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'chai';
import { scanLogFiles } from '../helpers/logs.ts';
import { makeTempDir } from '../helpers/node.ts';
import type { SecretKind } from '../helpers/secrets.ts';

describe('the log scan of the test run', () => {
  it('finds a registered secret in a log file and names its kind, file and line', async () => {
    const temp = await makeTempDir('cen-scan-');
    try {
      await writeFile(
        join(temp.path, '001-node.log'),
        '{"msg":"request"}\n{"msg":"oops","token":"zq8WfXk2"}\n',
      );
      await writeFile(join(temp.path, '002-node.log'), '{"msg":"clean"}\n');
      await writeFile(join(temp.path, 'notes.txt'), 'zq8WfXk2 in a file that is not a log\n');
      const secrets = new Map<string, SecretKind>([
        ['zq8WfXk2', 'session token'],
        ['never-logged-1', 'password'],
      ]);
      expect(await scanLogFiles(temp.path, secrets)).to.deep.equal([
        { file: '001-node.log', kind: 'session token', line: 2 },
      ]);
    } finally {
      await temp.remove();
    }
  });
});
