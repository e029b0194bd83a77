/**
 * `serveConsole`: the built console over real loopback HTTP, in front of a stand-in for the API.
 * Deep links get the page, hashed files are cached for a year, unknown files and API paths are
 * 404 (JSON under /api), and nothing outside the build directory can be reached.
 */
import { expect } from 'chai';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import Koa from 'koa';
import { CONSOLE_CSP, IMMUTABLE_CACHE, serveConsole } from '../../../node/api/console.ts';
import { makeTempDir } from '../../helpers/node.ts';

const INDEX = '<!doctype html><title>CEN</title><cen-app></cen-app>';
const SCRIPT = `export const x = ${JSON.stringify('x'.repeat(2000))};`;

describe('serveConsole (web console files)', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let server: Server;
  let base: string;

  before(async () => {
    temp = await makeTempDir('cen-console-serve-');
    const dist = join(temp.path, 'dist');
    await mkdir(join(dist, 'assets'), { recursive: true });
    await writeFile(join(dist, 'index.html'), INDEX);
    await writeFile(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    await writeFile(join(dist, 'assets', 'main-ABCD1234.js'), SCRIPT);
    await writeFile(join(dist, 'assets', 'main-ABCD1234.js.gz'), gzipSync(SCRIPT));
    await writeFile(join(dist, '.secret'), 'hidden');
    await writeFile(join(temp.path, 'outside.txt'), 'outside the build');

    const app = new Koa();
    app.use(serveConsole({ distDir: dist }));
    app.use(async function standInApi(ctx, next) {
      if (ctx.path === '/api/v1/ping') ctx.body = { pong: true };
      else await next();
    });
    const handle = app.callback();
    server = createServer((req, res) => void handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  after(async () => {
    await new Promise<void>((resolve) => server?.close(() => resolve()));
    await temp?.remove();
  });

  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { headers });

  it('answers the page for / and for deep links, revalidated and under the console CSP', async () => {
    for (const path of [
      '/',
      '/cases/01900000-0000-7000-8000-000000000000',
      '/cases?itrArea=drugs&q=x',
      '/users',
    ]) {
      const response = await get(path);
      expect(response.status, path).to.equal(200);
      expect(response.headers.get('content-type'), path).to.equal('text/html; charset=utf-8');
      expect(response.headers.get('cache-control'), path).to.equal('no-cache');
      expect(response.headers.get('content-security-policy'), path).to.equal(CONSOLE_CSP);
      expect(await response.text(), path).to.equal(INDEX);
    }
  });

  it('serves hashed assets with a year of immutable caching, gzipped when accepted', async () => {
    const plain = await get('/assets/main-ABCD1234.js', { 'accept-encoding': 'identity' });
    expect(plain.status).to.equal(200);
    expect(plain.headers.get('content-type')).to.equal('text/javascript; charset=utf-8');
    expect(plain.headers.get('cache-control')).to.equal(IMMUTABLE_CACHE);
    expect(plain.headers.get('content-encoding')).to.equal(null);
    expect(await plain.text()).to.equal(SCRIPT);

    const gzipped = await get('/assets/main-ABCD1234.js', { 'accept-encoding': 'gzip, br' });
    expect(gzipped.headers.get('content-encoding')).to.equal('gzip');
    expect(gzipped.headers.get('vary')).to.contain('Accept-Encoding');
    expect(await gzipped.text()).to.equal(SCRIPT); // fetch decompresses
  });

  it('answers 304 to a revalidation of an unchanged file', async () => {
    const first = await get('/favicon.svg');
    const etag = first.headers.get('etag');
    expect(etag).to.be.a('string');
    // node:http, not fetch: fetch adds `Cache-Control: no-cache` to conditional requests.
    const status = await new Promise<number | undefined>((resolve, reject) => {
      request(`${base}/favicon.svg`, { headers: { 'if-none-match': etag! } }, (response) => {
        response.resume();
        resolve(response.statusCode);
      })
        .on('error', reject)
        .end();
    });
    expect(status).to.equal(304);
  });

  it('refuses missing files instead of answering the page for them', async () => {
    for (const path of ['/assets/main-ZZZZ9999.js', '/robots.txt', '/favicon.ico']) {
      const response = await get(path);
      expect(response.status, path).to.equal(404);
      expect(await response.text(), path).to.not.contain('<cen-app>');
    }
  });

  it('leaves /api to the API and answers its 404 as API JSON, for any method', async () => {
    expect(await (await get('/api/v1/ping')).json()).to.deep.equal({ pong: true });
    for (const method of ['GET', 'POST']) {
      const response = await fetch(`${base}/api/v1/no-such-thing`, { method });
      expect(response.status, method).to.equal(404);
      expect(((await response.json()) as { error: { code: string } }).error.code, method).to.equal(
        'not_found',
      );
    }
  });

  it('never serves anything outside the build directory or hidden files', async () => {
    for (const path of [
      '/../outside.txt',
      '/%2e%2e/outside.txt',
      '/assets/..%2f..%2foutside.txt',
      '/.secret',
      '/%00',
    ]) {
      const response = await get(path);
      const text = await response.text();
      expect(text, path).to.not.contain('outside the build');
      expect(text, path).to.not.contain('hidden');
    }
  });

  it('says the console is not built when the build directory is missing', async () => {
    const app = new Koa();
    app.use(serveConsole({ distDir: join(temp.path, 'nothing-here') }));
    const handleMissing = app.callback();
    const missing = createServer((req, res) => void handleMissing(req, res));
    await new Promise<void>((resolve) => missing.listen(0, '127.0.0.1', resolve));
    try {
      const response = await fetch(`http://127.0.0.1:${(missing.address() as AddressInfo).port}/cases`);
      expect(response.status).to.equal(503);
      expect(await response.text()).to.contain('web-console/build.ts');
    } finally {
      await new Promise<void>((resolve) => missing.close(() => resolve()));
      await rm(join(temp.path, 'nothing-here'), { recursive: true, force: true });
    }
  });
});
