/**
 * Photos in the console, end to end in Chromium against a real node: an officer opens a case,
 * drops a photo on its photos section (and chooses another with the file picker), adds a caption
 * and sees the thumbnail the node made; opens it large, follows "similar photos" to the same
 * concealment photographed for another case; an analyst finds it on the Photos screen by its
 * caption; a file that is not a photo is refused in words. axe-core checks the photos section, the
 * large view and the Photos screen (WCAG 2 A/AA), in English and in Arabic.
 *
 * Screenshots go to `test/artifacts/console/`.
 */
import { expect } from 'chai';
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import sharp from 'sharp';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { apiPaths } from '../../protocol/api.ts';
import type { Case } from '../../protocol/records.ts';
import { buildConsole } from '../../web-console/build.ts';
import ar from '../../web-console/src/i18n/locales/ar.json' with { type: 'json' };
import en from '../../web-console/src/i18n/locales/en.json' with { type: 'json' };
import { validCase } from '../compliance/fixtures.ts';
import { BROWSER_ARTIFACTS, fillSignIn, launchChromium, openPage, screenshot } from '../helpers/browser.ts';
import { makeTempDir, startTestNode, type ApiClient, type TestNode } from '../helpers/node.ts';
import { scene, uploadPhoto } from '../helpers/photo-fixtures.ts';

const OFFICER = { username: 'wanjiru', password: 'Sisal-Heron-Lantern-5127' };
const ANALYST = { username: 'kamau', password: 'Basalt-Egret-Harbour-8842' };

describe('photos in the console (Chromium)', function () {
  this.timeout(120_000);

  let dist: Awaited<ReturnType<typeof makeTempDir>>;
  let t: TestNode;
  let officer: ApiClient;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let original: Buffer;
  let target: Case;
  let other: Case;
  const problems: string[] = [];
  let axeSource: string;

  /** WCAG 2 A/AA violations on the page as it is now (axe runs through DevTools, outside the CSP). */
  async function violations(): Promise<string[]> {
    await page.evaluate(axeSource);
    const found = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<unknown> } }).axe;
      return (await axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      })) as {
        violations: { id: string; help: string; nodes: { target: unknown[] }[] }[];
        passes: unknown[];
      };
    });
    expect(found.passes.length, 'axe checked no rule on this screen').to.be.greaterThan(5);
    return found.violations.map(
      (v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
    );
  }

  const shot = (name: string) => screenshot(page, name);

  async function open(path: string, credentials: typeof OFFICER): Promise<void> {
    await page.goto(`${t.apiUrl}${path}`);
    await fillSignIn(page, credentials);
  }

  /** Drops a file on an element as a desktop file manager does. */
  async function dropFile(selector: string, bytes: Buffer, name: string, type: string): Promise<void> {
    const transfer = await page.evaluateHandle(
      ({ data, name, type }) => {
        const dt = new DataTransfer();
        dt.items.add(new File([new Uint8Array(data)], name, { type }));
        return dt;
      },
      { data: [...bytes], name, type },
    );
    for (const event of ['dragenter', 'dragover', 'drop'])
      await page.locator(selector).dispatchEvent(event, { dataTransfer: transfer });
  }

  before(async () => {
    axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    await mkdir(BROWSER_ARTIFACTS, { recursive: true });
    dist = await makeTempDir('cen-console-photos-');
    await buildConsole({ outdir: dist.path, minify: true });
    t = await startTestNode({ country: 'KE', consoleDistDir: dist.path });
    await t.createUser(OFFICER.username, 'officer', OFFICER.password);
    await t.createUser(ANALYST.username, 'analyst', ANALYST.password);
    officer = await t.login(OFFICER.username, OFFICER.password);
    const created = await Promise.all(
      [
        validCase({ ref: 'KE-MBA-2026-0101' }),
        validCase({ ref: 'KE-MBA-2026-0102', seizureDate: '2026-05-20' }),
      ].map((input) => officer.post<Case>(apiPaths.cases, input)),
    );
    [target, other] = created.map((response) => response.body) as [Case, Case];
    original = await sharp(scene(61, 1200, 900))
      .jpeg({ quality: 90 })
      .toBuffer();
    // The same concealment, photographed for the other case and sent smaller.
    const retaken = await sharp(original).resize(640).jpeg({ quality: 60 }).toBuffer();
    expect(
      (await uploadPhoto(officer, other.id, retaken, { fields: { caption: 'Second pallet' } })).status,
    ).to.equal(201);
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await t?.close();
    await dist?.remove();
  });

  beforeEach(async () => {
    ({ context, page } = await openPage(browser, problems, { expectedStatus: /status of [45]\d\d/ }));
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed')
      await shot(`failed-photos-${this.currentTest.title.slice(0, 40).replace(/\W+/g, '-')}`).catch(() => {});
    await context?.close();
  });

  it('uploads a dropped photo on the case view and shows its thumbnail, then opens it large', async () => {
    await open(`/cases/${target.id}`, OFFICER);
    const gallery = page.locator('cen-case-view cen-photo-gallery');
    await gallery.locator('h2', { hasText: en.photos.section }).waitFor();
    expect(await gallery.locator('.hint', { hasText: en.photos.none }).count()).to.equal(1);

    await dropFile('cen-case-view cen-photo-gallery form.drop', original, 'IMG_0412.jpg', 'image/jpeg');
    await gallery.locator(`text=${en.photos.chosen.replace('{{name}}', 'IMG_0412.jpg')}`).waitFor();
    await gallery.locator('img.preview').waitFor();
    await gallery.locator('#photo-caption').fill('Hollowed pallet, blocks inside');
    await gallery.locator('form.drop button[type=submit]').click();
    await gallery.locator('.message.success', { hasText: en.photos.uploaded }).waitFor();

    const thumb = gallery.locator('ul.thumbs button.thumb img');
    await thumb.waitFor();
    await page.waitForFunction(() => {
      const img = document
        .querySelector('cen-app')
        ?.shadowRoot?.querySelector('cen-case-view')
        ?.shadowRoot?.querySelector('cen-photo-gallery')
        ?.shadowRoot?.querySelector<HTMLImageElement>('ul.thumbs img');
      return img !== null && img !== undefined && img.complete && img.naturalWidth > 0;
    });
    const size = await thumb.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight]);
    expect(size).to.deep.equal([320, 240]);
    expect(await gallery.locator('ul.thumbs .caption').textContent()).to.equal(
      'Hollowed pallet, blocks inside',
    );
    // The new version shows in the history too.
    await page.locator('cen-case-view table tbody tr').nth(1).waitFor();
    await shot('en-case-photos');
    expect(await violations()).to.deep.equal([]);

    await gallery.locator('ul.thumbs button.thumb').click();
    const dialog = gallery.locator('dialog#photo-dialog');
    await dialog.locator('img.large').waitFor();
    expect(await dialog.locator('#photo-title').textContent()).to.equal('Hollowed pallet, blocks inside');
    expect(await dialog.locator('dl').textContent()).to.contain('1,200 × 900');
    await shot('en-photo-large');
    expect(await violations()).to.deep.equal([]);

    await dialog.locator('a', { hasText: en.photos.similar }).click();
    const search = page.locator('cen-photo-search');
    await search.locator('h1', { hasText: en.photos.similarTitle }).waitFor();
    const found = search.locator(`ul.thumbs li`);
    await found.first().waitFor();
    expect(await found.count()).to.equal(1);
    expect(await found.first().textContent())
      .to.contain('Second pallet')
      .and.contain('KE-MBA-2026-0102');
    await shot('en-similar-photos');
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('refuses a file that is not a photo, in words, and adds one chosen with the file picker', async () => {
    await open(`/cases/${other.id}`, OFFICER);
    const gallery = page.locator('cen-case-view cen-photo-gallery');
    await gallery.locator('ul.thumbs img').waitFor();
    await gallery.locator('#photo-file').setInputFiles({
      name: 'report.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.from('<!DOCTYPE html><html><body>not a photo</body></html>'),
    });
    await gallery.locator('form.drop button[type=submit]').click();
    await gallery.locator('.message.error', { hasText: en.photos.unsupported }).waitFor();
    expect(await gallery.locator('ul.thumbs li').count()).to.equal(1);

    const png = await sharp(scene(62, 800, 600))
      .png()
      .toBuffer();
    await gallery
      .locator('#photo-file')
      .setInputFiles({ name: 'hold.png', mimeType: 'image/png', buffer: png });
    await gallery.locator('form.drop button[type=submit]').click();
    await gallery.locator('.message.success', { hasText: en.photos.uploaded }).waitFor();
    await page.waitForFunction(
      () =>
        document
          .querySelector('cen-app')
          ?.shadowRoot?.querySelector('cen-case-view')
          ?.shadowRoot?.querySelector('cen-photo-gallery')
          ?.shadowRoot?.querySelectorAll('ul.thumbs img').length === 2,
    );
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('lets an analyst find photos by their caption on the Photos screen, without upload controls on cases', async () => {
    await open('/photos', ANALYST);
    const search = page.locator('cen-photo-search');
    await page.locator('cen-app nav a[href="/photos"][aria-current=page]').waitFor();
    await search.locator('#caption').fill('pallet');
    await search.locator('form button[type=submit]').click();
    await page.waitForURL(/\/photos\?caption=pallet/);
    const hits = search.locator('ul.thumbs li');
    await hits.first().waitFor();
    expect(await search.locator('.count').textContent()).to.contain('2');
    expect((await hits.allTextContents()).join(' '))
      .to.contain('Hollowed pallet')
      .and.contain('Second pallet');
    await shot('en-photo-search');
    expect(await violations()).to.deep.equal([]);

    // The same screen in Arabic: right to left, and still accessible.
    await page.locator('cen-app cen-language-switcher select').selectOption('ar');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    await search.locator('h1', { hasText: ar.photos.title }).waitFor();
    expect(await search.locator('.count').textContent()).to.contain(ar.photos.shown.split(':')[0]);
    await shot('ar-photo-search');
    expect(await violations()).to.deep.equal([]);

    await hits.first().locator('a.thumb').click();
    const gallery = page.locator('cen-case-view cen-photo-gallery');
    await gallery.locator('ul.thumbs img').first().waitFor();
    expect(await gallery.locator('form.drop').count()).to.equal(0);
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });
});
