/**
 * The statistics screen in Chromium, on a real node with synthetic cases: an analyst picks a
 * dimension, a period and a range and gets a drawn chart and a table of every group with its
 * trend (an arrow, a percentage and a sentence for screen readers), in English and in Arabic
 * (right to left); the data-quality tab shows completeness and timeliness; an officer is not
 * offered the screen. Screenshots go to `test/artifacts/console/`.
 */
import { expect } from 'chai';
import { mkdir } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { apiPaths, type StatsResponse } from '../../protocol/api.ts';
import { seedStore } from '../../node/seed/index.ts';
import { buildConsole } from '../../web-console/build.ts';
import ar from '../../web-console/src/i18n/locales/ar.json' with { type: 'json' };
import en from '../../web-console/src/i18n/locales/en.json' with { type: 'json' };
import { BROWSER_ARTIFACTS, fillSignIn, launchChromium, openPage, screenshot } from '../helpers/browser.ts';
import { makeTempDir, startTestNode, type TestNode } from '../helpers/node.ts';

const ANALYST = { username: 'achieng', password: 'Baobab-Lantern-Heron-7719' };
const OFFICER = { username: 'kiprop', password: 'Savanna-Copper-Kettle-2208' };
const TODAY = new Date().toISOString().slice(0, 10);
/** Two years back: the statistics of a range long enough for trends in every group. */
const FROM = `${Number(TODAY.slice(0, 4)) - 2}-01-01`;

describe('statistics screen in Chromium', function () {
  this.timeout(120_000);

  let dist: Awaited<ReturnType<typeof makeTempDir>>;
  let node: TestNode;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];

  async function signIn(credentials: { username: string; password: string }): Promise<void> {
    await fillSignIn(page, credentials);
  }

  /** Whether the chart's canvas holds drawn pixels (not a blank canvas). */
  function chartIsDrawn(): Promise<boolean> {
    return page.locator('cen-stats cen-stats-chart').evaluate((element) => {
      const canvas = element.shadowRoot?.querySelector('canvas');
      if (!canvas || canvas.width === 0 || canvas.height === 0) return false;
      const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let painted = 0;
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) painted++;
      return painted > 500;
    });
  }

  before(async () => {
    await mkdir(BROWSER_ARTIFACTS, { recursive: true });
    dist = await makeTempDir('cen-console-stats-');
    await buildConsole({ outdir: dist.path, minify: true });
    node = await startTestNode({ country: 'KE', consoleDistDir: dist.path });
    await seedStore(node.node.services.store, { cases: 400, seed: 3, today: TODAY });
    await node.createUser(ANALYST.username, 'analyst', ANALYST.password);
    await node.createUser(OFFICER.username, 'officer', OFFICER.password);
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
    expect(problems).to.deep.equal([]);
  });

  it('draws a chart and a table with trends for the dimension an analyst picks, in English and Arabic', async () => {
    await page.goto(`${node.apiUrl}/`);
    await signIn(ANALYST);
    await page.locator('cen-app nav a[href="/stats"]').click();
    await page.locator('cen-stats h1').waitFor();
    expect(await page.locator('cen-stats h1').textContent()).to.equal(en.stats.title);

    await page.locator('cen-stats #dimension').selectOption('conveyanceMode');
    await page.locator('cen-stats #period').selectOption('year');
    await page.locator('cen-stats #from').fill(FROM);
    await page.locator('cen-stats #to').fill(TODAY);
    await page.locator('cen-stats form button[type=submit]').click();
    await page.waitForURL(/\/stats\?.*dimension=conveyanceMode/);
    await page.locator('cen-stats table tbody tr').first().waitFor();

    // The table holds the same groups and totals as the API's answer.
    const api = await (
      await node.login(ANALYST.username, ANALYST.password)
    ).get<StatsResponse>(
      `${apiPaths.stats}?dimension=conveyanceMode&period=year&from=${FROM}&to=${TODAY}&top=30`,
    );
    const rows = page.locator('cen-stats table tbody tr');
    expect(await rows.count()).to.equal(api.body.buckets.length + 1);
    const headers = await page.locator('cen-stats table thead th').allTextContents();
    expect(headers.slice(1, -1).map((text) => text.trim())).to.deep.equal(api.body.periods);
    const totalRow = (await rows.first().locator('td').allTextContents()).map((text) => text.trim());
    expect(totalRow.at(-1)).to.match(new RegExp(`^${api.body.total.cases.toLocaleString('en-GB')}`));
    // Trends read as sentences, and show as arrows with percentages.
    const sentences = await page.locator('cen-stats table .trend .visually-hidden').allTextContents();
    expect(sentences.some((text) => /^(up|down) .* on the (period|same span) before$/.test(text))).to.equal(
      true,
    );
    const arrows = await page.locator('cen-stats table .trend [aria-hidden=true]').allTextContents();
    expect(arrows.some((text) => /^[▲▼] \d/.test(text))).to.equal(true);
    expect(await chartIsDrawn()).to.equal(true);
    await screenshot(page, 'stats-en');

    // Arabic: the same view mirrored, with Arabic labels.
    await page.locator('cen-app cen-language-switcher select').selectOption('ar');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    await page.waitForFunction(
      (title) =>
        document
          .querySelector('cen-app')
          ?.shadowRoot?.querySelector('cen-stats')
          ?.shadowRoot?.querySelector('h1')?.textContent === title,
      ar.stats.title,
    );
    expect(await rows.count()).to.equal(api.body.buckets.length + 1);
    expect(await page.locator('cen-stats table caption').textContent()).to.contain(ar.stats.periods.year);
    expect(await page.locator('cen-stats #dimension option:checked').textContent()).to.equal(
      ar.stats.dimensions.conveyanceMode,
    );
    expect(await chartIsDrawn()).to.equal(true);
    await screenshot(page, 'stats-ar');
  });

  it('shows completeness and timeliness on the data-quality tab', async () => {
    await page.goto(`${node.apiUrl}/stats?dimension=itrArea&from=${FROM}`);
    await signIn(ANALYST);
    await page.locator('cen-stats [role=tab]#tab-quality').click();
    await page.waitForURL(/view=quality/);
    await page.locator('cen-stats-quality tbody tr').first().waitFor();
    const fields = await page
      .locator('cen-stats-quality section[aria-labelledby=completeness-title] tbody th')
      .allTextContents();
    expect(fields).to.deep.equal(Object.values(en.stats.quality.fields));
    const shares = await page
      .locator('cen-stats-quality section[aria-labelledby=completeness-title] tbody td.number:nth-of-type(2)')
      .allTextContents();
    expect(shares.every((text) => /^\d+(\.\d)?%$/.test(text.trim()))).to.equal(true);
    expect(await page.locator('cen-stats-quality dl.figures dd').count()).to.equal(3);
    expect(await page.locator('cen-stats [role=tab][aria-selected=true]').textContent()).to.contain(
      en.stats.tabs.quality,
    );
    await screenshot(page, 'stats-quality-en');
  });

  it('does not offer the screen to an officer, whose role cannot read statistics', async () => {
    await page.goto(`${node.apiUrl}/`);
    await signIn(OFFICER);
    await page.locator('cen-dashboard').waitFor();
    expect(await page.locator('cen-app nav a[href="/stats"]').count()).to.equal(0);
    await page.goto(`${node.apiUrl}/stats`);
    await page.locator('cen-stats [role=alert]').waitFor();
  });
});
