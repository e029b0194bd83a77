/**
 * Exports in the console, end to end in Chromium against a real node: an analyst searches cases,
 * downloads the result as a workbook (read back by openpyxl: the rows the search shows), switches
 * to Arabic and gets a right-to-left sheet with Arabic headers and a CSV with a BOM, and downloads
 * the analyst database; an officer sees no export at all. Screenshots go to
 * `test/artifacts/console/{en,ar}-case-list-export.png`.
 */
import { expect } from 'chai';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { apiPaths, type CasePage } from '../../protocol/api.ts';
import { EXPORT_COLUMNS, exportHeader } from '../../protocol/export-columns.ts';
import { buildConsole } from '../../web-console/build.ts';
import ar from '../../web-console/src/i18n/locales/ar.json' with { type: 'json' };
import en from '../../web-console/src/i18n/locales/en.json' with { type: 'json' };
import { seedStore } from '../../node/seed/index.ts';
import { BROWSER_ARTIFACTS, fillSignIn, launchChromium, openPage, screenshot } from '../helpers/browser.ts';
import { parseCsv, readWorkbook, zipEntries } from '../helpers/export-reader.ts';
import { makeTempDir, startTestNode, type TestNode } from '../helpers/node.ts';

const ANALYST = { username: 'wairimu', password: 'Copper-Savanna-Heron-5521' };
const OFFICER = { username: 'otieno', password: 'Granite-Baobab-Falcon-3307' };

describe('exports in the console (Chromium, real node)', function () {
  this.timeout(120_000);

  let dist: Awaited<ReturnType<typeof makeTempDir>>;
  let downloads: Awaited<ReturnType<typeof makeTempDir>>;
  let node: TestNode;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];

  async function signIn(user: { username: string; password: string }): Promise<void> {
    await fillSignIn(page, user);
  }

  /** Clicks a download link and saves what the browser received. */
  async function download(name: string, file: string): Promise<string> {
    const [started] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('cen-case-list .export a', { hasText: name }).click(),
    ]);
    const path = join(downloads.path, file);
    await started.saveAs(path);
    return path;
  }

  before(async () => {
    await mkdir(BROWSER_ARTIFACTS, { recursive: true });
    dist = await makeTempDir('cen-console-export-');
    downloads = await makeTempDir('cen-console-downloads-');
    await buildConsole({ outdir: dist.path, minify: true });
    node = await startTestNode({ country: 'KE', consoleDistDir: dist.path });
    await seedStore(node.node.services.store, { cases: 150, seed: 4 });
    await node.createUser(ANALYST.username, 'analyst', ANALYST.password);
    await node.createUser(OFFICER.username, 'officer', OFFICER.password);
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await node?.close();
    await dist?.remove();
    await downloads?.remove();
  });

  beforeEach(async () => {
    ({ context, page } = await openPage(browser, problems, { acceptDownloads: true }));
  });

  afterEach(async () => {
    await context?.close();
    expect(problems).to.deep.equal([]);
  });

  it('lets an analyst download the search as a workbook and CSV, in English and Arabic, and the analyst database', async () => {
    await page.goto(`${node.apiUrl}/cases?itrArea=drugs`);
    await signIn(ANALYST);
    const panel = page.locator('cen-case-list .export');
    await panel.locator('h2', { hasText: en.export.label }).waitFor();
    await page.locator('cen-case-list cen-case-table').waitFor();
    await screenshot(page, 'en-case-list-export');

    const analyst = await node.login(ANALYST.username, ANALYST.password);
    let expected = 0;
    let cursor: string | undefined;
    do {
      const found = await analyst.get<CasePage>(
        `${apiPaths.cases}?itrArea=drugs&limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      expected += found.body.items.length;
      cursor = found.body.nextCursor;
    } while (cursor);

    const book = await readWorkbook(await download(en.export.xlsx, 'drugs.xlsx'));
    expect(book.sheets[0]!.rightToLeft).to.equal(false);
    expect(book.sheets[0]!.rows[0]).to.deep.equal(EXPORT_COLUMNS.map((column) => exportHeader(column, 'en')));
    expect(book.sheets[0]!.rows.length - 1)
      .to.equal(expected)
      .and.be.above(0);

    await page.locator('cen-app cen-language-switcher select').selectOption('ar');
    await panel.locator('h2', { hasText: ar.export.label }).waitFor();
    await screenshot(page, 'ar-case-list-export');
    const arabic = await readWorkbook(await download(ar.export.xlsx, 'drugs-ar.xlsx'));
    expect(arabic.sheets[0]!.rightToLeft).to.equal(true);
    expect(arabic.sheets[0]!.rows[0]).to.deep.equal(
      EXPORT_COLUMNS.map((column) => exportHeader(column, 'ar')),
    );

    const csv = await readFile(await download(ar.export.csv, 'drugs-ar.csv'));
    expect([...csv.subarray(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(parseCsv(csv.toString('utf8'))).to.have.length(expected + 1);

    const zip = await download(ar.export.analystDb, 'analyst.zip');
    expect((await zipEntries(zip)).some((name) => name.endsWith('/cen-analyst.sqlite'))).to.equal(true);
  });

  it('shows an officer no export', async () => {
    await page.goto(`${node.apiUrl}/cases`);
    await signIn(OFFICER);
    await page.locator('cen-case-list cen-case-table').waitFor();
    expect(await page.locator('cen-case-list .export').count()).to.equal(0);
  });
});
