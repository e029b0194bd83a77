/**
 * Watch lists in the console, end to end in Chromium against a real node: an analyst creates a
 * list rule (first with a container number whose check digit is wrong, which the form points
 * at), an officer records a case in a watched container, and the analyst sees the bell count it,
 * reads the notification, opens the case from it and finds the rule among the case's matches;
 * the bell then counts nothing. A pattern rule is created from the vocabularies too. Each screen
 * passes axe-core's WCAG 2 A/AA rules, in English and in Arabic.
 *
 * Screenshots of the screens in English and Arabic go to `test/artifacts/console/`.
 */
import { expect } from 'chai';
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { apiPaths, type CaseResponse } from '../../protocol/api.ts';
import { buildConsole } from '../../web-console/build.ts';
import en from '../../web-console/src/i18n/locales/en.json' with { type: 'json' };
import { BROWSER_ARTIFACTS, fillSignIn, launchChromium, openPage, screenshot } from '../helpers/browser.ts';
import { makeTempDir, startTestNode, type ApiClient, type TestNode } from '../helpers/node.ts';
import { containerNumber, validCase } from '../compliance/fixtures.ts';

const ANALYST = { username: 'amina', password: 'Sisal-Heron-Lantern-4471' };
const WATCHED = containerNumber('MSK', 246801);
/** The same number with its last digit wrong: ISO 6346 refuses it. */
const MISTYPED = `${WATCHED.slice(0, 10)}${(Number(WATCHED.slice(10)) + 1) % 10}`;

describe('watch lists in the console (Chromium)', function () {
  this.timeout(120_000);

  let dist: Awaited<ReturnType<typeof makeTempDir>>;
  let ke: TestNode;
  let officer: ApiClient;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];
  let axeSource: string;

  /** axe-core's WCAG 2 A/AA rules on the screen shown (run through DevTools, outside the CSP). */
  async function violations(): Promise<string[]> {
    await page.evaluate(axeSource);
    const found = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<unknown> } }).axe;
      const result = (await axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      })) as {
        violations: { id: string; help: string; nodes: { target: unknown[] }[] }[];
        passes: unknown[];
      };
      return { violations: result.violations, passes: result.passes.length };
    });
    expect(found.passes, 'axe checked no rule on this screen').to.be.greaterThan(5);
    return found.violations.map(
      (v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
    );
  }

  const shot = (name: string) => screenshot(page, name);

  async function signIn(path: string): Promise<void> {
    await page.goto(`${ke.apiUrl}${path}`);
    await fillSignIn(page, ANALYST);
  }

  before(async () => {
    await mkdir(BROWSER_ARTIFACTS, { recursive: true });
    axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    dist = await makeTempDir('cen-console-watchlists-');
    await buildConsole({ outdir: dist.path, minify: true });
    ke = await startTestNode({ country: 'KE', name: 'Kenya Revenue Authority', consoleDistDir: dist.path });
    await ke.createUser(ANALYST.username, 'analyst', ANALYST.password);
    officer = await ke.loginAs('officer');
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await ke?.close();
    await dist?.remove();
  });

  beforeEach(async () => {
    ({ context, page } = await openPage(browser, problems, { expectedStatus: /status of [45]\d\d/ }));
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed')
      await shot(`failed-watchlists-${this.currentTest.title.slice(0, 40).replace(/\W+/g, '-')}`).catch(
        () => {},
      );
    await context?.close();
  });

  it('creates a rule, counts the notification of a matching case on the bell, and opens the case from it', async () => {
    await signIn('/watchlists');
    await page.locator('cen-watchlists h1').waitFor();
    await page.locator('cen-app nav a[href="/watchlists"][aria-current=page]').waitFor();
    // Nothing unread yet: the bell shows no count.
    await page.locator('cen-notifications-bell a').waitFor();
    expect(await page.locator('cen-notifications-bell .count').count()).to.equal(0);

    expect(await violations()).to.deep.equal([]);
    await page.locator(`cen-watchlists a[href="/watchlists/new"]`).click();
    const form = page.locator('cen-watchlist-form');
    await form.locator('#rule-name').waitFor();
    expect(await violations()).to.deep.equal([]);
    await form.locator('#rule-name').fill('Reefers from Guayaquil');
    await form.locator('#rule-list-type').selectOption('container');
    await form.locator('#rule-list-values').fill(`${MISTYPED}\n`);
    await form.locator('button[type=submit]').click();
    // The refused entry is named by its place and value, and the field is marked invalid.
    const error = form.locator('#rule-list-values-error');
    await error.waitFor();
    expect(await error.textContent())
      .to.contain(MISTYPED)
      .and.contain(en.validation['container-check-digit']);
    expect(await form.locator('#rule-list-values').getAttribute('aria-invalid')).to.equal('true');
    expect(await violations()).to.deep.equal([]);

    const spaced = `${WATCHED.slice(0, 4).toLowerCase()} ${WATCHED.slice(4, 10)}-${WATCHED.slice(10)}`;
    await form.locator('#rule-list-values').fill(`${spaced}\nCSQU3054383`);
    await form.locator('button[type=submit]').click();
    await page.waitForURL(/\/watchlists\/[0-9a-f-]{36}$/);
    await page.locator('cen-watchlist-form h1 bdi:text-is("Reefers from Guayaquil")').waitFor();
    // Kept as the case index keeps it: upper case, no spaces or dashes.
    expect(await page.locator('cen-watchlist-form #rule-list-values').inputValue()).to.equal(
      `${WATCHED}\nCSQU3054383`,
    );
    await page.locator('cen-app nav a[href="/watchlists"]').click();
    await page.locator('cen-watchlists tbody a bdi:text-is("Reefers from Guayaquil")').waitFor();
    await shot('en-watchlists');

    const created = await officer.post<CaseResponse>(
      apiPaths.cases,
      validCase({ conveyance: { mode: 'sea-container', containerNumber: WATCHED } }),
    );
    expect(created.status, JSON.stringify(created.body)).to.equal(201);
    // The bell counts again on its own within seconds.
    await page.locator('cen-notifications-bell .count:text-is("1")').waitFor({ timeout: 30_000 });
    expect(await page.locator('cen-notifications-bell a').getAttribute('aria-label')).to.equal(
      en.watchlists.bellUnread_one.replace('{{count, number}}', '1'),
    );

    await page.locator('cen-notifications-bell a').click();
    const notification = page.locator('cen-notifications li.unread');
    await notification.waitFor();
    const text = (await notification.textContent())!.replace(/\s+/g, ' ');
    expect(text)
      .to.contain('Reefers from Guayaquil')
      .and.contain(`${en.watchlists.listTypes.container}: ${WATCHED}`);
    await shot('en-notifications');
    expect(await violations()).to.deep.equal([]);

    await notification.locator(`a[href="/cases/${created.body.id}"]`).click();
    const matches = page.locator('cen-case-view cen-watch-matches');
    await matches.locator('a bdi:text-is("Reefers from Guayaquil")').waitFor();
    expect(await violations()).to.deep.equal([]);
    expect((await matches.locator('.hint').textContent())!).to.contain(WATCHED);
    // Opening the case read the notification.
    await page.locator('cen-notifications-bell a').waitFor();
    await page.waitForFunction(
      () => {
        const bell = document.querySelector('cen-app')?.shadowRoot?.querySelector('cen-notifications-bell');
        return bell?.shadowRoot?.querySelector('.count') === null;
      },
      undefined,
      { timeout: 15_000 },
    );
    expect(problems).to.deep.equal([]);
  });

  it('creates a pattern rule from the vocabularies, in Arabic too', async () => {
    await signIn('/watchlists/new');
    const form = page.locator('cen-watchlist-form');
    await form.locator('#rule-name').fill('Cocaine hidden in sea cargo');
    await form.locator('input[name=kind][value=pattern]').check();
    await form.locator('#rule-pattern-commodity').selectOption(['cocaine']);
    await form.locator('#rule-pattern-conveyanceMode').selectOption(['sea-container']);
    await form.locator('#rule-pattern-concealmentMethod').selectOption(['cargo']);
    await form.locator('#rule-shared').check();
    await form.locator('button[type=submit]').click();
    await page.waitForURL(/\/watchlists\/[0-9a-f-]{36}$/);
    await page.locator('cen-watchlist-form h1 bdi:text-is("Cocaine hidden in sea cargo")').waitFor();
    expect(
      await page
        .locator('cen-watchlist-form #rule-pattern-commodity')
        .evaluate((select) =>
          [...(select as HTMLSelectElement).selectedOptions].map((option) => option.value),
        ),
    ).to.deep.equal(['cocaine']);
    expect(await page.locator('cen-watchlist-form #rule-shared').isChecked()).to.equal(true);

    await page.locator('cen-app cen-language-switcher select').selectOption('ar');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    await page.locator('cen-app nav a[href="/watchlists"]').click();
    await page.locator('cen-watchlists tbody a bdi:text-is("Cocaine hidden in sea cargo")').waitFor();
    await shot('ar-watchlists');
    expect(await violations()).to.deep.equal([]);
    await page.locator('cen-notifications-bell a').click();
    await page.locator('cen-notifications h1').waitFor();
    await shot('ar-notifications');
    expect(await violations()).to.deep.equal([]);
    expect(problems).to.deep.equal([]);
  });
});
