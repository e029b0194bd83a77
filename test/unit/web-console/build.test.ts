/**
 * The console build: what the browser loads first stays small and strictly CSP-clean, and
 * everything else (screens, Chart.js, other languages) waits behind dynamic imports.
 */
import { expect } from 'chai';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { buildConsole, FIRST_SCREEN_BUDGET_BYTES, type BuildResult } from '../../../web-console/build.ts';
import { makeTempDir } from '../../helpers/node.ts';

describe('web console build', function () {
  this.timeout(60_000);
  let out: Awaited<ReturnType<typeof makeTempDir>>;
  let result: BuildResult;
  let html: string;

  before(async () => {
    out = await makeTempDir('cen-console-build-');
    result = await buildConsole({ outdir: out.path, minify: true });
    html = await readFile(join(out.path, 'index.html'), 'utf8');
  });
  after(async () => {
    await out?.remove();
  });

  it('keeps the first screen under the budget and lists what it measured', () => {
    expect(result.firstScreen.gzipBytes).to.be.greaterThan(0).and.below(FIRST_SCREEN_BUDGET_BYTES);
    expect(result.firstScreen.files.map((f) => f.path)).to.include(result.entry);
    expect(result.scripts.length).to.be.greaterThan(result.firstScreen.files.length);
  });

  it('writes an index.html with hashed, absolute asset URLs and no inline script or style', () => {
    expect(html).to.contain(`<script type="module" src="/${result.entry}"></script>`);
    expect(html).to.contain(`<link rel="stylesheet" href="/${result.stylesheet}">`);
    expect(result.entry).to.match(/^assets\/main-[A-Z0-9]{8}\.js$/);
    expect(html).to.not.match(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).to.not.match(/<style|\sstyle=|\son[a-z]+=/i);
  });

  it('leaves Chart.js, the screens and the other languages out of the first screen', async () => {
    const first = (
      await Promise.all(result.firstScreen.files.map((f) => readFile(join(out.path, f.path), 'utf8')))
    ).join('\n');
    // Chart.js's own error text, a label of the French catalogue, a style of the case form.
    expect(first).to.not.contain('Canvas is already in use');
    expect(first).to.not.contain('Tableau de bord');
    expect(first).to.not.contain('.inline-form');
    expect(first).to.contain('cen-sign-in');
    const lazy = result.scripts.filter((f) => !result.firstScreen.files.includes(f));
    const lazyText = (await Promise.all(lazy.map((f) => readFile(join(out.path, f.path), 'utf8')))).join(
      '\n',
    );
    expect(lazyText).to.contain('Canvas is already in use');
    expect(lazyText).to.contain('Tableau de bord');
    expect(lazyText).to.contain('.inline-form');
  });

  it('writes gzip twins the node can send as they are', async () => {
    const gz = await readFile(join(out.path, `${result.entry}.gz`));
    expect(gunzipSync(gz).equals(await readFile(join(out.path, result.entry)))).to.equal(true);
  });
});
