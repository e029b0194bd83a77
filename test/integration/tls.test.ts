/**
 * HTTPS by default: `init` makes a self-signed certificate (or installs the administration's own),
 * the node serves the API over TLS with HSTS and a Secure session cookie, and plain HTTP is
 * refused anywhere but on loopback.
 */
import { request } from 'node:https';
import { X509Certificate } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { apiPaths } from '../../protocol/api.ts';
import { loadConfig } from '../../node/config.ts';
import { initNode, startNode, type RunningNode } from '../../node/index.ts';
import { createSelfSignedCertificate } from '../../node/tls.ts';
import { cenNode } from '../helpers/cli.ts';
import { testLoggers } from '../helpers/logs.ts';
import { makeTempDir, TEST_ADMIN_PASSWORD } from '../helpers/node.ts';

interface HttpsAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  certificate: string;
}

/** An HTTPS request that trusts exactly `ca` (what an officer does by accepting the certificate). */
function httpsRequest(
  url: string,
  ca: string,
  options: { method?: string; body?: unknown; origin?: string } = {},
) {
  return new Promise<HttpsAnswer>((resolve, reject) => {
    const body = options.body === undefined ? undefined : JSON.stringify(options.body);
    const req = request(
      url,
      {
        method: options.method ?? 'GET',
        ca,
        headers: {
          ...(body ? { 'content-type': 'application/json' } : {}),
          ...(options.origin ? { origin: options.origin } : {}),
        },
      },
      (res) => {
        // Read now: the socket is detached from the answer once it ends.
        const socket = res.socket as unknown as { getPeerX509Certificate(): X509Certificate };
        const certificate = socket.getPeerX509Certificate().fingerprint256;
        let text = '';
        res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text, certificate }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('TLS', function () {
  this.timeout(60_000);
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  before(async () => {
    temp = await makeTempDir('cen-tls-');
  });
  after(async () => {
    await temp.remove();
  });

  async function start(dataDir: string): Promise<{ node: RunningNode; close(): Promise<void> }> {
    const logs = testLoggers('tls');
    const node = await startNode(await loadConfig(dataDir, {}), {
      loggers: logs.loggers,
      consoleDistDir: null,
    });
    return {
      node,
      close: async () => {
        await node.close();
        logs.close();
      },
    };
  }

  it('serves HTTPS with a self-signed certificate made at init, with HSTS and a Secure cookie', async () => {
    const dataDir = join(temp.path, 'self-signed');
    const init = await initNode({
      dataDir,
      name: 'Kenya Revenue Authority',
      country: 'KE',
      apiPort: 0,
      adminPassword: TEST_ADMIN_PASSWORD,
      tls: { selfSigned: true, names: ['cen.kra.example', '192.0.2.10'] },
    });
    expect(init.tlsSelfSigned).to.equal(true);
    const certPem = await readFile(join(dataDir, 'tls', 'cert.pem'), 'utf8');
    const certificate = new X509Certificate(certPem);
    expect(init.tlsFingerprint).to.equal(certificate.fingerprint256);
    const names = certificate.subjectAltName ?? '';
    for (const name of [
      'DNS:localhost',
      'DNS:cen.kra.example',
      'IP Address:127.0.0.1',
      'IP Address:0:0:0:0:0:0:0:1',
      'IP Address:192.0.2.10',
    ]) {
      expect(names).to.contain(name);
    }
    if (/^[a-z0-9.-]+$/i.test(hostname())) expect(names).to.contain(`DNS:${hostname().toLowerCase()}`);

    const running = await start(dataDir);
    try {
      expect(running.node.apiUrl).to.match(/^https:\/\/127\.0\.0\.1:\d+$/);
      expect(running.node.services.apiUrl).to.equal(running.node.apiUrl);
      const health = await httpsRequest(`${running.node.apiUrl}/healthz`, certPem);
      expect(health.status).to.equal(200);
      expect(health.certificate).to.equal(init.tlsFingerprint);
      expect(health.headers['strict-transport-security']).to.equal('max-age=31536000');
      const login = await httpsRequest(`${running.node.apiUrl}${apiPaths.session}`, certPem, {
        method: 'POST',
        body: { username: 'admin', password: TEST_ADMIN_PASSWORD },
      });
      expect(login.status).to.equal(200);
      const cookie = String(login.headers['set-cookie']).toLowerCase();
      expect(cookie).to.contain('secure').and.to.contain('httponly').and.to.contain('samesite=strict');
      // The certificate's names are origins of the console too; others are refused.
      const port = new URL(running.node.apiUrl).port;
      const named = await httpsRequest(`${running.node.apiUrl}${apiPaths.session}`, certPem, {
        method: 'POST',
        body: {},
        origin: `https://cen.kra.example:${port}`,
      });
      expect(named.status).to.equal(400);
      const foreign = await httpsRequest(`${running.node.apiUrl}${apiPaths.session}`, certPem, {
        method: 'POST',
        body: {},
        origin: `http://cen.kra.example:${port}`,
      });
      expect(foreign.status).to.equal(403);
    } finally {
      await running.close();
    }
  });

  it("installs the administration's own certificate and key", async () => {
    const own = await createSelfSignedCertificate({
      commonName: 'cen.customs.example',
      dnsNames: ['cen.customs.example'],
      ipAddresses: ['127.0.0.1'],
    });
    const certFile = join(temp.path, 'own-cert.pem');
    const keyFile = join(temp.path, 'own-key.pem');
    await writeFile(certFile, own.certPem);
    await writeFile(keyFile, own.keyPem, { mode: 0o600 });
    const dataDir = join(temp.path, 'own');
    const { code, stdout, stderr } = await cenNode([
      'init',
      '--data',
      dataDir,
      '--name',
      'Own Certificate Customs',
      '--country',
      'TZ',
      '--api-port',
      '0',
      '--admin-password-file',
      join(temp.path, 'password.txt'),
      '--tls-cert',
      certFile,
      '--tls-key',
      keyFile,
    ]);
    // The password file did not exist: init refuses and leaves nothing behind.
    expect(code, stdout).to.equal(1);
    expect(stderr).to.contain('password.txt');
    await writeFile(join(temp.path, 'password.txt'), `${TEST_ADMIN_PASSWORD}\n`, { mode: 0o600 });
    const made = await cenNode([
      'init',
      '--data',
      dataDir,
      '--name',
      'Own Certificate Customs',
      '--country',
      'TZ',
      '--api-port',
      '0',
      '--admin-password-file',
      join(temp.path, 'password.txt'),
      '--tls-cert',
      certFile,
      '--tls-key',
      keyFile,
    ]);
    expect(made.code, made.stderr).to.equal(0);
    expect(made.stdout).to.contain(own.fingerprintSha256).and.to.contain('your certificate');
    const running = await start(dataDir);
    try {
      const health = await httpsRequest(`${running.node.apiUrl}/healthz`, own.certPem);
      expect(health.certificate).to.equal(own.fingerprintSha256);
    } finally {
      await running.close();
    }
    const id = JSON.parse((await cenNode(['id', '--data', dataDir])).stdout) as { apiUrl: string };
    expect(id.apiUrl).to.match(/^https:\/\//);

    const swapped = await cenNode([
      'init',
      '--data',
      join(temp.path, 'swapped'),
      '--name',
      'Swapped',
      '--country',
      'TZ',
      '--tls-cert',
      keyFile,
      '--tls-key',
      certFile,
    ]);
    expect(swapped.code).to.equal(1);
    expect(swapped.stderr).to.contain('swapped');
  });

  it('allows plain HTTP only on a loopback address', async () => {
    const refused = await cenNode([
      'init',
      '--data',
      join(temp.path, 'insecure'),
      '--name',
      'Insecure',
      '--country',
      'UG',
      '--api-host',
      '0.0.0.0',
      '--insecure-http',
    ]);
    expect(refused.code).to.equal(1);
    expect(refused.stderr).to.contain('plain HTTP is allowed only on a loopback address');

    const dataDir = join(temp.path, 'loopback');
    const made = await cenNode([
      'init',
      '--data',
      dataDir,
      '--name',
      'Dev',
      '--country',
      'UG',
      '--insecure-http',
    ]);
    expect(made.code, made.stderr).to.equal(0);
    expect(made.stdout).to.contain('API       http://127.0.0.1:8080/api/v1');
    const id = JSON.parse((await cenNode(['id', '--data', dataDir])).stdout) as { apiUrl: string };
    expect(id.apiUrl).to.equal('http://127.0.0.1:8080');
    // Moving that node off loopback by the environment is refused at start.
    const moved = await cenNode(['start', '--data', dataDir], { CEN_API_HOST: '0.0.0.0' });
    expect(moved.code).to.equal(1);
    expect(moved.stderr).to.contain('CEN_API_HOST').and.to.contain('loopback');
  });
});
