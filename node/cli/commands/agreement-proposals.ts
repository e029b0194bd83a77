/**
 * `cen-node agreement propose|proposals|accept|decline`: agreements proposed over the network
 * instead of passed around as files. `propose` hands the node a sealed agreement this node signed
 * (`agreement sign`), which the node delivers to the partner; the partner's exchange
 * administrator lists it with `proposals` and answers with `accept` (countersign, install,
 * deliver back) or `decline`. Through the running node's control socket or offline, where the
 * messages wait until the node starts; each change is audited as `cli:<os user>`.
 */
import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { ProposalDetail, ProposalSummary } from '../../../protocol/api.ts';
import { CliExit, parseIntegerOption } from '../output.ts';
import { runNodeCommand, viaText } from '../route.ts';
import { printTable } from './peer.ts';

const operator = () => `cli:${userInfo().username}`;

const partnerOf = (p: ProposalSummary) =>
  `${p.partner.administration} ${p.partner.name} (${p.partner.nodeId})`;

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Says where a message to the partner stands and what happens next. */
function deliveryText(p: ProposalSummary, via: 'node' | 'offline', what: string): string {
  return sentence(deliveryState(p, via, what));
}

function deliveryState(p: ProposalSummary, via: 'node' | 'offline', what: string): string {
  const delivery = p.delivery;
  if (delivery?.state === 'delivered') return `${what} was delivered to ${partnerOf(p)}.`;
  if (delivery?.state === 'refused') {
    return `${partnerOf(p)} refused ${what}: ${delivery.refusal?.code ?? 'refused'}${delivery.refusal?.message ? ` (${delivery.refusal.message})` : ''}.`;
  }
  if (via === 'offline') return `${what} is delivered to ${partnerOf(p)} when this node starts.`;
  return `${partnerOf(p)} could not be reached yet${delivery?.lastError ? ` (${delivery.lastError})` : ''}: the node keeps trying and delivers ${what} when their node is reachable (both nodes need each other's address: cen-node peer add).`;
}

async function propose(file: string, flags: { data: string; note?: string }): Promise<void> {
  const sealed = JSON.parse(await readFile(resolve(file), 'utf8')) as unknown;
  const { result, via } = await runNodeCommand(resolve(flags.data), 'agreement-propose', {
    sealed,
    ...(flags.note === undefined ? {} : { note: flags.note }),
    by: operator(),
  });
  const p: ProposalDetail = result.proposal;
  const head = `${result.created ? 'Proposed' : 'Already proposed'}: agreement ${p.id} version ${p.version} to ${partnerOf(p)} (${viaText(via)}).`;
  if (p.state === 'refused') {
    console.log(`${head} ${deliveryText(p, via, 'the proposal')} Nothing was installed.`);
    throw new CliExit(1);
  }
  const next =
    p.state === 'delivered'
      ? ' Their exchange administrator reviews it and countersigns it on their node; it is installed here as soon as they do (cen-node agreement proposals shows its state).'
      : p.state === 'countersigned'
        ? ' They have countersigned it: it is installed on both nodes.'
        : p.state === 'declined'
          ? ` They declined it${p.answer?.reason ? `: ${p.answer.reason}` : ''}.`
          : '';
  const delivery = ['pending-delivery', 'delivered'].includes(p.state)
    ? ` ${deliveryText(p, via, 'the proposal')}`
    : '';
  console.log(`${head}${delivery}${next}`);
}

async function list(flags: { data: string; json?: boolean }): Promise<void> {
  const { result } = await runNodeCommand(resolve(flags.data), 'agreement-proposals', {});
  if (flags.json) {
    console.log(JSON.stringify(result.items, null, 2));
    return;
  }
  if (result.items.length === 0) {
    console.log('No proposals.');
    return;
  }
  printTable([
    ['id', 'version', 'partner', 'direction', 'state', 'received'],
    ...result.items.map((p) => [p.id, String(p.version), partnerOf(p), p.direction, p.state, p.createdAt]),
  ]);
  const waiting = result.items.filter((p) => p.direction === 'incoming' && p.state === 'received');
  if (waiting.length > 0) {
    console.log(
      `\n${waiting.length} proposal${waiting.length === 1 ? '' : 's'} await${waiting.length === 1 ? 's' : ''} your answer: cen-node agreement accept|decline --data ${flags.data} ID`,
    );
  }
}

async function accept(id: string, flags: { data: string; version?: number }): Promise<void> {
  const { result, via } = await runNodeCommand(resolve(flags.data), 'agreement-accept', {
    id,
    ...(flags.version === undefined ? {} : { version: flags.version }),
    by: operator(),
  });
  const p = result.proposal;
  const installed = `Countersigned and installed agreement ${p.id} version ${p.version} with ${partnerOf(p)} (${viaText(via)}). Status here: ${result.agreement.status}.`;
  const next =
    p.delivery?.state === 'delivered'
      ? ' Their node has installed it too: the agreement is in force on both sides.'
      : ` ${deliveryText(p, via, 'the countersigned agreement')} Until their node installs it, nothing is exchanged.`;
  console.log(installed + next);
  if (p.delivery?.state === 'refused') throw new CliExit(1);
}

async function decline(id: string, flags: { data: string; reason?: string }): Promise<void> {
  const { result, via } = await runNodeCommand(resolve(flags.data), 'agreement-decline', {
    id,
    ...(flags.reason === undefined ? {} : { reason: flags.reason }),
    by: operator(),
  });
  console.log(
    `Declined the proposal of agreement ${result.id} version ${result.version} from ${partnerOf(result)} (${viaText(via)}). ${deliveryText(result, via, 'the decline')}`,
  );
}

/** Adds the proposal subcommands to `cen-node agreement`. */
export function registerAgreementProposalCommands(agreement: Command): void {
  agreement
    .command('propose')
    .description(
      'send the partner a sealed agreement this node signed (agreement sign); their exchange administrator countersigns it on their node and both nodes install it',
    )
    .argument('<file>', 'the sealed agreement, signed by this node only')
    .requiredOption('--data <dir>', "the node's data directory")
    .option('--note <text>', "a covering note for the partner's exchange administrator")
    .action((file: string, flags: { data: string; note?: string }) => propose(file, flags));
  agreement
    .command('proposals')
    .description('list the proposals made by this node and received from partners, with their state')
    .requiredOption('--data <dir>', "the node's data directory")
    .option('--json', 'print the list as JSON')
    .action((flags: { data: string; json?: boolean }) => list(flags));
  agreement
    .command('accept')
    .description(
      "countersign a partner's proposal with this node's key, install it and deliver it to the partner, whose node installs it too",
    )
    .argument('<id>', 'the agreement id (see agreement proposals)')
    .requiredOption('--data <dir>', "the node's data directory")
    .option(
      '--version <n>',
      'the version you reviewed (refused if the proposal changed)',
      parseIntegerOption(1, 2 ** 31 - 1),
    )
    .action((id: string, flags: { data: string; version?: number }) => accept(id, flags));
  agreement
    .command('decline')
    .description("decline a partner's proposal; the reason reaches the partner")
    .argument('<id>', 'the agreement id (see agreement proposals)')
    .requiredOption('--data <dir>', "the node's data directory")
    .option('--reason <text>', 'why (at most 500 characters)')
    .action((id: string, flags: { data: string; reason?: string }) => decline(id, flags));
}
