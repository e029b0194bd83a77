/**
 * The node's commands, each written once as a function of the node's services. The CLI runs
 * them through the control socket when the node is running (the node owns the LevelDB lock)
 * and directly on a store it opens itself when it is not, so both paths behave the same.
 */
import { z } from 'zod';
import { signingKeyFromLibp2p } from '../../policies/index.ts';
import type {
  AgreementDetail,
  AgreementSummary,
  EvidenceVerifyResponse,
  ImportReport,
  PeerSummary,
  ProposalDetail,
  ProposalSummary,
  UserSummary,
} from '../../protocol/api.ts';
import {
  DEFAULT_REVOCATION_REASON,
  MAX_NOTE_LENGTH,
  MAX_REASON_LENGTH,
  ProposalsUnavailableError,
  UnknownAgreementError,
  UnknownProposalError,
  type AgreementProposals,
  type AgreementRegistry,
  type CountersignResult,
  type InstallResult,
  type ProposeResult,
  type RevocationResult,
} from '../agreements/index.ts';
import { toValidationIssues } from '../api/validate.ts';
import type { AuditLog, AuditVerifyReport } from '../audit/index.ts';
import { exportEvidenceFile, verifyEvidenceAudited, type EvidenceLog } from '../evidence/index.ts';
import type { ExportFileResult } from '../export/index.ts';
import type { AccountActor, Auth } from '../auth/index.ts';
import type { ImportService } from '../import/index.ts';
import { SetupCompleteError, type NodeConfig } from '../config.ts';
import type { NodeIdentity } from '../identity.ts';
import { multiaddrsOf } from '../identity.ts';
import { ValidationError } from '../errors.ts';
import { ImportsUnavailableError } from '../import/errors.ts';
import { events, type Loggers } from '../log.ts';
import type { AddPeerResult, PeerBook } from '../peers/index.ts';
import type { ChainReport, RecordStoreApi } from '../store/types.ts';
import type { GlobalStore } from '../global/store.ts';
import type { BackupSource } from '../backup/backup.ts';
import type { GlobalQualityResponse } from '../../protocol/api.ts';

/** Store upkeep the composition root binds to the concrete store and full-text index. */
export interface StoreMaintenance {
  /**
   * Rebuilds the derived full-text index (and, on a node, the statistics database) from LevelDB;
   * returns how many cases each holds.
   */
  reindex(): Promise<{ cases: number; statistics?: { cases: number } }>;
  /** Cross-checks records, indexes and change log. */
  check(): Promise<{ ok: boolean; problems: string[] }>;
}

export interface NodeServices {
  config: NodeConfig;
  identity: NodeIdentity;
  store: RecordStoreApi;
  maintenance: StoreMaintenance;
  /** The node's one audit log (the accounts service writes through it too). */
  audit: AuditLog;
  /** The node's one evidence log of exchanges with partners. */
  evidence: EvidenceLog;
  auth: Auth;
  /** The agreements installed on this node and the revocations it holds. */
  agreements: AgreementRegistry;
  /** The partner nodes this node knows by address. */
  peers: PeerBook;
  /** Agreement proposals to and from partners (delivered by the running node). */
  proposals?: AgreementProposals;
  loggers: Loggers;
  /** Where the API answers: the bound address when the node runs, the configured one otherwise. */
  apiUrl: string;
  /** True inside a running node, false when the CLI opened the store itself. */
  running: boolean;
  /** Bulk upload of cases (the composition root gives one; test stubs may not). */
  imports?: ImportService;
  /** The global CEN (a WCO node only). */
  global?: GlobalStore;
  /** What a backup reads: the store's LevelDB snapshot and the data directory (node/backup). */
  backup?: BackupSource;
}

/** A global-CEN command run on a node that does not hold it. */
export class NotWcoNodeError extends Error {
  override name = 'NotWcoNodeError';
  constructor() {
    super('this node does not hold the global CEN: run the command on the WCO node');
  }
}

const globalOf = (services: NodeServices): GlobalStore => {
  if (!services.global) throw new NotWcoNodeError();
  return services.global;
};

const calendarDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * An argument that names a file or a folder. Declared with this schema, it is checked by the
 * control plane: the running node must see the same folder as the command line (folders.ts).
 */
const filePath = z.string().min(1).max(4096);

export interface CommandContext {
  progress: (done: number, total: number) => void;
}

export interface CommandDefinition<A, R> {
  args: z.ZodType<A>;
  run(services: NodeServices, args: A, context: CommandContext): Promise<R>;
}

const define = <A, R>(definition: CommandDefinition<A, R>) => definition;

const importsOf = (services: NodeServices): ImportService => {
  if (!services.imports) throw new ImportsUnavailableError();
  return services.imports;
};

const proposalsOf = (services: NodeServices): AgreementProposals => {
  if (!services.proposals) throw new ProposalsUnavailableError();
  return services.proposals;
};

/** Who runs a command at the appliance: `cli:<os user>`, recorded in the audit log. */
const operator = z.string().min(1).max(200).default('system:cli');
/** The appliance's operator is trusted with every account (no role, so no role check). */
const asOperator = (by: string): AccountActor => ({ username: by });

export interface NodeDescription {
  nodeId: string;
  name: string;
  role: string;
  country: string | null;
  multiaddrs: string[];
  apiUrl: string;
  running: boolean;
}

export interface CheckReport {
  ok: boolean;
  store: { ok: boolean; problems: string[] };
  chains: ChainReport;
}

export const commands = {
  /** `cen-node setup` reaching a configured node: its setup was done (a pending node answers it itself). */
  setup: define({
    args: z.unknown(),
    run: (): Promise<never> => Promise.reject(new SetupCompleteError()),
  }),
  id: define({
    args: z.object({}).strict(),
    run: ({ config, identity, apiUrl, running }): Promise<NodeDescription> =>
      Promise.resolve({
        nodeId: identity.nodeId,
        name: config.name,
        role: config.role,
        country: config.country ?? null,
        multiaddrs: multiaddrsOf(config.apiHost, config.p2pPort, identity.nodeId),
        apiUrl,
        running,
      }),
  }),

  seed: define({
    args: z
      .object({ cases: z.number().int().min(1).max(10_000_000), seed: z.number().int().optional() })
      .strict(),
    run: async ({ store }, args, { progress }) => {
      // Loaded on demand: the generator's tables are only needed when seeding.
      const seed = await import('../seed/index.ts');
      return seed.seedStore(store, {
        cases: args.cases,
        ...(args.seed === undefined ? {} : { seed: args.seed }),
        onProgress: progress,
      });
    },
  }),

  reindex: define({
    args: z.object({}).strict(),
    run: async ({ maintenance }) => maintenance.reindex(),
  }),

  check: define({
    args: z.object({}).strict(),
    run: async ({ store, maintenance }): Promise<CheckReport> => {
      const storeReport = await maintenance.check();
      const chains = await store.verifyChains();
      return { ok: storeReport.ok && chains.ok, store: storeReport, chains };
    },
  }),

  /**
   * Without a password the account gets a one-time password (valid a week) that must be changed
   * at first sign-in; it goes back to the CLI once, to be shown once, and is stored only hashed.
   */
  'user-add': define({
    args: z
      .object({
        username: z.string(),
        role: z.string(),
        displayName: z.string().optional(),
        password: z.string().optional(),
        by: operator,
      })
      .strict(),
    run: async ({ auth, loggers }, args): Promise<{ user: UserSummary; oneTimePassword?: string }> => {
      const created = await auth.createUser(asOperator(args.by), {
        username: args.username,
        role: args.role,
        ...(args.displayName === undefined ? {} : { displayName: args.displayName }),
        ...(args.password === undefined ? {} : { password: args.password }),
      });
      events.userCreated(loggers.auth, {
        username: created.user.username,
        role: created.user.role,
        by: args.by,
      });
      return created;
    },
  }),

  'user-list': define({
    args: z.object({}).strict(),
    run: async ({ auth }): Promise<{ items: UserSummary[] }> => ({ items: await auth.listUsers() }),
  }),

  /** The contact point's reset: a one-time code (24 hours, once); `totp` also removes the second factor. */
  'user-reset': define({
    args: z.object({ username: z.string(), totp: z.boolean().default(false), by: operator }).strict(),
    run: async ({ auth, loggers }, args) => {
      const reset = await auth.resetUser(asOperator(args.by), args.username, { totp: args.totp });
      events.accountChanged(loggers.auth, { action: 'password-reset', username: args.username, by: args.by });
      return reset;
    },
  }),

  /** Disables (or, with `enable`, re-enables) an account; disabling ends its sessions. */
  'user-disable': define({
    args: z.object({ username: z.string(), enable: z.boolean().default(false), by: operator }).strict(),
    run: async ({ auth, loggers }, args): Promise<UserSummary> => {
      const user = await auth.updateUser(asOperator(args.by), args.username, { disabled: !args.enable });
      events.accountChanged(loggers.auth, {
        action: args.enable ? 'user-enabled' : 'user-disabled',
        username: args.username,
        by: args.by,
      });
      return user;
    },
  }),

  /** Installs a sealed agreement both parties signed (verified, this node a party, not older). */
  'agreement-install': define({
    args: z.object({ sealed: z.unknown(), by: operator }).strict(),
    run: ({ agreements }, args): Promise<InstallResult> => agreements.install(args.sealed, args.by),
  }),

  'agreement-list': define({
    args: z.object({}).strict(),
    run: async ({ agreements }): Promise<{ items: AgreementSummary[] }> => ({
      items: await agreements.list(),
    }),
  }),

  'agreement-get': define({
    args: z.object({ id: z.string().min(1).max(100) }).strict(),
    run: async ({ agreements }, args): Promise<AgreementDetail> => {
      const detail = await agreements.get(args.id);
      if (!detail) throw new UnknownAgreementError(args.id);
      return detail;
    },
  }),

  /** Signs a revocation with this node's key; the answer holds the JWS for the partner. */
  'agreement-revoke': define({
    args: z
      .object({
        id: z.string().min(1).max(100),
        reason: z.string().trim().min(1).max(500).optional(),
        by: operator,
      })
      .strict(),
    run: ({ agreements, identity }, args): Promise<RevocationResult> =>
      agreements.revoke(
        args.id,
        args.reason ?? DEFAULT_REVOCATION_REASON,
        signingKeyFromLibp2p(identity.privateKey),
        args.by,
      ),
  }),

  /** Installs a revocation the partner signed. */
  'agreement-add-revocation': define({
    args: z.object({ revocation: z.string().min(1).max(10_000), by: operator }).strict(),
    run: ({ agreements }, args): Promise<RevocationResult> =>
      agreements.addRevocation(args.revocation, args.by),
  }),

  /**
   * Proposes a sealed agreement this node signed to the partner: the running node delivers it
   * at once (or keeps trying); offline it is stored and delivered when the node starts.
   */
  'agreement-propose': define({
    args: z
      .object({ sealed: z.unknown(), note: z.string().max(MAX_NOTE_LENGTH).optional(), by: operator })
      .strict(),
    run: (services, args): Promise<ProposeResult> =>
      proposalsOf(services).propose(args.sealed, args.note, args.by),
  }),

  'agreement-proposals': define({
    args: z.object({}).strict(),
    run: async (services): Promise<{ items: ProposalSummary[] }> => ({
      items: await proposalsOf(services).list(),
    }),
  }),

  'agreement-proposal-get': define({
    args: z.object({ id: z.string().min(1).max(100) }).strict(),
    run: async (services, args): Promise<ProposalDetail> => {
      const detail = await proposalsOf(services).get(args.id);
      if (!detail) throw new UnknownProposalError(args.id);
      return detail;
    },
  }),

  /** Countersigns an incoming proposal, installs the agreement and queues it for the proposer. */
  'agreement-accept': define({
    args: z
      .object({ id: z.string().min(1).max(100), version: z.number().int().min(1).optional(), by: operator })
      .strict(),
    run: (services, args): Promise<CountersignResult> =>
      proposalsOf(services).countersign(args.id, args.by, args.version),
  }),

  'agreement-decline': define({
    args: z
      .object({
        id: z.string().min(1).max(100),
        reason: z.string().trim().max(MAX_REASON_LENGTH).optional(),
        by: operator,
      })
      .strict(),
    run: (services, args): Promise<ProposalDetail> =>
      proposalsOf(services).decline(args.id, args.reason, args.by),
  }),

  'peer-add': define({
    args: z.object({ multiaddr: z.string().min(1).max(1000), by: operator }).strict(),
    run: ({ peers }, args): Promise<AddPeerResult> => peers.add(args.multiaddr, args.by),
  }),

  'peer-list': define({
    args: z.object({}).strict(),
    run: async ({ peers }): Promise<{ items: PeerSummary[] }> => ({ items: await peers.list() }),
  }),

  'peer-remove': define({
    args: z.object({ nodeId: z.string().min(1).max(100), by: operator }).strict(),
    run: ({ peers }, args): Promise<PeerSummary> => peers.remove(args.nodeId, args.by),
  }),

  /** The evidence log's chain and signed documents checked; the check is audited. */
  'evidence-verify': define({
    args: z.object({ by: operator }).strict(),
    run: ({ evidence, audit }, args): Promise<EvidenceVerifyResponse> =>
      verifyEvidenceAudited(evidence, audit, { actor: args.by }),
  }),

  /**
   * Writes the whole evidence log as JSON Lines to `out` (created, mode 0600; never overwritten)
   * from the process that holds the store, so a large log is streamed, not sent over the socket.
   * Only the node's own user reaches the control socket, so the file is written as that user.
   */
  'evidence-export': define({
    args: z.object({ out: filePath, by: operator }).strict(),
    run: ({ evidence, audit }, args): Promise<{ count: number; out: string }> =>
      exportEvidenceFile(evidence, audit, { actor: args.by }, args.out),
  }),

  /**
   * Writes the cases a search finds (`xlsx`, `csv`) or the analyst database (`analyst-db`, a
   * zip) to `out` (absolute, created with mode 0600, never overwritten) from the process that
   * holds the store, with progress; audited as an `export`. `query` holds the search parameters
   * of `GET /cases` and `lang`; `nominal` puts persons and businesses in the analyst database.
   */
  export: define({
    args: z
      .object({
        format: z.enum(['xlsx', 'csv', 'analyst-db']).default('xlsx'),
        out: filePath,
        query: z.record(z.string(), z.string()).default({}),
        nominal: z.boolean().default(false),
        by: operator,
      })
      .strict(),
    run: async ({ store, audit }, args, { progress }): Promise<ExportFileResult> => {
      // Loaded on demand: exceljs and the analyst database are only needed when exporting.
      const { exportFile } = await import('../export/index.ts');
      return exportFile(
        { store, audit },
        { actor: args.by },
        {
          format: args.format,
          out: args.out,
          query: args.query,
          nominal: args.nominal,
          onProgress: progress,
        },
      );
    },
  }),

  /**
   * The Illicit-Trade-Report tables of the years `from`..`to` from the global CEN (a WCO node),
   * released through disclosure control with `minCell` (default the node's `minCellCount`),
   * written into the directory `out` (absolute) as one workbook and a CSV per table
   * (docs/decisions/0010). Byte-identical for the same data.
   */
  'global-itr': define({
    args: z
      .object({
        from: z.number().int().min(1900).max(2200),
        to: z.number().int().min(1900).max(2200),
        out: filePath,
        minCell: z.number().int().min(2).max(1000).optional(),
      })
      .strict()
      .refine((a) => a.from <= a.to && a.to - a.from < 50, {
        message: 'from must not be after to (50 years at most)',
      }),
    run: async (services, args) => {
      const global = globalOf(services);
      const { buildGlobalTable, itrTablesOf, writeItrFiles } = await import('../global/index.ts');
      const report = itrTablesOf(await buildGlobalTable(global), {
        from: args.from,
        to: args.to,
        minCell: args.minCell ?? services.config.minCellCount,
      });
      const files = await writeItrFiles(report, args.out);
      return {
        from: report.from,
        to: report.to,
        minCell: report.minCell,
        cases: report.cases,
        tables: report.tables.length,
        files,
      };
    },
  }),

  /** Data quality per member of the global CEN (a WCO node), seized within `from`..`to`. */
  'global-quality': define({
    args: z.object({ from: calendarDate.optional(), to: calendarDate.optional() }).strict(),
    run: async (services, args): Promise<GlobalQualityResponse> => {
      const { globalQuality } = await import('../global/index.ts');
      return globalQuality(globalOf(services), {
        ...(args.from === undefined ? {} : { from: args.from }),
        ...(args.to === undefined ? {} : { to: args.to }),
      });
    },
  }),

  /**
   * Bulk upload of the file at `path` (absolute; read by the process that holds the store, so
   * the node's own user must be able to read it). A dry run answers the row-by-row report; an
   * import runs to its end with progress and answers the same report with what it stored.
   */
  import: define({
    args: z.object({ path: filePath, dryRun: z.boolean().default(false), by: operator }).strict(),
    run: async (services, args, { progress }): Promise<ImportReport> => {
      const imports = importsOf(services);
      const job = await imports.receiveFile(args.path, { by: args.by, dryRun: args.dryRun });
      return args.dryRun
        ? imports.runDryRun(job.id, { onProgress: progress })
        : imports.runImport(job.id, { onProgress: progress });
    },
  }),

  /** Finishes every import a crash or a shutdown interrupted (one in progress is waited for). */
  'import-resume': define({
    args: z.object({}).strict(),
    run: async (services, _args, { progress }): Promise<{ items: ImportReport[] }> => ({
      items: await importsOf(services).resumeUnfinished({ onProgress: progress }),
    }),
  }),

  /**
   * A consistent, sealed backup (node/backup) into `out` (absolute: a new file, or a folder that
   * gets a timestamped one) with the key in `keyFile`; `keep` rotates the folder.
   */
  backup: define({
    args: z
      .object({
        out: filePath,
        keyFile: filePath,
        keep: z.number().int().min(1).max(10_000).optional(),
        by: operator,
      })
      .strict(),
    run: async (services, args, { progress }) => {
      const { runBackupCommand } = await import('../backup/command.ts');
      return runBackupCommand(services, args, progress);
    },
  }),

  'audit-verify': define({
    args: z.object({ by: operator }).strict(),
    run: async ({ audit }, args): Promise<AuditVerifyReport & { head?: { seq: number; hash: string } }> => {
      const report = await audit.verifyAndRecord(args.by);
      const head = await audit.head();
      return { ...report, ...(head ? { head: { seq: head.seq, hash: head.hash } } : {}) };
    },
  }),

  /** The whole log as JSON Lines, oldest first; the export is audited in the log first. */
  'audit-export': define({
    args: z.object({ by: operator }).strict(),
    run: async ({ audit }, args): Promise<{ lines: string; count: number }> => {
      await audit.append({
        action: 'audit-exported',
        actor: args.by,
        outcome: 'ok',
        details: { count: ((await audit.head())?.seq ?? 0) + 1 },
      });
      let lines = '';
      let count = 0;
      for await (const line of audit.exportJsonLines()) {
        lines += line;
        count++;
      }
      return { lines, count };
    },
  }),
} as const;

export type CommandName = keyof typeof commands;
export type CommandArgs<N extends CommandName> = z.input<(typeof commands)[N]['args']>;
export type CommandResult<N extends CommandName> = Awaited<ReturnType<(typeof commands)[N]['run']>>;

export const isCommandName = (name: string): name is CommandName => Object.hasOwn(commands, name);

/** Validates the arguments and runs the command; the one entry point for both routes. */
export async function runCommandWith<N extends CommandName>(
  services: NodeServices,
  name: N,
  args: unknown,
  context: CommandContext,
): Promise<CommandResult<N>> {
  const command = commands[name] as unknown as CommandDefinition<unknown, CommandResult<N>>;
  const parsed = parseArgs(command.args, args);
  return command.run(services, parsed, context);
}

function parseArgs<A>(schema: z.ZodType<A>, args: unknown): A {
  const result = schema.safeParse(args ?? {});
  if (!result.success) throw new ValidationError(toValidationIssues(result.error, 'argument'));
  return result.data;
}

/** The arguments of command `name` that name a file or a folder (declared with `filePath`). */
export function pathArgumentsOf(name: CommandName): string[] {
  const schema: z.ZodType = commands[name].args;
  if (!(schema instanceof z.ZodObject)) return [];
  return Object.entries(schema.shape as Record<string, z.ZodType>)
    .filter(([, field]) => (field instanceof z.ZodOptional ? field.unwrap() : field) === filePath)
    .map(([key]) => key);
}
