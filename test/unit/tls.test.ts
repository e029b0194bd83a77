import { expect } from 'chai';
import { createPrivateKey, X509Certificate } from 'node:crypto';
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { createServer, request, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PeerCertificate, TLSSocket } from 'node:tls';
import {
  certificateFingerprint,
  createSelfSignedCertificate,
  loadTlsMaterial,
  writeTlsMaterial,
  type GeneratedTlsMaterial,
} from '../../node/tls.ts';

const ISSUED = new Date('2026-11-02T08:00:00Z');
const DAY_MS = 86_400_000;

async function errorOf(promise: Promise<unknown>): Promise<Error & { problem?: string; path?: string }> {
  try {
    await promise;
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected a rejection');
}

describe('TLS material', () => {
  let material: GeneratedTlsMaterial;
  let other: GeneratedTlsMaterial;
  let dir: string;

  before(async () => {
    material = await createSelfSignedCertificate({
      commonName: 'cen.customs.example',
      dnsNames: ['cen.customs.example', 'localhost'],
      ipAddresses: ['127.0.0.1', '::1'],
      now: ISSUED,
    });
    other = await createSelfSignedCertificate({ commonName: 'other', dnsNames: ['other.example'] });
  });
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cen-tls-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  describe('a self-signed certificate', () => {
    it('is an ECDSA P-256 server certificate for the given names and addresses', () => {
      const cert = new X509Certificate(material.certPem);
      expect(cert.subject).to.equal('CN=cen.customs.example');
      expect(cert.subjectAltName).to.equal(
        'DNS:cen.customs.example, DNS:localhost, IP Address:127.0.0.1, IP Address:0:0:0:0:0:0:0:1',
      );
      expect(cert.ca).to.equal(false);
      expect(cert.keyUsage).to.deep.equal(['1.3.6.1.5.5.7.3.1']); // node lists the extended key usage
      expect(cert.publicKey.asymmetricKeyDetails?.namedCurve).to.equal('prime256v1');
      expect(cert.verify(cert.publicKey)).to.equal(true);
      expect(cert.checkPrivateKey(createPrivateKey(material.keyPem))).to.equal(true);
      expect(material.keyPem).to.match(/^-----BEGIN PRIVATE KEY-----\n/);
    });

    it('marks key usage and basic constraints critical, as browsers expect', async () => {
      // node:crypto does not expose these; the library is already loaded by the `before` hook.
      const x509 = await import('@peculiar/x509');
      const cert = new x509.X509Certificate(material.certPem);
      const usage = cert.getExtension(x509.KeyUsagesExtension);
      const constraints = cert.getExtension(x509.BasicConstraintsExtension);
      expect(usage?.critical).to.equal(true);
      expect(usage?.usages).to.equal(
        x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment,
      );
      expect(constraints?.critical).to.equal(true);
      expect(constraints?.ca).to.equal(false);
    });

    it('is valid for 825 days, starting a little before it was made', () => {
      const cert = new X509Certificate(material.certPem);
      expect(cert.validFromDate.getTime()).to.be.below(ISSUED.getTime());
      expect(cert.validToDate.getTime() - cert.validFromDate.getTime()).to.equal(825 * DAY_MS);
    });

    it('gets a random positive serial number each time', () => {
      const a = new X509Certificate(material.certPem).serialNumber;
      const b = new X509Certificate(other.certPem).serialNumber;
      expect(a).to.match(/^[4-7][0-9A-F]{31}$/);
      expect(a).not.to.equal(b);
    });

    it('reports the fingerprint as browsers show it', () => {
      expect(material.fingerprintSha256).to.match(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
      expect(certificateFingerprint(material.certPem)).to.equal(material.fingerprintSha256);
      expect(material.fingerprintSha256).not.to.equal(other.fingerprintSha256);
    });

    it('refuses a request browsers could not use', async () => {
      for (const request of [
        { commonName: 'x' },
        { commonName: 'x', dnsNames: ['not a name'] },
        { commonName: 'x', ipAddresses: ['300.1.1.1'] },
        { commonName: 'x', dnsNames: ['x.example'], days: 826 },
      ]) {
        expect((await errorOf(createSelfSignedCertificate(request))).name).to.equal('ConfigError');
      }
    });
  });

  describe('serving HTTPS', () => {
    let server: Server;
    let port: number;
    let dataDir: string;
    let live: GeneratedTlsMaterial;

    before(async () => {
      // Issued now: the client checks validity against the real clock.
      live = await createSelfSignedCertificate({
        commonName: 'cen.customs.example',
        dnsNames: ['localhost'],
        ipAddresses: ['127.0.0.1'],
      });
      dataDir = await mkdtemp(join(tmpdir(), 'cen-tls-'));
      const { certPath, keyPath } = await writeTlsMaterial(dataDir, live);
      const { cert, key } = await loadTlsMaterial(certPath, keyPath);
      server = createServer({ cert, key }, (_req, res) => res.end('hello'));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      port = (server.address() as AddressInfo).port;
    });
    after(async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await rm(dataDir, { recursive: true, force: true });
    });

    function get(options: {
      servername?: string;
      ca?: string;
    }): Promise<{ body: string; peer: PeerCertificate }> {
      return new Promise((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port, path: '/', agent: false, ...options }, (res) => {
          const peer = (res.socket as TLSSocket).getPeerCertificate();
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (body += chunk));
          res.on('end', () => resolve({ body, peer }));
        });
        req.on('error', reject);
        req.end();
      });
    }

    it('is trusted by a client that pins the certificate, by name and by address', async () => {
      const byName = await get({ servername: 'localhost', ca: live.certPem });
      expect(byName.body).to.equal('hello');
      expect(byName.peer.fingerprint256).to.equal(live.fingerprintSha256);
      const byAddress = await get({ ca: live.certPem });
      expect(byAddress.peer.fingerprint256).to.equal(live.fingerprintSha256);
    });

    it('is refused without the certificate or under a name it does not carry', async () => {
      const untrusted = await errorOf(get({ servername: 'localhost' }));
      expect((untrusted as NodeJS.ErrnoException).code).to.equal('DEPTH_ZERO_SELF_SIGNED_CERT');
      const wrongName = await errorOf(get({ servername: 'other.example', ca: live.certPem }));
      expect((wrongName as NodeJS.ErrnoException).code).to.equal('ERR_TLS_CERT_ALTNAME_INVALID');
    });
  });

  describe('files', () => {
    it('writes the certificate world-readable and the key private, leaving no temp files', async () => {
      const { certPath, keyPath } = await writeTlsMaterial(dir, material);
      expect(certPath).to.equal(join(dir, 'tls', 'cert.pem'));
      expect(keyPath).to.equal(join(dir, 'tls', 'key.pem'));
      expect((await stat(certPath)).mode & 0o777).to.equal(0o644);
      expect((await stat(keyPath)).mode & 0o777).to.equal(0o600);
      expect((await readdir(join(dir, 'tls'))).sort()).to.deep.equal(['cert.pem', 'key.pem']);
    });

    it('replaces an existing pair', async () => {
      await writeTlsMaterial(dir, other);
      const { certPath, keyPath } = await writeTlsMaterial(dir, material);
      const loaded = await loadTlsMaterial(certPath, keyPath, ISSUED);
      expect(loaded.fingerprintSha256).to.equal(material.fingerprintSha256);
      expect((await readdir(join(dir, 'tls'))).sort()).to.deep.equal(['cert.pem', 'key.pem']);
    });

    it('loads a good pair with its fingerprint and expiry', async () => {
      const { certPath, keyPath } = await writeTlsMaterial(dir, material);
      const loaded = await loadTlsMaterial(certPath, keyPath, ISSUED);
      expect(loaded.cert).to.equal(material.certPem);
      expect(loaded.key).to.equal(material.keyPem);
      expect(loaded.fingerprintSha256).to.equal(material.fingerprintSha256);
      expect(loaded.notAfter.getTime()).to.equal(new X509Certificate(material.certPem).validToDate.getTime());
    });
  });

  describe('refusing material that cannot serve', () => {
    async function pair(cert: string | Buffer, key: string | Buffer): Promise<[string, string]> {
      const certPath = join(dir, 'cert.pem');
      const keyPath = join(dir, 'key.pem');
      await writeFile(certPath, cert);
      await writeFile(keyPath, key);
      return [certPath, keyPath];
    }

    it('names a file it cannot read', async () => {
      const [certPath] = await pair(material.certPem, material.keyPem);
      const missing = join(dir, 'nope.pem');
      const err = await errorOf(loadTlsMaterial(certPath, missing, ISSUED));
      expect(err.name).to.equal('TlsMaterialError');
      expect(err.problem).to.equal('unreadable');
      expect(err.path).to.equal(missing);
      expect(err.message).to.contain(missing).and.contain('ENOENT').and.contain('check the path');
    });

    it('refuses files that are not PEM, and says how to convert DER', async () => {
      const garbage = await errorOf(loadTlsMaterial(...(await pair('hello', material.keyPem)), ISSUED));
      expect([garbage.name, garbage.problem]).to.deep.equal(['TlsMaterialError', 'not-pem']);
      expect(garbage.message).to.contain('BEGIN CERTIFICATE');

      const der = new X509Certificate(material.certPem).raw;
      const binary = await errorOf(loadTlsMaterial(...(await pair(der, material.keyPem)), ISSUED));
      expect(binary.problem).to.equal('not-pem');
      expect(binary.message).to.contain('openssl x509 -inform DER');

      const noKey = await errorOf(loadTlsMaterial(...(await pair(material.certPem, 'hello')), ISSUED));
      expect([noKey.problem, noKey.path]).to.deep.equal(['not-pem', join(dir, 'key.pem')]);
    });

    it('notices swapped certificate and key files', async () => {
      const err = await errorOf(loadTlsMaterial(...(await pair(material.keyPem, material.certPem)), ISSUED));
      expect(err.problem).to.equal('not-pem');
      expect(err.message).to.contain('swapped');
    });

    it('refuses a key protected by a passphrase', async () => {
      const encrypted = createPrivateKey(material.keyPem).export({
        type: 'pkcs8',
        format: 'pem',
        cipher: 'aes-256-cbc',
        passphrase: 'secret',
      });
      const err = await errorOf(loadTlsMaterial(...(await pair(material.certPem, encrypted)), ISSUED));
      expect(err.problem).to.equal('encrypted-key');
      expect(err.message).to.contain('openssl pkey');
    });

    it('refuses a key that does not belong to the certificate', async () => {
      const err = await errorOf(loadTlsMaterial(...(await pair(material.certPem, other.keyPem)), ISSUED));
      expect(err.problem).to.equal('key-mismatch');
      expect(err.message).to.contain('does not belong to the certificate');
    });

    it('refuses an expired certificate and one not valid yet', async () => {
      const [certPath, keyPath] = await pair(material.certPem, material.keyPem);
      const cert = new X509Certificate(material.certPem);
      const expired = await errorOf(
        loadTlsMaterial(certPath, keyPath, new Date(cert.validToDate.getTime() + 1000)),
      );
      expect(expired.problem).to.equal('expired');
      expect(expired.message).to.contain(cert.validToDate.toISOString()).and.contain('renewed');
      const early = await errorOf(
        loadTlsMaterial(certPath, keyPath, new Date(cert.validFromDate.getTime() - 1000)),
      );
      expect(early.problem).to.equal('not-yet-valid');
      expect(early.message).to.contain('clock');
    });
  });
});
