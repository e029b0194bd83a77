/**
 * Serves the web console built by `web-console/build.ts`: hashed files under `/assets/` with a
 * year of immutable caching, other files revalidated, and `index.html` for every other GET that
 * does not name a file, so deep links (`/cases/<id>`, `/cases?itrArea=drugs`) open the console,
 * which routes them itself. Paths under `/api` are left to the API; one that nobody answered
 * gets the API's 404 JSON, never the console's page.
 *
 * Files are resolved inside `distDir` only (no `..`, no dotfiles) and read per request, so a
 * rebuilt console is served without a restart. A `.gz` twin written by the build is sent to
 * clients that accept gzip.
 *
 * @example
 *   app.use(serveConsole({ distDir: join(root, 'web-console/dist') }));
 *   app.use(api.routes());
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, posix, resolve, sep } from 'node:path';
import type { Context, Next } from 'koa';
import { CONTENT_SECURITY_POLICY } from './security.ts';

export interface ConsoleOptions {
  /** The build's output directory (holds `index.html` and `assets/`). */
  distDir: string;
  /** Prefixes that belong to the node, not the console (default `/api`, `/healthz`, `/metrics`). */
  serverPaths?: readonly string[];
}

/**
 * The policy the console is built for (no inline script or style, only its own origin): the one
 * the API sends with every response, repeated on index.html so the page has it however it is served.
 */
export const CONSOLE_CSP = CONTENT_SECURITY_POLICY;

/** Hashed names change with their content, so browsers may keep them for a year untouched. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
/** Everything else (index.html, favicon) is revalidated on every load so a new build is picked up. */
export const REVALIDATE_CACHE = 'no-cache';

const API_PREFIX = '/api';
const DEFAULT_SERVER_PATHS = [API_PREFIX, '/healthz', '/metrics'] as const;

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

const under = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`);

/** The file a URL path names inside `root`, or undefined for anything that could escape it. */
export function resolveInside(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const normalised = posix.normalize(decoded);
  if (normalised.split('/').some((segment) => segment.startsWith('.'))) return undefined;
  const base = resolve(root);
  const file = resolve(join(base, normalised));
  return file.startsWith(base + sep) ? file : undefined;
}

async function fileStat(path: string) {
  try {
    const info = await stat(path);
    return info.isFile() ? info : undefined;
  } catch {
    return undefined;
  }
}

function notFoundJson(ctx: Context): void {
  ctx.status = 404;
  ctx.body = { error: { code: 'not_found', message: `no such endpoint: ${ctx.method} ${ctx.path}` } };
}

async function sendFile(ctx: Context, path: string, cacheControl: string): Promise<boolean> {
  const info = await fileStat(path);
  if (!info) return false;
  const gzipped =
    ctx.acceptsEncodings('gzip', 'identity') === 'gzip' ? await fileStat(`${path}.gz`) : undefined;
  const sent = gzipped ? `${path}.gz` : path;
  const sentInfo = gzipped ?? info;
  ctx.set('Cache-Control', cacheControl);
  ctx.set('X-Content-Type-Options', 'nosniff');
  ctx.vary('Accept-Encoding');
  ctx.etag = `W/"${sentInfo.size.toString(16)}-${Math.floor(sentInfo.mtimeMs).toString(16)}${gzipped ? '-gz' : ''}"`;
  ctx.lastModified = info.mtime;
  ctx.type = CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
  if (extname(path).toLowerCase() === '.html') ctx.set('Content-Security-Policy', CONSOLE_CSP);
  ctx.status = 200;
  if (ctx.fresh) {
    ctx.status = 304;
    return true;
  }
  if (gzipped) ctx.set('Content-Encoding', 'gzip');
  ctx.length = sentInfo.size;
  ctx.body = ctx.method === 'HEAD' ? null : createReadStream(sent);
  return true;
}

export function serveConsole(options: ConsoleOptions) {
  const root = resolve(options.distDir);
  const serverPaths = options.serverPaths ?? DEFAULT_SERVER_PATHS;
  const indexPath = join(root, 'index.html');

  return async function serveConsoleFiles(ctx: Context, next: Next): Promise<void> {
    if (under(ctx.path, API_PREFIX)) {
      await next();
      if (ctx.status === 404 && (ctx.body === null || ctx.body === undefined)) notFoundJson(ctx);
      return;
    }
    if (
      serverPaths.some((prefix) => under(ctx.path, prefix)) ||
      (ctx.method !== 'GET' && ctx.method !== 'HEAD')
    ) {
      await next();
      return;
    }

    const file = ctx.path === '/' ? undefined : resolveInside(root, ctx.path);
    if (file && file !== indexPath) {
      const immutable = file.startsWith(join(root, 'assets') + sep);
      if (await sendFile(ctx, file, immutable ? IMMUTABLE_CACHE : REVALIDATE_CACHE)) return;
    }
    // A path whose last segment has an extension asked for a file: no page stands in for it.
    const last = ctx.path.slice(ctx.path.lastIndexOf('/') + 1);
    if (last.includes('.')) {
      ctx.status = 404;
      ctx.type = 'text/plain; charset=utf-8';
      ctx.body = 'not found';
      return;
    }
    if (!(await sendFile(ctx, indexPath, REVALIDATE_CACHE))) {
      ctx.status = 503;
      ctx.type = 'text/plain; charset=utf-8';
      ctx.body = 'the web console is not built: run `node web-console/build.ts` (Node 24) and reload';
    }
  };
}
