/**
 * The console end to end: the real build, served by `serveConsole`, in front of a real node's
 * API, driven in Debian's Chromium. What officers do: open a deep link, sign in (with the forced
 * password change after a reset), create a case, find it, open it, run into an edit conflict,
 * switch to Arabic, sign out; what the contact point and the auditor do: enrol a second factor,
 * create a user, read and verify the audit log. And what must never happen: markup typed into a
 * case runs, or the page breaks its own CSP.
 *
 * The node serves a fresh build of the console itself, as in production. Throttling and a
 * password-expiry notice cannot be provoked quickly on a real node, so that one test answers the
 * sign-in route in the browser with `page.route`.
 * Screenshots of the main screens in English and Arabic go to `test/artifacts/console/`.
 */
import { expect } from 'chai';
import { mkdir } from 'node:fs/promises';
import { Secret, TOTP } from 'otpauth';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { apiPaths, type CreateUserResponse } from '../../protocol/api.ts';
import type { Case } from '../../protocol/records.ts';
import { buildConsole } from '../../web-console/build.ts';
import ar from '../../web-console/src/i18n/locales/ar.json' with { type: 'json' };
import en from '../../web-console/src/i18n/locales/en.json' with { type: 'json' };
import { BROWSER_ARTIFACTS, launchChromium, openPage, screenshot } from '../helpers/browser.ts';
import { makeTempDir, startTestNode, type ApiClient, type TestNode } from '../helpers/node.ts';

const MARKER = 'quokkazanzibar';
const INJECTED = `<img src=x onerror="window.__xss = 1"> Suitcase with a false bottom, ${MARKER}.`;
/** Long, not common, without the usernames: what the password policy wants. */
const PASSWORDS = {
  maria: 'Lantern-Harbour-Okapi-4417',
  otieno: 'Copper-Kettle-Savanna-9023',
  auditor: 'Granite-Meadow-Falcon-3308',
  njeri: 'Violet-Canyon-Baobab-6152',
};

interface Credentials {
  username: string;
  password: string;
}

interface Accounts {
  /** An officer with a one-time password, for the forced change in the browser. */
  newOfficer: Credentials;
  /** An officer whose password is set. */
  officer: Credentials;
  /** A contact point with a one-time password and no second factor yet. */
  newContactPoint: Credentials;
  auditor: Credentials;
}

const totpNow = (secret: string) =>
  new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 }).generate();

/**
 * The users the tests sign in as. Those who start with a one-time password are created through
 * the API by the first administrator (whom the helper enrols in a second factor, as the node
 * requires); the others directly with a password, as an operator would.
 */
async function prepareAccounts(node: TestNode): Promise<Accounts> {
  const admin = await node.login();
  async function withOneTimePassword(username: string, role: string): Promise<Credentials> {
    const created = await admin.post<CreateUserResponse>(apiPaths.users, { username, role });
    expect(created.status, JSON.stringify(created.body)).to.equal(201);
    return { username, password: created.body.oneTimePassword };
  }
  return {
    newOfficer: await withOneTimePassword('maria', 'officer'),
    officer: { username: 'otieno', password: await node.createUser('otieno', 'officer', PASSWORDS.otieno) },
    newContactPoint: await withOneTimePassword('njeri', 'national-admin'),
    auditor: {
      username: 'wanjiru',
      password: await node.createUser('wanjiru', 'auditor', PASSWORDS.auditor),
    },
  };
}

describe('web console in Chromium (real build, real node)', function () {
  this.timeout(120_000);

  let dist: Awaited<ReturnType<typeof makeTempDir>>;
  let node: TestNode;
  let accounts: Accounts;
  let site: { url: string };
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];

  async function shot(name: string): Promise<void> {
    await screenshot(page, name);
  }

  async function signIn(credentials: Credentials, password = credentials.password): Promise<void> {
    await page.locator('cen-sign-in #username').fill(credentials.username);
    await page.locator('cen-sign-in #password').fill(password);
    await page.locator('cen-sign-in button[type=submit]').click();
  }

  /** The forced change after signing in with a one-time password; then the requested screen shows. */
  async function changeOneTimePassword(oneTime: string, next: string): Promise<void> {
    await page.locator('cen-password-change #new').waitFor();
    expect(await page.locator('cen-password-change [role=status]').first().textContent()).to.contain(
      en.password.forced,
    );
    await page.locator('cen-password-change #current').fill(oneTime);
    await page.locator('cen-password-change #new').fill(next);
    await page.locator('cen-password-change #confirm').fill(next);
    await page.locator('cen-password-change button[type=submit]').click();
  }

  async function switchLanguage(language: string): Promise<void> {
    await page.locator('cen-app cen-language-switcher select').selectOption(language);
    await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
  }

  before(async () => {
    await mkdir(BROWSER_ARTIFACTS, { recursive: true });
    dist = await makeTempDir('cen-console-');
    await buildConsole({ outdir: dist.path, minify: true });
    node = await startTestNode({ country: 'KE', consoleDistDir: dist.path });
    site = { url: node.apiUrl };
    accounts = await prepareAccounts(node);
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

  it('opens a deep link after sign-in, creates, finds, opens and edits a case, in English and Arabic', async () => {
    const officer = accounts.newOfficer;
    // A colleague's link to the form: the sign-in screen first, then the form itself.
    await page.goto(`${site.url}/cases/new`);
    await page.locator('cen-sign-in #username').waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).to.equal('ltr');
    await shot('en-sign-in');

    await signIn(officer, 'not-the-password-1234');
    await page.locator('cen-sign-in [role=alert]').waitFor();
    expect(await page.locator('cen-sign-in [role=alert]').textContent()).to.contain(
      en.signIn.wrongCredentials,
    );

    // Signed in with the one-time password from the contact point: a new password comes first.
    await signIn(officer);
    await shot('en-password-forced');
    await changeOneTimePassword(officer.password, PASSWORDS.maria);
    await page.locator('cen-case-form h1').waitFor();
    expect(new URL(page.url()).pathname).to.equal('/cases/new');
    expect(await page.locator('cen-case-form h1').textContent()).to.equal(en.caseForm.newTitle);

    // The node refuses an item without a commodity: the message appears next to that field.
    await page.locator('cen-case-form #f-items-0-itrArea').selectOption('drugs');
    await page.locator('cen-case-form #f-location-type').selectOption('airport');
    await page.locator('cen-case-form #f-location-code').fill('NBO');
    await page.locator('cen-case-form #f-narrative').fill(INJECTED);
    await page.locator('cen-case-form button[type=submit]').click();
    await page.locator('cen-case-form #f-items-0-commodity-error').waitFor();
    expect(await page.locator('cen-case-form #f-items-0-commodity').getAttribute('aria-invalid')).to.equal(
      'true',
    );
    expect(await page.locator('cen-case-form #form-status').textContent()).to.contain('field');
    await shot('en-case-form-issues');

    await page.locator('cen-case-form #f-items-0-commodity').selectOption('cocaine');
    await page.locator('cen-case-form #f-items-0-quantity').fill('2.4');
    await page.locator('cen-case-form #f-items-0-unit').selectOption('kg');
    await page.locator('cen-case-form button[type=submit]').click();

    // The case view: the injected markup is shown as text and never runs.
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    const caseId = new URL(page.url()).pathname.split('/')[2]!;
    const narrative = page.locator('cen-case-view [data-field=narrative]');
    await narrative.waitFor();
    expect(await narrative.textContent()).to.equal(INJECTED);
    expect(await page.locator('cen-case-view img').count()).to.equal(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).to.equal(undefined);
    const history = page.locator('cen-case-view #history ~ * tbody tr');
    await history.first().waitFor();
    await shot('en-case-view');

    // Find it by free text from the case list.
    await page.locator('cen-app nav a[href="/cases"]').click();
    await page.locator('cen-case-list #q').fill(MARKER);
    await page.locator('cen-case-list form button[type=submit]').click();
    await page.waitForURL(new RegExp(`/cases\\?q=${MARKER}$`));
    const result = page.locator(`cen-case-list cen-case-table a[href="/cases/${caseId}"]`);
    await result.waitFor();
    expect(await page.locator('cen-case-list cen-case-table tbody tr').count()).to.equal(1);
    await shot('en-case-list');
    await result.click();
    await page.waitForURL(`${site.url}/cases/${caseId}`);

    // Edit while a colleague saves first: the form says so instead of overwriting their work.
    await page.locator('cen-case-view a.button[href$="/edit"]').click();
    await page.locator('cen-case-form #f-narrative').waitFor();
    const colleague: ApiClient = await node.login(accounts.officer.username);
    const stored = (await colleague.get<Case>(apiPaths.case(caseId))).body;
    const {
      id: _id,
      version,
      createdAt: _c,
      updatedAt: _u,
      createdBy: _cb,
      updatedBy: _ub,
      ...input
    } = stored;
    const changed = await colleague.put(apiPaths.case(caseId), {
      version,
      case: { ...input, office: 'JKIA cargo' },
    });
    expect(changed.status, JSON.stringify(changed.body)).to.equal(200);

    await page.locator('cen-case-form #f-narrative').fill(`${INJECTED} Second look.`);
    await page.locator('cen-case-form button[type=submit]').click();
    const status = page.locator('cen-case-form #form-status');
    await status.waitFor();
    expect(await status.textContent()).to.contain(en.form.conflict);
    await shot('en-case-form-conflict');

    // Reload, make the change again and save: three versions in the history.
    await page.locator('cen-case-form #form-status button').click();
    await page.locator('cen-case-form #f-narrative').fill(`${INJECTED} Second look.`);
    await page.locator('cen-case-form button[type=submit]').click();
    await page.waitForURL(`${site.url}/cases/${caseId}`);
    await history.nth(2).waitFor();
    expect(await history.count()).to.equal(3);

    await page.locator('cen-app nav a[href="/"]').click();
    await page.locator('cen-dashboard cen-bar-chart canvas').first().waitFor();
    await page.locator('cen-dashboard cen-case-table tbody tr').first().waitFor();
    await shot('en-dashboard');

    // Arabic: right to left, Arabic strings, remembered across a reload.
    await switchLanguage('ar');
    expect(await page.evaluate(() => document.documentElement.dir)).to.equal('rtl');
    await page.locator(`cen-dashboard h1:text-is("${ar.nav.dashboard}")`).waitFor();
    await page.locator('cen-dashboard cen-bar-chart canvas').first().waitFor();
    await shot('ar-dashboard');
    await page.reload();
    await page.locator(`cen-dashboard h1:text-is("${ar.nav.dashboard}")`).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).to.equal('rtl');

    await page.goto(`${site.url}/cases?q=${MARKER}`);
    await page.locator(`cen-case-list cen-case-table a[href="/cases/${caseId}"]`).waitFor();
    expect(await page.locator('cen-case-list .count').textContent()).to.equal(ar.cases.shown_one);
    await shot('ar-case-list');
    await page.goto(`${site.url}/cases/${caseId}`);
    await page.locator('cen-case-view [data-field=narrative]').waitFor();
    await history.first().waitFor();
    await shot('ar-case-view');
    await page.goto(`${site.url}/cases/${caseId}/edit`);
    await page.locator('cen-case-form #f-narrative').waitFor();
    await page.locator('cen-case-form input[name=form][value=full]').check();
    await page.locator('cen-case-form #f-handling-code').waitFor();
    await shot('ar-case-form-full');

    // Sign out: back to the sign-in screen, still in Arabic, and the session is gone.
    await page.locator('cen-app header button').click();
    await page.locator('cen-sign-in #username').waitFor();
    expect(await page.locator('cen-sign-in h1').textContent()).to.equal(ar.signIn.title);
    await shot('ar-sign-in');
    expect(await page.evaluate(async () => (await fetch('/api/v1/session')).status)).to.equal(401);

    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).to.equal(undefined);
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('records a full case with a new person and business, and shows both with their cases', async () => {
    await page.goto(`${site.url}/cases/new`);
    await signIn(accounts.officer);
    await page.locator('cen-case-form input[name=form][value=full]').check();
    const form = (selector: string) => page.locator(`cen-case-form ${selector}`);
    await form('#f-kind').selectOption('seizure');
    await form('#f-items-0-itrArea').selectOption('drugs');
    await form('#f-items-0-commodity').selectOption('cocaine');
    await form('#f-items-0-quantity').fill('12');
    await form('#f-items-0-unit').selectOption('kg');
    await form('#f-conveyance-mode').selectOption('sea-container');
    await form('#f-conveyance-containerNumber').fill('CSQU3054383');
    await form('#f-route-origin').selectOption('CO');
    await form('#f-route-destination').selectOption('KE');
    await form('#f-handling-code').selectOption('H1');
    await form('#f-handling-source').selectOption('B');
    await form('#f-handling-reliability').selectOption('2');

    await form('#f-newPerson-familyName').fill('Odhiambo');
    await form('#f-newPerson-givenNames').fill('Peter');
    await form('#f-newPerson-nationality').selectOption('KE');
    await form('#f-newPerson-role').selectOption('suspect');
    await form('fieldset.inline-form:has(#f-newPerson-familyName) > button').click();
    await form('#f-persons-0-id').waitFor();
    expect(await form('#f-persons-0-id').inputValue()).to.match(/^[0-9a-f-]{36}$/);

    await form('#f-newBusiness-name').fill('Acme Freight Ltd');
    await form('#f-newBusiness-country').selectOption('KE');
    await form('#f-newBusiness-role').selectOption('consignee');
    await form('fieldset.inline-form:has(#f-newBusiness-name) > button').click();
    await form('#f-businesses-0-id').waitFor();
    await shot('en-case-form-full');
    await form('button[type=submit]').click();

    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    const caseId = new URL(page.url()).pathname.split('/')[2]!;
    const personLink = page.locator('cen-case-view a[href^="/persons/"]');
    await page.locator('cen-case-view a[href^="/persons/"] bdi:text-is("Odhiambo, Peter")').waitFor();
    await page.locator('cen-case-view a[href^="/businesses/"] bdi:text-is("Acme Freight Ltd")').waitFor();
    await shot('en-case-view-full');

    await personLink.click();
    await page.locator('cen-person-view h1 bdi:text-is("Odhiambo, Peter")').waitFor();
    await page.locator(`cen-person-view cen-case-table a[href="/cases/${caseId}"]`).waitFor();
    await shot('en-person');
    await page.goBack();
    await page.locator('cen-case-view a[href^="/businesses/"]').click();
    await page.locator('cen-business-view h1 bdi:text-is("Acme Freight Ltd")').waitFor();
    await page.locator(`cen-business-view cen-case-table a[href="/cases/${caseId}"]`).waitFor();
    await switchLanguage('ar');
    await page.locator(`cen-business-view h2:text-is("${ar.business.cases}")`).waitFor();
    await shot('ar-business');
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('asks for the second factor, shows the wait after throttling and the password-expiry notice', async () => {
    const officer = accounts.officer;
    let attempts = 0;
    // The node itself signs in; only the first answers (throttled, then "code please") and the
    // expiry field are the browser's, because they cannot be provoked quickly on a real node.
    await page.route('**/api/v1/session', async (route) => {
      const req = route.request();
      if (req.method() !== 'POST') return route.fallback();
      attempts++;
      const body = JSON.parse(req.postData() ?? '{}') as {
        username: string;
        password: string;
        totp?: string;
      };
      if (attempts === 1) {
        return route.fulfill({
          status: 429,
          headers: { 'retry-after': '30' },
          json: { error: { code: 'throttled', message: 'wait', details: { retryAfterSeconds: 30 } } },
        });
      }
      if (!body.totp) {
        return route.fulfill({
          status: 401,
          json: { error: { code: 'second_factor_required', message: 'code' } },
        });
      }
      expect(body.totp).to.equal('123456');
      const response = await route.fetch({
        postData: JSON.stringify({ username: body.username, password: body.password }),
      });
      const json = (await response.json()) as Record<string, unknown>;
      return route.fulfill({ response, json: { ...json, passwordExpiresInDays: 3 } });
    });

    await page.goto(`${site.url}/cases`);
    await signIn(officer);
    await page.locator('cen-sign-in [role=alert]').waitFor();
    expect(await page.locator('cen-sign-in [role=alert]').textContent()).to.contain('Wait 30 seconds');

    await page.locator('cen-sign-in button[type=submit]').click();
    await page.locator('cen-sign-in #totp').waitFor();
    await shot('en-sign-in-second-factor');
    await page.locator('cen-sign-in #totp').fill('123 456');
    await page.locator('cen-sign-in button[type=submit]').click();

    await page.locator('cen-case-list h1').waitFor();
    expect(new URL(page.url()).pathname).to.equal('/cases');
    const notice = page.locator('cen-app main > .message.warning');
    expect(await notice.textContent()).to.contain('Your password expires in 3 days.');
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('has the contact point enrol a second factor and create a user, and the auditor verify the log', async () => {
    const { newContactPoint, auditor } = accounts;

    // A new contact point: one-time password, forced change, forced second-factor enrolment.
    await page.goto(`${site.url}/users`);
    await signIn(newContactPoint);
    await changeOneTimePassword(newContactPoint.password, PASSWORDS.njeri);
    await page.locator('cen-totp-enrolment button').click();
    await page.locator('cen-totp-enrolment img.qr').waitFor();
    expect(await page.locator('cen-totp-enrolment img.qr').getAttribute('src')).to.match(
      /^data:image\/svg\+xml;base64,/,
    );
    await shot('en-second-factor');
    const secret = (await page.locator('cen-totp-enrolment .secret').textContent())!.trim();
    await page.locator('cen-totp-enrolment #code').fill(totpNow(secret));
    await page.locator('cen-totp-enrolment form button[type=submit]').click();
    await page.locator('cen-totp-enrolment ol.codes li').first().waitFor();
    expect(await page.locator('cen-totp-enrolment ol.codes li').count()).to.be.greaterThan(0);
    await page.locator('cen-totp-enrolment .actions button').click();

    // Then the screen the link asked for: users. The new account's password is shown once.
    await page.locator('cen-users tbody tr').first().waitFor();
    expect(new URL(page.url()).pathname).to.equal('/users');
    await page.locator('cen-users #new-username').fill('kamau');
    await page.locator('cen-users #new-role').selectOption('analyst');
    await page.locator('cen-users form button[type=submit]').click();
    await page.locator('cen-users output').waitFor();
    expect((await page.locator('cen-users output').textContent())!.trim()).to.have.length.greaterThan(7);
    await page.locator('cen-users tbody th bdi:text-is("kamau")').waitFor();
    await shot('en-users');
    await switchLanguage('ar');
    await page.locator(`cen-users h1:text-is("${ar.nav.users}")`).waitFor();
    await shot('ar-users');
    await page.locator('cen-app header button').click();
    await page.locator('cen-sign-in #username').waitFor();

    // The auditor reads what happened and checks the chain.
    await switchLanguage('en');
    await page.goto(`${site.url}/audit`);
    await signIn(auditor);
    await page.locator('cen-audit-log tbody tr').first().waitFor();
    await page.locator('cen-audit-log #action').selectOption('user-created');
    await page.locator('cen-audit-log form button[type=submit]').click();
    await page
      .locator(`cen-audit-log tbody td:text-is("${en.audit.actions['user-created']}")`)
      .first()
      .waitFor();
    await page.locator('cen-audit-log #verify').click();
    await page.locator('cen-audit-log .message.success').waitFor();
    expect(await page.locator('cen-audit-log .message.success').textContent()).to.contain(
      'The audit log is intact',
    );
    await shot('en-audit');
    await switchLanguage('ar');
    await page.locator(`cen-audit-log h1:text-is("${ar.nav.audit}")`).waitFor();
    await shot('ar-audit');
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });
});
