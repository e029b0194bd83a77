/**
 * Persons and businesses in the console, end to end in Chromium against a real node: an officer
 * finds a person recorded earlier from the case form's picker with the keyboard alone, links it
 * and sees the case on the person's page; edits the person (a field refused by the node, then a
 * colleague saving first); and lists persons in Arabic, by name and by document number.
 * Screenshots go to `test/artifacts/console/{en,ar}-persons*.png`.
 */
import { expect } from 'chai';
import { mkdir } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { apiPaths } from '../../protocol/api.ts';
import type { Person, PersonInput } from '../../protocol/records.ts';
import { buildConsole } from '../../web-console/build.ts';
import ar from '../../web-console/src/i18n/locales/ar.json' with { type: 'json' };
import en from '../../web-console/src/i18n/locales/en.json' with { type: 'json' };
import { BROWSER_ARTIFACTS, fillSignIn, launchChromium, openPage, screenshot } from '../helpers/browser.ts';
import { makeTempDir, startTestNode, type ApiClient, type TestNode } from '../helpers/node.ts';
import { registerSecrets } from '../helpers/secrets.ts';

const OFFICER = { username: 'achieng', password: 'Meadow-Lantern-Impala-7719' };
const COLLEAGUE = { username: 'kiprono', password: 'Harbour-Granite-Zebra-2284' };
const WANJIKU: PersonInput = {
  familyName: 'Wanjiku',
  givenNames: 'Grace Muthoni',
  birthDate: '1987-05-21',
  nationality: 'KE',
  documents: [{ type: 'passport', number: 'AK7730142', country: 'KE' }],
};
/** A namesake, so the picker has to tell two people apart. */
const NAMESAKE: PersonInput = { familyName: 'Wanjiru', givenNames: 'Esther', nationality: 'UG' };

describe('persons and businesses in the console (Chromium, real node)', function () {
  this.timeout(120_000);

  let dist: Awaited<ReturnType<typeof makeTempDir>>;
  let node: TestNode;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let colleague: ApiClient;
  let person: Person;
  const problems: string[] = [];

  const shot = (name: string) => screenshot(page, name);

  async function signIn(): Promise<void> {
    await fillSignIn(page, OFFICER);
  }

  before(async () => {
    registerSecrets('personal data', ['Wanjiku', 'Grace Muthoni', 'AK7730142', 'Wanjiru']);
    await mkdir(BROWSER_ARTIFACTS, { recursive: true });
    dist = await makeTempDir('cen-console-people-');
    await buildConsole({ outdir: dist.path, minify: true });
    node = await startTestNode({ country: 'KE', consoleDistDir: dist.path });
    await node.createUser(OFFICER.username, 'officer', OFFICER.password);
    await node.createUser(COLLEAGUE.username, 'officer', COLLEAGUE.password);
    colleague = await node.login(COLLEAGUE.username);
    const created = await colleague.post<Person>(apiPaths.persons, WANJIKU);
    expect(created.status, JSON.stringify(created.body)).to.equal(201);
    person = created.body;
    expect((await colleague.post(apiPaths.persons, NAMESAKE)).status).to.equal(201);
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

  it('finds a person in the case form with the keyboard, links it and shows the case on their page', async () => {
    await page.goto(`${node.apiUrl}/cases/new`);
    await signIn();
    const form = (selector: string) => page.locator(`cen-case-form ${selector}`);
    await form('input[name=form][value=full]').check();
    await form('#f-items-0-itrArea').selectOption('drugs');
    await form('#f-items-0-commodity').selectOption('heroin');
    await form('#f-items-0-quantity').fill('1.2');
    await form('#f-items-0-unit').selectOption('kg');

    const picker = page.locator('cen-case-form cen-party-picker[kind=person]');
    const search = picker.locator('#search');
    expect(await picker.locator('label[for=search]').textContent()).to.equal(en.picker.findPerson);
    await picker.locator('#role').selectOption('suspect');
    // Keyboard only from here: into the search field, type, move, pick.
    await picker.locator('#role').focus();
    await page.keyboard.press('Shift+Tab');
    expect(await search.evaluate((el) => el.matches(':focus'))).to.equal(true);
    await page.keyboard.type('wanj');
    await picker.locator('[role=option]').nth(1).waitFor();
    expect(await search.getAttribute('aria-expanded')).to.equal('true');
    await picker.locator(`[role=status]:text-is("2 persons found. Use the arrow keys to choose.")`).waitFor();
    const first = picker.locator('#option-0');
    expect(await first.textContent()).to.contain('Wanjiku, Grace Muthoni');
    expect(await first.textContent()).to.contain('AK7730142');

    // Escape closes the list without picking; the arrow key opens it again on the first match.
    await page.keyboard.press('Escape');
    expect(await search.getAttribute('aria-expanded')).to.equal('false');
    await page.keyboard.press('ArrowDown');
    expect(await search.getAttribute('aria-expanded')).to.equal('true');
    expect(await search.getAttribute('aria-activedescendant')).to.equal('option-0');
    expect(await first.getAttribute('aria-selected')).to.equal('true');
    await shot('en-persons-picker');
    await page.keyboard.press('Enter');

    await form('#f-persons-0-id').waitFor();
    expect(await form('#f-persons-0-id').inputValue()).to.equal(person.id);
    expect(await form('#f-persons-0-role').inputValue()).to.equal('suspect');
    expect(await form('.linked-name').first().textContent()).to.contain('Wanjiku, Grace Muthoni');
    expect(await picker.locator('[role=status]').textContent()).to.contain(
      'Wanjiku, Grace Muthoni is linked to the case.',
    );
    expect(await search.inputValue()).to.equal('');

    await form('button[type=submit]').click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    const caseId = new URL(page.url()).pathname.split('/')[2]!;
    await page.locator(`cen-case-view a[href="/persons/${person.id}"]`).click();
    await page.locator('cen-person-view h1 bdi:text-is("Wanjiku, Grace Muthoni")').waitFor();
    await page.locator(`cen-person-view cen-case-table a[href="/cases/${caseId}"]`).waitFor();
    await shot('en-persons-view');
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('edits a person: shows the refused field, then the conflict with a colleague and a reload', async () => {
    await page.goto(`${node.apiUrl}/persons/${person.id}`);
    await signIn();
    await page.locator(`cen-person-view a.button[href="/persons/${person.id}/edit"]`).click();
    const form = (selector: string) => page.locator(`cen-person-form ${selector}`);
    await form('#f-familyName').waitFor();
    expect(await form('h1').textContent()).to.equal(en.recordForm.editPerson);
    expect(await form('#f-documents-0-number').inputValue()).to.equal('AK7730142');

    // A birth date in the future: the node refuses it, and the message sits next to the field.
    await form('#f-birthDate').fill('2999-01-01');
    await form('button[type=submit]').click();
    await form('#f-birthDate-error').waitFor();
    expect(await form('#f-birthDate').getAttribute('aria-invalid')).to.equal('true');
    expect(await form('#form-status').textContent()).to.contain('Not saved: 1 field needs correcting.');
    await form('#f-birthDate').fill('1987-05-21');

    // A colleague saves first: the form says so and offers to reload.
    const stored = (await colleague.get<Person>(apiPaths.person(person.id))).body;
    const {
      id: _id,
      version,
      createdAt: _c,
      updatedAt: _u,
      createdBy: _cb,
      updatedBy: _ub,
      ...input
    } = stored;
    const changed = await colleague.put(apiPaths.person(person.id), {
      version,
      person: { ...input, birthPlace: 'Nyeri' },
    });
    expect(changed.status, JSON.stringify(changed.body)).to.equal(200);
    await form('#f-givenNames').fill('Grace');
    await form('button[type=submit]').click();
    await form('#form-status').waitFor();
    expect(await form('#form-status').textContent()).to.contain(en.recordForm.personConflict);
    await shot('en-persons-edit-conflict');

    await form('#form-status button').click();
    await page.waitForFunction(
      () =>
        document
          .querySelector('cen-app')
          ?.shadowRoot?.querySelector('cen-person-form')
          ?.shadowRoot?.querySelector<HTMLInputElement>('#f-birthPlace')?.value === 'Nyeri',
    );
    await form('#f-givenNames').fill('Grace');
    await form('button[type=submit]').click();
    await page.waitForURL(`${node.apiUrl}/persons/${person.id}`);
    await page.locator('cen-person-view h1 bdi:text-is("Wanjiku, Grace")').waitFor();
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('lists persons by name and by document number, in Arabic (right to left)', async () => {
    await page.goto(`${node.apiUrl}/`);
    await signIn();
    await page.locator('cen-app nav a[href="/persons"]').click();
    await page.locator('cen-party-list table tbody tr').nth(1).waitFor();
    expect(await page.locator('cen-party-list .count').textContent()).to.contain('2 persons shown');
    await shot('en-persons-list');

    await page.locator('cen-app cen-language-switcher select').selectOption('ar');
    await page.waitForFunction(() => document.documentElement.lang === 'ar');
    expect(await page.evaluate(() => document.documentElement.dir)).to.equal('rtl');
    await page.locator(`cen-party-list h1:text-is("${ar.people.persons}")`).waitFor();

    await page.locator('cen-party-list #q').fill('wanjiku');
    await page.locator('cen-party-list form button[type=submit]').click();
    await page.waitForURL(/\/persons\?q=wanjiku$/);
    await page.locator(`cen-party-list .count:text-is("${ar.people.personsShown_one}")`).waitFor();
    expect(await page.locator('cen-party-list tbody tr').count()).to.equal(1);
    await shot('ar-persons-list');

    // A document number (it has digits) is searched as one, spaces and case ignored.
    await page.locator('cen-party-list #q').fill('ak 773 0142');
    await page.locator('cen-party-list form button[type=submit]').click();
    await page.waitForURL(/\/persons\?q=ak/);
    await page.locator(`cen-party-list tbody a[href="/persons/${person.id}"]`).waitFor();
    expect(await page.locator('cen-party-list tbody tr').count()).to.equal(1);
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });
});
