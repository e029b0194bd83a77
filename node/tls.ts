/**
 * TLS material for the node's HTTPS API: a self-signed certificate made at `init`, or the
 * administration's own certificate and key, checked before the server starts so that a wrong
 * file is reported in words an operator can act on instead of as an OpenSSL error at run time.
 *
 * @example
 *   const made = await createSelfSignedCertificate({ commonName: 'cen.customs.example', dnsNames: ['cen.customs.example', 'localhost'], ipAddresses: ['127.0.0.1'] });
 *   console.log(made.fingerprintSha256); // 3A:1F:…, what officers compare with the browser's warning
 *   const { certPath, keyPath } = await writeTlsMaterial(dataDir, made);
 *   const { cert, key } = await loadTlsMaterial(certPath, keyPath, new Date());
 *   https.createServer({ cert, key }, handler);
 */
import { writeFileAtomically } from './durable-files.ts';
import { createPrivateKey, KeyObject, randomBytes, webcrypto, X509Certificate } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { isIP } from 'node:net';
import { join } from 'node:path';
import type * as X509 from '@peculiar/x509';
import { ConfigError } from './errors.ts';

/** Apple platforms refuse TLS server certificates valid for longer than this. */
export const DEFAULT_CERTIFICATE_DAYS = 825;
/** Officers' PCs whose clock runs a little behind the appliance's must not see "not yet valid". */
const CLOCK_SKEW_MS = 60 * 60_000;
const DAY_MS = 86_400_000;

export const TLS_DIR = 'tls';
export const CERT_FILE = 'cert.pem';
export const KEY_FILE = 'key.pem';

export type TlsMaterialProblem =
  'unreadable' | 'not-pem' | 'encrypted-key' | 'key-mismatch' | 'expired' | 'not-yet-valid';

/** The certificate or key cannot serve HTTPS; the message tells the operator what to do. */
export class TlsMaterialError extends Error {
  override name = 'TlsMaterialError';
  readonly problem: TlsMaterialProblem;
  readonly path: string;
  constructor(problem: TlsMaterialProblem, path: string, message: string, options?: ErrorOptions) {
    super(message, options);
    this.problem = problem;
    this.path = path;
  }
}

export interface SelfSignedCertificateRequest {
  /** Shown as the certificate's subject; browsers match only the names below. */
  commonName: string;
  dnsNames?: readonly string[];
  ipAddresses?: readonly string[];
  days?: number;
  /** The issuing time (tests); defaults to now. */
  now?: Date;
}

export interface GeneratedTlsMaterial {
  certPem: string;
  /** PKCS#8 PEM. */
  keyPem: string;
  /** SHA-256 of the certificate, uppercase hex with colons, as browsers show it. */
  fingerprintSha256: string;
}

export interface TlsMaterial {
  /** PEM, ready for `https.createServer({ cert, key })`. */
  cert: string;
  key: string;
  fingerprintSha256: string;
  notAfter: Date;
}

/** Node's WebCrypto, typed as the DOM's `Crypto` that @peculiar/x509 declares (the same object). */
const webCrypto = webcrypto as unknown as Crypto;

let x509Module: Promise<typeof X509> | undefined;

/**
 * @peculiar/x509 resolves its algorithms through tsyringe, which needs the Reflect metadata API
 * (`reflect-metadata`). Loading both lazily keeps the library, and the global it installs, out
 * of every process that only reads existing certificates.
 */
function loadX509(): Promise<typeof X509> {
  x509Module ??= (async () => {
    await import('reflect-metadata');
    const x509 = await import('@peculiar/x509');
    x509.cryptoProvider.set(webCrypto);
    return x509;
  })();
  return x509Module;
}

const DNS_NAME = /^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i;

/**
 * A fresh ECDSA P-256 key and a self-signed server certificate naming the node's host names
 * and addresses. Browsers match only the subject alternative names, never the common name,
 * so at least one name or address is required.
 */
export async function createSelfSignedCertificate(
  request: SelfSignedCertificateRequest,
): Promise<GeneratedTlsMaterial> {
  const { commonName, dnsNames = [], ipAddresses = [], days = DEFAULT_CERTIFICATE_DAYS } = request;
  if (commonName.trim() === '') throw new ConfigError('the certificate needs a common name');
  if (dnsNames.length + ipAddresses.length === 0) {
    throw new ConfigError(
      'give the certificate at least one DNS name or IP address: browsers check only those',
    );
  }
  for (const name of dnsNames) {
    if (!DNS_NAME.test(name)) throw new ConfigError(`${JSON.stringify(name)} is not a DNS name`);
  }
  for (const address of ipAddresses) {
    if (isIP(address) === 0) throw new ConfigError(`${JSON.stringify(address)} is not an IP address`);
  }
  if (!Number.isInteger(days) || days < 1 || days > DEFAULT_CERTIFICATE_DAYS) {
    throw new ConfigError(
      `the certificate's validity must be 1 to ${DEFAULT_CERTIFICATE_DAYS} days, not ${days}`,
    );
  }

  const x509 = await loadX509();
  const keys = await webCrypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
    'sign',
    'verify',
  ]);
  const notBefore = new Date((request.now ?? new Date()).getTime() - CLOCK_SKEW_MS);
  // Counted from notBefore: the platforms that cap validity measure the whole span.
  const notAfter = new Date(notBefore.getTime() + days * DAY_MS);
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: randomSerialNumber(),
    name: [{ CN: [commonName] }],
    notBefore,
    notAfter,
    signingAlgorithm: { name: 'ECDSA', hash: 'SHA-256' },
    keys,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      // keyEncipherment means nothing to an ECDSA key under TLS 1.3, but older clients that
      // expect the RSA-era pair accept it, as they do for mkcert's certificates.
      new x509.KeyUsagesExtension(
        x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment,
        true,
      ),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
      new x509.SubjectAlternativeNameExtension([
        ...dnsNames.map((value) => ({ type: 'dns' as const, value })),
        ...ipAddresses.map((value) => ({ type: 'ip' as const, value })),
      ]),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  const certPem = withFinalNewline(certificate.toString('pem'));
  const keyPem = KeyObject.from(keys.privateKey).export({ type: 'pkcs8', format: 'pem' }).toString();
  return { certPem, keyPem, fingerprintSha256: certificateFingerprint(certPem) };
}

/** 16 random bytes, kept positive and at full length (RFC 5280 allows up to 20 octets). */
function randomSerialNumber(): string {
  const bytes = randomBytes(16);
  bytes[0] = (bytes[0]! & 0x7f) | 0x40;
  return bytes.toString('hex');
}

const withFinalNewline = (text: string): string => (text.endsWith('\n') ? text : `${text}\n`);

/** SHA-256 over the (first) certificate's DER, as `AB:CD:…`, the form browsers show. */
export function certificateFingerprint(certPem: string): string {
  return new X509Certificate(certPem).fingerprint256;
}

/**
 * Reads and checks a certificate (optionally followed by its chain) and its private key.
 * Everything that would make the HTTPS server fail or browsers refuse it outright is reported
 * here, at start-up, as a `TlsMaterialError`.
 */
export async function loadTlsMaterial(
  certPath: string,
  keyPath: string,
  now: Date = new Date(),
): Promise<TlsMaterial> {
  const certBytes = await readMaterial(certPath, 'certificate');
  const keyBytes = await readMaterial(keyPath, 'private key');
  const cert = certBytes.toString('utf8');
  const key = keyBytes.toString('utf8');

  const certificate = parseCertificate(certPath, certBytes, cert);
  const privateKey = parsePrivateKey(keyPath, keyBytes, key);
  if (!certificate.checkPrivateKey(privateKey)) {
    throw new TlsMaterialError(
      'key-mismatch',
      keyPath,
      `the private key in ${keyPath} does not belong to the certificate in ${certPath}: use the key that was generated with this certificate's request, or issue the certificate again for this key`,
    );
  }
  if (now < certificate.validFromDate) {
    throw new TlsMaterialError(
      'not-yet-valid',
      certPath,
      `the certificate in ${certPath} is valid only from ${certificate.validFromDate.toISOString()}: check this machine's clock (it reads ${now.toISOString()}), or wait until then`,
    );
  }
  if (now > certificate.validToDate) {
    throw new TlsMaterialError(
      'expired',
      certPath,
      `the certificate in ${certPath} expired on ${certificate.validToDate.toISOString()}: install a renewed certificate and key (or remove both files and run init to make a new self-signed one), and check this machine's clock (it reads ${now.toISOString()})`,
    );
  }
  return { cert, key, fingerprintSha256: certificate.fingerprint256, notAfter: certificate.validToDate };
}

async function readMaterial(path: string, what: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    const hint =
      code === 'ENOENT'
        ? 'check the path in the configuration'
        : code === 'EACCES' || code === 'EPERM'
          ? "let the node's user read it (the key should be mode 0600, owned by that user)"
          : 'check the path and the file';
    throw new TlsMaterialError(
      'unreadable',
      path,
      `cannot read the TLS ${what} file ${path} (${code}): ${hint}`,
      {
        cause: err,
      },
    );
  }
}

/** DER files start with an ASN.1 SEQUENCE; PEM is text. */
const looksLikeDer = (bytes: Buffer): boolean => bytes[0] === 0x30;

function parseCertificate(path: string, bytes: Buffer, text: string): X509Certificate {
  let hint = 'it must hold a PEM certificate (a block starting with -----BEGIN CERTIFICATE-----)';
  if (text.includes('-----BEGIN CERTIFICATE-----')) {
    try {
      return new X509Certificate(text);
    } catch (err) {
      throw new TlsMaterialError(
        'not-pem',
        path,
        `${path} has a damaged certificate block: copy the certificate again from its source`,
        { cause: err },
      );
    }
  }
  if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(text)) {
    hint = 'it holds a private key: the certificate and key files seem to be swapped';
  } else if (looksLikeDer(bytes)) {
    hint = `it looks like binary DER: convert it with \`openssl x509 -inform DER -in ${path} -out cert.pem\``;
  }
  throw new TlsMaterialError('not-pem', path, `${path} is not a PEM certificate: ${hint}`);
}

function parsePrivateKey(path: string, bytes: Buffer, text: string): KeyObject {
  const pemKey = /-----BEGIN ([A-Z ]*)PRIVATE KEY-----/.exec(text);
  if (!pemKey) {
    const hint = text.includes('-----BEGIN CERTIFICATE-----')
      ? 'it holds a certificate: the certificate and key files seem to be swapped'
      : looksLikeDer(bytes)
        ? `it looks like binary DER: convert it with \`openssl pkey -inform DER -in ${path} -out key.pem\``
        : 'it must hold a PEM private key (a block starting with -----BEGIN PRIVATE KEY-----)';
    throw new TlsMaterialError('not-pem', path, `${path} is not a PEM private key: ${hint}`);
  }
  if (pemKey[1] === 'ENCRYPTED ' || /Proc-Type: 4,ENCRYPTED/.test(text)) {
    throw encryptedKey(path);
  }
  try {
    return createPrivateKey(text);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_MISSING_PASSPHRASE') throw encryptedKey(path);
    throw new TlsMaterialError(
      'not-pem',
      path,
      `${path} has a damaged private key block: copy the key again from its source`,
      {
        cause: err,
      },
    );
  }
}

function encryptedKey(path: string): TlsMaterialError {
  return new TlsMaterialError(
    'encrypted-key',
    path,
    `the private key in ${path} is protected by a passphrase, which the node cannot type at start-up: store it decrypted with \`openssl pkey -in ${path} -out key.pem\` and keep that file mode 0600`,
  );
}

/**
 * Writes `<dir>/tls/cert.pem` (0644) and `<dir>/tls/key.pem` (0600), each atomically, so a crash
 * leaves either the old file or the new one, never half of one. The key is written first; a
 * crash between the two leaves a pair that `loadTlsMaterial` reports as mismatched.
 */
export async function writeTlsMaterial(
  dir: string,
  material: Pick<GeneratedTlsMaterial, 'certPem' | 'keyPem'>,
): Promise<{ certPath: string; keyPath: string }> {
  const tlsDir = join(dir, TLS_DIR);
  await mkdir(tlsDir, { recursive: true, mode: 0o755 });
  const keyPath = join(tlsDir, KEY_FILE);
  const certPath = join(tlsDir, CERT_FILE);
  await writeFileAtomically(keyPath, material.keyPem, 0o600);
  await writeFileAtomically(certPath, material.certPem, 0o644);
  return { certPath, keyPath };
}
