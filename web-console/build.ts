/**
 * Builds the console into `web-console/dist/`: esbuild bundles `src/main.ts` as ES modules with
 * code splitting (the shell and sign-in load first, every other screen is a dynamic import and
 * Chart.js travels only with the dashboard), minified, with content-hashed names under
 * `assets/`, and writes an `index.html` with no inline script or style, so the node can serve it
 * under `script-src 'self'; style-src 'self'`.
 *
 * The first screen's JavaScript (the entry and everything it imports statically) is measured
 * gzipped and the build fails at `FIRST_SCREEN_BUDGET_BYTES` or more: officers open the console
 * on slow links, and the budget is in the issue.
 *
 * @example
 *   node web-console/build.ts              # builds into web-console/dist and prints the sizes
 *   const result = await buildConsole({ outdir: tmp, minify: false });
 *   result.firstScreen.gzipBytes; // e.g. 41234
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

export const CONSOLE_ROOT = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_OUTDIR = join(CONSOLE_ROOT, 'dist');

/** The limit for the JavaScript of the first screen, gzipped. */
export const FIRST_SCREEN_BUDGET_BYTES = 250 * 1024;

/** Hashed, immutable files live here; the node caches them for a year. */
export const ASSETS_DIR = 'assets';

export class ConsoleBudgetError extends Error {
  override name = 'ConsoleBudgetError';
  readonly gzipBytes: number;
  constructor(gzipBytes: number) {
    super(
      `the first screen loads ${formatKiB(gzipBytes)} of JavaScript gzipped, over the budget of ${formatKiB(FIRST_SCREEN_BUDGET_BYTES)}: move code behind a dynamic import`,
    );
    this.gzipBytes = gzipBytes;
  }
}

export interface BuildOptions {
  outdir?: string;
  minify?: boolean;
}

export interface BuiltFile {
  /** Path relative to `outdir`, with forward slashes (also its URL path without the leading `/`). */
  path: string;
  bytes: number;
  gzipBytes: number;
}

export interface BuildResult {
  outdir: string;
  /** The entry script, relative to `outdir`. */
  entry: string;
  /** The global stylesheet, relative to `outdir`. */
  stylesheet: string;
  /** The scripts the first screen loads: the entry and its static imports, transitively. */
  firstScreen: { files: BuiltFile[]; bytes: number; gzipBytes: number };
  /** Every JavaScript file written, lazy chunks included. */
  scripts: BuiltFile[];
}

function formatKiB(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

const toUrlPath = (path: string) => path.split('\\').join('/');

const NO_SCRIPT: readonly (readonly [string, string])[] = [
  ['en', 'This console needs JavaScript.'],
  ['fr', 'Cette console nécessite JavaScript.'],
  ['es', 'Esta consola necesita JavaScript.'],
  ['ru', 'Для работы консоли нужен JavaScript.'],
  ['ar', 'تحتاج وحدة التحكم هذه إلى JavaScript.'],
  ['pt', 'Este console precisa de JavaScript.'],
];

function indexHtml(entry: string, stylesheet: string, preloads: readonly string[]): string {
  // Absolute URLs: deep links such as /cases/<id> load this same document.
  const lines = [
    '<!doctype html>',
    '<html lang="en" dir="ltr">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light">',
    '<title>CEN</title>',
    '<link rel="icon" href="/favicon.svg" type="image/svg+xml">',
    `<link rel="stylesheet" href="/${stylesheet}">`,
    ...preloads.map((path) => `<link rel="modulepreload" href="/${path}">`),
    `<script type="module" src="/${entry}"></script>`,
    '</head>',
    '<body>',
    '<cen-app></cen-app>',
    // Shown only without JavaScript, in every console language: the console cannot work without it.
    '<noscript>',
    ...NO_SCRIPT.map(([lang, text]) => `<p lang="${lang}"${lang === 'ar' ? ' dir="rtl"' : ''}>${text}</p>`),
    '</noscript>',
    '</body>',
    '</html>',
    '',
  ];
  return lines.join('\n');
}

const FAVICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0b4f8a"/><path d="M9 16a7 7 0 0 1 12-5l-2 2a4 4 0 1 0 0 6l2 2A7 7 0 0 1 9 16z" fill="#fff"/></svg>\n';

/** Minimum size worth compressing: below it, headers cost more than gzip saves. */
const GZIP_MIN_BYTES = 1024;

/** `x.js.gz` beside `x.js`, which the node sends to browsers that accept gzip (all of them). */
async function writeGzipTwins(outdir: string, paths: readonly string[]): Promise<void> {
  for (const path of paths) {
    const content = await readFile(join(outdir, path));
    if (content.length < GZIP_MIN_BYTES) continue;
    await writeFile(join(outdir, `${path}.gz`), gzipSync(content, { level: 9 }));
  }
}

/** Bundles the console into `outdir` (emptied first) and checks the first-screen budget. */
export async function buildConsole(options: BuildOptions = {}): Promise<BuildResult> {
  const outdir = options.outdir ?? DEFAULT_OUTDIR;
  const minify = options.minify ?? true;
  await rm(outdir, { recursive: true, force: true });
  await mkdir(outdir, { recursive: true });

  const result = await esbuild.build({
    absWorkingDir: CONSOLE_ROOT,
    entryPoints: { main: 'src/main.ts', console: 'src/styles/console.css' },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2022', 'chrome111', 'firefox115', 'safari16.4'],
    minify,
    legalComments: minify ? 'linked' : 'inline',
    sourcemap: false,
    metafile: true,
    write: true,
    entryNames: `${ASSETS_DIR}/[name]-[hash]`,
    chunkNames: `${ASSETS_DIR}/[name]-[hash]`,
    assetNames: `${ASSETS_DIR}/[name]-[hash]`,
    logLevel: 'silent',
  });

  const outputs = result.metafile.outputs;
  const relativeOut = (path: string) => toUrlPath(relative(outdir, join(CONSOLE_ROOT, path)));
  let entryKey: string | undefined;
  let stylesheetKey: string | undefined;
  for (const [key, output] of Object.entries(outputs)) {
    if (output.entryPoint === 'src/main.ts' && key.endsWith('.js')) entryKey = key;
    if (output.entryPoint === 'src/styles/console.css' && key.endsWith('.css')) stylesheetKey = key;
  }
  if (!entryKey || !stylesheetKey) throw new Error('esbuild did not produce the entry script or stylesheet');

  const firstScreenKeys: string[] = [];
  const visit = (key: string) => {
    if (firstScreenKeys.includes(key)) return;
    firstScreenKeys.push(key);
    for (const imported of outputs[key]?.imports ?? []) {
      if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
    }
  };
  visit(entryKey);

  const scripts: BuiltFile[] = [];
  for (const key of Object.keys(outputs)) {
    if (!key.endsWith('.js')) continue;
    const content = await readFile(join(CONSOLE_ROOT, key));
    scripts.push({
      path: relativeOut(key),
      bytes: content.length,
      gzipBytes: gzipSync(content, { level: 9 }).length,
    });
  }
  const firstScreenPaths = firstScreenKeys.map(relativeOut);
  const firstFiles = scripts.filter((file) => firstScreenPaths.includes(file.path));
  const firstScreen = {
    files: firstFiles,
    bytes: firstFiles.reduce((sum, file) => sum + file.bytes, 0),
    gzipBytes: firstFiles.reduce((sum, file) => sum + file.gzipBytes, 0),
  };

  const entry = relativeOut(entryKey);
  const stylesheet = relativeOut(stylesheetKey);
  const preloads = firstScreenPaths.filter((path) => path !== entry);
  await writeFile(join(outdir, 'index.html'), indexHtml(entry, stylesheet, preloads));
  await writeFile(join(outdir, 'favicon.svg'), FAVICON);
  await writeGzipTwins(outdir, ['index.html', stylesheet, ...scripts.map((file) => file.path)]);

  if (firstScreen.gzipBytes >= FIRST_SCREEN_BUDGET_BYTES) throw new ConsoleBudgetError(firstScreen.gzipBytes);
  return { outdir, entry, stylesheet, firstScreen, scripts };
}

/** The summary `node web-console/build.ts` prints. */
export function describeBuild(result: BuildResult): string {
  const lazy = result.scripts.filter((file) => !result.firstScreen.files.includes(file));
  const lazyGzip = lazy.reduce((sum, file) => sum + file.gzipBytes, 0);
  return [
    `console built into ${result.outdir}`,
    `first screen JavaScript: ${formatKiB(result.firstScreen.gzipBytes)} gzipped (${formatKiB(result.firstScreen.bytes)} raw, ${result.firstScreen.files.length} files; budget ${formatKiB(FIRST_SCREEN_BUDGET_BYTES)})`,
    ...result.firstScreen.files.map((file) => `  ${file.path}  ${formatKiB(file.gzipBytes)}`),
    `lazy screens: ${lazy.length} files, ${formatKiB(lazyGzip)} gzipped in all`,
    '',
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const minify = !process.argv.includes('--no-minify');
  try {
    const result = await buildConsole({ minify });
    process.stdout.write(describeBuild(result));
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  }
}
