/**
 * `cen-node user add|list|reset|disable|enable`: the appliance operator's tools for accounts,
 * through the running node's control socket or offline. Each change is recorded in the audit log
 * as `cli:<os user>`. One-time passwords and reset codes are printed once and stored only hashed.
 */
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import type { UserSummary } from '../../../protocol/api.ts';
import { ROLES } from '../../../protocol/roles.ts';
import { runNodeCommand, viaText } from '../route.ts';
import { readPasswordFile } from './init.ts';

interface UserAddFlags {
  data: string;
  username: string;
  role: string;
  displayName?: string;
  passwordFile?: string;
}

const operator = () => `cli:${userInfo().username}`;

function describeState(user: UserSummary): string {
  if (user.disabled) return user.disabledReason === 'inactivity' ? 'blocked (inactivity)' : 'disabled';
  if (user.mustChangePassword) return 'must change password';
  return 'active';
}

export function registerUserCommand(program: Command): void {
  const user = program
    .command('user')
    .description('manage user accounts (add, list, reset, disable, enable)');

  user
    .command('add')
    .description(
      'create a user; without --password-file they get a one-time password, shown once, to change at first sign-in',
    )
    .requiredOption('--data <dir>', "the node's data directory")
    .requiredOption('--username <name>', 'lowercase letters, digits, dots, dashes, underscores')
    .addOption(
      new Option(
        '--role <role>',
        'what the user may do (a national node: officer, analyst, exchange-admin, national-admin, auditor; a WCO node: wco-analyst, wco-admin, auditor)',
      )
        .choices(ROLES)
        .makeOptionMandatory(),
    )
    .option('--display-name <name>', 'the name shown in the console')
    .option(
      '--password-file <file>',
      'set this password (it must meet the password policy) instead of a one-time one',
    )
    .action(async (flags: UserAddFlags) => {
      const password =
        flags.passwordFile === undefined ? undefined : await readPasswordFile(flags.passwordFile);
      const { result, via } = await runNodeCommand(resolve(flags.data), 'user-add', {
        username: flags.username,
        role: flags.role,
        by: operator(),
        ...(flags.displayName === undefined ? {} : { displayName: flags.displayName }),
        ...(password === undefined ? {} : { password }),
      });
      console.log(`Created user ${result.user.username} (${result.user.role}) ${viaText(via)}.`);
      if (result.oneTimePassword) {
        console.log(`One-time password: ${result.oneTimePassword}`);
        console.log(
          'Shown only now; valid 7 days, once. Pass it to the user over a safe channel: they choose their own password at first sign-in.',
        );
      }
    });

  user
    .command('list')
    .description('list the accounts with their role, state, last sign-in and second factor')
    .requiredOption('--data <dir>', "the node's data directory")
    .option('--json', 'print the list as JSON')
    .action(async (flags: { data: string; json?: boolean }) => {
      const { result } = await runNodeCommand(resolve(flags.data), 'user-list', {});
      if (flags.json) {
        console.log(JSON.stringify(result.items, null, 2));
        return;
      }
      const rows = [
        ['username', 'role', 'state', 'last sign-in', 'second factor'],
        ...result.items.map((u) => [
          u.username,
          u.role,
          describeState(u) +
            (u.inactivityBlocksInDays === undefined ? '' : ` (blocks in ${u.inactivityBlocksInDays} d)`),
          u.lastLoginAt ?? 'never',
          u.totpEnrolled ? 'TOTP' : '-',
        ]),
      ];
      const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
      for (const row of rows)
        console.log(
          row
            .map((cell, i) => cell.padEnd(widths[i]!))
            .join('  ')
            .trimEnd(),
        );
    });

  user
    .command('reset')
    .description(
      "contact-point reset: the user's password stops working and their sessions end; print a one-time code (24 h, once) to sign in with and then choose a new password",
    )
    .requiredOption('--data <dir>', "the node's data directory")
    .requiredOption('--username <name>', 'the account to reset')
    .option('--totp', 'also remove the second factor, so the user enrols a new one')
    .action(async (flags: { data: string; username: string; totp?: boolean }) => {
      const { result, via } = await runNodeCommand(resolve(flags.data), 'user-reset', {
        username: flags.username,
        totp: flags.totp === true,
        by: operator(),
      });
      console.log(
        `Reset ${flags.username}${flags.totp ? ' and removed the second factor' : ''} (${viaText(via)}).`,
      );
      console.log(`One-time code: ${result.oneTimeCode}`);
      console.log(`Valid once, until ${result.expiresAt}. Give it to the user over a safe channel.`);
    });

  for (const [name, enable] of [
    ['disable', false],
    ['enable', true],
  ] as const) {
    user
      .command(name)
      .description(
        enable
          ? 're-enable a disabled or inactivity-blocked account'
          : 'disable an account and end its sessions (the account and its history stay)',
      )
      .requiredOption('--data <dir>', "the node's data directory")
      .requiredOption('--username <name>', 'the account')
      .action(async (flags: { data: string; username: string }) => {
        const { result, via } = await runNodeCommand(resolve(flags.data), 'user-disable', {
          username: flags.username,
          enable,
          by: operator(),
        });
        console.log(`${enable ? 'Enabled' : 'Disabled'} ${result.username} (${viaText(via)}).`);
      });
  }
}
