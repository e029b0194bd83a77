/**
 * The global CEN in the console, end to end in Chromium against real nodes over loopback: Kenya's
 * and Tanzania's national nodes contribute to the WCO node under contribution agreements; an
 * officer on Kenya's node searches the global CEN in Kenya's console with the national filters,
 * finds the ivory seizure Tanzania contributed, opens it and sees the photo Tanzania shared (a
 * thumbnail, then full size) and not the one it kept, with nothing of Tanzania's free text; the
 * same screens in Arabic read right to left. An analyst gets the Excel and CSV links; a node with
 * no contribution agreement, and Kenya's node once the WCO node is down, say so in words. axe-core
 * checks the screens (WCAG 2 A/AA).
 *
 * Screenshots go to `test/artifacts/console/`.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { expect } from 'chai';
import sharp from 'sharp';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { draftAgreement, publicJwkOfNodeId } from '../../policies/index.ts';
import { apiPaths, type GlobalCasePage } from '../../protocol/api.ts';
import type { Case } from '../../protocol/records.ts';
import { buildConsole } from '../../web-console/build.ts';
import ar from '../../web-console/src/i18n/locales/ar.json' with { type: 'json' };
import en from '../../web-console/src/i18n/locales/en.json' with { type: 'json' };
import { validCase } from '../compliance/fixtures.ts';
import { partyOf, sealBetween, type Party } from '../helpers/agreements.ts';
import { BROWSER_ARTIFACTS, fillSignIn, launchChromium, openPage, screenshot } from '../helpers/browser.ts';
import { makeTempDir, startTestNode, type ApiClient, type TestNode } from '../helpers/node.ts';
import { scene, uploadPhoto } from '../helpers/photo-fixtures.ts';

const OFFICER = { username: 'achieng', password: 'Cobalt-Ibis-Meadow-6203' };
const ANALYST = { username: 'njoroge', password: 'Granite-Stork-Valley-4471' };
const WCO_ANALYST = { username: 'mbeki', password: 'Willow-Crane-Summit-7316' };
const LONELY_OFFICER = { username: 'dupont', password: 'Quartz-Heron-Willow-3958' };
/** Tanzania's free text: none of it may reach Kenya's officer through the global CEN. */
const TZ_REF = 'TZ-DAR-2026-0042';
const TZ_NARRATIVE = 'Tusks wrapped in jute under sesame sacks, declared as seeds';

async function eventually(
  check: () => boolean | Promise<boolean>,
  what: string | (() => string),
  ms = 30_000,
): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until)
      throw new Error(`timed out waiting until ${typeof what === 'string' ? what : what()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A member's contribution agreement with the WCO node, case-level profile, as the CLI drafts it. */
function contributionAgreement(member: Party, wco: Party) {
  const from = new Date(Date.now() - 60_000);
  return draftAgreement({
    type: 'wco-contribution',
    parties: [
      {
        administration: member.country,
        name: `Customs ${member.country}`,
        nodeId: member.nodeId,
        key: publicJwkOfNodeId(member.nodeId),
      },
      {
        administration: 'WCO',
        name: 'World Customs Organization',
        nodeId: wco.nodeId,
        key: publicJwkOfNodeId(wco.nodeId),
      },
    ],
    legalBasis: { instrument: 'WCO CEN data contribution' },
    purposes: ['customs-enforcement'],
    modes: ['sync'],
    scope: {
      [member.nodeId]: {
        recordKinds: ['seizure', 'offence'],
        itrAreas: ['drugs', 'environment', 'ipr-health-safety', 'revenue', 'security', 'money-laundering'],
        nominal: false,
      },
    },
    handling: { maxCode: 'H2', onwardTransfer: 'prohibited', retentionDays: 3650 },
    validity: { from: from.toISOString(), until: new Date(from.getTime() + 365 * 86_400_000).toISOString() },
    profile: { id: 'wco-contribution', version: 1, level: 'case-level' },
  });
}

describe('the global CEN in the console (Chromium)', function () {
  this.timeout(120_000);

  let dist: Awaited<ReturnType<typeof makeTempDir>>;
  let ke: TestNode;
  let tz: TestNode;
  let be: TestNode;
  let wco: TestNode;
  let kep: Party;
  let wcop: Party;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let ivory: Case;
  let sharedHash: string;
  let keptHash: string;
  let axeSource: string;
  const problems: string[] = [];

  /** WCAG 2 A/AA violations on the page as it is now (axe runs through DevTools, outside the CSP). */
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

  /** Whether the image `selector` finds inside the global case screen has loaded and has pixels. */
  const imageLoaded = (selector: string) =>
    page.waitForFunction((css) => {
      const img = document
        .querySelector('cen-app')
        ?.shadowRoot?.querySelector('cen-global-case')
        ?.shadowRoot?.querySelector<HTMLImageElement>(css);
      return img !== null && img !== undefined && img.complete && img.naturalWidth > 0;
    }, selector);

  before(async () => {
    axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    await mkdir(BROWSER_ARTIFACTS, { recursive: true });
    dist = await makeTempDir('cen-console-global-');
    await buildConsole({ outdir: dist.path, minify: true });
    const p2p = { recheckIntervalMs: 500, reconnectIntervalMs: 200 };
    [ke, tz, be, wco] = await Promise.all([
      startTestNode({ country: 'KE', name: 'Kenya Revenue Authority', consoleDistDir: dist.path, p2p }),
      startTestNode({ country: 'TZ', name: 'Tanzania Revenue Authority', p2p }),
      startTestNode({ country: 'BE', name: 'Belgian Customs', consoleDistDir: dist.path, p2p }),
      startTestNode({ role: 'wco', name: 'World Customs Organization', consoleDistDir: dist.path, p2p }),
    ]);
    const tzp = await partyOf(tz, 'TZ');
    [kep, wcop] = await Promise.all([partyOf(ke, 'KE'), partyOf(wco, 'WCO')]);
    for (const [member, party] of [
      [ke, kep],
      [tz, tzp],
    ] as const) {
      const sealed = await sealBetween(party, wcop, contributionAgreement(party, wcop));
      for (const node of [member, wco]) await node.node.services.agreements.install(sealed, 'test:setup');
      await member.node.services.peers.add(wco.node.peerHost.multiaddrs()[0]!, 'test:setup');
      await wco.node.services.peers.add(member.node.peerHost.multiaddrs()[0]!, 'test:setup');
    }
    for (const node of [ke, tz, wco]) await node.node.peerHost.recheck();
    await eventually(
      () => ke.node.peerHost.status(wcop.nodeId).connected && tz.node.peerHost.status(wcop.nodeId).connected,
      'both members are connected to the WCO node',
    );

    await ke.createUser(OFFICER.username, 'officer', OFFICER.password);
    await ke.createUser(ANALYST.username, 'analyst', ANALYST.password);
    await be.createUser(LONELY_OFFICER.username, 'officer', LONELY_OFFICER.password);
    await wco.createUser(WCO_ANALYST.username, 'wco-analyst', WCO_ANALYST.password);

    // Tanzania's ivory seizure, with one photo shared with the WCO and one kept at home.
    const tzOfficer: ApiClient = await tz.loginAs('officer');
    const created = await tzOfficer.post<Case>(
      apiPaths.cases,
      validCase({
        ref: TZ_REF,
        office: 'Dar es Salaam Port',
        seizureDate: '2026-04-02',
        location: { type: 'seaport', code: 'TZDAR', name: 'Dar es Salaam' },
        route: { origin: 'TZ', destination: 'VN' },
        direction: 'export',
        items: [{ itrArea: 'environment', commodity: 'ivory', quantity: 212, unit: 'kg' }],
        offenders: [{ nationality: 'TZ', gender: 'male', ageBand: '35-44', role: 'exporter' }],
        narrative: TZ_NARRATIVE,
      }),
    );
    expect(created.status).to.equal(201);
    const shared = await uploadPhoto<{ photo: { hash: string } }>(
      tzOfficer,
      created.body.id,
      await sharp(scene(17, 1200, 900))
        .jpeg({ quality: 85 })
        .toBuffer(),
      { fields: { shareWithWco: 'true' } },
    );
    expect(shared.status).to.equal(201);
    sharedHash = shared.body.photo.hash;
    const kept = await uploadPhoto<{ photo: { hash: string }; case: Case }>(
      tzOfficer,
      created.body.id,
      await sharp(scene(29, 800, 600))
        .jpeg({ quality: 85 })
        .toBuffer(),
      { fields: { shareWithWco: 'false' } },
    );
    expect(kept.status).to.equal(201);
    keptHash = kept.body.photo.hash;
    ivory = kept.body.case;

    // The case and its shared photo reach the WCO node.
    await tz.node.contributions!.contribute(wcop.nodeId);
    const wcoAnalyst = await wco.login(WCO_ANALYST.username, WCO_ANALYST.password);
    let last = '';
    await eventually(
      async () => {
        const page = await wcoAnalyst.get<GlobalCasePage>(`${apiPaths.globalCases}?country=TZ`);
        last = `${page.status} ${JSON.stringify(page.body).slice(0, 300)}`;
        return page.status === 200 && page.body.items.some((found) => found.case.version === ivory.version);
      },
      () => `the WCO node holds Tanzania’s case (last answer: ${last})`,
    );
    await eventually(
      async () => {
        const photo = await wcoAnalyst.get(apiPaths.globalPhoto(sharedHash, 'thumb'));
        last = String(photo.status);
        return photo.status === 200;
      },
      () => `the WCO node holds the shared photo (last answer: ${last})`,
    );
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await Promise.all([ke?.close(), tz?.close(), be?.close(), wco?.close()]);
    await dist?.remove();
  });

  beforeEach(async () => {
    ({ context, page } = await openPage(browser, problems, { expectedStatus: /status of (4\d\d|503)/ }));
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed')
      await screenshot(
        page,
        `failed-global-${this.currentTest.title.slice(0, 40).replace(/\W+/g, '-')}`,
      ).catch(() => {});
    await context?.close();
  });

  it('lets a WCO analyst search the global CEN on the WCO node and open a member’s case', async () => {
    await page.goto(`${wco.apiUrl}/global?itrArea=environment`);
    await fillSignIn(page, WCO_ANALYST);
    const search = page.locator('cen-global-search');
    await page.locator('cen-app nav a[href="/global"][aria-current=page]').waitFor();
    const row = search.locator(`tr[data-case="${ivory.id}"]`);
    await row.waitFor();
    expect((await row.locator('td').nth(1).textContent())?.trim()).to.equal('Tanzania');
    // WCO analysts hold `export`.
    await search.locator('.export a', { hasText: en.export.xlsx }).waitFor();
    await row.locator('a').click();
    const view = page.locator('cen-global-case');
    await view.locator('h1', { hasText: en.globalCen.caseTitle }).waitFor();
    await imageLoaded('ul.thumbs img');
    expect(await view.locator('ul.thumbs li').count()).to.equal(1);
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('lets an officer find a case another member contributed, open it and see its shared photo', async () => {
    await page.goto(`${ke.apiUrl}/global`);
    await fillSignIn(page, OFFICER);
    const search = page.locator('cen-global-search');
    await search.locator('h1', { hasText: en.globalCen.title }).waitFor();
    await page.locator('cen-app nav a[href="/global"][aria-current=page]').waitFor();
    // The national filters, with the reporting member as the country.
    await search.locator('#country').selectOption('TZ');
    await search.locator('#itrArea').selectOption('environment');
    await search.locator('#commodity').selectOption('ivory');
    await search.locator('form button[type=submit]').click();
    await page.waitForURL(/\/global\?.*country=TZ/);
    const row = search.locator(`tr[data-case="${ivory.id}"]`);
    await row.waitFor();
    expect(await search.locator('tbody tr').count()).to.equal(1);
    const cells = (await row.locator('td').allTextContents()).map((text) => text.trim());
    expect(cells[1]).to.equal('Tanzania');
    expect(cells[4]).to.contain('Ivory').and.contain('212');
    expect(await search.locator('.count').textContent()).to.equal('1 global case shown');
    // An officer has no export permission: no export links.
    expect(await search.locator('.export').count()).to.equal(0);
    expect(await violations()).to.deep.equal([]);
    await screenshot(page, 'en-global-search');

    await row.locator('a').click();
    await page.waitForURL(`${ke.apiUrl}/global/cases/${tz.node.nodeId}/${ivory.id}`);
    const view = page.locator('cen-global-case');
    await view.locator('h1', { hasText: en.globalCen.caseTitle }).waitFor();
    expect(await view.locator('[data-field=member]').textContent()).to.contain('Tanzania');
    expect((await view.locator('[data-field=receivedAt]').textContent())?.trim()).to.not.equal('');
    expect(await view.locator('#items ~ .table-wrap tbody').textContent()).to.contain('Ivory');
    // Only the photo Tanzania shared, as a thumbnail the WCO node serves through Kenya's node.
    const thumbs = view.locator('ul.thumbs li');
    expect(await thumbs.count()).to.equal(1);
    expect(await thumbs.first().getAttribute('data-hash')).to.equal(sharedHash);
    await imageLoaded('ul.thumbs img');
    expect(await view.locator('ul.thumbs img').getAttribute('src')).to.equal(
      apiPaths.globalPhoto(sharedHash, 'thumb'),
    );
    const text = (await view.textContent()) ?? '';
    expect(text).to.not.contain(TZ_REF).and.not.contain(TZ_NARRATIVE).and.not.contain(keptHash.slice(0, 12));
    expect(await violations()).to.deep.equal([]);
    await screenshot(page, 'en-global-case');

    await view.locator('ul.thumbs button.thumb').click();
    const dialog = view.locator('dialog#photo-dialog');
    await dialog.locator('img.large').waitFor();
    await imageLoaded('dialog img.large');
    const size = await dialog
      .locator('img.large')
      .evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight]);
    expect(size).to.deep.equal([1200, 900]);
    await screenshot(page, 'en-global-photo');
    await dialog.locator('button', { hasText: en.photos.close }).click();
    // Keyboard users continue from the thumbnail they opened.
    await page.waitForFunction(
      () =>
        document
          .querySelector('cen-app')
          ?.shadowRoot?.querySelector('cen-global-case')
          ?.shadowRoot?.activeElement?.classList.contains('thumb') === true,
    );
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('reads right to left in Arabic, with the codes labelled in Arabic', async () => {
    await page.goto(`${ke.apiUrl}/global?country=TZ`);
    await fillSignIn(page, OFFICER);
    const search = page.locator('cen-global-search');
    await search.locator(`tr[data-case="${ivory.id}"]`).waitFor();
    await page.locator('cen-app cen-language-switcher select').selectOption('ar');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    await search.locator('h1', { hasText: ar.globalCen.title }).waitFor();
    expect(await search.locator('.count').textContent()).to.equal(ar.globalCen.shown_one);
    const cells = (await search.locator(`tr[data-case="${ivory.id}"] td`).allTextContents()).map((text) =>
      text.trim(),
    );
    expect(cells[1]).to.equal('تنزانيا');
    expect(cells[4]).to.contain('العاج');
    expect(await violations()).to.deep.equal([]);
    await screenshot(page, 'ar-global-search');

    await search.locator(`tr[data-case="${ivory.id}"] a`).click();
    const view = page.locator('cen-global-case');
    await view.locator('h1', { hasText: ar.globalCen.caseTitle }).waitFor();
    expect(await view.locator('[data-field=member]').textContent()).to.contain('تنزانيا');
    await imageLoaded('ul.thumbs img');
    // Right to left: the first of two sections side by side sits to the right of the second.
    const [first, second] = await view
      .locator('.sections')
      .first()
      .locator(':scope > section')
      .evaluateAll((sections) => sections.map((s) => s.getBoundingClientRect().left));
    expect(first).to.be.greaterThan(second!);
    expect(await page.evaluate(() => document.documentElement.lang)).to.equal('ar');
    expect(await violations()).to.deep.equal([]);
    await screenshot(page, 'ar-global-case');
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('gives an analyst the search as Excel and CSV', async () => {
    await page.goto(`${ke.apiUrl}/global?country=TZ`);
    await fillSignIn(page, ANALYST);
    const panel = page.locator('cen-global-search .export');
    await panel.locator('h2', { hasText: en.export.label }).waitFor();
    const xlsx = panel.locator('a', { hasText: en.export.xlsx });
    expect(await xlsx.getAttribute('href')).to.equal(`${apiPaths.globalExportXlsx}?country=TZ&lang=en`);
    expect(await panel.locator('a', { hasText: en.export.csv }).getAttribute('href')).to.equal(
      `${apiPaths.globalExportCsv}?country=TZ&lang=en`,
    );
    // The link downloads with the analyst's session.
    const response = await context.request.get(`${ke.apiUrl}${(await xlsx.getAttribute('href'))!}`);
    expect(response.status()).to.equal(200);
    expect(response.headers()['content-disposition']).to.match(/attachment/);
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('says so in words when the node has no contribution agreement, or the WCO node is down', async () => {
    await page.goto(`${be.apiUrl}/global`);
    await fillSignIn(page, LONELY_OFFICER);
    await page
      .locator('cen-global-search [data-failure=no-agreement]', { hasText: en.globalCen.noAgreement })
      .waitFor();
    await screenshot(page, 'en-global-no-agreement');

    await wco.close();
    await page.goto(`${ke.apiUrl}/global`);
    await fillSignIn(page, OFFICER);
    await page
      .locator('cen-global-search [data-failure=unreachable]', { hasText: en.globalCen.unreachable })
      .waitFor();
    await page.goto(`${ke.apiUrl}/global/cases/${tz.node.nodeId}/${ivory.id}`);
    await page
      .locator('cen-global-case [data-failure=unreachable]', { hasText: en.globalCen.unreachable })
      .waitFor();
    await screenshot(page, 'en-global-unreachable');
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });
});
