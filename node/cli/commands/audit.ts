/**
 * `cen-node audit verify|export`: checks the audit log's hash chain (naming the first entry that
 * was changed, removed or inserted; exit code 1) and exports it as JSON Lines, which
 * `verifyAuditLines` (or any script that recomputes the hashes) checks elsewhere.
 */
import { writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { CliExit } from '../output.ts';
import { runNodeCommand, viaText } from '../route.ts';

const operator = () => `cli:${userInfo().username}`;

export function registerAuditCommand(program: Command): void {
  const audit = program.command('audit').description('verify and export the audit log');

  audit
    .command('verify')
    .description("check the audit log's hash chain; names the first bad entry (exit code 1)")
    .requiredOption('--data <dir>', "the node's data directory")
    .option('--json', 'print the report as JSON')
    .action(async (flags: { data: string; json?: boolean }) => {
      const { result, via } = await runNodeCommand(resolve(flags.data), 'audit-verify', { by: operator() });
      if (flags.json) {
        console.log(JSON.stringify(result, null, 2));
      } else if (result.ok) {
        console.log(`Audit log (${viaText(via)}): ok, ${result.checked} entries checked.`);
        if (result.head) console.log(`  head: entry ${result.head.seq}, sha256 ${result.head.hash}`);
      } else {
        console.log(`Audit log (${viaText(via)}): BROKEN after ${result.checked} good entries.`);
        console.log(`  first bad entry: ${result.firstBad!.seq}: ${result.firstBad!.reason}`);
      }
      if (!result.ok) throw new CliExit(1);
    });

  audit
    .command('export')
    .description('write the whole audit log as JSON Lines (oldest first) to a file or stdout')
    .requiredOption('--data <dir>', "the node's data directory")
    .option('--out <file>', 'write to this file (created, mode 0600) instead of stdout')
    .action(async (flags: { data: string; out?: string }) => {
      const { result, via } = await runNodeCommand(resolve(flags.data), 'audit-export', { by: operator() });
      if (flags.out === undefined) {
        process.stdout.write(result.lines);
        return;
      }
      await writeFile(resolve(flags.out), result.lines, { mode: 0o600, flag: 'wx' });
      console.log(`Exported ${result.count} audit entries to ${resolve(flags.out)} (${viaText(via)}).`);
    });
}
