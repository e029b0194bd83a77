/**
 * The import screen end to end in Chromium against a real node: an officer finds the templates,
 * checks a file with deliberate errors (the error table names row, column and problem in their
 * language), imports it and follows the progress to the summary; the screen passes axe's WCAG
 * 2 A/AA rules in English and Arabic. Screenshots go to `test/artifacts/console/{en,ar}-import*.png`.
 */
import { expect } from 'chai';
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { buildConsole } from '../../web-console/build.ts';
import ar from '../../web-console/src/i18n/locales/ar.json' with { type: 'json' };
import en from '../../web-console/src/i18n/locales/en.json' with { type: 'json' };
import { BROWSER_ARTIFACTS, fillSignIn, launchChromium, openPage, screenshot } from '../helpers/browser.ts';
import { errorCsv, writeCsv } from '../helpers/import-fixtures.ts';
import { makeTempDir, startTestNode, type TestNode } from '../helpers/node.ts';

const OFFICER = { username: 'wafula', password: 'Acacia-Harbour-Ledger-5527' };

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: unknown }[];
}

describe('the import screen (Chromium, real node)', function () {
  this.timeout(120_000);

  let dist: Awaited<ReturnType<typeof makeTempDir>>;
  let node: TestNode;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let file: string;
  let axeSource: string;
  const problems: string[] = [];

  const shot = (name: string) => screenshot(page, name);
  const screen = (selector: string) => page.locator(`cen-import ${selector}`);

  async function violations(): Promise<string[]> {
    await page.evaluate(axeSource);
    const found = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<unknown> } }).axe;
      const result = (await axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      })) as { violations: AxeViolation[]; passes: unknown[] };
      return { violations: result.violations, passes: result.passes.length };
    });
    expect(found.passes, 'axe checked no rule on this screen').to.be.greaterThan(5);
    return found.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
    );
  }

  async function signIn(): Promise<void> {
    await fillSignIn(page, OFFICER);
  }

  before(async () => {
    await mkdir(BROWSER_ARTIFACTS, { recursive: true });
    axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    dist = await makeTempDir('cen-console-import-');
    await buildConsole({ outdir: dist.path, minify: true });
    node = await startTestNode({ country: 'KE', consoleDistDir: dist.path });
    await node.createUser(OFFICER.username, 'officer', OFFICER.password);
    file = join(dist.path, 'seizures.csv');
    await writeCsv(file, errorCsv().rows);
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await node?.close();
    await dist?.remove();
  });

  beforeEach(async () => {
    ({ context, page } = await openPage(browser, problems));
  });

  afterEach(async () => {
    await context?.close();
  });

  it('checks a file, shows each refused row with its column, then imports it with progress', async () => {
    await page.goto(`${node.apiUrl}/`);
    await signIn();
    await page.locator(`cen-app nav a[href="/import"]:text-is("${en.imports.nav}")`).click();
    await screen('h1').waitFor();
    expect(await screen('h1').textContent()).to.equal(en.imports.title);
    // Every template is a download in the officer's language.
    const templates = screen('.templates a');
    expect(await templates.count()).to.equal(8);
    expect(await templates.first().getAttribute('href')).to.equal(
      '/api/v1/imports/templates/generic.xlsx?lang=en',
    );
    expect(await templates.first().getAttribute('download')).to.equal('');

    await screen('#import-file').setInputFiles(file);
    await screen(`button:text-is("${en.imports.check}")`).click();
    await screen(`[role=status]:text-is("${en.imports.dryRunDone}")`).waitFor();
    const { goodRefs, badRows } = errorCsv();
    const rows = screen('section[aria-labelledby=result-title] tbody tr');
    const errorRows = await rows.count();
    expect(errorRows).to.be.at.least(badRows);
    // Row 5: the commodity "cocaína líquida" is not a code or a label of the vocabulary.
    const row5 = page.locator('cen-import section[aria-labelledby=result-title] tbody tr', {
      hasText: 'cocaína líquida',
    });
    expect(await row5.locator('th').textContent()).to.equal('5');
    expect(await row5.locator('td').nth(0).textContent()).to.contain('Articulo 1 mercancia');
    // The rule in the officer's words, and (in English) the node's own detail.
    const problem = await row5.locator('td').nth(1).innerText();
    expect(problem).to.contain(en.validation.vocabulary);
    expect(problem).to.contain('must be a code of the commodity vocabulary');
    expect(await violations()).to.deep.equal([]);
    await shot('en-import-check');

    await screen(`button:text-is("${en.imports.import}")`).click();
    await screen(`[role=status]:text-is("${en.imports.importDone}")`).waitFor({ timeout: 30_000 });
    const figures = await screen('dl.summary').innerText();
    expect(figures).to.contain(`${en.imports.created}\n${goodRefs.length}`);
    expect(figures).to.contain(`${en.imports.invalid}\n${badRows}`);
    expect(await screen(`a:text-is("${en.imports.report}")`).getAttribute('href')).to.match(
      /^\/api\/v1\/imports\/[0-9a-f-]{36}\/report\.xlsx$/,
    );
    // Both uploads are listed as recent ones.
    await page.waitForFunction(
      () =>
        (document
          .querySelector('cen-app')
          ?.shadowRoot?.querySelector('cen-import')
          ?.shadowRoot?.querySelectorAll('section[aria-labelledby=recent-title] tbody tr').length ?? 0) >= 2,
    );
    await shot('en-import-done');
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('reads right to left in Arabic, with the error table in Arabic and no accessibility fault', async () => {
    await page.goto(`${node.apiUrl}/import`);
    await signIn();
    await page.locator('cen-app cen-language-switcher select').selectOption('ar');
    await screen(`h1:text-is("${ar.imports.title}")`).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).to.equal('rtl');
    expect(await screen('.templates a').first().getAttribute('href')).to.equal(
      '/api/v1/imports/templates/generic.xlsx?lang=ar',
    );
    await screen('#import-file').setInputFiles(file);
    await screen(`button:text-is("${ar.imports.check}")`).click();
    await screen(`[role=status]:text-is("${ar.imports.dryRunDone}")`).waitFor();
    expect(await screen('section[aria-labelledby=result-title] thead').innerText()).to.contain(
      ar.imports.column,
    );
    expect(await screen('section[aria-labelledby=result-title] tbody').innerText()).to.contain(
      ar.validation.date,
    );
    expect(await violations()).to.deep.equal([]);
    await shot('ar-import-check');
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });
});
