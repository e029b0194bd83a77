/**
 * Console injection (issue 10): cases, persons, businesses, watch lists and forum threads and
 * posts whose text holds `<script>`, `<img onerror>`, `<svg onload>`, `javascript:` URLs,
 * template expressions and right-to-left override characters, stored through the API and opened
 * in Chromium on the screens that show them. No script may run (`window.__pwned` stays undefined,
 * no dialog opens, no element of the payload exists in the page) and the text must show as text.
 * The Content-Security-Policy the node sends must block inline script. One report row.
 */
import { expect } from 'chai';
import type { Browser, Page } from 'playwright-core';
import { apiPaths } from '../../protocol/api.ts';
import { buildConsole } from '../../web-console/build.ts';
import { validBusiness, validCase, validPerson } from '../compliance/fixtures.ts';
import { launchChromium, openPage } from '../helpers/browser.ts';
import { makeTempDir, startTestNode, type ApiClient, type TestNode } from '../helpers/node.ts';
import { SESSION_COOKIE } from '../../node/api/index.ts';
import { reportRow, trials } from '../helpers/reliability.ts';

/** Each sets `window.__pwned` if it ever runs. */
const PAYLOADS = [
  '<script>window.__pwned="script"</script>',
  '<img src=x onerror="window.__pwned=\'img\'">',
  '<svg onload="window.__pwned=\'svg\'"></svg>',
  '"><iframe src="javascript:window.__pwned=\'iframe\'"></iframe>',
  'javascript:window.__pwned="url"',
  "{{constructor.constructor('window.__pwned=\"tpl\"')()}} ${window.__pwned='tpl2'}",
  '\u202Eexe.gpj\u202C <b onmouseover="window.__pwned=\'b\'">bold</b>',
] as const;

/** What the screen must show as text: a distinctive piece of each payload. */
const VISIBLE = [
  '<script>window.__pwned',
  '<img src=x onerror',
  '<svg onload',
  '<iframe src=',
  'javascript:window',
  '{{constructor',
];

describe('console injection (Chromium, reliability)', function () {
  this.timeout(180_000);

  let dist: Awaited<ReturnType<typeof makeTempDir>>;
  let ke: TestNode;
  let wco: TestNode;
  let browser: Browser;
  /** `all`: the screen shows the case's narrative or the whole post, so every payload must show as text. */
  const screens: { node: TestNode; client: ApiClient; path: string; name: string; all?: boolean }[] = [];

  before(async () => {
    dist = await makeTempDir('cen-console-injection-');
    await buildConsole({ outdir: dist.path, minify: true });
    ke = await startTestNode({ country: 'KE', consoleDistDir: dist.path });
    wco = await startTestNode({ role: 'wco', name: 'World Customs Organization', consoleDistDir: dist.path });
    browser = await launchChromium();

    const text = PAYLOADS.join(' ');
    const officer = await ke.loginAs('officer');
    const analyst = await ke.loginAs('analyst');
    const made = await officer.post<{ id: string }>(
      apiPaths.cases,
      validCase({
        ref: PAYLOADS[0],
        office: PAYLOADS[0],
        narrative: text,
        conveyance: { mode: 'sea-container', carrier: PAYLOADS[1] },
        concealment: { method: 'cargo', description: PAYLOADS[4] },
        location: { type: 'seaport', code: 'KEMBA', name: PAYLOADS[2] },
        items: [{ ...validCase().items[0]!, description: PAYLOADS[5] }],
      }),
    );
    expect(made.status, JSON.stringify(made.body)).to.equal(201);
    const person = await officer.post<{ id: string }>(
      apiPaths.persons,
      validPerson({ familyName: PAYLOADS[0], givenNames: PAYLOADS[1] }),
    );
    expect(person.status, JSON.stringify(person.body)).to.equal(201);
    const business = await officer.post<{ id: string }>(
      apiPaths.businesses,
      validBusiness({ name: `${PAYLOADS[2]} ${PAYLOADS[6]}` }),
    );
    expect(business.status, JSON.stringify(business.body)).to.equal(201);
    const rule = await analyst.post<{ id: string }>(apiPaths.watchlists, {
      name: PAYLOADS[0].slice(0, 100),
      description: text.slice(0, 500),
      kind: 'list',
      list: { type: 'container', values: ['CSQU3054383'] },
    });
    expect(rule.status, JSON.stringify(rule.body)).to.equal(201);
    const wcoAnalyst = await wco.loginAs('wco-analyst');
    const thread = await wcoAnalyst.post<{ thread: { id: string } }>(apiPaths.forumThreads, {
      title: PAYLOADS[1],
      body: text,
    });
    expect(thread.status, JSON.stringify(thread.body)).to.equal(201);
    const post = await wcoAnalyst.post(apiPaths.forumPosts(thread.body.thread.id), {
      body: PAYLOADS.slice(3).join('\n'),
    });
    expect(post.status, JSON.stringify(post.body)).to.equal(201);

    screens.push(
      { node: ke, client: officer, path: '/cases', name: 'case list' },
      { node: ke, client: officer, path: `/cases/${made.body.id}`, name: 'case', all: true },
      { node: ke, client: officer, path: `/persons?q=${encodeURIComponent('script')}`, name: 'person list' },
      { node: ke, client: officer, path: `/persons/${person.body.id}`, name: 'person' },
      { node: ke, client: officer, path: `/businesses/${business.body.id}`, name: 'business' },
      { node: ke, client: analyst, path: '/watchlists', name: 'watch lists' },
      { node: ke, client: analyst, path: `/watchlists/${rule.body.id}`, name: 'watch list' },
      { node: wco, client: wcoAnalyst, path: '/forum', name: 'forum' },
      {
        node: wco,
        client: wcoAnalyst,
        path: `/forum/${thread.body.thread.id}`,
        name: 'forum thread',
        all: true,
      },
    );
  });

  after(async () => {
    await browser?.close();
    await ke?.close();
    await wco?.close();
    await dist?.remove();
  });

  /** Opens a screen with the client's session cookie; what ran, what shows, what the DOM holds. */
  async function visit(screen: (typeof screens)[number], problems: string[]) {
    const { context, page } = await openPage(browser, problems);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    try {
      const cookie = screen.client.cookie!;
      await context.addCookies([
        { name: SESSION_COOKIE, value: cookie.slice(cookie.indexOf('=') + 1), url: screen.node.apiUrl },
      ]);
      await page.goto(`${screen.node.apiUrl}${screen.path}`);
      await page.waitForLoadState('networkidle');
      await page
        .getByText('window.__pwned', { exact: false })
        .first()
        .waitFor({ timeout: 10_000 })
        .catch(() => undefined);
      await hoverEverything(page);
      const pwned = await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
      // Locators pierce open shadow roots: any element the payloads describe would be found.
      const elements =
        (await page.locator('img[src="x"], svg[onload], iframe, b[onmouseover], script:not([src])').count()) +
        (await page.locator('a[href^="javascript:" i]').count());
      const shown = await page.evaluate(deepText);
      if (process.env.R4_DEBUG) console.log(screen.name, JSON.stringify(shown.slice(-1500)));
      const missing = VISIBLE.filter((piece) => !shown.includes(piece));
      return { pwned, dialogs, elements, shown, missing };
    } finally {
      await context.close();
    }
  }

  /** The text of the page, shadow roots included (the console's components render in them). */
  function deepText(): string {
    const parts: string[] = [];
    const walk = (root: Node): void => {
      for (const child of Array.from(root.childNodes)) {
        if (child.nodeType === Node.TEXT_NODE) parts.push(child.textContent ?? '');
        if (child instanceof Element) {
          if (child.shadowRoot) walk(child.shadowRoot);
          if (!['SCRIPT', 'STYLE', 'NOSCRIPT', 'SELECT'].includes(child.tagName)) walk(child);
        }
      }
    };
    walk(document.body);
    return parts.join(' ').replace(/\s+/g, ' ');
  }

  async function hoverEverything(page: Page): Promise<void> {
    for (const b of await page.locator('main b').all())
      await b.hover({ timeout: 1_000 }).catch(() => undefined);
  }

  it('shows stored script, markup and javascript: URLs as text on every screen, and runs none of it', async () => {
    const rounds = trials({ short: 1, full: 3 });
    const problems: string[] = [];
    const found: string[] = [];
    let tries = 0;
    let checked = 0;
    for (let round = 0; round < rounds; round++) {
      for (const screen of screens) {
        tries += 1;
        const result = await visit(screen, problems);
        checked += PAYLOADS.length;
        if (result.pwned !== undefined)
          found.push(`${screen.name}: script ran (${JSON.stringify(result.pwned)})`);
        if (result.dialogs.length > 0) found.push(`${screen.name}: dialog ${result.dialogs.join(', ')}`);
        if (result.elements > 0)
          found.push(`${screen.name}: ${result.elements} payload element(s) in the DOM`);
        if (result.missing.length === VISIBLE.length || (screen.all && result.missing.length > 0))
          found.push(`${screen.name}: not shown as text: ${result.missing.join(', ')}`);
        found.push(...problems.map((p) => `${screen.name}: ${p}`));
      }
    }
    // The CSP of the console's page and of the API: inline script is refused.
    const index = await fetch(`${ke.apiUrl}/cases`);
    const consoleCsp = index.headers.get('content-security-policy') ?? '';
    await index.arrayBuffer();
    const api = await fetch(`${ke.apiUrl}${apiPaths.session}`);
    const apiCsp = api.headers.get('content-security-policy') ?? '';
    await api.arrayBuffer();
    for (const [name, csp] of [
      ['console', consoleCsp],
      ['API', apiCsp],
    ] as const) {
      const scriptSrc =
        /(?:^|;)\s*script-src ([^;]*)/.exec(csp)?.[1] ?? /(?:^|;)\s*default-src ([^;]*)/.exec(csp)?.[1];
      if (!scriptSrc || /'unsafe-inline'|'unsafe-eval'|\*|data:/.test(scriptSrc))
        found.push(`${name} CSP does not block inline script: ${csp}`);
    }
    // And Chromium enforces it: an inline script added to the page does not run.
    const blocked: string[] = [];
    const { context, page } = await openPage(browser, blocked, { expectedStatus: /./ });
    try {
      await page.goto(`${ke.apiUrl}/`);
      await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.__inline = 1';
        document.body.append(script);
        const img = document.createElement('img');
        img.setAttribute('src', 'x');
        img.setAttribute('onerror', 'window.__inline = 2');
        document.body.append(img);
      });
      await page.waitForTimeout(300);
      const inline = await page.evaluate(() => (window as unknown as { __inline?: unknown }).__inline);
      if (inline !== undefined) found.push(`inline script ran despite the CSP (${JSON.stringify(inline)})`);
    } finally {
      await context.close();
    }
    const health = await fetch(`${ke.apiUrl}/healthz`);
    const search = await (await ke.loginAs('officer')).get(`${apiPaths.cases}?limit=1`);
    const serving = health.status === 200 && search.status === 200;
    reportRow({
      part: 'hostile input',
      scenario: `console injection: ${PAYLOADS.length} script/markup/javascript:/template/RTL payloads in cases, persons, businesses, watch lists and forum posts, on ${screens.length} screens in Chromium; CSP`,
      tries: tries * PAYLOADS.length + 2,
      outcome:
        found.length === 0
          ? "shown as text, no script ran, no dialog; CSP script-src 'self' blocks inline script"
          : found[0]!,
      recordsChecked: checked,
      lost: 0,
      duplicated: 0,
      leaked: found.length,
      servingAfter: serving,
    });
    expect(found).to.deep.equal([]);
    expect(serving).to.equal(true);
  });
});
