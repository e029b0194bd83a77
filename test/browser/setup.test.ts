/**
 * The first boot of a node installed by the package, as its first administrator lives it in
 * Chromium: the console of a pending node (`init --setup-later`, `startPendingNode`) asks for the
 * one-time password, a new password and a second factor, then shows only the setup page; the page
 * refuses a bad answer next to its field in plain words, reads right to left in Arabic and passes
 * axe's WCAG 2 A/AA rules in English and Arabic; a good answer turns the same node into the
 * configured one, which then serves the full console to the same session.
 *
 * The steps follow one another on one page, as on a real first boot: each `it` starts where the
 * previous one stopped. What `cen-node start` does after the setup (start the configured node
 * once the pending one has closed) the `before` hook does here.
 */
import { expect } from 'chai';
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Secret, TOTP } from 'otpauth';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { interfaceAddresses } from '../../node/api/routes/setup.ts';
import { loadConfig, loadConfigState, type PendingNodeConfig } from '../../node/config.ts';
import { initNode, startNode, type RunningNode } from '../../node/index.ts';
import { startPendingNode, type PendingNode } from '../../node/setup.ts';
import { buildConsole } from '../../web-console/build.ts';
import ar from '../../web-console/src/i18n/locales/ar.json' with { type: 'json' };
import en from '../../web-console/src/i18n/locales/en.json' with { type: 'json' };
import { BROWSER_ARTIFACTS, fillSignIn, launchChromium, openPage, screenshot } from '../helpers/browser.ts';
import { freePort, makeTempDir, newTestPassword } from '../helpers/node.ts';
import { testLoggers } from '../helpers/logs.ts';
import { registerSecret } from '../helpers/secrets.ts';

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

const totpNow = (secret: string) =>
  new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 }).generate();

describe('setup page of a first-boot node in Chromium (real build, pending node)', function () {
  this.timeout(90_000);

  const logs = testLoggers('setup-browser');
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let dist: Awaited<ReturnType<typeof makeTempDir>>;
  let dataDir: string;
  let oneTimePassword: string;
  let pending: PendingNode | undefined;
  /** The configured node the same "process" goes on as, once the setup is done. */
  let configured: Promise<RunningNode> | undefined;
  let url: string;
  let apiPort: number;
  let p2pPort: number;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let axeSource: string;
  const problems: string[] = [];

  /** axe runs in the page through the DevTools protocol, which the console's CSP does not govern. */
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

  async function switchLanguage(language: string): Promise<void> {
    await page.locator('cen-app cen-language-switcher select').selectOption(language);
    await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
  }

  const text = async (selector: string) =>
    ((await page.locator(selector).first().textContent()) ?? '').trim();

  before(async () => {
    await mkdir(BROWSER_ARTIFACTS, { recursive: true });
    axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    temp = await makeTempDir('cen-setup-browser-');
    dist = await makeTempDir('cen-console-setup-');
    await buildConsole({ outdir: dist.path, minify: true });
    dataDir = join(temp.path, 'node');
    apiPort = await freePort();
    p2pPort = await freePort();
    const init = await initNode({
      setupLater: true,
      dataDir,
      apiHost: '127.0.0.1',
      apiPort,
      p2pPort,
      tls: false,
    });
    oneTimePassword = init.generatedPassword!;
    registerSecret('one-time password', oneTimePassword);
    const state = await loadConfigState(dataDir, {});
    pending = await startPendingNode(state.config as PendingNodeConfig, {
      loggers: logs.loggers,
      consoleDistDir: dist.path,
    });
    url = pending.apiUrl;
    // What `cen-node start` does: once the setup is written, go on as the configured node.
    configured = pending.configured.then(async () => {
      pending = undefined;
      return startNode(await loadConfig(dataDir, {}), { loggers: logs.loggers, consoleDistDir: dist.path });
    });
    configured.catch(() => undefined);
    browser = await launchChromium();
    // While the node changes from pending to configured, the page's health checks meet a closed port.
    ({ context, page } = await openPage(browser, problems, {
      expectedStatus: /status of 4\d\d|ERR_CONNECTION_REFUSED|ERR_EMPTY_RESPONSE/,
    }));
  });

  after(async () => {
    await context?.close();
    await browser?.close();
    // A node closed before its setup never starts as the configured one: wait for that only after a setup.
    const stillPending = pending;
    await stillPending?.close('test done');
    if (!stillPending) await (await configured?.catch(() => undefined))?.close('test done');
    logs.close();
    await dist?.remove();
    await temp?.remove();
  });

  it('makes the first administrator change the one-time password and enrol a second factor, then shows only the setup', async () => {
    // A deep link: on a pending node, every address leads to the setup.
    await page.goto(`${url}/cases`);
    await fillSignIn(page, { username: 'admin', password: oneTimePassword });

    await page.locator('cen-password-change #new').waitFor();
    const password = newTestPassword();
    registerSecret('password', password);
    await page.locator('cen-password-change #current').fill(oneTimePassword);
    await page.locator('cen-password-change #new').fill(password);
    await page.locator('cen-password-change #confirm').fill(password);
    await page.locator('cen-password-change button[type=submit]').click();

    await page.locator('cen-totp-enrolment button').click();
    const secret = (await page.locator('cen-totp-enrolment .secret').textContent())!.trim();
    registerSecret('TOTP secret', secret);
    await page.locator('cen-totp-enrolment #code').fill(totpNow(secret));
    await page.locator('cen-totp-enrolment form button[type=submit]').click();
    await page.locator('cen-totp-enrolment ol.codes li').first().waitFor();
    await page.locator('cen-totp-enrolment .actions button').click();

    await page.locator('cen-setup form').waitFor();
    expect(await text('cen-setup h1')).to.equal(en.setup.title);
    expect(await page.locator('cen-app nav').count(), 'no way to the other screens').to.equal(0);
    // The addresses offered are those the node answers at now.
    expect(await page.locator('cen-setup #apiHost').inputValue()).to.equal('127.0.0.1');
    expect(await page.locator('cen-setup #apiPort').inputValue()).to.equal(String(apiPort));
    expect(await page.locator('cen-setup #p2pPort').inputValue()).to.equal(String(p2pPort));
    expect(await text('cen-setup fieldset:nth-of-type(2) .hint')).to.contain(url);
    // The machine's own addresses, for an administrator who wants the node reachable on one of them.
    const addresses = interfaceAddresses().map((entry) => entry.address);
    if (addresses.length > 0) {
      const listed = await text('cen-setup .interfaces');
      for (const address of addresses) expect(listed).to.contain(address);
    }
    // Each field says what it is for.
    for (const field of ['name', 'role', 'country', 'apiHost', 'apiPort', 'p2pHost', 'p2pPort']) {
      expect(await text(`cen-setup #${field}-help`), field).to.have.length.greaterThan(10);
    }

    // Another screen typed in the address bar: still the setup, the session kept.
    await page.goto(`${url}/users`);
    await page.locator('cen-setup form').waitFor();
    expect(await page.locator('cen-users').count()).to.equal(0);
    expect(await page.locator('cen-app nav').count()).to.equal(0);
    await screenshot(page, 'en-setup');
    const found = await violations();
    expect(found, found.join('\n')).to.deep.equal([]);
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('shows a refusal next to the field it is about, in plain words', async () => {
    await page.locator('cen-setup #name').fill('Kenya Revenue Authority – Customs');
    // No country chosen for a national node.
    await page.locator('cen-setup button[type=submit]').click();
    await page.locator('cen-setup #country-error').waitFor();
    expect(await page.locator('cen-setup #country').getAttribute('aria-invalid')).to.equal('true');
    expect(await text('cen-setup #country-error')).to.equal(en.setup.problems.countryMissing);
    expect(await page.locator('cen-setup [id$=-error]').count()).to.equal(1);

    // The peer port the same as the console's.
    await page.locator('cen-setup #country').selectOption('KE');
    await page.locator('cen-setup #p2pPort').fill(String(apiPort));
    await page.locator('cen-setup button[type=submit]').click();
    await page.locator('cen-setup #p2pPort-error').waitFor();
    expect(await page.locator('cen-setup #country-error').count()).to.equal(0);
    expect(await page.locator('cen-setup #p2pPort').getAttribute('aria-invalid')).to.equal('true');
    expect(await text('cen-setup #p2pPort-error')).to.equal(en.setup.problems.portSame);
    expect(
      (await page.locator('cen-setup #p2pPort').getAttribute('aria-describedby'))?.split(' '),
    ).to.include('p2pPort-error');

    // A port no machine has.
    await page.locator('cen-setup #p2pPort').fill('70000');
    await page.locator('cen-setup button[type=submit]').click();
    await page.waitForFunction(
      (expected) =>
        document
          .querySelector('cen-app')
          ?.shadowRoot?.querySelector('cen-setup')
          ?.shadowRoot?.querySelector('#p2pPort-error')
          ?.textContent?.trim() === expected,
      en.setup.problems.port,
    );
    await screenshot(page, 'en-setup-refused');
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('reads right to left in Arabic, labelled and accessible, refusals included', async () => {
    await switchLanguage('ar');
    expect(await page.evaluate(() => document.documentElement.dir)).to.equal('rtl');
    expect(await text('cen-setup h1')).to.equal(ar.setup.title);
    expect(await text('cen-setup label[for=name]')).to.equal(ar.setup.name);
    expect(await text('cen-setup label[for=country]')).to.equal(ar.setup.country);
    expect(await text('cen-setup #p2pPort-error')).to.equal(ar.setup.problems.port);
    await screenshot(page, 'ar-setup');
    const found = await violations();
    expect(found, found.join('\n')).to.deep.equal([]);
    await switchLanguage('en');
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('finishes the setup with the addresses offered, says where the node answers, and the node serves the full console', async () => {
    await page.locator('cen-setup #p2pPort').fill(String(p2pPort));
    expect(await page.locator('cen-setup #name').inputValue()).to.equal('Kenya Revenue Authority – Customs');
    expect(await page.locator('cen-setup #country').inputValue()).to.equal('KE');
    await page.locator('cen-setup button[type=submit]').click();

    await page.locator(`cen-setup h1:text-is("${en.setup.doneTitle}")`).waitFor();
    const done = await text('cen-setup .message.success');
    expect(done).to.contain('Kenya Revenue Authority – Customs').and.to.contain(`${url}/`);
    expect(await text('cen-setup .next')).to.equal(en.setup.next);
    // The page waits for the configured node before it offers the way in.
    const open = page.locator('cen-setup a.button');
    await open.waitFor({ timeout: 30_000 });
    expect(await open.getAttribute('href')).to.equal(`${url}/`);
    await screenshot(page, 'en-setup-done');

    const node = await configured!;
    expect(node.apiUrl).to.equal(url);
    const config = await loadConfig(dataDir, {});
    expect(config).to.include({ name: 'Kenya Revenue Authority – Customs', role: 'national', country: 'KE' });
    expect(config).to.include({ apiHost: '127.0.0.1', apiPort, p2pPort });

    // The same session goes on in the full console: the navigation is there, and the users screen.
    await open.click();
    await page.locator('cen-app nav').waitFor();
    await page.goto(`${url}/users`);
    await page.locator('cen-users tbody tr').first().waitFor();
    expect(await page.locator('cen-setup').count()).to.equal(0);
    await screenshot(page, 'en-setup-then-users');
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });
});
