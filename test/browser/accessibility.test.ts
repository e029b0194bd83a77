/**
 * Accessibility of the console's main screens, checked the way an auditor of public services
 * would: axe-core's WCAG 2 A and AA rules (labels on every control, contrast, landmarks, names of
 * buttons and links, valid ARIA) on each screen in English and in Arabic, and a keyboard-only
 * sign-in that shows where the focus is at every step.
 */
import { expect } from 'chai';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { apiPaths } from '../../protocol/api.ts';
import type { Business, Case, Person } from '../../protocol/records.ts';
import { buildConsole } from '../../web-console/build.ts';
import { launchChromium } from '../helpers/browser.ts';
import { makeTempDir, startTestNode, type TestNode } from '../helpers/node.ts';

const OFFICER = { username: 'amina', password: 'Harbour-Lantern-Gazelle-5531' };

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

describe('console accessibility in Chromium (axe-core WCAG 2 A/AA, keyboard)', function () {
  this.timeout(120_000);

  let dist: Awaited<ReturnType<typeof makeTempDir>>;
  let node: TestNode;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let axeSource: string;
  let caseId: string;
  let personId: string;
  let businessId: string;

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
    // A run that checked nothing proves nothing (axe not loaded, or an empty page).
    expect(found.passes, 'axe checked no rule on this screen').to.be.greaterThan(5);
    return found.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
    );
  }

  async function signIn(): Promise<void> {
    await page.locator('cen-sign-in #username').fill(OFFICER.username);
    await page.locator('cen-sign-in #password').fill(OFFICER.password);
    await page.locator('cen-sign-in button[type=submit]').click();
    await page.locator('cen-dashboard, cen-case-list, cen-case-view, cen-case-form').first().waitFor();
  }

  /** The element that has the focus, looking through the open shadow roots of the console's elements. */
  function focused(): Promise<{ tag: string; id: string; type: string; outline: string; shadow: string }> {
    return page.evaluate(() => {
      let element = document.activeElement;
      while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
      if (!element) return { tag: '', id: '', type: '', outline: '', shadow: '' };
      const style = getComputedStyle(element);
      return {
        tag: element.tagName.toLowerCase(),
        id: element.id,
        type: element.getAttribute('type') ?? '',
        outline: style.outlineStyle === 'none' ? '' : `${style.outlineStyle} ${style.outlineWidth}`,
        shadow: style.boxShadow === 'none' ? '' : style.boxShadow,
      };
    });
  }

  before(async () => {
    axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    dist = await makeTempDir('cen-console-a11y-');
    await buildConsole({ outdir: dist.path, minify: true });
    node = await startTestNode({ country: 'KE', consoleDistDir: dist.path });
    await node.createUser(OFFICER.username, 'officer', OFFICER.password);
    const officer = await node.login(OFFICER.username);
    const created = await officer.post<Case>(apiPaths.cases, {
      kind: 'seizure',
      form: 'simplified',
      status: 'validated',
      seizureDate: '2026-10-14',
      location: { type: 'airport', code: 'NBO', name: 'Jomo Kenyatta International Airport' },
      detection: { method: 'risk-profiling' },
      items: [{ itrArea: 'drugs', commodity: 'cocaine', quantity: 3.1, unit: 'kg' }],
      narrative: 'Cocaine in the lining of a suitcase.',
    });
    expect(created.status, JSON.stringify(created.body)).to.equal(201);
    caseId = created.body.id;
    const person = await officer.post<Person>(apiPaths.persons, {
      familyName: 'Kamau',
      givenNames: 'Joseph',
      birthDate: '1979-02-11',
      nationality: 'KE',
      documents: [{ type: 'passport', number: 'AK5510273' }],
    });
    expect(person.status, JSON.stringify(person.body)).to.equal(201);
    personId = person.body.id;
    const business = await officer.post<Business>(apiPaths.businesses, {
      name: 'Tana River Logistics',
      registrationNumber: 'PVT-2020-11873',
      country: 'KE',
    });
    expect(business.status, JSON.stringify(business.body)).to.equal(201);
    businessId = business.body.id;
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await node?.close();
    await dist?.remove();
  });

  beforeEach(async () => {
    context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  });

  afterEach(async () => {
    await context?.close();
  });

  for (const language of ['en', 'ar'] as const) {
    it(`has no WCAG 2 A/AA violations on the main screens (${language})`, async () => {
      await page.goto(`${node.apiUrl}/`);
      await page.locator('cen-sign-in #username').waitFor();
      if (language !== 'en') {
        await page.locator('cen-language-switcher select').first().selectOption(language);
        await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
      }
      const report: Record<string, string[]> = { 'sign-in': await violations() };
      await signIn();

      const screens: [string, string, string][] = [
        ['dashboard', '/', 'cen-dashboard'],
        ['case list', '/cases?itrArea=drugs', 'cen-case-list cen-case-table tbody tr'],
        ['case view', `/cases/${caseId}`, 'cen-case-view [data-field=narrative]'],
        ['case form', '/cases/new', 'cen-case-form h1'],
        ['persons', '/persons', 'cen-party-list tbody tr'],
        ['person edit', `/persons/${personId}/edit`, 'cen-person-form #f-familyName'],
        ['businesses', '/businesses?q=tana', 'cen-party-list tbody tr'],
        ['business edit', `/businesses/${businessId}/edit`, 'cen-business-form #f-name'],
      ];
      for (const [name, path, ready] of screens) {
        await page.goto(`${node.apiUrl}${path}`);
        await page.locator(ready).first().waitFor();
        report[name] = await violations();
      }
      // The full case form with the person picker's list open on a match.
      await page.goto(`${node.apiUrl}/cases/new`);
      await page.locator('cen-case-form input[name=form][value=full]').check();
      await page.locator('cen-case-form cen-party-picker[kind=person] #search').fill('kamau');
      await page.locator('cen-case-form cen-party-picker [role=option]').first().waitFor();
      await page.keyboard.press('ArrowDown');
      report['case form with picker'] = await violations();
      const failures = Object.entries(report).filter(([, found]) => found.length > 0);
      expect(failures, JSON.stringify(Object.fromEntries(failures), null, 2)).to.deep.equal([]);
    });
  }

  it('signs in with the keyboard alone, with the focus visible at every step', async () => {
    await page.goto(`${node.apiUrl}/`);
    await page.locator('cen-sign-in #username').waitFor();
    const visited: string[] = [];
    // Tab until the username field has the focus (past the language switcher, if first).
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      const at = await focused();
      visited.push(`${at.tag}#${at.id}`);
      expect(at.outline || at.shadow, `no visible focus on ${at.tag}#${at.id}`).to.not.equal('');
      if (at.id === 'username') break;
    }
    expect(visited.at(-1), `the focus went ${visited.join(' → ')}`).to.equal('input#username');
    await page.keyboard.type(OFFICER.username);
    await page.keyboard.press('Tab');
    const password = await focused();
    expect(password.id).to.equal('password');
    expect(password.outline || password.shadow).to.not.equal('');
    await page.keyboard.type(OFFICER.password);
    await page.keyboard.press('Enter');
    await page.locator('cen-dashboard').waitFor();
  });
});
