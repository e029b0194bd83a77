/**
 * Debian's Chromium for the browser tests, never a downloaded browser. The flags keep it headless
 * as root and quiet on a machine without network (FIELD-NOTES: tooling facts). Each test gets a
 * fresh page that collects the page's own errors, and signs in through the console's form.
 *
 * @example
 *   const browser = await launchChromium();
 *   const problems: string[] = [];
 *   const { context, page } = await openPage(browser, problems);
 *   await page.goto(`${node.apiUrl}/cases`);
 *   await fillSignIn(page, { username: 'officer1', password });
 *   expect(problems).to.deep.equal([]);
 */
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Where failing browser tests leave a screenshot, for CI to keep. */
export const BROWSER_ARTIFACTS = join(import.meta.dirname, '..', 'artifacts', 'console');

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export interface PageOptions {
  /** For tests that download exports. */
  acceptDownloads?: boolean;
  /**
   * Chromium logs every refused request as a console error: those whose status matches are
   * expected (a 401 before signing in, a 403 a test provokes); any other console error is a fault.
   */
  expectedStatus?: RegExp;
}

/**
 * A new context and page (English, 1280×900) that push every page error and unexpected console
 * error into `problems`, which the test checks.
 */
export async function openPage(
  browser: Browser,
  problems: string[],
  { acceptDownloads = false, expectedStatus = /status of 4\d\d/ }: PageOptions = {},
): Promise<{ context: BrowserContext; page: Page }> {
  problems.length = 0;
  const context = await browser.newContext({
    locale: 'en-GB',
    viewport: { width: 1280, height: 900 },
    ...(acceptDownloads ? { acceptDownloads } : {}),
  });
  const page = await context.newPage();
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !expectedStatus.test(message.text()))
      problems.push(`console error: ${message.text()}`);
  });
  return { context, page };
}

/** Fills and sends the sign-in form the console shows on the current page. */
export async function fillSignIn(page: Page, user: { username: string; password: string }): Promise<void> {
  await page.locator('cen-sign-in #username').fill(user.username);
  await page.locator('cen-sign-in #password').fill(user.password);
  await page.locator('cen-sign-in button[type=submit]').click();
}

/** A full-page screenshot in `BROWSER_ARTIFACTS`. */
export function screenshot(page: Page, name: string): Promise<Buffer> {
  return page.screenshot({ path: join(BROWSER_ARTIFACTS, `${name}.png`), fullPage: true });
}
