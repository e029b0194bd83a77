import { expect } from 'chai';
import {
  createServer as createHttpServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer, request as httpsRequest } from 'node:https';
import type { AddressInfo } from 'node:net';
import Koa from 'koa';
import {
  CONTENT_SECURITY_POLICY,
  csrfGuard,
  securityHeaders,
  sessionCookieOptions,
} from '../../../node/api/security.ts';
import { createSelfSignedCertificate } from '../../../node/tls.ts';

const CONSOLE = 'https://cen.customs.example:8443';

/** koa answers its own errors, so the handler's promise never rejects. */
function handlerOf(koa: Koa): (req: IncomingMessage, res: ServerResponse) => void {
  const handle = koa.callback();
  return (req, res) => void handle(req, res);
}

/** A stand-in for the API: it counts the requests that got through and sets a session cookie. */
function app(tls: boolean) {
  const reached: string[] = [];
  const koa = new Koa();
  koa
    .use(securityHeaders({ tls }))
    .use(csrfGuard({ allowedOrigins: [CONSOLE, 'http://127.0.0.1:8080/'] }))
    .use(function handle(ctx) {
      reached.push(`${ctx.method} ${ctx.path}`);
      ctx.cookies.set('cen_session', 'token', sessionCookieOptions({ tls }));
      ctx.body = { ok: true };
    });
  return { koa, reached };
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function close(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
}

describe('API security middleware', () => {
  describe('over plain HTTP (loopback development)', () => {
    let server: Server;
    let base: string;
    let reached: string[];

    before(async () => {
      const built = app(false);
      reached = built.reached;
      server = createHttpServer(handlerOf(built.koa));
      base = `http://${await listen(server)}`;
    });
    beforeEach(() => {
      reached.length = 0;
    });
    after(() => close(server));

    const send = (method: string, path: string, headers: Record<string, string> = {}) =>
      fetch(`${base}${path}`, {
        method,
        headers: { 'Content-Type': 'application/json', ...headers },
        ...(method === 'GET' ? {} : { body: '{}' }),
      });

    async function expectRefused(response: Response): Promise<void> {
      expect(response.status).to.equal(403);
      expect(response.headers.get('content-type')).to.match(/^application\/json/);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).to.equal('cross_site_request');
      expect(body.error.message).to.contain('only from its');
    }

    it('refuses a POST that a browser marks as cross-site or same-site', async () => {
      await expectRefused(await send('POST', '/api/v1/cases', { 'Sec-Fetch-Site': 'cross-site' }));
      await expectRefused(
        await send('POST', '/api/v1/cases', { 'Sec-Fetch-Site': 'same-site', Origin: CONSOLE }),
      );
      expect(reached).to.deep.equal([]);
    });

    it('refuses a POST from a foreign origin, and from origin null', async () => {
      for (const origin of [
        'https://evil.example',
        'null',
        'http://cen.customs.example:8443', // same host and port, other scheme
        'https://cen.customs.example', // same host, other port
        'https://cen.customs.example:8443/cases', // not a serialized origin
      ]) {
        await expectRefused(await send('POST', '/api/v1/session', { Origin: origin }));
      }
      expect(reached).to.deep.equal([]);
    });

    it('refuses every unsafe method, not only POST', async () => {
      for (const method of ['PUT', 'PATCH', 'DELETE']) {
        await expectRefused(await send(method, '/api/v1/cases/x', { 'Sec-Fetch-Site': 'cross-site' }));
        await expectRefused(await send(method, '/api/v1/cases/x', { Origin: 'https://evil.example' }));
      }
      expect(reached).to.deep.equal([]);
    });

    it("lets the console's own requests through", async () => {
      const fromConsole = await send('POST', '/api/v1/session', {
        'Sec-Fetch-Site': 'same-origin',
        Origin: CONSOLE,
      });
      expect(fromConsole.status).to.equal(200);
      const fromLoopback = await send('DELETE', '/api/v1/session', { Origin: 'http://127.0.0.1:8080' });
      expect(fromLoopback.status).to.equal(200);
      const typedUrl = await send('POST', '/api/v1/session', { 'Sec-Fetch-Site': 'none' });
      expect(typedUrl.status).to.equal(200);
      expect(reached).to.deep.equal([
        'POST /api/v1/session',
        'DELETE /api/v1/session',
        'POST /api/v1/session',
      ]);
    });

    it('lets requests without browser headers through (curl, scripts, the CLI)', async () => {
      const response = await send('POST', '/api/v1/cases');
      expect(response.status).to.equal(200);
      expect(reached).to.deep.equal(['POST /api/v1/cases']);
    });

    it('never blocks a GET', async () => {
      const response = await send('GET', '/api/v1/cases', {
        'Sec-Fetch-Site': 'cross-site',
        Origin: 'https://evil.example',
      });
      expect(response.status).to.equal(200);
      expect(reached).to.deep.equal(['GET /api/v1/cases']);
    });

    it('sends the security headers, without HSTS, and no-store only on the API', async () => {
      const api = await send('GET', '/api/v1/cases');
      expect(api.headers.get('content-security-policy')).to.equal(
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; object-src 'none'",
      );
      expect(api.headers.get('x-content-type-options')).to.equal('nosniff');
      expect(api.headers.get('referrer-policy')).to.equal('no-referrer');
      expect(api.headers.get('cross-origin-opener-policy')).to.equal('same-origin');
      expect(api.headers.get('cross-origin-resource-policy')).to.equal('same-origin');
      expect(api.headers.get('x-frame-options')).to.equal('DENY');
      const permissions = api.headers.get('permissions-policy') ?? '';
      for (const feature of ['camera=()', 'microphone=()', 'geolocation=()', 'usb=()', 'payment=()']) {
        expect(permissions).to.contain(feature);
      }
      expect(api.headers.get('cache-control')).to.equal('no-store');
      expect(api.headers.get('strict-transport-security')).to.equal(null);

      const page = await send('GET', '/cases/123');
      expect(page.headers.get('content-security-policy')).to.equal(CONTENT_SECURITY_POLICY);
      expect(page.headers.get('cache-control')).to.equal(null);
      expect((await send('GET', '/apiary')).headers.get('cache-control')).to.equal(null);
    });

    it('sends the same headers on a refused request', async () => {
      const refused = await send('POST', '/api/v1/cases', { Origin: 'https://evil.example' });
      expect(refused.status).to.equal(403);
      expect(refused.headers.get('content-security-policy')).to.equal(CONTENT_SECURITY_POLICY);
      expect(refused.headers.get('cache-control')).to.equal('no-store');
    });

    it('sets an HttpOnly, SameSite=Strict session cookie that is not Secure without TLS', async () => {
      const cookie = (await send('GET', '/api/v1/session')).headers.get('set-cookie') ?? '';
      expect(cookie).to.match(/^cen_session=token; path=\/; samesite=strict; httponly$/);
    });
  });

  describe('over HTTPS', () => {
    let server: Server;
    let host: string;
    let ca: string;

    before(async () => {
      const material = await createSelfSignedCertificate({
        commonName: 'localhost',
        ipAddresses: ['127.0.0.1'],
      });
      ca = material.certPem;
      server = createHttpsServer({ cert: material.certPem, key: material.keyPem }, handlerOf(app(true).koa));
      host = await listen(server);
    });
    after(() => close(server));

    function get(path: string): Promise<IncomingHttpHeaders> {
      return new Promise((resolve, reject) => {
        const req = httpsRequest(`https://${host}${path}`, { ca, agent: false }, (res) => {
          res.resume();
          res.on('end', () => resolve(res.headers));
        });
        req.on('error', reject);
        req.end();
      });
    }

    it('adds HSTS and marks the session cookie Secure', async () => {
      const headers = await get('/api/v1/session');
      expect(headers['strict-transport-security']).to.equal('max-age=31536000');
      expect(headers['set-cookie']).to.deep.equal([
        'cen_session=token; path=/; samesite=strict; secure; httponly',
      ]);
      expect(headers['content-security-policy']).to.equal(CONTENT_SECURITY_POLICY);
    });
  });

  describe('configuration', () => {
    it('refuses allowed origins that are not http(s) origins', () => {
      for (const bad of ['cen.customs.example', 'null', 'ftp://cen.customs.example']) {
        expect(() => csrfGuard({ allowedOrigins: [bad] }))
          .to.throw()
          .with.property('name', 'ConfigError');
      }
    });

    it('gives the session cookie the attributes the accounts issue requires', () => {
      expect(sessionCookieOptions({ tls: true })).to.deep.equal({
        httpOnly: true,
        sameSite: 'strict',
        secure: true,
        path: '/',
        overwrite: true,
      });
      expect(sessionCookieOptions({ tls: false }).secure).to.equal(false);
    });
  });
});
