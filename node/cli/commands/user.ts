/** `cen-node user add`: creates an account (roles admin, officer, analyst). */
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { USER_ROLES } from '../../auth/users.ts';
import { runNodeCommand, viaText } from '../route.ts';
import { readPasswordFile } from './init.ts';

interface UserAddFlags {
  data: string;
  username: string;
  role: string;
  passwordFile?: string;
}

export function registerUserCommand(program: Command): void {
  const user = program.command('user').description('manage user accounts');
  user
    .command('add')
    .description('create a user; the password comes from a file or is generated and shown once')
    .requiredOption('--data <dir>', "the node's data directory")
    .requiredOption('--username <name>', 'lowercase letters, digits, dots, dashes, underscores')
    .addOption(new Option('--role <role>', 'what the user may do').choices(USER_ROLES).makeOptionMandatory())
    .option('--password-file <file>', 'read the password from a file instead of generating one')
    .action(async (flags: UserAddFlags) => {
      const password =
        flags.passwordFile === undefined ? undefined : await readPasswordFile(flags.passwordFile);
      const { result, via } = await runNodeCommand(resolve(flags.data), 'user-add', {
        username: flags.username,
        role: flags.role,
        by: `cli:${userInfo().username}`,
        ...(password === undefined ? {} : { password }),
      });
      console.log(`Created user ${result.user.username} (${result.user.role}) ${viaText(via)}.`);
      if (result.generatedPassword) {
        console.log(`Password: ${result.generatedPassword}`);
        console.log('This password is shown only now: pass it to the user over a safe channel.');
      }
    });
}
