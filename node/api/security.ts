/**
 * Browser-facing defences of the HTTP API and console: security headers with a strict
 * Content-Security-Policy, a CSRF guard based on Fetch Metadata and `Origin`, and the session
 * cookie's attributes. Each middleware is a named function returned by a factory.
 *
 * @example
 *   app
 *     .use(securityHeaders({ tls: true }))
 *     .use(errorHandler(log))
 *     .use(csrfGuard({ allowedOrigins: ['https://cen.customs.example:8443'] }));
 *   ctx.cookies.set(SESSION_COOKIE, token, sessionCookieOptions({ tls: true }));
 */
import type { Context, Next } from 'koa';
import { ConfigError } from '../errors.ts';
import type { ApiErrorBody } from './errors.ts';

/**
 * The console is a single-page app whose code, styles, fonts and images all come from the node
 * itself, so everything else is refused and an injected script has nowhere to load from or
 * send to.
 */
export const CONTENT_SECURITY_POLICY = [
  // Anything not named below (frames, workers' other sources, media, prefetch) is refused.
  "default-src 'none'",
  // Only the console's own bundles; no inline script and no eval, so injected markup cannot run.
  "script-src 'self'",
  // Lit's `static styles` use constructable stylesheets, which need no 'unsafe-inline'.
  "style-src 'self'",
  // Photos come from the API; data: for small inline icons, blob: to preview a photo before upload.
  "img-src 'self' data: blob:",
  // Fonts ship with the console (offline appliances, and no third party learns who reads what).
  "font-src 'self'",
  // fetch only to this node's API: injected code cannot send records elsewhere.
  "connect-src 'self'",
  "manifest-src 'self'",
  // A <base> tag injected into a page would otherwise redirect every relative script URL.
  "base-uri 'none'",
  // Forms may post only back to the node, never carry a filled-in form to another site.
  "form-action 'self'",
  // No one may frame the console (clickjacking); X-Frame-Options says the same to old browsers.
  "frame-ancestors 'none'",
  // No plugins.
  "object-src 'none'",
].join('; ');

/**
 * Browsers remember for a year to use only HTTPS for this host. They ignore the header when
 * the certificate is not trusted (RFC 6797 §8.1), so it binds only once officers trust the
 * node's certificate, and from then on nobody can click through a forged one.
 */
export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000';

/** The console needs none of these powerful features; denying them limits what injected code can reach. */
export const PERMISSIONS_POLICY = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'encrypted-media',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

const isApiPath = (path: string): boolean => path === '/api' || path.startsWith('/api/');

export interface SecurityOptions {
  /** True when the node itself serves HTTPS. */
  tls: boolean;
}

/**
 * Sets the headers on every response. Mount it before the error handler: koa drops all headers
 * when an error escapes to it, which the error handler prevents.
 */
export function securityHeaders({ tls }: SecurityOptions) {
  const headers: Record<string, string> = {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    // A page opened from the console gets no handle on it, and vice versa.
    'Cross-Origin-Opener-Policy': 'same-origin',
    // Other sites cannot embed the node's photos or JSON with <img> or <script>.
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Permissions-Policy': PERMISSIONS_POLICY,
    'X-Frame-Options': 'DENY',
    ...(tls ? { 'Strict-Transport-Security': STRICT_TRANSPORT_SECURITY } : {}),
  };
  return async function setSecurityHeaders(ctx: Context, next: Next): Promise<void> {
    ctx.set(headers);
    // API answers carry records: no browser or proxy may keep a copy.
    if (isApiPath(ctx.path)) ctx.set('Cache-Control', 'no-store');
    await next();
  };
}

export interface CsrfOptions {
  /** Every origin the console is served from, e.g. `https://cen.customs.example:8443`. */
  allowedOrigins: readonly string[];
}

/** Reading is never refused: a cross-site page cannot read the answer anyway (no CORS). */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** `none`: the user typed the URL or used a bookmark, which no other site can cause. */
const TRUSTED_FETCH_SITES = new Set(['same-origin', 'none']);

/** An origin in its serialized form (scheme://host[:port], default port left out), or undefined. */
function canonicalOrigin(value: string): string | undefined {
  try {
    const origin = new URL(value).origin;
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}

/**
 * Refuses state-changing requests that a browser sent on behalf of another site. The session
 * cookie is SameSite=Strict, so a browser always sends `Sec-Fetch-Site` or `Origin` on a
 * cross-site request; requests with neither (curl, scripts, the CLI) carry no ambient
 * credentials and pass.
 */
export function csrfGuard({ allowedOrigins }: CsrfOptions) {
  const allowed = new Set<string>();
  for (const value of allowedOrigins) {
    const origin = canonicalOrigin(value);
    if (origin === undefined || !/^https?:\/\//.test(origin)) {
      throw new ConfigError(
        `${JSON.stringify(value)} is not an http(s) origin such as https://cen.example:8443`,
      );
    }
    allowed.add(origin);
  }
  const expected = allowed.size > 0 ? [...allowed].join(' or ') : 'no browser origin (none is configured)';

  return async function refuseCrossSiteRequests(ctx: Context, next: Next): Promise<void> {
    if (SAFE_METHODS.has(ctx.method)) {
      await next();
      return;
    }
    const fetchSite = ctx.get('Sec-Fetch-Site');
    if (fetchSite !== '' && !TRUSTED_FETCH_SITES.has(fetchSite)) {
      return refuse(ctx, `this node accepts changes only from its own console, not from a ${fetchSite} page`);
    }
    const origin = ctx.get('Origin');
    // The header must already be in serialized form: a path or a stray port is not "the same".
    if (origin !== '' && (canonicalOrigin(origin) !== origin || !allowed.has(origin))) {
      return refuse(
        ctx,
        `this node accepts changes only from its console at ${expected}, not from ${origin}`,
      );
    }
    await next();
  };
}

function refuse(ctx: Context, message: string): void {
  const body: ApiErrorBody = { error: { code: 'cross_site_request', message } };
  ctx.status = 403;
  ctx.body = body;
}

export interface SessionCookieOptions {
  httpOnly: true;
  sameSite: 'strict';
  secure: boolean;
  path: '/';
  overwrite: true;
}

/**
 * The session cookie: out of reach of page scripts, never sent by the browser on a request
 * another site started, and only over HTTPS when the node serves it. (koa refuses to set a
 * Secure cookie on a plain connection, so `secure` follows the node's own TLS, not a wish.)
 */
export function sessionCookieOptions({ tls }: SecurityOptions): SessionCookieOptions {
  return { httpOnly: true, sameSite: 'strict', secure: tls, path: '/', overwrite: true };
}
