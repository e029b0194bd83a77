/**
 * The exchange screens of the console, end to end in Chromium against two real nodes on loopback,
 * Kenya (serving the console) and Tanzania, under a signed agreement for drug cases that allows
 * sending on demand and queries. What the exchange administrator does: see the partner
 * connected, be told what is wrong with an address without `/p2p/…`, add, pull and remove a
 * partner; install a sealed file, read an agreement and revoke it; review a partner's proposal and
 * countersign it. What officers do: send a case and read why a case was refused (its handling
 * code is above the agreement's limit), see where a case went and recall it; read a case a
 * partner sent, with its provenance and only the fields that arrived; ask partners about a
 * container.
 *
 * Screenshots of the screens in English and Arabic go to `test/artifacts/console/`.
 */
import { expect } from 'chai';
import { mkdir } from 'node:fs/promises';
import { generateKeyPair } from '@libp2p/crypto/keys';
import { peerIdFromPrivateKey } from '@libp2p/peer-id';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { signAgreement, signingKeyFromLibp2p } from '../../policies/index.ts';
import type { Agreement } from '../../protocol/agreement.ts';
import { apiPaths, type SendCaseResponse } from '../../protocol/api.ts';
import type { Case, CaseInput, Person } from '../../protocol/records.ts';
import { buildConsole } from '../../web-console/build.ts';
import ar from '../../web-console/src/i18n/locales/ar.json' with { type: 'json' };
import en from '../../web-console/src/i18n/locales/en.json' with { type: 'json' };
import { agreementBetween, partyOf, sealBetween, type Party } from '../helpers/agreements.ts';
import { BROWSER_ARTIFACTS, fillSignIn, launchChromium, openPage, screenshot } from '../helpers/browser.ts';
import { makeTempDir, startTestNode, type ApiClient, type TestNode } from '../helpers/node.ts';
import { registerSecrets } from '../helpers/secrets.ts';

const EXCHANGE_ADMIN = { username: 'wambui', password: 'Granite-Okapi-Lantern-7720' };
const OFFICER = { username: 'otieno', password: 'Copper-Baobab-Harbour-3391' };
/** A real ISO 6346 number (its check digit is right), held by a Tanzanian case. */
const CONTAINER = 'CSQU3054383';
const P2P = { recheckIntervalMs: 60_000, reconnectIntervalMs: 300 };
/**
 * No pull sync: it would copy each case to the partner before an officer sends it, and a case the
 * partner holds already is not delivered again with a covering message.
 */
const MODES: Agreement['modes'] = ['on-demand', 'query'];
const FIELDS: Agreement['scope'][string]['fields'] = ['kind', 'seizureDate', 'items', 'handling', 'persons'];

async function eventually(check: () => boolean | Promise<boolean>, what: string, ms = 15_000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A party with a key of its own and no node: a partner whose node this test never starts. */
async function absentParty(country: string): Promise<Party> {
  const privateKey = await generateKeyPair('Ed25519');
  return {
    nodeId: peerIdFromPrivateKey(privateKey).toString(),
    key: signingKeyFromLibp2p(privateKey),
    country,
  };
}

const drugCase = (overrides: Partial<CaseInput> = {}): CaseInput => ({
  kind: 'seizure',
  form: 'simplified',
  status: 'validated',
  seizureDate: '2026-10-20',
  location: { type: 'seaport', code: 'TZDAR', name: 'Dar es Salaam port' },
  detection: { method: 'scanner' },
  items: [{ itrArea: 'drugs', commodity: 'cocaine', quantity: 48, unit: 'kg' }],
  narrative: 'Bricks of cocaine behind a false wall of a reefer container.',
  ...overrides,
});

describe('exchange screens in the console (Chromium, two real nodes)', function () {
  this.timeout(120_000);

  let dist: Awaited<ReturnType<typeof makeTempDir>>;
  let ke: TestNode;
  let tz: TestNode;
  let keParty: Party;
  let tzParty: Party;
  let tzOfficer: ApiClient;
  /** A Tanzanian drug case in a container, which Kenya's officers ask about and receive. */
  let tzCase: Case;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];

  const shot = (name: string) => screenshot(page, name);

  async function signIn(credentials: { username: string; password: string }, secondFactor = false) {
    await fillSignIn(page, credentials);
    if (secondFactor) {
      await page.locator('cen-sign-in #totp').fill(ke.freshTotp(credentials.username));
      await page.locator('cen-sign-in button[type=submit]').click();
    }
  }

  async function open(path: string, credentials: typeof OFFICER, secondFactor = false): Promise<void> {
    await page.goto(`${ke.apiUrl}${path}`);
    await signIn(credentials, secondFactor);
  }

  /** The text an element shows, read through its shadow root, spaces collapsed. */
  async function shadowText(tag: string): Promise<string> {
    const text = await page.locator(tag).evaluate((element) => element.shadowRoot?.textContent ?? '');
    return text.replace(/\s+/g, ' ');
  }

  async function switchLanguage(language: string): Promise<void> {
    await page.locator('cen-app cen-language-switcher select').selectOption(language);
    await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
  }

  before(async () => {
    await mkdir(BROWSER_ARTIFACTS, { recursive: true });
    dist = await makeTempDir('cen-console-exchange-');
    await buildConsole({ outdir: dist.path, minify: true });
    [ke, tz] = await Promise.all([
      startTestNode({ country: 'KE', name: 'Kenya Revenue Authority', consoleDistDir: dist.path, p2p: P2P }),
      startTestNode({ country: 'TZ', name: 'Tanzania Revenue Authority', p2p: P2P }),
    ]);
    [keParty, tzParty] = await Promise.all([partyOf(ke, 'KE'), partyOf(tz, 'TZ')]);
    const doc = agreementBetween(keParty, tzParty, {
      modes: MODES,
      fields: FIELDS,
      nominal: true,
      maxCode: 'H2',
    });
    const sealed = await sealBetween(keParty, tzParty, doc);
    for (const node of [ke, tz]) await node.node.services.agreements.install(sealed, 'test:setup');
    await ke.node.services.peers.add(tz.node.peerHost.multiaddrs()[0], 'test:setup');
    await tz.node.services.peers.add(ke.node.peerHost.multiaddrs()[0], 'test:setup');
    for (const node of [ke, tz]) await node.node.peerHost.recheck();

    await ke.createUser(EXCHANGE_ADMIN.username, 'exchange-admin', EXCHANGE_ADMIN.password);
    await ke.login(EXCHANGE_ADMIN.username); // enrols the second factor the role needs
    await ke.createUser(OFFICER.username, 'officer', OFFICER.password);
    tzOfficer = await tz.loginAs('officer');
    registerSecrets('personal data', ['Mwakyusa', 'Halima Juma', 'TZ8841207']);
    const courier = await tzOfficer.post<Person>(apiPaths.persons, {
      familyName: 'Mwakyusa',
      givenNames: 'Halima Juma',
      nationality: 'TZ',
      documents: [{ type: 'passport', number: 'TZ8841207', country: 'TZ' }],
    });
    expect(courier.status, JSON.stringify(courier.body)).to.equal(201);
    const created = await tzOfficer.post<Case>(
      apiPaths.cases,
      drugCase({
        persons: [{ id: courier.body.id, role: 'courier' }],
        ref: 'TZ-DAR-2026-0415',
        conveyance: { mode: 'sea-container', containerNumber: CONTAINER },
        handling: { code: 'H1', source: 'B', reliability: 2 },
      }),
    );
    expect(created.status, JSON.stringify(created.body)).to.equal(201);
    tzCase = created.body;
    await eventually(
      () => ke.node.peerHost.status(tz.node.nodeId).connected,
      'Kenya is connected to Tanzania',
    );
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await Promise.all([ke?.close(), tz?.close()]);
    await dist?.remove();
  });

  beforeEach(async () => {
    ({ context, page } = await openPage(browser, problems, { expectedStatus: /status of [45]\d\d/ }));
  });

  afterEach(async function () {
    // What the screen showed when a test failed, to see why without running it again.
    if (this.currentTest?.state === 'failed')
      await shot(`failed-exchange-${this.currentTest.title.slice(0, 40).replace(/\W+/g, '-')}`).catch(
        () => {},
      );
    await context?.close();
  });

  it('lists the partner connected, refuses an address without /p2p/, adds, pulls and removes a partner', async () => {
    await open('/peers', EXCHANGE_ADMIN, true);
    const partner = page.locator(`cen-peers tbody tr[data-node-id="${tz.node.nodeId}"]`);
    await partner.waitFor();
    expect(await partner.textContent()).to.contain('Tanzania Revenue Authority');
    expect(await partner.locator('.badge').allTextContents()).to.deep.equal([
      en.peers.connected,
      en.peers.agreementActive,
    ]);
    await page.locator('cen-app nav a[href="/peers"][aria-current=page]').waitFor();
    await shot('en-peers');

    // An address without the partner's node id: refused before the node is asked, and said why.
    await page.locator('cen-peers #multiaddr').fill('/ip4/192.0.2.10/tcp/9090');
    await page.locator('cen-peers form button[type=submit]').click();
    await page.locator('cen-peers #multiaddr-error').waitFor();
    expect(await page.locator('cen-peers #multiaddr-error').textContent()).to.equal(en.peers.addressNoNodeId);
    expect(await page.locator('cen-peers #multiaddr').getAttribute('aria-invalid')).to.equal('true');
    expect(await page.locator('cen-peers #multiaddr').getAttribute('aria-describedby')).to.contain(
      'multiaddr-error',
    );

    // One the node refuses (a port it cannot use): its field says so too.
    const absent = await absentParty('UG');
    await page.locator('cen-peers #multiaddr').fill(`/ip4/192.0.2.10/tcp/0/p2p/${absent.nodeId}`);
    await page.locator('cen-peers form button[type=submit]').click();
    await page.locator(`cen-peers #multiaddr-error:text-is("${en.peers.addressRefused}")`).waitFor();

    await page.locator('cen-peers #multiaddr').fill(`/ip4/192.0.2.10/tcp/9090/p2p/${absent.nodeId}`);
    await page.locator('cen-peers form button[type=submit]').click();
    const added = page.locator(`cen-peers tbody tr[data-node-id="${absent.nodeId}"]`);
    await added.waitFor();
    expect(await added.locator('.badge').allTextContents()).to.deep.equal([
      en.peers.disconnected,
      en.peers.noAgreement,
    ]);
    expect(await page.locator('cen-peers #multiaddr').getAttribute('aria-invalid')).to.equal('false');

    await partner.locator('button', { hasText: en.peers.syncNow }).click();
    await page.locator('cen-peers .message.success:has-text("Pulled from")').waitFor();

    page.once('dialog', (dialog) => void dialog.accept());
    await added.locator('button.danger').click();
    await added.waitFor({ state: 'detached' });
    expect(await page.locator('cen-peers tbody tr').count()).to.equal(1);
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('installs a sealed file, shows the agreement readably, and revokes it with a reason', async () => {
    const ug = await absentParty('UG');
    const doc = agreementBetween(keParty, ug, {
      modes: ['sync', 'query'],
      itrAreas: ['drugs', 'environment'],
      maxCode: 'H1',
      retentionDays: 180,
    });
    const sealed = await sealBetween(keParty, ug, doc);
    const halfSigned = await signAgreement(doc, ug.key);

    await open('/agreements', EXCHANGE_ADMIN, true);
    await page.locator('cen-agreements tbody tr').first().waitFor();
    // A file only one party signed, then something that is not JSON: each refused in words.
    const file = page.locator('cen-agreements #agreement-file');
    await file.setInputFiles({
      name: 'half.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(halfSigned)),
    });
    await page.locator('cen-agreements form button[type=submit]').click();
    await page
      .locator(`cen-agreements [role=alert]:text-is("${en.agreements.install.notCountersigned}")`)
      .waitFor();
    await file.setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{oops'),
    });
    await page.locator('cen-agreements form button[type=submit]').click();
    await page.locator(`cen-agreements [role=alert]:text-is("${en.agreements.install.notJson}")`).waitFor();

    await file.setInputFiles({
      name: 'agreement-ke-ug.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(sealed)),
    });
    await page.locator('cen-agreements form button[type=submit]').click();
    await page.locator('cen-agreements .message.success').waitFor();
    const row = page.locator('cen-agreements tbody tr', { hasText: 'Customs UG' });
    await row.waitFor();
    expect(await row.locator('.badge').textContent()).to.equal(en.agreements.status.active);
    expect(await row.locator('.timeline .period').count()).to.equal(1);
    await shot('en-agreements');

    await row.locator(`a[href="/agreements/${doc.id}"]`).click();
    const view = (selector: string) => page.locator(`cen-agreement-view ${selector}`);
    // The heading says "Agreement" while the document loads, then names the partner.
    await view('h1:text-is("Agreement with Customs UG")').waitFor();
    const text = await shadowText('cen-agreement-view');
    for (const expected of [
      'Customs mutual assistance agreement',
      'Customs enforcement',
      'From Customs KE to Customs UG',
      'From Customs UG to Customs KE',
      'Drugs',
      'Environment',
      'Seizure, Offence',
      'Goods seized',
      'Not allowed',
      '180 days, then deleted',
      'Prohibited',
    ])
      expect(text, expected).to.contain(expected);
    expect(await view('tbody .badge').allTextContents()).to.deep.equal([
      en.agreements.signed,
      en.agreements.signed,
    ]);
    await shot('en-agreement');

    await view('#revoke-open').click();
    await view('#revoke-dialog').waitFor();
    // A revocation needs its reason.
    await view('#revoke-dialog button[type=submit]').click();
    await view(`#revoke-dialog [role=alert]:text-is("${en.agreements.revoke.reasonRequired}")`).waitFor();
    await view('#revoke-reason').fill('The memorandum with Uganda was not renewed.');
    await view('#revoke-dialog button[type=submit]').click();
    await view(`.heading .badge:text-is("${en.agreements.status.revoked}")`).waitFor();
    await view('.message.success').waitFor();
    expect(await view('#revocations ~ * tbody').textContent()).to.contain(
      'The memorandum with Uganda was not renewed.',
    );
    expect(await view('#revoke-open').count()).to.equal(0);

    await switchLanguage('ar');
    await view(`h1:text-is("${ar.agreements.titleWith.replace('{{partner}}', 'Customs UG')}")`).waitFor();
    await shot('ar-agreement');
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('tells the officer why a case was not sent, sends another, lists the share and recalls it', async () => {
    const officer = await ke.login(OFFICER.username);
    const secret = await officer.post<Case>(
      apiPaths.cases,
      drugCase({ handling: { code: 'H3', source: 'A', reliability: 1 } }),
    );
    const shareable = await officer.post<Case>(
      apiPaths.cases,
      drugCase({ handling: { code: 'H1', source: 'B', reliability: 2 } }),
    );
    expect([secret.status, shareable.status]).to.deep.equal([201, 201]);

    await open(`/cases/${secret.body.id}`, OFFICER);
    const exchange = (selector: string) => page.locator(`cen-case-view cen-case-exchange ${selector}`);
    await exchange('#send-open').click();
    await exchange('#send-peer').selectOption(tz.node.nodeId);
    await exchange('#send-message').fill('Same reefer line as your seizure in September.');
    await exchange('#send-dialog button[type=submit]').click();
    await exchange('#send-error').waitFor();
    expect(await exchange('#send-error').textContent()).to.equal(
      `The case was not sent to Customs TZ: ${en.exchange.denied['handling-above-limit']}`,
    );
    await shot('en-case-send-denied');
    await exchange('#send-dialog button.secondary').click();
    expect(await exchange(`p:text-is("${en.exchange.shares.none}")`).count()).to.equal(1);

    await page.goto(`${ke.apiUrl}/cases/${shareable.body.id}`);
    await exchange('#send-open').click();
    await exchange('#send-peer').selectOption(tz.node.nodeId);
    await exchange('#send-message').fill('Please check the consignee against your records.');
    await exchange('#send-dialog button[type=submit]').click();
    await exchange(
      `.message.success:text-is("${en.exchange.send.stored.replace('{{partner}}', 'Customs TZ')}")`,
    ).waitFor();
    const share = exchange('tbody tr');
    await share.first().waitFor();
    expect(await share.count()).to.equal(1);
    expect(await share.textContent()).to.contain(en.exchange.modes['on-demand']);

    await exchange('#recall-open').click();
    await exchange('#recall-reason').fill('Entered against the wrong consignment.');
    await exchange('#recall-dialog button[type=submit]').click();
    await exchange(
      `.message.success:text-is("${en.exchange.recall.done_one.replace('{{count, number}}', '1')}")`,
    ).waitFor();
    await exchange(
      `tbody .badge:text-matches("${en.exchange.recall.pending}|${en.exchange.recall.acknowledged}")`,
    ).waitFor();
    await shot('en-case-shares');
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('shows a case a partner sent, with its provenance and only the fields that arrived', async () => {
    const sent = await tzOfficer.post<SendCaseResponse>(apiPaths.caseSend(tzCase.id), {
      peer: ke.node.nodeId,
      message: 'The consignee is linked to your case of last month.',
    });
    expect(sent.status, JSON.stringify(sent.body)).to.equal(200);

    await open('/inbox?mode=on-demand', OFFICER);
    const row = page.locator('cen-inbox tbody tr', { hasText: 'The consignee is linked' });
    await row.waitFor();
    expect(await row.textContent()).to.contain('Tanzania');
    expect(await row.textContent()).to.contain(en.exchange.modes['on-demand']);
    await shot('en-inbox');

    await row.locator(`a[href="/inbox/${tz.node.nodeId}/${tzCase.id}"]`).click();
    const item = (selector: string) => page.locator(`cen-inbox-item ${selector}`);
    await item('[data-field=message]').waitFor();
    expect(await item('[data-field=message]').textContent()).to.equal(
      'The consignee is linked to your case of last month.',
    );
    const text = await shadowText('cen-inbox-item');
    expect(text).to.contain('Cocaine');
    expect(text).to.contain(en.caseView.notReceived);
    // The agreement allows personal data: the courier came with the case, with her document.
    expect(await item('#people ~ * h3').textContent()).to.equal('Mwakyusa, Halima Juma');
    expect(text).to.contain('TZ8841207');
    expect(text).to.contain('Courier');
    // The reference, the place and the narrative were not in the agreement's fields: not shown.
    expect(text).to.not.contain('TZ-DAR-2026-0415');
    expect(text).to.not.contain('Dar es Salaam port');
    expect(text).to.not.contain('false wall');
    await shot('en-inbox-item');
    await switchLanguage('ar');
    await item(`h2:text-is("${ar.caseView.provenance}")`).waitFor();
    await shot('ar-inbox-item');
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('asks the partners about a container and shows what each answered; the administrator sees who asked', async () => {
    await open('/queries', OFFICER);
    await page.locator('cen-queries #query-type').selectOption('container');
    await page.locator('cen-queries #query-value').fill(CONTAINER);
    await page.locator('cen-queries form button[type=submit]').click();
    const answer = page.locator('cen-queries #results ~ * tbody tr', { hasText: /Customs TZ|Tanzania/ });
    await answer.waitFor();
    expect(await answer.locator('.badge').textContent()).to.equal('Hit: 1 case');

    await page.locator('cen-queries #query-value').fill('MSCU1234565');
    await page.locator('cen-queries form button[type=submit]').click();
    await page
      .locator(`cen-queries #results ~ * tbody .badge:text-is("${en.queries.outcomes['no-hit']}")`)
      .waitFor();
    await page.locator('cen-queries #asked-title ~ * tbody tr').nth(1).waitFor();
    await shot('en-queries');

    // Tanzania asks Kenya: Kenya's exchange administrator reads who asked what.
    const asked = await tzOfficer.post(apiPaths.queries, { type: 'container', value: 'MSCU1234565' });
    expect(asked.status, JSON.stringify(asked.body)).to.equal(200);
    await page.locator('cen-app header button').click();
    await page.locator('cen-sign-in #username').waitFor();
    await open('/queries', EXCHANGE_ADMIN, true);
    const answered = page.locator('cen-queries #answered-title ~ * tbody tr', { hasText: 'MSCU1234565' });
    await answered.first().waitFor();
    expect(await page.locator('cen-queries #query-value').count()).to.equal(0);
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('declines one proposal of the partner, reviews another with its note and countersigns it', async () => {
    const doc = agreementBetween(tzParty, keParty, {
      modes: MODES,
      fields: FIELDS,
      maxCode: 'H2',
      version: 1,
    });
    const tzAdmin = await tz.loginAs('exchange-admin');
    const proposed = await tzAdmin.post(apiPaths.agreementProposals, {
      sealed: await signAgreement(doc, tzParty.key),
      note: 'Our legal service asks that we add queries to the drugs exchange.',
    });
    expect(proposed.status, JSON.stringify(proposed.body)).to.equal(202);
    // Another, for every ITR area with personal data: this one Kenya declines.
    const wide = agreementBetween(tzParty, keParty, {
      modes: MODES,
      itrAreas: ['drugs', 'revenue', 'environment'],
      nominal: true,
    });
    const widely = await tzAdmin.post<{ id: string }>(apiPaths.agreementProposals, {
      sealed: await signAgreement(wide, tzParty.key),
      note: 'Everything, with names.',
    });
    expect(widely.status, JSON.stringify(widely.body)).to.equal(202);

    await open(`/agreements/proposals/${widely.body.id}`, EXCHANGE_ADMIN, true);
    await page.locator('cen-proposal-view #decline-open').click();
    await page
      .locator('cen-proposal-view #decline-reason')
      .fill('Personal data needs a ministerial order first.');
    await page.locator('cen-proposal-view #decline-dialog button[type=submit]').click();
    await page
      .locator(`cen-proposal-view .heading .badge:text-is("${en.proposals.states.declined}")`)
      .waitFor();
    await eventually(async () => {
      const { body } = await tzAdmin.get<{ items: { id: string; state: string }[] }>(
        apiPaths.agreementProposals,
      );
      return body.items.some((p) => p.id === widely.body.id && p.state === 'declined');
    }, 'Tanzania learnt that Kenya declined');
    await page.locator('cen-app header button').click();
    await page.locator('cen-sign-in #username').waitFor();

    await open('/agreements', EXCHANGE_ADMIN, true);
    const review = page.locator('cen-proposal-list tbody a', {
      hasText: 'Review the proposal of Customs TZ',
    });
    await review.waitFor();
    await page.locator('cen-proposal-list .message.warning').waitFor();
    await review.click();
    const view = (selector: string) => page.locator(`cen-proposal-view ${selector}`);
    await view('[data-field=note]').waitFor();
    expect(await view('[data-field=note]').textContent()).to.equal(
      'Our legal service asks that we add queries to the drugs exchange.',
    );
    expect(await view('h1').textContent()).to.contain('Agreement proposed by Customs TZ');
    expect(await view('tbody .badge').allTextContents()).to.deep.equal([
      en.agreements.signed,
      en.agreements.notSigned,
    ]);
    await shot('en-proposal');

    page.once('dialog', (dialog) => void dialog.accept());
    await page.locator('cen-proposal-view #countersign').click();
    await view('.message.success a').click();
    await page
      .locator(`cen-agreement-view .heading .badge:text-is("${en.agreements.status.active}")`)
      .waitFor();
    await eventually(
      async () =>
        (await tz.node.services.agreements.list()).some((a) => a.id === doc.id && a.status === 'active'),
      'Tanzania installed the countersigned agreement',
    );
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });
});
