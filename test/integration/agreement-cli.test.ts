import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'chai';
import { generalVerify, importJWK } from 'jose';
import type { Agreement } from '../../protocol/agreement.ts';
import { cenNode } from '../helpers/cli.ts';
import { makeTempDir, TEST_ADMIN_PASSWORD } from '../helpers/node.ts';

describe('cen-node agreement (offline files)', function () {
  this.timeout(120_000);
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  const ids: Record<string, string> = {};
  const dir = (name: string) => join(temp.path, name);

  before(async () => {
    temp = await makeTempDir('cen-agreement-cli-');
    const passwordFile = join(temp.path, 'password.txt');
    await writeFile(passwordFile, `${TEST_ADMIN_PASSWORD}\n`, { mode: 0o600 });
    await Promise.all(
      (['KE', 'TZ'] as const).map(async (country) => {
        const init = await cenNode([
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
          passwordFile,
        ]);
        expect(init.code, init.stderr).to.equal(0);
        const id = await cenNode(['id', '--data', dir(country)]);
        ids[country] = (JSON.parse(id.stdout) as { nodeId: string }).nodeId;
      }),
    );
  });
  after(async () => {
    await temp.remove();
  });

  it('drafts, signs, countersigns and verifies an agreement between two nodes', async () => {
    const draftFile = join(temp.path, 'draft.json');
    const draft = await cenNode([
      'agreement',
      'draft',
      '--data',
      dir('KE'),
      '--with',
      ids.TZ!,
      '--country',
      'TZ',
      '--name',
      'Tanzania Revenue Authority',
      '--modes',
      'sync,query',
      '--areas',
      'drugs,revenue',
      '--no-nominal',
      '--days',
      '30',
      '--out',
      draftFile,
    ]);
    expect(draft.code, draft.stderr).to.equal(0);
    const doc = JSON.parse(await readFile(draftFile, 'utf8')) as Agreement;
    expect(doc.parties.map((p) => [p.administration, p.nodeId])).to.deep.equal([
      ['KE', ids.KE],
      ['TZ', ids.TZ],
    ]);
    expect(doc.modes).to.deep.equal(['sync', 'query']);
    expect(doc.scope[ids.KE!]).to.include({ nominal: false });
    expect(doc.scope[ids.KE!]!.itrAreas).to.deep.equal(['drugs', 'revenue']);

    const signedFile = join(temp.path, 'signed.json');
    const signed = await cenNode(['agreement', 'sign', '--data', dir('KE'), draftFile, '--out', signedFile]);
    expect(signed.code, signed.stderr).to.equal(0);
    const half = await cenNode(['agreement', 'verify', signedFile]);
    expect(half.code).to.equal(1);
    expect(half.stdout).to.contain('NOT ACTIVE: not-sealed');

    const wrong = await cenNode([
      'agreement',
      'countersign',
      '--data',
      dir('KE'),
      signedFile,
      '--out',
      join(temp.path, 'x.json'),
    ]);
    expect(wrong.code).to.equal(1);
    expect(wrong.stderr).to.contain('signed already');

    const sealedFile = join(temp.path, 'sealed.json');
    const counter = await cenNode([
      'agreement',
      'countersign',
      '--data',
      dir('TZ'),
      signedFile,
      '--out',
      sealedFile,
    ]);
    expect(counter.code, counter.stderr).to.equal(0);
    const verified = await cenNode(['agreement', 'verify', sealedFile]);
    expect(verified.code, verified.stdout + verified.stderr).to.equal(0);
    expect(verified.stdout).to.contain('ACTIVE');
    expect(verified.stdout).to.contain(`TZ Tanzania Revenue Authority ${ids.TZ} — signed`);
    expect(verified.stdout).to.contain(`KE Customs KE ${ids.KE} — signed`);

    // Any JOSE library verifies it with the parties' public keys.
    const sealed = JSON.parse(await readFile(sealedFile, 'utf8')) as {
      payload: string;
      signatures: { protected: string; signature: string }[];
    };
    for (const [index, party] of doc.parties.entries()) {
      const { payload } = await generalVerify(
        { payload: sealed.payload, signatures: [sealed.signatures[index]!] },
        await importJWK(party.key, 'EdDSA'),
      );
      expect(JSON.parse(new TextDecoder().decode(payload))).to.deep.equal(doc);
    }

    const tamperedFile = join(temp.path, 'tampered.json');
    const changed = { ...doc, handling: { ...doc.handling, maxCode: 'H3' } };
    await writeFile(
      tamperedFile,
      JSON.stringify({ ...sealed, payload: Buffer.from(JSON.stringify(changed)).toString('base64url') }),
    );
    const tampered = await cenNode(['agreement', 'verify', tamperedFile]);
    expect(tampered.code).to.equal(1);
    expect(tampered.stdout).to.contain('NOT VALID: bad-signature');
  });

  it('refuses a malformed partner node id and a bilateral draft without the partner’s country', async () => {
    const out = join(temp.path, 'never.json');
    const bad = await cenNode([
      'agreement',
      'draft',
      '--data',
      dir('KE'),
      '--with',
      'not-a-node',
      '--country',
      'TZ',
      '--out',
      out,
    ]);
    expect(bad.code).to.equal(1);
    expect(bad.stderr).to.contain('not a valid node id');
    const noCountry = await cenNode([
      'agreement',
      'draft',
      '--data',
      dir('KE'),
      '--with',
      ids.TZ!,
      '--out',
      out,
    ]);
    expect(noCountry.code).to.not.equal(0);
    expect(noCountry.stderr).to.contain('--country');
  });
});
