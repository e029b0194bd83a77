// The `cen-node` entry point (bin/cen-node.js imports it after checking the Node version).
import { runCli } from './program.ts';

process.exitCode = await runCli(process.argv);
