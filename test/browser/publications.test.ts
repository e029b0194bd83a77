/**
 * Publications and the forum in the console, end to end in Chromium against real nodes: the WCO
 * publishes an alert with a PDF; Kenya's officer sees it counted unread in the header, opens it
 * (its markup shown as elements, any HTML in it as plain text), downloads the attachment byte for
 * byte, and the count goes; then starts a forum thread and replies, the posts held on the WCO
 * node under her name, her administration and its country. The screens pass axe-core's WCAG 2
 * A/AA rules, in English and in Arabic.
 *
 * Screenshots go to `test/artifacts/console/`.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { expect } from 'chai';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  apiPaths,
  type ForumThreadDetail,
  type ForumThreadPage,
  type PublicationDetail,
} from '../../protocol/api.ts';
import { buildConsole } from '../../web-console/build.ts';
import en from '../../web-console/src/i18n/locales/en.json' with { type: 'json' };
import { BROWSER_ARTIFACTS, fillSignIn, launchChromium, openPage, screenshot } from '../helpers/browser.ts';
import { makeTempDir } from '../helpers/node.ts';
import {
  draftPublication,
  FederationNode,
  FEDERATION_START,
  joinWco,
  tinyPdf,
} from '../helpers/publication-fixtures.ts';

const OFFICER = { username: 'amina', password: 'Baobab-Lantern-Harbour-2291' };
const ANALYST = { username: 'lena', password: 'Glacier-Pepper-Compass-5830' };

describe('publications and the forum in the console (Chromium)', function () {
  this.timeout(120_000);

  let dist: Awaited<ReturnType<typeof makeTempDir>>;
  let wco: FederationNode;
  let ke: FederationNode;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];
  let axeSource: string;
  const pdf = tinyPdf('WCO alert 2026-21');
  let published: PublicationDetail;

  async function violations(): Promise<string[]> {
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
    dist = await makeTempDir('cen-console-publications-');
    await buildConsole({ outdir: dist.path, minify: true });
    [wco, ke] = await Promise.all([
      FederationNode.init('World Customs Organization', 'wco', undefined, {
        ...FEDERATION_START,
        consoleDistDir: dist.path,
      }),
      FederationNode.init('Kenya Revenue Authority', 'national', 'KE', {
        ...FEDERATION_START,
        consoleDistDir: dist.path,
      }),
    ]);
    await joinWco(ke, wco);
    await ke.addUser(OFFICER.username, 'officer', OFFICER.password, 'Amina Otieno');
    await wco.addUser(ANALYST.username, 'wco-analyst', ANALYST.password, 'Lena Fischer');
    const analyst = await wco.loginAs('wco-analyst', 'Lena Fischer');
    const drafted = await draftPublication<PublicationDetail>(
      analyst,
      {
        kind: 'alert',
        title: 'Cocaine in reefer containers',
        body: 'Check the **cooling units** of reefers from Guayaquil.\n\n- <b>not bold</b>\n- count the pallets',
        language: 'en',
        audience: { all: true, countries: [], nodeIds: [] },
      },
      [{ name: 'alert-2026-21.pdf', bytes: pdf, type: 'application/pdf' }],
    );
    expect(drafted.status).to.equal(201);
    published = (await analyst.post<PublicationDetail>(apiPaths.publicationPublish(drafted.body.id), {}))
      .body;
    await ke.node.publications.sync(wco.nodeId);
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await Promise.all([ke?.close(), wco?.close()]);
    await dist?.remove();
  });

  beforeEach(async () => {
    ({ context, page } = await openPage(browser, problems, { expectedStatus: /status of [45]\d\d/ }));
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed')
      await screenshot(
        page,
        `failed-publications-${this.currentTest.title.slice(0, 40).replace(/\W+/g, '-')}`,
      ).catch(() => {});
    await context?.close();
  });

  it('an officer reads the WCO alert, downloads its attachment, and posts in the forum', async () => {
    await page.goto(`${ke.node.apiUrl}/publications`);
    await fillSignIn(page, OFFICER);
    const list = page.locator('cen-publications');
    await list.locator('tbody a bdi:text-is("Cocaine in reefer containers")').waitFor();
    // Counted unread in the header until it is opened.
    await page.locator('cen-publications-badge span:text-is("1")').waitFor();
    expect(await violations()).to.deep.equal([]);

    await list.locator('tbody a').first().click();
    const reader = page.locator('cen-publication-view');
    await reader.locator('h1 bdi:text-is("Cocaine in reefer containers")').waitFor();
    expect(await reader.locator('.body strong').textContent()).to.equal('cooling units');
    // What looks like HTML is shown as typed: no element was made of it.
    expect(await reader.locator('.body li').first().textContent()).to.equal('<b>not bold</b>');
    expect(await reader.locator('.body b').count()).to.equal(0);
    const link = reader.locator('ul.files a');
    expect(await link.getAttribute('href')).to.equal(apiPaths.publicationAttachment(published.id, 0));
    const file = await context.request.get(`${ke.node.apiUrl}${(await link.getAttribute('href'))!}`);
    expect(file.status()).to.equal(200);
    expect(Buffer.from(await file.body()).equals(pdf)).to.equal(true);
    await page.waitForFunction(() => {
      const badge = document.querySelector('cen-app')?.shadowRoot?.querySelector('cen-publications-badge');
      return badge?.shadowRoot?.querySelector('span') === null;
    });
    expect(await violations()).to.deep.equal([]);
    await screenshot(page, 'en-publication');

    await page.locator(`cen-app nav a[href="/forum"]`).click();
    const forum = page.locator('cen-forum');
    await forum.locator(`text=${en.forum.none}`).waitFor();
    await forum.locator('summary').click();
    await forum.locator('#title').fill('Reefers from Guayaquil');
    await forum.locator('#body').fill('Seen twice in Mombasa.\nBricks under the <cooling> unit.');
    expect(await violations()).to.deep.equal([]);
    await forum.locator('button[type=submit]').click();
    await page.waitForURL(/\/forum\/[0-9a-f-]{36}$/);
    const thread = page.locator('cen-forum-thread');
    await thread.locator('h1 bdi:text-is("Reefers from Guayaquil")').waitFor();
    const first = thread.locator('ol.posts > li').first();
    expect((await first.locator('.hint').textContent())!.replace(/\s+/g, ' ')).to.contain(
      'Amina Otieno · Kenya Revenue Authority (KE)',
    );
    expect(await first.locator('.post-body').textContent()).to.equal(
      'Seen twice in Mombasa.\nBricks under the <cooling> unit.',
    );
    await thread.locator('#reply').fill('Photos follow.');
    await thread.locator('button[type=submit]').click();
    await thread.locator('ol.posts > li .post-body:text-is("Photos follow.")').waitFor();
    expect(await violations()).to.deep.equal([]);

    // Held on the WCO node, under the member's name as its agreement gives it.
    const analyst = await wco.loginAs('wco-analyst', 'Lena Fischer');
    const threads = (await analyst.get<ForumThreadPage>(apiPaths.forumThreads)).body.items;
    expect(threads.map((t) => [t.title, t.posts])).to.deep.equal([['Reefers from Guayaquil', 2]]);
    const held = (await analyst.get<ForumThreadDetail>(apiPaths.forumThread(threads[0]!.id))).body;
    expect(held.posts.map((p) => [p.author.country, p.author.nodeName, p.author.name])).to.deep.equal([
      ['KE', 'Kenya Revenue Authority', 'Amina Otieno'],
      ['KE', 'Kenya Revenue Authority', 'Amina Otieno'],
    ]);

    await page.locator('cen-app cen-language-switcher select').selectOption('ar');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    await thread.locator('h1').waitFor();
    expect(await violations()).to.deep.equal([]);
    await screenshot(page, 'ar-forum-thread');
    expect(problems).to.deep.equal([]);
  });

  it('a WCO analyst composes a newsletter for Kenya with a table of figures, publishes it and withdraws it', async () => {
    await page.goto(`${wco.node.apiUrl}/publications`);
    await fillSignIn(page, ANALYST);
    await page.locator('cen-publications a[href="/publications/new"]').click();
    const form = page.locator('cen-publication-form');
    await form.locator('#title').waitFor();
    expect(await violations()).to.deep.equal([]);
    await form.locator('#kind').selectOption('newsletter');
    await form.locator('#title').fill('Newsletter 43');
    await form.locator('#language').selectOption('fr');
    await form.locator('#body').fill('Saisies de la semaine.\n\n- **Mombasa** : 2');
    await form.locator('input[name=audience]').nth(1).check();
    await form.locator('#countries').fill('ke');
    await form.locator('#attachments').setInputFiles({
      name: 'chiffres.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('KE;2\nTZ;1\n'),
    });
    expect(await violations()).to.deep.equal([]);
    await form.locator('button[type=submit]').click();
    await page.waitForURL(/\/publications\/[0-9a-f-]{36}$/);
    const view = page.locator('cen-publication-view');
    await view.locator('h1 bdi:text-is("Newsletter 43")').waitFor();
    expect(await view.locator('.body strong').textContent()).to.equal('Mombasa');
    expect((await view.locator('.panel').textContent())!.replace(/\s+/g, ' ')).to.contain('KE');
    expect(await violations()).to.deep.equal([]);
    await view.locator(`button:text-is("${en.publications.publish}")`).click();
    await view.locator(`text=${en.publications.states.published}`).waitFor();
    const id = page.url().split('/').pop()!;

    await ke.node.publications.sync(wco.nodeId);
    const officer = await ke.loginAs('officer');
    const received = await officer.get<PublicationDetail>(apiPaths.publication(id));
    expect(received.body).to.include({ title: 'Newsletter 43', kind: 'newsletter', language: 'fr' });
    expect(received.body.attachments.map((a) => [a.name, a.mime])).to.deep.equal([
      ['chiffres.txt', 'text/plain'],
    ]);

    await view.locator('#reason').fill('Figures corrected in 44');
    await view.locator(`button:text-is("${en.publications.withdraw}")`).click();
    await view.locator(`text=${en.publications.states.withdrawn}`).first().waitFor();
    await ke.node.publications.sync(wco.nodeId);
    expect((await officer.get<PublicationDetail>(apiPaths.publication(id))).body).to.include({
      state: 'withdrawn',
      withdrawalReason: 'Figures corrected in 44',
    });
    expect(problems).to.deep.equal([]);
  });
});
