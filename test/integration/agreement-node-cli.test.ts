/**
 * `cen-node agreement install|list|revoke` and `peer add|list` as operators run them: offline on
 * a stopped node, and through the control socket of a running one.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'chai';
import type { AgreementSummary, PeerSummary } from '../../protocol/api.ts';
import { cenNode, startCenNode } from '../helpers/cli.ts';
import { makeTempDir, TEST_ADMIN_PASSWORD } from '../helpers/node.ts';

describe('cen-node agreement install|list|revoke and peer add|list', function () {
  this.timeout(120_000);
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  const ids: Record<string, string> = {};
  const dir = (name: string) => join(temp.path, name);
  const file = (name: string) => join(temp.path, name);
  let agreementId: string;

  async function run(args: string[]) {
    const result = await cenNode(args);
    expect(result.code, `${args.join(' ')}\n${result.stderr}`).to.equal(0);
    return result.stdout;
  }

  before(async () => {
    temp = await makeTempDir('cen-agreement-node-cli-');
    await writeFile(file('password.txt'), `${TEST_ADMIN_PASSWORD}\n`, { mode: 0o600 });
    await Promise.all(
      (['KE', 'TZ'] as const).map(async (country) => {
        await run([
          'init',
          '--data',
          dir(country),
          '--name',
          `Customs ${country}`,
          '--country',
          country,
          '--api-port',
          '0',
          '--insecure-http',
          '--admin-password-file',
          file('password.txt'),
        ]);
        ids[country] = (JSON.parse(await run(['id', '--data', dir(country)])) as { nodeId: string }).nodeId;
      }),
    );
    await run([
      'agreement',
      'draft',
      '--data',
      dir('KE'),
      '--with',
      ids.TZ!,
      '--country',
      'TZ',
      '--out',
      file('draft.json'),
    ]);
    await run(['agreement', 'sign', '--data', dir('KE'), file('draft.json'), '--out', file('signed.json')]);
    await run([
      'agreement',
      'countersign',
      '--data',
      dir('TZ'),
      file('signed.json'),
      '--out',
      file('sealed.json'),
    ]);
    agreementId = (JSON.parse(await readFile(file('draft.json'), 'utf8')) as { id: string }).id;
  });
  after(async () => {
    await temp.remove();
  });

  it('refuses a half-signed agreement with the reason, and installs nothing', async () => {
    const result = await cenNode(['agreement', 'install', '--data', dir('KE'), file('signed.json')]);
    expect(result.code).to.equal(1);
    expect(result.stderr).to.contain('lacks the signature of');
    expect(await run(['agreement', 'list', '--data', dir('KE')])).to.contain('No agreements installed');
  });

  it('installs, lists, adds the peer and revokes offline', async () => {
    expect(await run(['agreement', 'install', '--data', dir('KE'), file('sealed.json')])).to.match(
      /^Installed: agreement .* \(offline\)\. Status: active\./,
    );
    const listed = JSON.parse(
      await run(['agreement', 'list', '--data', dir('KE'), '--json']),
    ) as AgreementSummary[];
    expect(listed.map((a) => [a.id, a.status, a.peer.nodeId])).to.deep.equal([
      [agreementId, 'active', ids.TZ],
    ]);
    const table = await run(['agreement', 'list', '--data', dir('KE')]);
    expect(table).to.contain(agreementId).and.contain('active');

    await run(['peer', 'add', '--data', dir('KE'), `/ip4/127.0.0.1/tcp/9090/p2p/${ids.TZ}`]);
    const peers = JSON.parse(await run(['peer', 'list', '--data', dir('KE'), '--json'])) as PeerSummary[];
    expect(peers.map((p) => [p.nodeId, p.activeAgreement, p.status])).to.deep.equal([
      [ids.TZ, true, 'unknown'],
    ]);
    const badPeer = await cenNode(['peer', 'add', '--data', dir('KE'), '/ip4/127.0.0.1/tcp/9090']);
    expect(badPeer.code).to.equal(1);
    expect(badPeer.stderr).to.contain('multiaddr');

    const revoked = await run([
      'agreement',
      'revoke',
      agreementId,
      '--data',
      dir('KE'),
      '--reason',
      'renegotiating',
      '--out',
      file('revocation.jws'),
    ]);
    expect(revoked).to.contain(`Revoked agreement ${agreementId} version 1 (offline)`);
    const after = JSON.parse(
      await run(['agreement', 'list', '--data', dir('KE'), '--json']),
    ) as AgreementSummary[];
    expect(after[0]).to.include({ status: 'revoked', revokedBy: ids.KE });
  });

  it('installs the agreement and then the partner’s revocation through the running node', async () => {
    const node = await startCenNode(dir('TZ'));
    try {
      expect(await run(['agreement', 'install', '--data', dir('TZ'), file('sealed.json')])).to.contain(
        'through the running node',
      );
      const before = JSON.parse(
        await run(['agreement', 'list', '--data', dir('TZ'), '--json']),
      ) as AgreementSummary[];
      expect(before.map((a) => a.status)).to.deep.equal(['active']);
      expect(await run(['agreement', 'install', '--data', dir('TZ'), file('revocation.jws')])).to.match(
        /^Installed: the revocation by \S+ of agreement \S+ version 1 \(through the running node\)\. Status: revoked\./,
      );
      const after = JSON.parse(
        await run(['agreement', 'list', '--data', dir('TZ'), '--json']),
      ) as AgreementSummary[];
      expect(after[0]).to.include({ status: 'revoked', revokedBy: ids.KE });
      expect(
        await run(['peer', 'add', '--data', dir('TZ'), `/dns4/localhost/tcp/9091/p2p/${ids.KE}`]),
      ).to.contain('through the running node');
      const peers = JSON.parse(await run(['peer', 'list', '--data', dir('TZ'), '--json'])) as PeerSummary[];
      expect(peers.map((p) => [p.nodeId, p.activeAgreement])).to.deep.equal([[ids.KE, false]]);
    } finally {
      await node.stop();
    }
  });
});
