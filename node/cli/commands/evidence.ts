/**
 * `cen-node evidence verify|export`: checks the evidence log (its hash chain and every signed
 * manifest, receipt and purge notice; exit code 1 naming the first bad entry and why) and
 * exports it as JSON Lines. `verify --file` checks an exported file on any machine, without a
 * node or a data directory.
 */
import { createReadStream } from 'node:fs';
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import type { EvidenceVerifyResponse } from '../../../protocol/api.ts';
import { verifyEvidenceLines } from '../../evidence/index.ts';
import { CliExit } from '../output.ts';
import { runNodeCommand, viaText } from '../route.ts';

const operator = () => `cli:${userInfo().username}`;

interface VerifyFlags {
  data?: string;
  file?: string;
  nodeId?: string;
  json?: boolean;
}

async function verifyFile(file: string, nodeId: string | undefined): Promise<EvidenceVerifyResponse> {
  const input = createReadStream(resolve(file), { encoding: 'utf8' });
  try {
    const lines = createInterface({ input, crlfDelay: Infinity });
    return await verifyEvidenceLines(lines, nodeId === undefined ? {} : { nodeId });
  } finally {
    input.destroy();
  }
}

function printReport(report: EvidenceVerifyResponse, where: string): void {
  if (report.ok) {
    console.log(`evidence log intact: ${report.checked} entries (${where})`);
    if (report.head) console.log(`  head: entry ${report.head.seq}, sha256 ${report.head.hash}`);
  } else {
    console.log(`evidence log broken: first bad entry ${report.firstBad!.seq} (${where})`);
    console.log(`  ${report.firstBad!.reason}`);
    console.log(`  ${report.checked} entries before it verified`);
  }
}

export function registerEvidenceCommand(program: Command): void {
  const evidence = program
    .command('evidence')
    .description('verify and export the evidence log of exchanges with partners');

  evidence
    .command('verify')
    .description(
      'check the chain and every signed document of the evidence log, or of an exported file; names the first bad entry (exit code 1)',
    )
    .option('--data <dir>', "the node's data directory")
    .option('--file <file>', 'an exported evidence log (JSON Lines) to check instead; needs no node')
    .option('--node-id <id>', 'with --file: whose log it is (read from the entries when omitted)')
    .option('--json', 'print the report as JSON')
    .action(async (flags: VerifyFlags) => {
      let report: EvidenceVerifyResponse;
      let where: string;
      if (flags.file !== undefined) {
        report = await verifyFile(flags.file, flags.nodeId);
        where = resolve(flags.file);
      } else if (flags.data !== undefined) {
        const { result, via } = await runNodeCommand(resolve(flags.data), 'evidence-verify', {
          by: operator(),
        });
        report = result;
        where = viaText(via);
      } else {
        console.error('cen-node: evidence verify needs --data <dir> or --file <file>');
        throw new CliExit(2);
      }
      if (flags.json) console.log(JSON.stringify(report, null, 2));
      else printReport(report, where);
      if (!report.ok) throw new CliExit(1);
    });

  evidence
    .command('export')
    .description('write the whole evidence log as JSON Lines (oldest first) to a new file')
    .requiredOption('--data <dir>', "the node's data directory")
    .requiredOption('--out <file>', 'the file to create (mode 0600; an existing file is never overwritten)')
    .action(async (flags: { data: string; out: string }) => {
      const { result, via } = await runNodeCommand(resolve(flags.data), 'evidence-export', {
        out: resolve(flags.out),
        by: operator(),
      });
      console.log(`Exported ${result.count} evidence entries to ${result.out} (${viaText(via)}).`);
    });
}
