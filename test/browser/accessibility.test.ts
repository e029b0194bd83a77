/**
 * Accessibility of the console's main screens, checked the way an auditor of public services
 * would: axe-core's WCAG 2 A and AA rules (labels on every control, contrast, landmarks, names of
 * buttons and links, valid ARIA) on each screen in English and in Arabic, and a keyboard-only
 * sign-in that shows where the focus is at every step. The exchange screens (partners,
 * agreements, a proposal, the inbox, queries, a case's exchange with its dialogs) are checked with
 * real data from a second node, Tanzania, under an agreement with Kenya.
 */
import { expect } from 'chai';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { signAgreement } from '../../policies/index.ts';
import { apiPaths } from '../../protocol/api.ts';
import type { Business, Case, Person } from '../../protocol/records.ts';
import { buildConsole } from '../../web-console/build.ts';
import { agreementBetween, partyOf, sealBetween } from '../helpers/agreements.ts';
import { fillSignIn, launchChromium } from '../helpers/browser.ts';
import { makeTempDir, startTestNode, type TestNode } from '../helpers/node.ts';

const OFFICER = { username: 'amina', password: 'Harbour-Lantern-Gazelle-5531' };
/** Signs in with a second factor (the role requires one): partners, agreements and proposals. */
const EXCHANGE_ADMIN = { username: 'baraka', password: 'Meadow-Copper-Heron-6604' };

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
  /** Tanzania: the partner that sends a case, answers queries and proposes an agreement. */
  let partner: TestNode;
  let agreementId: string;
  let proposalId: string;
  let receivedCaseId: string;
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
    await fillSignIn(page, OFFICER);
    await page.locator('cen-dashboard, cen-case-list, cen-case-view, cen-case-form').first().waitFor();
  }

  async function signInAsExchangeAdmin(): Promise<void> {
    await fillSignIn(page, EXCHANGE_ADMIN);
    await page.locator('cen-sign-in #totp').fill(node.freshTotp(EXCHANGE_ADMIN.username));
    await page.locator('cen-sign-in button[type=submit]').click();
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

    // The exchange: Tanzania under an agreement with Kenya, connected, each sending the other a case.
    partner = await startTestNode({
      country: 'TZ',
      name: 'Tanzania Revenue Authority',
      p2p: { reconnectIntervalMs: 300 },
    });
    const [ke, tz] = await Promise.all([partyOf(node, 'KE'), partyOf(partner, 'TZ')]);
    const modes: ('on-demand' | 'query')[] = ['on-demand', 'query'];
    const doc = agreementBetween(ke, tz, { modes });
    agreementId = doc.id;
    const sealed = await sealBetween(ke, tz, doc);
    for (const each of [node, partner]) await each.node.services.agreements.install(sealed, 'test:setup');
    await node.node.services.peers.add(partner.node.peerHost.multiaddrs()[0], 'test:setup');
    await partner.node.services.peers.add(node.node.peerHost.multiaddrs()[0], 'test:setup');
    for (const each of [node, partner]) await each.node.peerHost.recheck();
    const until = Date.now() + 15_000;
    while (!node.node.peerHost.status(partner.node.nodeId).connected) {
      if (Date.now() > until) throw new Error('Kenya did not connect to Tanzania');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const tzOfficer = await partner.loginAs('officer');
    const received = await tzOfficer.post<Case>(apiPaths.cases, {
      kind: 'seizure',
      form: 'simplified',
      status: 'validated',
      seizureDate: '2026-10-02',
      location: { type: 'airport', code: 'DAR' },
      detection: { method: 'detector-dog' },
      items: [{ itrArea: 'drugs', commodity: 'heroin', quantity: 6, unit: 'kg' }],
    });
    expect(received.status, JSON.stringify(received.body)).to.equal(201);
    receivedCaseId = received.body.id;
    const sentToKe = await tzOfficer.post(apiPaths.caseSend(receivedCaseId), {
      peer: node.node.nodeId,
      message: 'Same courier as in your case of September.',
    });
    expect(sentToKe.status, JSON.stringify(sentToKe.body)).to.equal(200);
    const sentToTz = await officer.post(apiPaths.caseSend(caseId), {
      peer: partner.node.nodeId,
      message: 'For your follow-up at the airport.',
    });
    expect(sentToTz.status, JSON.stringify(sentToTz.body)).to.equal(200);
    const proposalDoc = agreementBetween(tz, ke, { modes: ['query'] });
    const tzAdmin = await partner.loginAs('exchange-admin');
    const proposed = await tzAdmin.post<{ id: string }>(apiPaths.agreementProposals, {
      sealed: await signAgreement(proposalDoc, tz.key),
      note: 'Queries only, for the airport task force.',
    });
    expect(proposed.status, JSON.stringify(proposed.body)).to.equal(202);
    proposalId = proposed.body.id;
    await node.createUser(EXCHANGE_ADMIN.username, 'exchange-admin', EXCHANGE_ADMIN.password);
    await node.login(EXCHANGE_ADMIN.username); // enrols the second factor the role needs
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await Promise.all([node?.close(), partner?.close()]);
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

  for (const language of ['en', 'ar'] as const) {
    it(`has no WCAG 2 A/AA violations on the exchange screens (${language})`, async () => {
      await page.goto(`${node.apiUrl}/inbox`);
      await page.locator('cen-sign-in #username').waitFor();
      if (language !== 'en') {
        await page.locator('cen-language-switcher select').first().selectOption(language);
        await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
      }
      await page.locator('cen-sign-in #username').fill(OFFICER.username);
      await page.locator('cen-sign-in #password').fill(OFFICER.password);
      await page.locator('cen-sign-in button[type=submit]').click();
      await page.locator('cen-inbox h1').waitFor();
      const report: Record<string, string[]> = {};
      const check = async (name: string, path: string, ready: string) => {
        await page.goto(`${node.apiUrl}${path}`);
        await page.locator(ready).first().waitFor();
        report[name] = await violations();
      };
      await check('inbox', '/inbox', 'cen-inbox tbody tr');
      await check(
        'inbox item',
        `/inbox/${partner.node.nodeId}/${receivedCaseId}`,
        'cen-inbox-item [data-field=message]',
      );
      await check('case exchange', `/cases/${caseId}`, 'cen-case-exchange tbody tr');
      await page.locator('cen-case-exchange #send-open').click();
      await page
        .locator('cen-case-exchange #send-dialog [role=alert], cen-case-exchange #send-peer')
        .first()
        .waitFor();
      report['send dialog'] = await violations();
      await page.keyboard.press('Escape');
      await page.locator('cen-case-exchange #recall-open').click();
      await page.locator('cen-case-exchange #recall-reason').waitFor();
      report['recall dialog'] = await violations();
      await page.keyboard.press('Escape');
      await check('queries', '/queries', 'cen-queries #query-value');
      await page.locator('cen-queries #query-value').fill('CSQU3054383');
      await page.locator('cen-queries form button[type=submit]').click();
      await page.locator('cen-queries #results').waitFor();
      report['query answers'] = await violations();

      await page.locator('cen-app header button').click();
      await page.locator('cen-sign-in #username').waitFor();
      await page.goto(`${node.apiUrl}/peers`);
      await signInAsExchangeAdmin();
      await page.locator('cen-peers tbody tr').first().waitFor();
      await page.locator('cen-peers #multiaddr').fill('/ip4/192.0.2.10/tcp/9090');
      await page.locator('cen-peers form button[type=submit]').click();
      await page.locator('cen-peers #multiaddr-error').waitFor();
      report['partners with an address error'] = await violations();
      await check('agreements', '/agreements', 'cen-proposal-list tbody tr');
      await check('agreement', `/agreements/${agreementId}`, 'cen-agreement-view #parties');
      await page.locator('cen-agreement-view #revoke-open').click();
      await page.locator('cen-agreement-view #revoke-reason').waitFor();
      report['revoke dialog'] = await violations();
      await page.keyboard.press('Escape');
      await check('proposal', `/agreements/proposals/${proposalId}`, 'cen-proposal-view #parties');
      const failures = Object.entries(report).filter(([, found]) => found.length > 0);
      expect(failures, JSON.stringify(Object.fromEntries(failures), null, 2)).to.deep.equal([]);
      expect(Object.keys(report)).to.have.length(12);
    });
  }

  describe('statistics screens', () => {
    /** Statistics are the analysts': the officer's role cannot read them. */
    const ANALYST = { username: 'achieng', password: 'Baobab-Lantern-Heron-7719' };
    before(async () => {
      await node.createUser(ANALYST.username, 'analyst', ANALYST.password);
    });

    for (const language of ['en', 'ar'] as const) {
      it(`has no WCAG 2 A/AA violations on the statistics and data-quality views (${language})`, async () => {
        await page.goto(`${node.apiUrl}/stats?dimension=itrArea&from=2026-01-01`);
        await page.locator('cen-sign-in #username').waitFor();
        if (language !== 'en') {
          await page.locator('cen-language-switcher select').first().selectOption(language);
          await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
        }
        await page.locator('cen-sign-in #username').fill(ANALYST.username);
        await page.locator('cen-sign-in #password').fill(ANALYST.password);
        await page.locator('cen-sign-in button[type=submit]').click();
        await page.locator('cen-stats table tbody tr').first().waitFor();
        const report: Record<string, string[]> = { statistics: await violations() };
        await page.locator('cen-stats #tab-quality').click();
        await page.locator('cen-stats-quality tbody tr').first().waitFor();
        report['data quality'] = await violations();
        const failures = Object.entries(report).filter(([, found]) => found.length > 0);
        expect(failures, JSON.stringify(Object.fromEntries(failures), null, 2)).to.deep.equal([]);
      });
    }
  });

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
