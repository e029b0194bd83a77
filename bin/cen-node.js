#!/usr/bin/env node
// Entry point of the `cen-node` command. It checks the runtime before loading anything else:
// the node needs Node 24 (libp2p 3, node:sqlite, TypeScript type stripping), which the project
// pins as a devDependency so that `npx cen-node` runs on it from the repository root.
const [major] = process.versions.node.split('.').map(Number);
if (major !== 24) {
  console.error(
    `cen-node needs Node.js 24; this is ${process.version}.\n` +
      'Run it from the repository root as `npx cen-node …` after `npm ci`, which installs the pinned Node 24.',
  );
  process.exit(1);
}
await import('../node/cli/main.ts');
