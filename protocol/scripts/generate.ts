/**
 * Generates the static protobuf code in `protocol/gen/` from `protocol/proto/*.proto`: one ES
 * module (`<name>.js`) and its TypeScript declarations (`<name>.d.ts`) per file, with
 * protobufjs-cli. `make proto` runs it; the output is committed and never edited by hand, and a
 * unit test regenerates it into a temporary directory to prove it is current.
 *
 * @example
 *   node_modules/.bin/node protocol/scripts/generate.ts            # into protocol/gen/
 *   node_modules/.bin/node protocol/scripts/generate.ts --out /tmp/gen
 */
import { mkdir, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

interface ProtobufCli {
  pbjs: { main(args: string[], callback: (error: Error | null) => void): void };
}

const PROTO_DIR = fileURLToPath(new URL('../proto/', import.meta.url));
export const GEN_DIR = fileURLToPath(new URL('../gen/', import.meta.url));

/** pbjs options: ES modules, presence of `optional` fields kept as in proto3, no delimited framing (we frame ourselves). */
const PBJS_OPTIONS = [
  '-t',
  'static-module',
  '-w',
  'esm',
  '--es6',
  '--null-semantics',
  '--no-delimited',
  '--force-number',
];

function pbjs(args: string[]): Promise<void> {
  const cli = createRequire(import.meta.url)('protobufjs-cli') as ProtobufCli;
  return new Promise((done, fail) => cli.pbjs.main(args, (error) => (error ? fail(error) : done())));
}

/** Writes `<name>.js` and `<name>.d.ts` into `outDir` for every `.proto` file; returns the names. */
export async function generate(outDir: string = GEN_DIR): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const protos = (await readdir(PROTO_DIR)).filter((file) => file.endsWith('.proto')).sort();
  for (const proto of protos) {
    // Relative paths keep the generated comments free of machine-specific directories.
    const name = basename(proto, '.proto');
    const out = join(outDir, `${name}.js`);
    // One protobufjs root per file: files whose packages share a prefix (`cen.v1`, `cen.hello.v1`)
    // would otherwise replace each other's namespace in the shared default root.
    await pbjs([...PBJS_OPTIONS, '-r', name, '-d', '-p', PROTO_DIR, '-o', out, proto]);
  }
  return protos;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const at = process.argv.indexOf('--out');
  const outDir = at > 0 && process.argv[at + 1] ? resolve(process.argv[at + 1]!) : GEN_DIR;
  const protos = await generate(outDir);
  console.error(`generated ${protos.join(', ')} into ${outDir}`);
}
