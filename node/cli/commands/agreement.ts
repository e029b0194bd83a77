/**
 * `cen-node agreement draft|sign|countersign|verify`: offline file operations on agreements with
 * the node's identity key. `install|list|revoke` work on the agreements the node holds, through
 * the running node's control socket or offline (see `node/control/`); each change is audited as
 * `cli:<os user>`. `install` takes a sealed agreement or a revocation the partner sent.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import {
  agreementStatus,
  countersign,
  draftAgreement,
  openAgreement,
  publicJwkOfNodeId,
  signAgreement,
  signingKeyFromLibp2p,
  type SealedAgreement,
} from '../../../policies/index.ts';
import {
  CASE_FIELD_PATHS,
  REVOCATION_JWS_TYPE,
  TRANSFER_MODES,
  WCO_ADMINISTRATION,
  type Agreement,
  type DirectionScope,
  type TransferMode,
} from '../../../protocol/agreement.ts';
import { parseNodeId } from '../../../protocol/ids.ts';
import { vocabularies } from '../../../protocol/vocabulary/index.ts';
import { loadConfig } from '../../config.ts';
import { loadIdentity } from '../../identity.ts';
import { CliExit, parseIntegerOption } from '../output.ts';
import { runNodeCommand, viaText } from '../route.ts';
import { registerAgreementProposalCommands } from './agreement-proposals.ts';
import { printTable } from './peer.ts';

const DAY_MS = 86_400_000;
/** Fields a bilateral draft includes by default: the whole case but the bookkeeping of who typed it. */
const DEFAULT_FIELDS = CASE_FIELD_PATHS.filter(
  (p) => !p.includes('.') && !['origin', 'createdBy', 'updatedBy'].includes(p),
);

const listOf =
  (allowed: (v: string) => boolean, what: string) =>
  (value: string): string[] => {
    const values = value
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean);
    const bad = values.filter((v) => !allowed(v));
    if (values.length === 0 || bad.length > 0)
      throw new InvalidArgumentError(`not ${what}: ${bad.join(', ') || '(empty)'}`);
    return values;
  };

interface DraftFlags {
  data: string;
  with: string;
  country?: string;
  name?: string;
  type: 'bilateral' | 'wco-contribution';
  legalBasis: string;
  modes?: TransferMode[];
  areas?: string[];
  nominal: boolean;
  profile: 'case-level' | 'aggregates';
  days: number;
  out: string;
}

async function readJson(file: string): Promise<unknown> {
  return JSON.parse(await readFile(resolve(file), 'utf8')) as unknown;
}

async function writeJson(file: string, value: unknown): Promise<void> {
  await writeFile(resolve(file), `${JSON.stringify(value, null, 2)}\n`, { mode: 0o644 });
}

async function draft(flags: DraftFlags): Promise<void> {
  const dataDir = resolve(flags.data);
  const [config, identity] = await Promise.all([loadConfig(dataDir), loadIdentity(dataDir)]);
  const peerNodeId = parseNodeId(flags.with);
  const contribution = flags.type === 'wco-contribution';
  const ownAdministration = config.role === 'wco' ? WCO_ADMINISTRATION : config.country!;
  const peerAdministration = contribution && config.role !== 'wco' ? WCO_ADMINISTRATION : flags.country;
  if (!peerAdministration) throw new Error('give the partner’s country with --country');
  const from = new Date();
  const areas = flags.areas ?? [...vocabularies.itrArea.codes];
  const scope: DirectionScope = contribution
    ? { recordKinds: ['seizure', 'offence'], itrAreas: areas, nominal: false }
    : {
        recordKinds: ['seizure', 'offence'],
        itrAreas: areas,
        fields: DEFAULT_FIELDS,
        redact: [],
        nominal: flags.nominal,
      };
  const self = {
    administration: ownAdministration,
    name: config.name,
    nodeId: identity.nodeId,
    key: publicJwkOfNodeId(identity.nodeId),
  };
  const peer = {
    administration: peerAdministration,
    name:
      flags.name ??
      (peerAdministration === WCO_ADMINISTRATION
        ? 'World Customs Organization'
        : `Customs ${peerAdministration}`),
    nodeId: peerNodeId,
    key: publicJwkOfNodeId(peerNodeId), // the peer's key is the one its node id embeds
  };
  const member = peerAdministration === WCO_ADMINISTRATION ? identity.nodeId : peerNodeId;
  const doc: Agreement = draftAgreement({
    type: flags.type,
    parties: [self, peer],
    legalBasis: { instrument: flags.legalBasis },
    purposes: ['customs-enforcement'],
    modes: flags.modes ?? (contribution ? ['sync'] : [...TRANSFER_MODES]),
    scope: contribution ? { [member]: scope } : { [identity.nodeId]: scope, [peerNodeId]: scope },
    handling: { maxCode: 'H2', onwardTransfer: 'prohibited', retentionDays: flags.days },
    validity: {
      from: from.toISOString(),
      until: new Date(from.getTime() + flags.days * DAY_MS).toISOString(),
    },
    ...(contribution ? { profile: { id: 'wco-contribution', version: 1, level: flags.profile } } : {}),
  });
  await writeJson(flags.out, doc);
  console.log(`Drafted agreement ${doc.id} (version ${doc.version}) with ${peerNodeId}: ${flags.out}`);
}

async function sign(file: string, flags: { data: string; out: string }, second: boolean): Promise<void> {
  const identity = await loadIdentity(resolve(flags.data));
  const key = signingKeyFromLibp2p(identity.privateKey);
  const input = await readJson(file);
  const sealed = second
    ? await countersign(input as SealedAgreement, key)
    : await signAgreement(input as Agreement | SealedAgreement, key);
  await writeJson(flags.out, sealed);
  console.log(`${second ? 'Countersigned' : 'Signed'} as ${identity.nodeId}: ${flags.out}`);
}

async function verify(file: string): Promise<void> {
  const now = new Date();
  const opened = await openAgreement(await readJson(file), { now });
  if (!opened.ok) {
    console.log(`NOT VALID: ${opened.reason}: ${opened.detail}`);
    throw new CliExit(1);
  }
  const { agreement, signedBy } = opened;
  const lines = [
    `Agreement ${agreement.id} version ${agreement.version} (${agreement.type})`,
    ...agreement.parties.map(
      (p) =>
        `Party: ${p.administration} ${p.name} ${p.nodeId} — ${signedBy.includes(p.nodeId as never) ? 'signed' : 'NOT signed'}`,
    ),
    `Legal basis: ${agreement.legalBasis.instrument}`,
    `Modes: ${agreement.modes.join(', ')}`,
    ...Object.entries(agreement.scope).map(
      ([sender, s]) =>
        `Scope from ${sender}: kinds ${s.recordKinds.join(', ')}; areas ${(s.itrAreas ?? []).join(', ') || '-'}; commodities ${(s.commodities ?? []).join(', ') || '-'}; nominal ${s.nominal ? 'yes' : 'no'}${s.fields ? `; fields ${s.fields.join(', ')}` : ''}${s.redact?.length ? `; redacted ${s.redact.join(', ')}` : ''}`,
    ),
    ...(agreement.profile
      ? [`Profile: ${agreement.profile.id} v${agreement.profile.version} (${agreement.profile.level})`]
      : []),
    `Handling: up to ${agreement.handling.maxCode}; onward transfer ${agreement.handling.onwardTransfer}; retention ${agreement.handling.retentionDays} days`,
    `Validity: ${agreement.validity.from} to ${agreement.validity.until}`,
  ];
  const status = agreementStatus(opened, now);
  lines.push(status.active ? 'ACTIVE' : `NOT ACTIVE: ${status.reason}`);
  console.log(lines.join('\n'));
  if (!status.active) throw new CliExit(1);
}

const operator = () => `cli:${userInfo().username}`;
const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/**
 * What a file from the partner holds: a revocation (compact JWS, or general JWS JSON whose one
 * signature says `typ: cen-revocation+json`) or, otherwise, a sealed agreement. Only a routing
 * guess: the node verifies whichever it is before storing anything.
 */
function classify(text: string): { revocation: string } | { sealed: unknown } {
  const trimmed = text.trim();
  if (COMPACT_JWS.test(trimmed)) return { revocation: trimmed };
  const value = JSON.parse(trimmed) as unknown;
  if (typeof value === 'string') return { revocation: value.trim() };
  const jws = value as { payload?: unknown; signatures?: { protected?: unknown; signature?: unknown }[] };
  const first = Array.isArray(jws?.signatures) ? jws.signatures[0] : undefined;
  if (jws?.signatures?.length === 1 && typeof first?.protected === 'string') {
    try {
      const header = JSON.parse(Buffer.from(first.protected, 'base64url').toString('utf8')) as {
        typ?: unknown;
      };
      if (header.typ === REVOCATION_JWS_TYPE)
        return { revocation: `${first.protected}.${String(jws.payload)}.${String(first.signature)}` };
    } catch {
      // Not a readable header: let the node say why the agreement does not verify.
    }
  }
  return { sealed: value };
}

async function install(file: string, flags: { data: string }): Promise<void> {
  const dataDir = resolve(flags.data);
  const content = classify(await readFile(resolve(file), 'utf8'));
  if ('revocation' in content) {
    const { result, via } = await runNodeCommand(dataDir, 'agreement-add-revocation', {
      revocation: content.revocation,
      by: operator(),
    });
    const { agreement } = result;
    console.log(
      `${result.added ? 'Installed' : 'Already held'}: the revocation by ${result.revocation.by} of agreement ${agreement.id} version ${result.revocation.agreementVersion} (${viaText(via)}). Status: ${agreement.status}.`,
    );
    return;
  }
  const { result, via } = await runNodeCommand(dataDir, 'agreement-install', {
    sealed: content.sealed,
    by: operator(),
  });
  const { agreement } = result;
  console.log(
    `${result.installed ? 'Installed' : 'Already installed'}: agreement ${agreement.id} version ${agreement.version} with ${agreement.peer.administration} ${agreement.peer.name} (${agreement.peer.nodeId}) (${viaText(via)}). Status: ${agreement.status}.`,
  );
}

async function list(flags: { data: string; json?: boolean }): Promise<void> {
  const { result } = await runNodeCommand(resolve(flags.data), 'agreement-list', {});
  if (flags.json) {
    console.log(JSON.stringify(result.items, null, 2));
    return;
  }
  if (result.items.length === 0) {
    console.log('No agreements installed.');
    return;
  }
  printTable([
    ['id', 'version', 'type', 'partner', 'node id', 'modes', 'until', 'status'],
    ...result.items.map((a) => [
      a.id,
      String(a.version),
      a.type,
      `${a.peer.administration} ${a.peer.name}`,
      a.peer.nodeId,
      a.modes.join(','),
      a.validity.until,
      a.status + (a.revokedBy ? ` (by ${a.revokedBy === a.peer.nodeId ? 'partner' : 'this node'})` : ''),
    ]),
  ]);
}

async function revokeAgreement(
  id: string,
  flags: { data: string; reason?: string; out?: string },
): Promise<void> {
  const { result, via } = await runNodeCommand(resolve(flags.data), 'agreement-revoke', {
    id,
    ...(flags.reason === undefined ? {} : { reason: flags.reason }),
    by: operator(),
  });
  if (flags.out) await writeFile(resolve(flags.out), `${result.revocation.jws}\n`, { mode: 0o644 });
  const delivery =
    via === 'node'
      ? 'The node delivers the signed revocation to the partner, and keeps trying until their node has it.'
      : 'The node delivers the signed revocation to the partner when it starts.';
  console.log(
    `Revoked agreement ${id} version ${result.revocation.agreementVersion} (${viaText(via)}). ${delivery}${flags.out ? ` A copy, should their node be unreachable for long: ${flags.out}` : ''}`,
  );
  if (!flags.out)
    console.log(
      `Should their node be unreachable for long, they can install this copy by hand:\n${result.revocation.jws}`,
    );
}

export function registerAgreementCommand(program: Command): void {
  const agreement = program
    .command('agreement')
    .description(
      'draft, sign, countersign and verify agreement files; install, list and revoke the agreements this node holds; propose one to a partner over the network and accept or decline theirs',
    );
  agreement
    .command('draft')
    .description('write a new agreement document with a partner node')
    .requiredOption('--data <dir>', "the node's data directory")
    .requiredOption('--with <nodeId>', "the partner's node id")
    .option('--country <cc>', "the partner's country code")
    .option('--name <name>', "the partner's name")
    .option(
      '--type <type>',
      'bilateral or wco-contribution',
      (v) => {
        if (v !== 'bilateral' && v !== 'wco-contribution')
          throw new InvalidArgumentError('bilateral or wco-contribution');
        return v;
      },
      'bilateral',
    )
    .option(
      '--legal-basis <text>',
      'the legal instrument',
      'Customs mutual administrative assistance agreement',
    )
    .option(
      '--modes <list>',
      'sync,on-demand,query',
      listOf((v) => (TRANSFER_MODES as readonly string[]).includes(v), 'a mode'),
    )
    .option(
      '--areas <list>',
      'ITR areas in scope (default: all)',
      listOf((v) => vocabularies.itrArea.has(v), 'an ITR area'),
    )
    .option('--nominal', 'allow nominal data (persons, businesses)', false)
    .option('--no-nominal', 'no nominal data (the default)')
    .option(
      '--profile <level>',
      'contribution profile: case-level or aggregates',
      (v) => {
        if (v !== 'case-level' && v !== 'aggregates')
          throw new InvalidArgumentError('case-level or aggregates');
        return v;
      },
      'case-level',
    )
    .option('--days <n>', 'validity and retention in days', parseIntegerOption(1, 36_500), 365)
    .requiredOption('--out <file>', 'where to write the draft')
    .action((flags: DraftFlags) => draft(flags));
  agreement
    .command('sign')
    .description("add this node's signature to a draft or a sealed agreement")
    .argument('<file>')
    .requiredOption('--data <dir>', "the node's data directory")
    .requiredOption('--out <file>', 'where to write the sealed agreement')
    .action((file: string, flags: { data: string; out: string }) => sign(file, flags, false));
  agreement
    .command('countersign')
    .description("add this node's signature to an agreement the partner has signed")
    .argument('<file>')
    .requiredOption('--data <dir>', "the node's data directory")
    .requiredOption('--out <file>', 'where to write the sealed agreement')
    .action((file: string, flags: { data: string; out: string }) => sign(file, flags, true));
  agreement
    .command('verify')
    .description('check the signatures and print the agreement; exit 1 unless it is active')
    .argument('<file>')
    .action((file: string) => verify(file));
  agreement
    .command('install')
    .description(
      'install a sealed agreement both parties signed (this node must be a party), or a revocation the partner sent',
    )
    .argument('<file>')
    .requiredOption('--data <dir>', "the node's data directory")
    .action((file: string, flags: { data: string }) => install(file, flags));
  agreement
    .command('list')
    .description('list the agreements this node holds with their partner, validity and status')
    .requiredOption('--data <dir>', "the node's data directory")
    .option('--json', 'print the list as JSON')
    .action((flags: { data: string; json?: boolean }) => list(flags));
  agreement
    .command('revoke')
    .description(
      "revoke an installed agreement with this node's signature; the node delivers the revocation to the partner (a copy is printed, or written with --out)",
    )
    .argument('<id>', 'the agreement id')
    .requiredOption('--data <dir>', "the node's data directory")
    .option('--reason <text>', 'why (stated in the signed revocation)')
    .option('--out <file>', 'also write the signed revocation to this file')
    .action((id: string, flags: { data: string; reason?: string; out?: string }) =>
      revokeAgreement(id, flags),
    );
  registerAgreementProposalCommands(agreement);
}
