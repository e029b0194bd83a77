/**
 * CENcomm in the console, end to end in Chromium against two real nodes over loopback: Kenya's
 * analyst creates an operation in the browser with Tanzania as a member and a template (commodity
 * required, quantity); Tanzania's analyst accepts the invitation in another browser context and
 * opens the room; a report missing its required field is held back with the field named; the
 * report sent appears in Kenya's room without a reload, its vocabulary shown in English; Kenya's
 * free text, markup and all, appears in Tanzania's room as text; a photo Tanzania attaches shows
 * as a thumbnail in Kenya's room and opens large; Kenya adds a free field to the
 * template and Tanzania's report form shows it without a reload; in Arabic the room reads
 * right to left with the commodity in Arabic. Every screen passes axe-core's WCAG 2 A/AA rules.
 *
 * Screenshots go to `test/artifacts/console/`.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { expect } from 'chai';
import sharp from 'sharp';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { apiPaths } from '../../protocol/api.ts';
import { buildConsole } from '../../web-console/build.ts';
import en from '../../web-console/src/i18n/locales/en.json' with { type: 'json' };
import { agreementBetween, partyOf, sealBetween } from '../helpers/agreements.ts';
import { BROWSER_ARTIFACTS, fillSignIn, launchChromium, openPage, screenshot } from '../helpers/browser.ts';
import { makeTempDir, startTestNode, type TestNode } from '../helpers/node.ts';

const ORGANISER = { username: 'amina', password: 'Baobab-Lantern-Harbour-2291' };
const MEMBER = { username: 'baraka', password: 'Kilimanjaro-Pepper-Compass-5830' };
const P2P = { recheckIntervalMs: 10 * 60_000, reconnectIntervalMs: 200 };

async function eventually(check: () => boolean | Promise<boolean>, what: string, ms = 15_000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('operations in the console (Chromium, two nodes)', function () {
  this.timeout(120_000);

  let dist: Awaited<ReturnType<typeof makeTempDir>>;
  let ke: TestNode;
  let tz: TestNode;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pages: Page[] = [];
  const keProblems: string[] = [];
  const tzProblems: string[] = [];
  let axeSource: string;

  async function violations(page: Page): Promise<string[]> {
    await page.evaluate(axeSource);
    const found = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<unknown> } }).axe;
      const result = (await axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      })) as { violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] };
      return result.violations;
    });
    return found.map(
      (v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
    );
  }

  before(async () => {
    await mkdir(BROWSER_ARTIFACTS, { recursive: true });
    axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    dist = await makeTempDir('cen-console-operations-');
    await buildConsole({ outdir: dist.path, minify: true });
    [ke, tz] = await Promise.all([
      startTestNode({
        country: 'KE',
        name: 'Kenya Revenue Authority',
        p2p: P2P,
        consoleDistDir: dist.path,
      }),
      startTestNode({
        country: 'TZ',
        name: 'Tanzania Revenue Authority',
        p2p: P2P,
        consoleDistDir: dist.path,
      }),
    ]);
    const [kep, tzp] = await Promise.all([partyOf(ke, 'KE'), partyOf(tz, 'TZ')]);
    const sealed = await sealBetween(kep, tzp, agreementBetween(kep, tzp, { modes: ['query'] }));
    for (const [a, b] of [
      [ke, tz],
      [tz, ke],
    ] as const) {
      await a.node.services.agreements.install(sealed, 'test:setup');
      await a.node.services.peers.add(b.node.peerHost.multiaddrs()[0], 'test:setup');
    }
    await Promise.all([ke.node.peerHost.recheck(), tz.node.peerHost.recheck()]);
    await eventually(() => ke.node.peerHost.status(tz.node.nodeId).connected, 'KE is connected to TZ');
    await ke.createUser(ORGANISER.username, 'analyst', ORGANISER.password);
    await tz.createUser(MEMBER.username, 'analyst', MEMBER.password);
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await Promise.all([ke?.close(), tz?.close()]);
    await dist?.remove();
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') {
      for (const [i, page] of pages.entries())
        await screenshot(page, `failed-operations-${i === 0 ? 'ke' : 'tz'}`).catch(() => {});
    }
    for (const context of contexts) await context.close();
  });

  it('a report posted on one node appears on the other without reload; template changes follow; Arabic reads right to left', async () => {
    const { context: keContext, page: kePage } = await openPage(browser, keProblems);
    contexts.push(keContext);
    pages.push(kePage);
    // Organiser: creates the operation in the browser.
    await kePage.goto(`${ke.apiUrl}/operations`);
    await fillSignIn(kePage, ORGANISER);
    const list = kePage.locator('cen-operations');
    await list.locator(`text=${en.operations.none}`).waitFor();
    await list.locator('a[href="/operations/new"]').click();
    const admin = kePage.locator('cen-operation-admin');
    await admin.locator('#name').fill('Operation Jaguar');
    await admin.locator(`input[name=members][value="${tz.node.nodeId}"]`).check();
    await admin.locator('#new-field-type').selectOption('commodity');
    await admin.locator(`button:text-is("${en.operations.addField}")`).click();
    await admin.locator('ul.template > li').first().locator('input[type=checkbox]').check();
    await admin.locator('#new-field-type').selectOption('quantity');
    await admin.locator(`button:text-is("${en.operations.addField}")`).click();
    expect(await violations(kePage)).to.deep.equal([]);
    await screenshot(kePage, 'en-operation-new');
    await admin.locator(`button[type=submit]`).click();
    await kePage.waitForURL(/\/operations\/[0-9a-f-]{36}$/);
    const operationId = kePage.url().split('/').pop()!;
    const keRoom = kePage.locator('cen-operation-room');
    await keRoom.locator('h1 bdi:text-is("Operation Jaguar")').waitFor();
    await keRoom.locator(`.live:text-is("${en.operations.live}")`).waitFor();

    // Member: the invitation reaches Tanzania's node; its manager accepts it in the browser.
    await eventually(
      async () =>
        (await tz.node.operations.list({ username: MEMBER.username, role: 'analyst' })).some(
          (o) => o.definition.id === operationId,
        ),
      'TZ holds the invitation',
    );
    const { context: tzContext, page: tzPage } = await openPage(browser, tzProblems);
    contexts.push(tzContext);
    pages.push(tzPage);
    // The feeds the console opens are kept where the test can reach them (to drop one).
    await tzPage.addInitScript(() => {
      const feeds: EventSource[] = [];
      (window as unknown as { feeds: EventSource[] }).feeds = feeds;
      const Native = window.EventSource;
      window.EventSource = class extends Native {
        constructor(url: string | URL, init?: EventSourceInit) {
          super(url, init);
          feeds.push(this);
        }
      };
    });
    await tzPage.goto(`${tz.apiUrl}/operations`);
    await fillSignIn(tzPage, MEMBER);
    const invitations = tzPage.locator('cen-operations section.invitations');
    await invitations.locator('bdi:text-is("Operation Jaguar")').waitFor();
    expect(await violations(tzPage)).to.deep.equal([]);
    await invitations.locator(`button:text-is("${en.operations.accept}")`).click();
    await tzPage.locator(`cen-operations a[href="/operations/${operationId}"]`).click();
    const tzRoom = tzPage.locator('cen-operation-room');
    await tzRoom.locator('h1 bdi:text-is("Operation Jaguar")').waitFor();
    await tzRoom.locator(`.live:text-is("${en.operations.live}")`).waitFor();

    // A report without its required commodity is held back, the field named.
    const reportForm = tzRoom.locator('form.report-form');
    await reportForm.locator(`button:text-is("${en.operations.sendReport}")`).click();
    const summary = reportForm.locator('#form-status');
    await summary.waitFor();
    expect(await summary.textContent()).to.contain(
      `${en.operations.fieldTypes.commodity}: ${en.validation.required}`,
    );
    expect(await violations(tzPage)).to.deep.equal([]);

    await reportForm.locator('#report-commodity').selectOption('cocaine');
    await reportForm.locator('#report-quantity').fill('12.5');
    await reportForm.locator('#report-quantity-unit').selectOption('kg');
    await reportForm.locator('#note').fill('Reefer MSKU 123, Dar es Salaam');
    await reportForm.locator(`button:text-is("${en.operations.sendReport}")`).click();

    // Kenya's room shows it without reload, codes as English labels, author and administration.
    const keReport = keRoom.locator('ol.thread > li.message').filter({ hasText: 'Reefer MSKU 123' });
    await keReport.waitFor();
    expect(await keReport.locator('dl.report > *').allTextContents()).to.deep.equal([
      'Commodity',
      'Cocaine',
      'Quantity',
      '12.5 Kilograms (kg)',
    ]);
    expect((await keReport.locator('.hint').textContent())!.replace(/\s+/g, ' ')).to.contain(
      'baraka · Tanzania Revenue Authority',
    );

    // Kenya's free text reaches Tanzania as text: no element is made of the markup in it.
    await keRoom.locator('#message').fill('Seen it. <b>Hold</b> the container.');
    await keRoom.locator(`button:text-is("${en.operations.send}")`).click();
    const tzText = tzRoom.locator('ol.thread > li.message p.text').filter({ hasText: 'Hold' });
    await tzText.waitFor();
    expect(await tzText.textContent()).to.equal('Seen it. <b>Hold</b> the container.');
    expect(await tzRoom.locator('ol.thread b').count()).to.equal(0);
    expect(await violations(kePage)).to.deep.equal([]);
    await screenshot(kePage, 'en-operation-room');

    // Tanzania attaches a photo to a message; Kenya's room shows its thumbnail, which opens large.
    const photo = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#2a6f97' } })
      .jpeg()
      .toBuffer();
    await tzRoom
      .locator('#attach')
      .setInputFiles({ name: 'seal.jpg', mimeType: 'image/jpeg', buffer: photo });
    await tzRoom.locator('ul.attachments img').waitFor();
    await tzRoom.locator('#message').fill('Photo of the seal');
    await tzRoom.locator(`button:text-is("${en.operations.send}")`).click();
    await tzRoom.locator('ul.attachments').waitFor({ state: 'detached' });
    const keThumb = keRoom
      .locator('ol.thread > li.message')
      .filter({ hasText: 'Photo of the seal' })
      .locator('button.thumb img');
    await keThumb.waitFor();
    await eventually(
      async () => (await keThumb.evaluate((img: HTMLImageElement) => img.naturalWidth)) > 0,
      'the thumbnail loads',
    );
    await keThumb.click();
    const large = keRoom.locator('#photo-dialog img.large');
    await large.waitFor();
    await eventually(
      async () => (await large.evaluate((img: HTMLImageElement) => img.naturalWidth)) === 640,
      'the photo opens at full size',
    );
    expect(await violations(kePage)).to.deep.equal([]);
    await screenshot(kePage, 'en-operation-photo');
    await keRoom.locator(`#photo-dialog button:text-is("${en.photos.close}")`).click();

    // Tanzania's feed drops while Kenya writes; a new one resumes after the last entry shown:
    // the message missed appears once, nothing twice.
    const shownBefore = await tzRoom.locator('ol.thread > li[data-seq]').count();
    await tzPage.evaluate(() => {
      const feed = (window as unknown as { feeds: EventSource[] }).feeds.at(-1)!;
      feed.close();
      feed.dispatchEvent(new Event('error'));
    });
    await tzRoom.locator(`.live:text-is("${en.operations.reconnecting}")`).waitFor();
    const organiserApi = await ke.login(ORGANISER.username);
    const missed = await organiserApi.post(apiPaths.operationMessages(operationId), {
      text: 'Written while you were away',
    });
    expect(missed.status).to.equal(201);
    await tzRoom.locator('p.text:text-is("Written while you were away")').waitFor({ timeout: 20_000 });
    await tzRoom.locator(`.live:text-is("${en.operations.live}")`).waitFor();
    const seqs = await tzRoom
      .locator('ol.thread > li[data-seq]')
      .evaluateAll((items) => items.map((item) => Number(item.getAttribute('data-seq'))));
    expect(seqs).to.deep.equal(seqs.map((_, i) => i + 1));
    const feeds = await tzPage.evaluate(() =>
      (window as unknown as { feeds: EventSource[] }).feeds.map((feed) => new URL(feed.url).search),
    );
    expect(feeds.at(-1)).to.equal(`?after=${shownBefore}`);

    // The organiser adds a free field; the member's form shows it without reload.
    await keRoom.locator(`a:text-is("${en.operations.manage}")`).click();
    const desk = kePage.locator('cen-operation-admin');
    await desk.locator('#new-field-type').waitFor();
    expect(await desk.locator('tbody tr').first().textContent()).to.contain(en.operations.statuses.accepted);
    await desk.locator('#new-field-type').selectOption('text');
    await desk.locator(`button:text-is("${en.operations.addField}")`).click();
    await desk.locator('#field-2-label').fill('Seal number');
    await desk.locator('button.save-template').click();
    await desk.locator(`text=${en.operations.templateSaved}`).waitFor();
    expect(await violations(kePage)).to.deep.equal([]);
    await screenshot(kePage, 'en-operation-admin');
    await reportForm.locator('label:text-is("Seal number")').waitFor();
    expect(await reportForm.locator('#report-field-1').count()).to.equal(1);

    // The organiser's extraction holds the report, labels in the reader's language.
    const csvHref = await desk.locator('a[href$="lang=en"][href*="reports.csv"]').getAttribute('href');
    const csv = await keContext.request.get(`${ke.apiUrl}${csvHref!}`);
    expect(csv.status()).to.equal(200);
    const rows = (await csv.text()).trim().split(/\r?\n/);
    expect(rows).to.have.length(2);
    expect(rows[1]).to.contain('Cocaine').and.to.contain('baraka');

    // Arabic: the page turns right to left, the report's commodity in Arabic.
    await tzPage.locator('cen-app cen-language-switcher select').selectOption('ar');
    await tzPage.waitForFunction(() => document.documentElement.dir === 'rtl');
    const tzReport = tzRoom.locator('ol.thread > li.message').filter({ hasText: 'Reefer MSKU 123' });
    await tzReport.locator('dd:text-is("الكوكايين")').waitFor();
    expect(await violations(tzPage)).to.deep.equal([]);
    await screenshot(tzPage, 'ar-operation-room');

    expect(keProblems).to.deep.equal([]);
    expect(tzProblems).to.deep.equal([]);
  });
});
