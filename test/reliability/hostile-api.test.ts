/**
 * Hostile input on the HTTP API (issue 10): every route of `ROUTE_RULES`, called by a role allowed
 * to use it on a real national node (and, for the routes only the WCO's staff may call, on a WCO
 * node), with bodies of the wrong shape, prototype-pollution keys, huge and deeply nested bodies,
 * traversal and NUL tricks in every path parameter and upload file name, unicode tricks and
 * hostile photos; and the exports checked against formula injection. Every answer must be a
 * success or a 4xx with the API's error shape, never a 500 or a hang, nothing polluted or read
 * outside the data directory, and the node serving afterwards. One report row per category.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import ExcelJS from 'exceljs';
import sharp from 'sharp';
import { API_PREFIX, apiPaths, MULTIPART_ROUTES } from '../../protocol/api.ts';
import type { Role } from '../../protocol/roles.ts';
import { validBusiness, validCase, validPerson } from '../compliance/fixtures.ts';
import {
  concreteFuzzPath,
  deeplyNested,
  fuzzRoutes,
  HOSTILE_PATH_VALUES,
  judge,
  pollutedEverywhere,
  POLLUTION_BODIES,
  send,
  UNICODE_TRICKS,
  WRONG_TYPES,
  type FuzzAnswer,
  type FuzzRoute,
} from '../helpers/api-fuzz.ts';
import { parseCsv } from '../helpers/export-reader.ts';
import { ApiClient, startTestNode, type TestNode } from '../helpers/node.ts';
import { jpegSegments, scene, uploadPhoto } from '../helpers/photo-fixtures.ts';
import { reportRow, trials } from '../helpers/reliability.ts';

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);

/** Valid bodies of the routes whose shape the fuzzer mutates field by field. */
const EXAMPLES: Readonly<Record<string, Record<string, unknown>>> = {
  'POST /session': { username: 'fuzz-nobody', password: 'not-the-password' },
  'POST /cases': validCase() as unknown as Record<string, unknown>,
  'PUT /cases/:id': { version: 1, case: validCase() },
  'POST /persons': validPerson() as unknown as Record<string, unknown>,
  'PUT /persons/:id': { version: 1, person: validPerson() },
  'POST /businesses': validBusiness() as unknown as Record<string, unknown>,
  'PUT /businesses/:id': { version: 1, business: validBusiness() },
  'POST /users': { username: 'fuzzuser', role: 'officer', displayName: 'Fuzz' },
  'POST /watchlists': { name: 'Fuzz', kind: 'list', identifierType: 'container', values: ['CSQU3054383'] },
  'POST /queries': { type: 'container', value: 'CSQU3054383' },
  'POST /forum/threads': { title: 'Fuzz', body: 'text' },
  'POST /operations': { name: 'Fuzz', startDate: '2026-01-01', endDate: '2026-02-01' },
};

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Each top-level field of `example` replaced by wrong types, removed, and strings by unicode tricks. */
function mutations(example: Record<string, unknown>, wrong: readonly unknown[], tricks: readonly string[]) {
  const bodies: unknown[] = [];
  for (const [field, value] of Object.entries(example)) {
    for (const w of wrong) bodies.push({ ...example, [field]: w });
    const { [field]: _removed, ...missing } = example;
    bodies.push(missing);
    if (typeof value === 'string') for (const t of tricks) bodies.push({ ...example, [field]: t });
    if (isObject(value))
      for (const inner of Object.keys(value))
        bodies.push({ ...example, [field]: { ...value, [inner]: wrong[bodies.length % wrong.length] } });
  }
  bodies.push({ ...example, unexpectedField: 'x' });
  return bodies;
}

/** Runs `tasks` with at most `width` at a time. */
async function pool<T>(items: readonly T[], width: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: width }, worker));
}

describe('hostile input on the API (reliability)', function () {
  this.timeout(240_000);

  let ke: TestNode;
  let wco: TestNode;
  const clients = new Map<string, ApiClient>();
  const known: Record<string, string> = {};
  let caseId = '';
  let nationalRoutes: FuzzRoute[] = [];
  let wcoOnlyRoutes: FuzzRoute[] = [];

  const clientFor = (node: TestNode, role: Role) => clients.get(`${node.apiUrl} ${role}`)!;

  async function servingAfter(): Promise<boolean> {
    for (const node of [ke, wco]) {
      const health = await fetch(`${node.apiUrl}/healthz`, { signal: AbortSignal.timeout(10_000) });
      if (health.status !== 200) return false;
    }
    const search = await clientFor(ke, 'officer').get(`${apiPaths.cases}?limit=1`);
    const who = await clientFor(wco, 'wco-admin').get(apiPaths.session);
    return search.status === 200 && who.status === 200;
  }

  /** Sends each request, collecting the problems `judge` finds (with what was sent). */
  async function fuzz(
    requests: { node: TestNode; route: FuzzRoute; path: string; body?: string; label: string }[],
  ): Promise<{ tries: number; problems: string[]; statuses: Map<number, number> }> {
    const problems: string[] = [];
    const statuses = new Map<number, number>();
    await pool(requests, 4, async ({ node, route, path, body, label }) => {
      const answer: FuzzAnswer = await send(clientFor(node, route.role), route.method, path, body);
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      const problem = judge(answer);
      if (problem) problems.push(`${route.method} ${route.template} [${label}]: ${problem}`);
    });
    return { tries: requests.length, problems, statuses };
  }

  const summary = (statuses: Map<number, number>) =>
    [...statuses.entries()]
      .sort(([a], [b]) => a - b)
      .map(([s, n]) => `${n}×${s}`)
      .join(', ');

  const allRoutes = () => [
    ...nationalRoutes.map((route) => ({ node: ke, route })),
    ...wcoOnlyRoutes.map((route) => ({ node: wco, route })),
  ];

  const isPolluted = () =>
    (({}) as Record<string, unknown>).polluted !== undefined ||
    Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted') ||
    ([] as unknown as Record<string, unknown>).polluted !== undefined;

  before(async () => {
    ke = await startTestNode({ country: 'KE' });
    wco = await startTestNode({ role: 'wco', name: 'World Customs Organization' });
    nationalRoutes = fuzzRoutes('national');
    const nationalKeys = new Set(nationalRoutes.map((r) => `${r.method} ${r.template}`));
    wcoOnlyRoutes = fuzzRoutes('wco').filter((r) => !nationalKeys.has(`${r.method} ${r.template}`));
    for (const [node, roles] of [
      [ke, new Set(nationalRoutes.map((r) => r.role).concat('officer', 'analyst'))],
      [wco, new Set(wcoOnlyRoutes.map((r) => r.role).concat('wco-admin'))],
    ] as const)
      for (const role of roles) clients.set(`${node.apiUrl} ${role}`, await node.loginAs(role));

    const officer = clientFor(ke, 'officer');
    const made = await officer.post<{ id: string }>(apiPaths.cases, validCase());
    expect(made.status).to.equal(201);
    caseId = made.body.id;
    known['cases:id'] = caseId;
    const person = await officer.post<{ id: string }>(apiPaths.persons, validPerson());
    known['persons:id'] = person.body.id;
    const business = await officer.post<{ id: string }>(apiPaths.businesses, validBusiness());
    known['businesses:id'] = business.body.id;
    const rule = await clientFor(ke, 'analyst').post<{ id: string }>(apiPaths.watchlists, {
      name: 'Fuzz target',
      kind: 'list',
      list: { type: 'container', values: ['CSQU3054383'] },
    });
    expect(rule.status).to.equal(201);
    known['watchlists:id'] = rule.body.id;
    // An account the fuzzer may change and reset: none of the clients above.
    await ke.createUser('fuzztarget', 'officer');
    known['users:username'] = 'fuzztarget';
  });

  after(async () => {
    await ke?.close();
    await wco?.close();
  });

  it('answers wrong types, missing and extra fields and unicode tricks in bodies and queries with 4xx', async () => {
    const wrong = trials({ short: 4, full: WRONG_TYPES.length });
    const tricks = trials({ short: 3, full: UNICODE_TRICKS.length });
    const randomBodies = trials({ short: 2, full: 25 });
    const requests: { node: TestNode; route: FuzzRoute; path: string; body?: string; label: string }[] = [];
    const wrongTypes = WRONG_TYPES.filter((_, i) => i % Math.ceil(WRONG_TYPES.length / wrong) === 0);
    for (const { node, route } of allRoutes()) {
      const key = `${route.method} ${route.template}`;
      const path = concreteFuzzPath(route.template, known);
      if (BODY_METHODS.has(route.method)) {
        const bodies: unknown[] = [null, [], 'text', 42, true, {}, { unexpectedField: 1 }];
        const example = EXAMPLES[key];
        if (example) bodies.push(...mutations(example, wrongTypes, UNICODE_TRICKS.slice(0, tricks)));
        bodies.push(...fc.sample(fc.object({ maxDepth: 3 }), { numRuns: randomBodies }));
        for (const body of bodies)
          requests.push({
            node,
            route,
            path,
            body: JSON.stringify(body),
            label: JSON.stringify(body).slice(0, 60),
          });
        requests.push({ node, route, path, body: '{"unterminated": ', label: 'broken JSON' });
      }
      const queries = [
        'limit=abc&limit=2',
        'limit=-1',
        'cursor=%00%FF',
        `q=${encodeURIComponent(UNICODE_TRICKS[0]!)}`,
        'unknownParam=1',
        'q[]=a&q[]=b',
      ].slice(0, trials({ short: 3, full: 6 }));
      if (!BODY_METHODS.has(route.method))
        for (const q of queries) requests.push({ node, route, path: `${path}?${q}`, label: q });
    }
    const { tries, problems, statuses } = await fuzz(requests);
    const serving = await servingAfter();
    reportRow({
      part: 'hostile input',
      scenario: `API fuzzing of ${allRoutes().length} routes: wrong types, missing/extra fields, unicode tricks, bad queries`,
      tries,
      outcome: problems.length === 0 ? `all answered without error (${summary(statuses)})` : problems[0]!,
      recordsChecked: tries,
      lost: 0,
      duplicated: 0,
      leaked: problems.length,
      servingAfter: serving,
    });
    expect(problems).to.deep.equal([]);
    expect(serving).to.equal(true);
  });

  it('refuses prototype-pollution keys at every level and stores none of them', async () => {
    const requests: { node: TestNode; route: FuzzRoute; path: string; body?: string; label: string }[] = [];
    for (const { node, route } of allRoutes()) {
      const path = concreteFuzzPath(route.template, known);
      if (BODY_METHODS.has(route.method)) {
        const example = EXAMPLES[`${route.method} ${route.template}`] ?? { field: { inner: [{ x: 1 }] } };
        for (const body of [...POLLUTION_BODIES, pollutedEverywhere(example)])
          requests.push({ node, route, path, body, label: body.slice(0, 40) });
      } else {
        requests.push({
          node,
          route,
          path: `${path}?__proto__[polluted]=yes&constructor[prototype][polluted]=yes`,
          label: 'query __proto__',
        });
      }
    }
    const { tries, problems, statuses } = await fuzz(requests);
    const polluted = isPolluted();
    // Nothing stored carries the keys: every case, person and business the node holds, as read back.
    const officer = clientFor(ke, 'officer');
    let stored = 0;
    const carrying: string[] = [];
    for (const path of [apiPaths.cases, apiPaths.persons, apiPaths.businesses]) {
      const page = await officer.get<{ items: { id: string }[] }>(`${path}?limit=500`);
      expect(page.status).to.equal(200);
      for (const item of page.body.items) {
        const full = await officer.get(`${path}/${item.id}`);
        stored += 1;
        const text = JSON.stringify(full.body);
        if (/polluted|"__proto__"|"prototype"/.test(text)) carrying.push(`${path}/${item.id}`);
      }
    }
    const serving = await servingAfter();
    const leaked = problems.length + carrying.length + (polluted ? 1 : 0);
    reportRow({
      part: 'hostile input',
      scenario:
        'prototype-pollution keys (__proto__, constructor, prototype) at every level of bodies and queries',
      tries,
      outcome:
        leaked === 0
          ? `refused or ignored (${summary(statuses)}); Object.prototype clean; ${stored} stored records clean`
          : ([...problems, ...carrying][0] ?? 'Object.prototype polluted'),
      recordsChecked: tries + stored,
      lost: 0,
      duplicated: 0,
      leaked,
      servingAfter: serving,
    });
    expect(problems).to.deep.equal([]);
    expect(polluted, 'Object.prototype polluted in the node process').to.equal(false);
    expect(carrying, 'stored records carrying pollution keys').to.deep.equal([]);
    expect(serving).to.equal(true);
  });

  it('refuses huge bodies with 413 and deeply nested JSON with 4xx, without a memory blow-up', async () => {
    const requests: { node: TestNode; route: FuzzRoute; path: string; body?: string; label: string }[] = [];
    const huge = JSON.stringify({ blob: 'x'.repeat(1_200_000) });
    const depth = trials({ short: 20_000, full: 200_000 });
    const tooLarge: string[] = [];
    const bodyRoutes = allRoutes().filter(({ route }) => BODY_METHODS.has(route.method));
    for (const { node, route } of bodyRoutes) {
      const path = concreteFuzzPath(route.template, known);
      requests.push(
        { node, route, path, body: deeplyNested(depth, 'array'), label: `${depth} nested arrays` },
        { node, route, path, body: deeplyNested(depth, 'object'), label: `${depth} nested objects` },
      );
    }
    const rssBefore = process.memoryUsage().rss;
    const nested = await fuzz(requests);
    await pool(bodyRoutes, 4, async ({ node, route }) => {
      const answer = await send(
        clientFor(node, route.role),
        route.method,
        concreteFuzzPath(route.template, known),
        huge,
      );
      if (answer.status !== 413 || judge(answer))
        tooLarge.push(`${route.method} ${route.template}: ${answer.status} ${judge(answer) ?? ''}`);
    });
    // One body far beyond the limit, streamed without a length: refused as it arrives, never held whole.
    const chunk = new TextEncoder().encode(`{"blob":"${'y'.repeat(1 << 20)}`);
    let sent = 0;
    const streamed = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 64) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const officer = clientFor(ke, 'officer');
    let streamedStatus: number;
    try {
      const response = await fetch(`${ke.apiUrl}${apiPaths.cases}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: officer.cookie! },
        body: streamed,
        duplex: 'half',
        signal: AbortSignal.timeout(30_000),
      } as RequestInit);
      streamedStatus = response.status;
      await response.arrayBuffer();
    } catch (err) {
      // The node may close the connection once it has refused the body: that is a refusal too.
      streamedStatus = err instanceof Error && err.name === 'TimeoutError' ? 0 : 413;
    }
    if (streamedStatus !== 413) tooLarge.push(`64 MB streamed to POST /cases: ${streamedStatus}`);
    const grownMb = (process.memoryUsage().rss - rssBefore) / 2 ** 20;
    const serving = await servingAfter();
    const tries = nested.tries + bodyRoutes.length + 1;
    const leaked = nested.problems.length + tooLarge.length + (grownMb > 400 ? 1 : 0);
    reportRow({
      part: 'hostile input',
      scenario: `huge bodies (1.2 MB on every body route, 64 MB streamed) and JSON nested ${depth} deep`,
      tries,
      outcome:
        leaked === 0
          ? `413 for every huge body; nested: ${summary(nested.statuses)}; memory grew ${Math.round(grownMb)} MB`
          : ([...nested.problems, ...tooLarge][0] ?? `memory grew ${Math.round(grownMb)} MB`),
      recordsChecked: tries,
      lost: 0,
      duplicated: 0,
      leaked,
      servingAfter: serving,
    });
    expect(nested.problems).to.deep.equal([]);
    expect(tooLarge).to.deep.equal([]);
    expect(grownMb, 'MB the process grew by').to.be.below(400);
    expect(serving).to.equal(true);
  });

  it('answers traversal, NUL bytes and absolute paths in every path parameter and file name with 4xx', async () => {
    const values = trials({ short: 10, full: HOSTILE_PATH_VALUES.length });
    const chosen = HOSTILE_PATH_VALUES.filter(
      (_, i) => i % Math.ceil(HOSTILE_PATH_VALUES.length / values) === 0,
    );
    const requests: { node: TestNode; route: FuzzRoute; path: string; body?: string; label: string }[] = [];
    for (const { node, route } of allRoutes())
      for (const param of route.params)
        for (const raw of chosen)
          requests.push({
            node,
            route,
            path: concreteFuzzPath(route.template, known, { param, raw }),
            ...(BODY_METHODS.has(route.method) ? { body: '{}' } : {}),
            label: `${param}=${raw.slice(0, 30)}`,
          });
    // Traversal beside the API: the console's files and the health check.
    const outside = [
      '/%2e%2e/%2e%2e/etc/passwd',
      '/..%2F..%2Fetc%2Fpasswd',
      `${API_PREFIX}/..%2F..%2Fetc%2Fpasswd`,
    ];
    const fuzzed = await fuzz(requests);
    const problems = [...fuzzed.problems];
    for (const path of outside) {
      const answer = await send(new ApiClient(ke.apiUrl), 'GET', path);
      const problem = judge(answer);
      if (problem) problems.push(`GET ${path}: ${problem}`);
    }
    // File names of uploads: the photo is stored by its hash, never by the name it came with.
    const officer = clientFor(ke, 'officer');
    const jpeg = await sharp(scene(7, 320, 240))
      .jpeg()
      .toBuffer();
    const names = [
      '../../../../tmp/pwned-r4.jpg',
      '/tmp/pwned-r4.jpg',
      '..\\..\\pwned-r4.jpg',
      'a\u0000pwned-r4.jpg',
    ];
    for (const filename of names) {
      const answer = await uploadPhoto(officer, caseId, jpeg, { filename });
      if (answer.status >= 500) problems.push(`photo named ${JSON.stringify(filename)}: ${answer.status}`);
    }
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(Buffer.from('a,b\n1,2\n'))]), '../../../tmp/pwned-r4.csv');
    const imported = await fetch(`${ke.apiUrl}${apiPaths.imports}?dryRun=true`, {
      method: 'POST',
      headers: { cookie: officer.cookie! },
      body: form,
    });
    await imported.arrayBuffer();
    if (imported.status >= 500) problems.push(`import named ../../../tmp/pwned-r4.csv: ${imported.status}`);
    const written = (await readdir(tmpdir())).filter((name) => name.includes('pwned-r4'));
    const serving = await servingAfter();
    const tries = fuzzed.tries + outside.length + names.length + 1;
    reportRow({
      part: 'hostile input',
      scenario:
        'path traversal, NUL bytes, absolute paths and unicode in every path parameter and upload file name',
      tries,
      outcome:
        problems.length + written.length === 0
          ? `refused or not found (${summary(fuzzed.statuses)}); no file written outside the data directory`
          : ([...problems, ...written][0] ?? ''),
      recordsChecked: tries,
      lost: 0,
      duplicated: 0,
      leaked: problems.length + written.length,
      servingAfter: serving,
    });
    expect(problems).to.deep.equal([]);
    expect(written, 'files written outside the data directory').to.deep.equal([]);
    expect(serving).to.equal(true);
  });

  it('answers malformed multipart uploads on every upload route with 4xx', async () => {
    const uploads = allRoutes().filter(({ route }) =>
      MULTIPART_ROUTES.includes(`${route.method} ${route.template}`),
    );
    expect(uploads.length, 'upload routes found').to.equal(MULTIPART_ROUTES.length);
    const boundary = 'r4boundary';
    const type = `multipart/form-data; boundary=${boundary}`;
    const part = (headers: string, body: string) => `--${boundary}\r\n${headers}\r\n\r\n${body}\r\n`;
    const file = (name: string, filename: string, body = 'not an image') =>
      part(`Content-Disposition: form-data; name="${name}"; filename="${filename}"`, body);
    const field = (name: string, value: string) =>
      part(`Content-Disposition: form-data; name="${name}"`, value);
    const end = `--${boundary}--\r\n`;
    const manyFields = Array.from({ length: trials({ short: 2_000, full: 20_000 }) }, (_, i) =>
      field(`f${i}`, 'x'),
    ).join('');
    const bodies: { label: string; body: string; contentType: string }[] = [
      { label: 'no boundary', body: file('file', 'a.jpg') + end, contentType: 'multipart/form-data' },
      { label: 'truncated', body: file('file', 'a.jpg').slice(0, 60), contentType: type },
      { label: 'no parts', body: end, contentType: type },
      { label: 'garbage', body: '\u0000\u00ff'.repeat(1000), contentType: type },
      { label: 'two files', body: file('file', 'a.jpg') + file('file', 'b.jpg') + end, contentType: type },
      { label: 'text in the file field', body: field('file', 'text') + end, contentType: type },
      {
        label: '__proto__ field',
        body: field('__proto__', 'polluted') + file('file', 'a.jpg') + end,
        contentType: type,
      },
      {
        label: 'constructor field',
        body: field('constructor', 'polluted') + field('prototype', 'x') + file('file', 'a.jpg') + end,
        contentType: type,
      },
      {
        label: 'header injection in the file name',
        body: file('file', 'a.jpg\r\nX-Injected: 1') + end,
        contentType: type,
      },
      { label: `${manyFields.length} bytes of small fields`, body: manyFields + end, contentType: type },
      {
        label: '2 MB field',
        body: field('caption', 'c'.repeat(2 * 2 ** 20)) + file('file', 'a.jpg') + end,
        contentType: type,
      },
    ];
    const problems: string[] = [];
    const statuses = new Map<number, number>();
    let tries = 0;
    for (const { node, route } of uploads) {
      const path = concreteFuzzPath(route.template, known);
      for (const { label, body, contentType } of bodies) {
        tries += 1;
        const answer = await send(clientFor(node, route.role), route.method, path, body, { contentType });
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        const problem = judge(answer) ?? (answer.status < 400 ? `accepted (${answer.status})` : undefined);
        if (problem) problems.push(`${route.method} ${route.template} [${label}]: ${problem}`);
      }
    }
    const polluted = isPolluted();
    const serving = await servingAfter();
    reportRow({
      part: 'hostile input',
      scenario: `malformed multipart uploads on the ${uploads.length} upload routes: no boundary, truncated, garbage, two files, pollution field names, thousands of fields, huge fields`,
      tries,
      outcome: problems.length === 0 ? `refused with 4xx (${summary(statuses)})` : problems[0]!,
      recordsChecked: tries,
      lost: 0,
      duplicated: 0,
      leaked: problems.length + (polluted ? 1 : 0),
      servingAfter: serving,
    });
    expect(problems).to.deep.equal([]);
    expect(polluted, 'Object.prototype polluted').to.equal(false);
    expect(serving).to.equal(true);
  });

  it('refuses hostile photos or stores them safely, without exhausting memory', async () => {
    const officer = clientFor(ke, 'officer');
    const png = await sharp(scene(3, 64, 64))
      .png()
      .toBuffer();
    const jpeg = await sharp(scene(4, 640, 480))
      .jpeg()
      .toBuffer();
    /** A PNG whose header declares 50,000 × 50,000 pixels (7.5 GB decoded), CRC fixed. */
    const pngBomb = Buffer.from(png);
    pngBomb.writeUInt32BE(50_000, 16);
    pngBomb.writeUInt32BE(50_000, 20);
    pngBomb.writeUInt32BE(crc32(pngBomb.subarray(12, 29)), 29);
    /** A JPEG whose frame header declares 50,000 × 50,000 pixels. */
    const jpegBomb = Buffer.from(jpeg);
    const sof = jpegBomb.indexOf(Buffer.from([0xff, 0xc0]));
    jpegBomb.writeUInt16BE(50_000, sof + 5);
    jpegBomb.writeUInt16BE(50_000, sof + 7);
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>window.__pwned=1</script></svg>',
    );
    const html = Buffer.from('<!doctype html><script>window.__pwned=1</script>');
    const script = '<script>window.__pwned=1</script>';
    /** A JPEG with HTML appended after its end, and in a comment segment: a JPEG/HTML polyglot. */
    const polyglot = Buffer.concat([
      jpeg.subarray(0, 2),
      Buffer.from([0xff, 0xfe, 0x00, script.length + 2]),
      Buffer.from(script),
      jpeg.subarray(2),
      Buffer.from(`<html>${script}</html>`),
    ]);
    const bigExif = await sharp(scene(5, 640, 480))
      .jpeg()
      .withExif({ IFD0: { ImageDescription: 'E'.repeat(60_000), Artist: script } })
      .toBuffer();
    const cases: { name: string; bytes: Buffer; type?: string; filename?: string; stored: boolean }[] = [
      { name: 'PNG bomb (50,000 × 50,000 declared)', bytes: pngBomb, type: 'image/png', stored: false },
      { name: 'JPEG bomb (50,000 × 50,000 declared)', bytes: jpegBomb, stored: false },
      { name: 'SVG with a script', bytes: svg, type: 'image/svg+xml', filename: 'x.svg', stored: false },
      { name: 'HTML named photo.jpg (magic bytes lie)', bytes: html, stored: false },
      { name: 'PNG named .jpg sent as image/jpeg', bytes: png, stored: true },
      { name: 'JPEG/HTML polyglot', bytes: polyglot, stored: true },
      { name: 'EXIF with a 60 KB field and a script', bytes: bigExif, stored: true },
      { name: 'truncated JPEG', bytes: jpeg.subarray(0, 300), stored: false },
      { name: 'empty file', bytes: Buffer.alloc(0), stored: false },
      { name: 'over 20 MB', bytes: Buffer.concat([jpeg, Buffer.alloc(21 * 2 ** 20)]), stored: false },
    ];
    const rounds = trials({ short: 1, full: 5 });
    const problems: string[] = [];
    const rssBefore = process.memoryUsage().rss;
    let tries = 0;
    let storedSafely = 0;
    for (let round = 0; round < rounds; round++) {
      for (const c of cases) {
        tries += 1;
        const answer = await uploadPhoto<{ error?: { code: string }; photos?: { hash: string }[] }>(
          officer,
          caseId,
          c.bytes,
          { ...(c.type ? { contentType: c.type } : {}), filename: c.filename ?? 'photo.jpg' },
        );
        const problem = judge({ ...answer, contentType: '', hung: false });
        if (problem) problems.push(`${c.name}: ${problem}`);
        else if (!c.stored && answer.status < 400) problems.push(`${c.name}: accepted (${answer.status})`);
        else if (c.stored && answer.status >= 400) problems.push(`${c.name}: refused (${answer.status})`);
      }
    }
    // What was stored: re-encoded, without metadata, script or appended HTML, with a thumbnail.
    const view = await officer.get<{ photos?: { hash: string }[] }>(apiPaths.case(caseId));
    for (const photo of view.body.photos ?? []) {
      const file = await fetch(`${ke.apiUrl}${apiPaths.photo(photo.hash)}`, {
        headers: { cookie: officer.cookie! },
      });
      const bytes = Buffer.from(await file.arrayBuffer());
      const thumb = await fetch(`${ke.apiUrl}${apiPaths.photo(photo.hash, true)}`, {
        headers: { cookie: officer.cookie! },
      });
      await thumb.arrayBuffer();
      const text = bytes.toString('latin1');
      const segments = file.headers.get('content-type') === 'image/jpeg' ? jpegSegments(bytes) : [];
      if (
        text.includes('<script') ||
        text.includes('EEEEEEEE') ||
        segments.includes('APP1') ||
        segments.includes('COM')
      )
        problems.push(`stored photo ${photo.hash} kept metadata or script`);
      else if (thumb.status !== 200)
        problems.push(`stored photo ${photo.hash} has no thumbnail (${thumb.status})`);
      else storedSafely += 1;
    }
    const grownMb = (process.memoryUsage().rss - rssBefore) / 2 ** 20;
    const serving = await servingAfter();
    reportRow({
      part: 'hostile input',
      scenario:
        'hostile photos: PNG/JPEG decompression bombs, lying magic bytes, SVG with script, polyglot, huge EXIF, truncated, empty, over 20 MB',
      tries,
      outcome:
        problems.length === 0
          ? `bombs and non-images refused with 4xx; ${storedSafely} stored re-encoded without metadata or script; memory grew ${Math.round(grownMb)} MB`
          : problems[0]!,
      recordsChecked: tries + storedSafely,
      lost: 0,
      duplicated: 0,
      leaked: problems.length + (grownMb > 500 ? 1 : 0),
      servingAfter: serving,
    });
    expect(problems).to.deep.equal([]);
    expect(storedSafely, 'photos stored').to.be.greaterThan(0);
    expect(grownMb, 'MB the process grew by').to.be.below(500);
    expect(serving).to.equal(true);
  });

  it('neutralises formula injection in CSV and XLSX exports', async () => {
    const payloads = {
      office: `=cmd|' /C calc'!A0`,
      narrative: '+HYPERLINK("http://evil.example","x")',
      carrier: '-2+3+cmd|x',
      concealment: '@SUM(A1:A9)',
      location: '\t=1+1',
      wide: '＝1+1',
    };
    const officer = clientFor(ke, 'officer');
    const made = await officer.post(
      apiPaths.cases,
      validCase({
        office: payloads.office,
        narrative: payloads.narrative,
        conveyance: { mode: 'sea-container', carrier: payloads.carrier },
        concealment: { method: 'cargo', description: payloads.concealment },
        location: { type: 'seaport', code: 'KEMBA', name: payloads.location },
        items: [{ ...validCase().items[0]!, description: payloads.wide }],
      }),
    );
    expect(made.status, JSON.stringify(made.body)).to.equal(201);
    const analyst = clientFor(ke, 'analyst');
    const markers = Object.values(payloads).map((p) => p.replace(/^[\t=+\-@＝]+/, '').slice(0, 6));
    const live: string[] = [];
    let checked = 0;
    const csv = await fetch(`${ke.apiUrl}${apiPaths.exportCasesCsv}`, {
      headers: { cookie: analyst.cookie! },
    });
    expect(csv.status).to.equal(200);
    for (const row of parseCsv((await csv.text()).replace(/^\uFEFF/, '')))
      for (const cell of row)
        if (markers.some((m) => cell.includes(m))) {
          checked += 1;
          if (/^[=+\-@\t\r＝＋－＠]/.test(cell)) live.push(`CSV cell ${JSON.stringify(cell)}`);
        }
    const xlsx = await fetch(`${ke.apiUrl}${apiPaths.exportCasesXlsx}`, {
      headers: { cookie: analyst.cookie! },
    });
    expect(xlsx.status).to.equal(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await xlsx.arrayBuffer());
    book.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.Formula)
            live.push(`XLSX formula at ${sheet.name}!${cell.address}`);
          const text = typeof cell.value === 'string' ? cell.value : '';
          if (markers.some((m) => text.includes(m))) {
            checked += 1;
            if (/^[=+\-@\t\r＝＋－＠]/.test(text))
              live.push(`XLSX cell ${sheet.name}!${cell.address} ${JSON.stringify(text)}`);
          }
        }),
      ),
    );
    const serving = await servingAfter();
    reportRow({
      part: 'hostile input',
      scenario:
        'formula injection (= + - @, tab, full-width) in text fields of a case, exported as CSV and XLSX',
      tries: 2,
      outcome: live.length === 0 ? `${checked} hostile cells exported with a leading apostrophe` : live[0]!,
      recordsChecked: checked,
      lost: 0,
      duplicated: 0,
      leaked: live.length,
      servingAfter: serving,
    });
    expect(checked, 'hostile cells found in the exports').to.be.at.least(6);
    expect(live).to.deep.equal([]);
    expect(serving).to.equal(true);
  });
});

/** CRC-32 of PNG chunks (ISO 3309), to keep a patched header valid. */
function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
