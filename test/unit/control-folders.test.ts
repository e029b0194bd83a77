import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { FolderNotSharedError } from '../../node/errors.ts';
import { commands, pathArgumentsOf, type CommandName } from '../../node/control/commands.ts';
import { assertSameFolders, folderIdentities } from '../../node/control/folders.ts';

describe('folders a command names, as the command line and the running node see them', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cen-folders-'));
    await mkdir(join(dir, 'backups'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("names a file's folder, or a folder itself, with its device and inode", async () => {
    const folders = await folderIdentities(
      {
        out: join(dir, 'cases.xlsx'),
        keyFile: join(dir, 'backups'),
        by: 'cli:root',
        path: 'relative/ignored.csv',
        note: '/etc/not-a-path-argument',
      },
      ['out', 'keyFile', 'path'],
    );
    const info = await stat(dir);
    const backups = await stat(join(dir, 'backups'));
    expect(folders).to.deep.equal([
      { path: dir, dev: info.dev, ino: info.ino },
      { path: join(dir, 'backups'), dev: backups.dev, ino: backups.ino },
    ]);
    expect(await folderIdentities(undefined, ['out'])).to.deep.equal([]);
    // A folder that does not exist is left to the command, which fails the usual way.
    expect(await folderIdentities({ out: join(dir, 'absent', 'x.csv') }, ['out'])).to.deep.equal([]);
  });

  it('accepts what the node sees the same, and refuses another folder or none at that path', async () => {
    const [folder] = await folderIdentities({ out: join(dir, 'cases.xlsx') }, ['out']);
    await assertSameFolders([folder]);
    await assertSameFolders(undefined);
    // What a private /tmp looks like: the same path, another directory.
    const error = await assertSameFolders([{ ...folder!, ino: folder!.ino + 1 }]).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(FolderNotSharedError);
    expect((error as Error).message)
      .to.include(dir)
      .and.include('/var/backups/cen-node');
    const hidden = await assertSameFolders([{ ...folder!, path: join(dir, 'not-here') }]).catch(
      (e: unknown) => e,
    );
    expect(hidden).to.be.instanceOf(FolderNotSharedError);
  });

  it('knows each command’s path arguments from its declaration, not from argument names', () => {
    const declared = Object.fromEntries(
      (Object.keys(commands) as CommandName[])
        .map((name) => [name, pathArgumentsOf(name)] as const)
        .filter(([, keys]) => keys.length > 0),
    );
    expect(declared).to.deep.equal({
      'evidence-export': ['out'],
      export: ['out'],
      'global-itr': ['out'],
      import: ['path'],
      backup: ['out', 'keyFile'],
    });
  });
});
