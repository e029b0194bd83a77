/**
 * The consistency checker of the reliability tests (issue 10): compares what nodes hold after a
 * fault with the history of ACKNOWLEDGED operations, and verifies every chain a node keeps.
 *
 * - `compareHeld`: acknowledged id → version against what a receiver holds: lost (absent, or an
 *   older version), duplicated (the same id held twice), leaked (held but not allowed).
 * - `checkNodeChains`: a stopped node's store check (indexes, change log), revision chains, audit
 *   and evidence chains, as `cen-node check`, `audit verify` and `evidence verify` run them.
 * - `checkExchange`: a receiver's inbox against the owner's store and agreement, and its sync cursors
 *   (a cursor never beyond what the receiver stored).
 *
 * @example
 *   const counts = compareHeld(acked, inbox, (e) => ALLOWED_AREAS.has(areaOf(e)));
 *   const chains = await checkNodeChains(dataDir);
 *   expect({ ...counts, chains: chains.problems }).to.include({ lost: 0, duplicated: 0, leaked: 0 });
 */
import { join } from 'node:path';
import { loadConfig } from '../../node/config.ts';
import { EXCHANGE_NS, type InboxEntry } from '../../node/exchange/index.ts';
import { openServices } from '../../node/index.ts';
import { STORE_DIRECTORY } from '../../node/store/index.ts';
import { LevelKv } from '../../node/store/level-kv.ts';
import { silentLoggers } from '../../node/log.ts';
import type { Change } from '../../node/store/types.ts';

export interface Held {
  id: string;
  version: number;
}

export interface ConsistencyCounts {
  recordsChecked: number;
  lost: number;
  duplicated: number;
  leaked: number;
  /** One line per problem, for the assertion message. */
  problems: string[];
}

/**
 * Acknowledged writes (id → version) against what a node holds. `allowed` says whether a held
 * record may be there at all (agreement scope); held records that were never acknowledged are fine
 * (stored, then the acknowledgement was lost in the crash: see FIELD-NOTES) unless not allowed.
 */
export function compareHeld<T extends Held>(
  acknowledged: ReadonlyMap<string, number>,
  held: readonly T[],
  allowed: (entry: T) => boolean = () => true,
): ConsistencyCounts {
  const problems: string[] = [];
  const byId = new Map<string, T>();
  let duplicated = 0;
  let leaked = 0;
  for (const entry of held) {
    if (byId.has(entry.id)) {
      duplicated++;
      problems.push(`${entry.id} is held twice`);
    }
    byId.set(entry.id, entry);
    if (!allowed(entry)) {
      leaked++;
      problems.push(`${entry.id} is held but the agreement does not allow it`);
    }
  }
  let lost = 0;
  for (const [id, version] of acknowledged) {
    const entry = byId.get(id);
    if (!entry || entry.version < version) {
      lost++;
      problems.push(
        `${id} v${version} was acknowledged, the node holds ${entry ? `v${entry.version}` : 'nothing'}`,
      );
    }
  }
  return { recordsChecked: acknowledged.size, lost, duplicated, leaked, problems };
}

/** Adds counts up (several receivers, several trials). */
export function sumCounts(list: readonly ConsistencyCounts[]): ConsistencyCounts {
  return {
    recordsChecked: list.reduce((n, c) => n + c.recordsChecked, 0),
    lost: list.reduce((n, c) => n + c.lost, 0),
    duplicated: list.reduce((n, c) => n + c.duplicated, 0),
    leaked: list.reduce((n, c) => n + c.leaked, 0),
    problems: list.flatMap((c) => c.problems),
  };
}

/** Every entry of one namespace of a STOPPED node's store. */
export async function readNamespace<T>(dataDir: string, ns: string): Promise<[string, T][]> {
  const kv = await LevelKv.open(join(dataDir, STORE_DIRECTORY));
  try {
    const entries: [string, T][] = [];
    for await (const [key, value] of kv.iterate(ns)) entries.push([key, value as T]);
    return entries;
  } finally {
    await kv.close();
  }
}

export interface ChainsReport {
  ok: boolean;
  problems: string[];
  /** Revisions, audit entries and evidence entries verified. */
  checked: number;
}

/**
 * A stopped node's chains: `cen-node check` (store and revision chains, the WCO node's global
 * store too), the audit log and the evidence log, each as the node's own command verifies it.
 */
export async function checkNodeChains(dataDir: string): Promise<ChainsReport> {
  await using offline = await openServices(await loadConfig(dataDir, {}), { loggers: silentLoggers() });
  const { services } = offline;
  const problems: string[] = [];
  const store = await services.maintenance.check();
  problems.push(...store.problems.map((p) => `store: ${p}`));
  const chains = await services.store.verifyChains();
  if (!chains.ok) problems.push(`revision chains: ${JSON.stringify(chains.firstBad)}`);
  const audit = await services.audit.verify();
  if (!audit.ok) problems.push(`audit chain: ${JSON.stringify(audit.firstBad)}`);
  const evidence = await services.evidence.verify();
  if (!evidence.ok) problems.push(`evidence chain: ${JSON.stringify(evidence.firstBad)}`);
  return { ok: problems.length === 0, problems, checked: chains.checked + audit.checked + evidence.checked };
}

interface CursorEntry {
  cursor: number;
}

/**
 * A receiver's inbox from one owner, compared with the owner's store: every live record the owner
 * holds and `allowed` lets through is there once at its current version (lost / duplicated), nothing
 * else is (leaked), and each sync cursor the receiver keeps for the owner stays within what it
 * stored: every allowed change of the owner at or below the cursor is in the inbox. Both stopped.
 */
export async function checkExchange(options: {
  ownerDir: string;
  ownerNodeId: string;
  receiverDir: string;
  allowed?: (record: Record<string, unknown>) => boolean;
}): Promise<ConsistencyCounts> {
  const allowed = options.allowed ?? (() => true);
  const ownerCases = await readNamespace<Record<string, unknown> & Held>(options.ownerDir, 'cases');
  const expected = new Map<string, number>();
  for (const [, record] of ownerCases)
    if (!record.deletedAt && allowed(record)) expected.set(record.id, record.version);
  const inbox = (await readNamespace<InboxEntry>(options.receiverDir, EXCHANGE_NS.inbox))
    .map(([, entry]) => entry)
    .filter((entry) => entry.provenance.owner.nodeId === options.ownerNodeId && entry.type === 'case');
  const counts = compareHeld(expected, inbox, (entry) => allowed(entry.record) && expected.has(entry.id));
  // The sync cursors: keys `cursor\0<peer>\0<agreement>\0<version>` hold the owner's change seq.
  const cursors = (await readNamespace<CursorEntry>(options.receiverDir, EXCHANGE_NS.state)).filter(([key]) =>
    key.startsWith(`cursor\x00${options.ownerNodeId}\x00`),
  );
  const changes = (await readNamespace<Change>(options.ownerDir, 'changes')).map(([, change]) => change);
  const held = new Map(inbox.map((entry) => [entry.id, entry.version]));
  for (const [key, { cursor }] of cursors) {
    for (const change of changes) {
      if (change.seq > cursor || change.type !== 'case' || !expected.has(change.id)) continue;
      if ((held.get(change.id) ?? 0) < change.version) {
        counts.lost++;
        counts.problems.push(
          `cursor ${key.split('\x00').join('/')} = ${cursor} passes ${change.id} v${change.version}, not stored`,
        );
      }
    }
  }
  return counts;
}

/**
 * A member's contributions against what a WCO node's global store holds, both nodes stopped: every
 * case the member recorded as acknowledged (`contributions`, state `contributed`) is held there once
 * from this member at that version or later (lost / duplicated), and nothing nominal reached it
 * (leaked): no linked persons or businesses, no narrative, and none of `secrets` anywhere in the
 * held record.
 */
export async function checkContribution(options: {
  memberDir: string;
  memberNodeId: string;
  wcoDir: string;
  secrets?: readonly string[];
}): Promise<ConsistencyCounts> {
  const acknowledged = new Map<string, number>();
  const receipts = await readNamespace<{ caseId: string; state: string; version: number }>(
    options.memberDir,
    'contributions',
  );
  for (const [, receipt] of receipts)
    if (receipt.state === 'contributed') acknowledged.set(receipt.caseId, receipt.version);
  const held = (await readNamespace<InboxEntry>(options.wcoDir, 'global-cases'))
    .filter(([key]) => key.startsWith(`${options.memberNodeId}\x00`))
    .map(([, entry]) => entry);
  const nominal = (entry: InboxEntry): boolean => {
    const record = entry.record;
    const links = [record.persons, record.businesses].some((list) => Array.isArray(list) && list.length > 0);
    const text = JSON.stringify(record);
    return links || record.narrative !== undefined || (options.secrets ?? []).some((s) => text.includes(s));
  };
  return compareHeld(acknowledged, held, (entry) => !nominal(entry));
}
