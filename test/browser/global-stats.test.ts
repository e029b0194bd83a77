/**
 * The global CEN's released figures in the console, end to end in Chromium against a real WCO
 * node holding the contributions of three members (KE many, BE some, TZ five): the WCO analyst
 * reads the global statistics by reporting member and year, where TZ's small figures show the
 * hidden mark and its legend and never a number, then the data quality per member and downloads
 * the ITR workbook of a year. The same statistics screen in Arabic reads right to left. axe-core
 * checks both screens (WCAG 2 A/AA).
 *
 * Screenshots go to `test/artifacts/console/`.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { expect } from 'chai';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { RecordStore } from '../../node/store/records.ts';
import { buildConsole } from '../../web-console/build.ts';
import en from '../../web-console/src/i18n/locales/en.json' with { type: 'json' };
import { BROWSER_ARTIFACTS, fillSignIn, launchChromium, openPage, screenshot } from '../helpers/browser.ts';
import { globalContributions, storeContributions } from '../helpers/global-stats-fixtures.ts';
import { makeTempDir, startTestNode, type TestNode } from '../helpers/node.ts';

const ANALYST = { username: 'amara', password: 'Basalt-Egret-Orchard-5127' };
const STATS_URL = '/global-stats?dimension=country&period=year&from=2024-01-01&to=2025-12-31';

describe('global statistics and data quality in the console (Chromium)', function () {
  this.timeout(120_000);

  let dist: Awaited<ReturnType<typeof makeTempDir>>;
  let wco: TestNode;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let axeSource: string;
  const problems: string[] = [];

  async function violations(): Promise<string[]> {
    await page.evaluate(axeSource);
    const found = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<unknown> } }).axe;
      return (await axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      })) as { violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] };
    });
    return found.violations.map(
      (v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
    );
  }

  before(async () => {
    axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    await mkdir(BROWSER_ARTIFACTS, { recursive: true });
    dist = await makeTempDir('cen-console-global-stats-');
    await buildConsole({ outdir: dist.path, minify: true });
    wco = await startTestNode({ role: 'wco', name: 'World Customs Organization', consoleDistDir: dist.path });
    const { kv } = wco.node.services.store as RecordStore;
    await storeContributions(wco.node.global!.store, (ops) => kv.batch(ops), globalContributions());
    await wco.createUser(ANALYST.username, 'wco-analyst', ANALYST.password);
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await wco?.close();
    await dist?.remove();
  });

  beforeEach(async () => {
    ({ context, page } = await openPage(browser, problems, { acceptDownloads: true }));
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed')
      await screenshot(
        page,
        `failed-global-stats-${this.currentTest.title.slice(0, 40).replace(/\W+/g, '-')}`,
      ).catch(() => {});
    await context?.close();
  });

  it('shows the global statistics by member with small figures hidden, never as numbers', async () => {
    await page.goto(`${wco.apiUrl}${STATS_URL}`);
    await fillSignIn(page, ANALYST);
    const screen = page.locator('cen-global-stats');
    await screen.locator('h1', { hasText: en.globalStats.title }).waitFor();
    await page.locator('cen-app nav a[href="/global-stats"][aria-current=page]').waitFor();
    const rows = screen.locator('tbody tr');
    await rows.first().waitFor();
    const rowOf = async (name: string) => {
      for (let i = 0; i < (await rows.count()); i++) {
        const cells = (await rows.nth(i).locator('th, td').allTextContents()).map((text) => text.trim());
        if (cells[0] === name) return cells;
      }
      throw new Error(`no row for ${name}`);
    };
    // Tanzania: 3 cases in 2024, 2 in 2025; both years hidden, its 5 cases in all shown.
    const tz = await rowOf('Tanzania');
    expect(tz[1]).to.match(/^x/);
    expect(tz[2]).to.match(/^x/);
    expect(tz[1]).to.not.match(/\d/);
    expect(tz[2]).to.not.match(/\d/);
    expect(tz[3]).to.match(/^5/);
    expect(await screen.locator('#hidden-legend').textContent()).to.contain('fewer than 3 cases');
    expect(await violations()).to.deep.equal([]);
    await screenshot(page, 'global-stats');
    expect(problems).to.deep.equal([]);
  });

  it('shows the data quality per member and downloads the ITR workbook', async () => {
    await page.goto(`${wco.apiUrl}/global-quality`);
    await fillSignIn(page, ANALYST);
    const screen = page.locator('cen-global-quality');
    await screen.locator('h1', { hasText: en.globalQuality.title }).waitFor();
    const rows = screen.locator('tbody tr');
    await rows.nth(2).waitFor();
    const firstCells = await rows.locator('th').allTextContents();
    expect(firstCells.map((text) => text.trim())).to.have.members(['Belgium', 'Kenya', 'Tanzania']);
    expect(await violations()).to.deep.equal([]);
    await screen.locator('#itr-year').fill('2025');
    const link = screen.locator('a[download]');
    expect(await link.getAttribute('href')).to.equal('/api/v1/global/itr.xlsx?year=2025');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).to.equal('itr-2025.xlsx');
    const bytes = await readFile(await download.path());
    expect(bytes.subarray(0, 2).toString()).to.equal('PK');
    await screenshot(page, 'global-quality');
    expect(problems).to.deep.equal([]);
  });

  it('reads right to left in Arabic', async () => {
    await page.goto(`${wco.apiUrl}${STATS_URL}`);
    await fillSignIn(page, ANALYST);
    await page.locator('cen-global-stats tbody tr').first().waitFor();
    await page.locator('cen-app cen-language-switcher select').selectOption('ar');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    await page.locator('cen-global-stats h1', { hasText: 'الإحصاءات العالمية' }).waitFor();
    expect(await violations()).to.deep.equal([]);
    await screenshot(page, 'global-stats-ar');
    expect(problems).to.deep.equal([]);
  });
});
