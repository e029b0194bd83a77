/**
 * `cen-node check` on a WCO node: the global store against itself and against its derived search
 * index. Each contributed case must sit under its member's key and its own id, name the member's
 * country as its reporting country, and be counted in the member's row; a member with cases has a
 * row unless its purge is under way (purge.ts); the search index must have applied the store's
 * last write and hold exactly the cases LevelDB holds (behind: a crash between the batch and the
 * index update, which the next start repairs; ahead: an index copied from elsewhere).
 *
 * Read-only: the index file is opened read-only beside the running node's own connection.
 *
 * @example
 *   const report = await checkGlobalStore({ kv, indexPath: join(dataDir, GLOBAL_INDEX_FILE) });
 *   report.ok; report.problems; // ['the search index holds 3 cases LevelDB does not, e.g. …']
 */
import { access } from 'node:fs/promises';
import { DatabaseSync } from 'node:sqlite';
import type { KvStore } from '../store/kv.ts';
import { GLOBAL_NS, WRITE_COUNT_KEY } from './keys.ts';
import { GLOBAL_PURGE_NS } from './purge.ts';
import type { GlobalEntry, MemberState } from './store.ts';

/** Problems listed one by one; beyond this many they are counted. */
const MAX_PROBLEMS = 200;
/** Ids shown when a whole set of cases differs. */
const EXAMPLES = 3;

export interface GlobalCheckReport {
  ok: boolean;
  problems: string[];
  /** Cases in LevelDB and in the search index. */
  cases: number;
  indexed: number;
}

export async function checkGlobalStore(options: {
  kv: KvStore;
  indexPath: string;
}): Promise<GlobalCheckReport> {
  const { kv } = options;
  const problems: string[] = [];
  let more = 0;
  const problem = (text: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push(text);
    else more++;
  };

  const held = new Set<string>();
  const perMember = new Map<string, number>();
  for await (const [key, value] of kv.iterate(GLOBAL_NS.cases)) {
    held.add(key);
    const entry = value as GlobalEntry;
    const [member, id] = key.split('\x00') as [string, string | undefined];
    const owner = entry.provenance.owner;
    perMember.set(member, (perMember.get(member) ?? 0) + 1);
    if (owner.nodeId !== member) {
      problem(`global case ${id} is kept under member ${member} but was contributed by ${owner.nodeId}`);
    }
    if (entry.id !== id || entry.record.id !== id) {
      problem(
        `global case under key ${member}/${id} holds case ${JSON.stringify(entry.record.id ?? entry.id)}`,
      );
    }
    if (entry.type !== 'case') problem(`global entry ${member}/${id} is a ${entry.type}, not a case`);
    const country = (entry.record as { reportingCountry?: unknown }).reportingCountry;
    if (country !== owner.country) {
      problem(
        `global case ${id} of ${owner.country} (${member}) names ${String(country)} as reporting country`,
      );
    }
  }

  const rows = new Map<string, MemberState>();
  for await (const [key, value] of kv.iterate(GLOBAL_NS.members)) rows.set(key, value as MemberState);
  const purging = new Set<string>();
  for await (const [key] of kv.iterate(GLOBAL_PURGE_NS)) purging.add(key);
  for (const [member, count] of perMember) {
    const row = rows.get(member);
    if (!row) {
      if (!purging.has(member)) problem(`member ${member} has ${count} global cases and no member row`);
    } else if (row.cases !== count) {
      problem(`member ${member} (${row.country}) is counted with ${row.cases} cases; it has ${count}`);
    }
  }
  for (const [member, row] of rows) {
    if (!perMember.has(member) && row.cases !== 0) {
      problem(`member ${member} (${row.country}) is counted with ${row.cases} cases; it has none`);
    }
    if (purging.has(member)) problem(`member ${member} is listed although its purge is under way`);
  }
  for (const member of purging) {
    problem(`the purge of member ${member} is unfinished (the node finishes it when it runs)`);
  }

  const writes = ((await kv.get(GLOBAL_NS.state, WRITE_COUNT_KEY)) as number | undefined) ?? 0;
  let indexed = 0;
  const exists = await access(options.indexPath).then(
    () => true,
    () => false,
  );
  if (!exists) {
    if (held.size > 0) problem('the search index is missing (the node rebuilds it when it starts)');
  } else {
    const db = new DatabaseSync(options.indexPath, { readOnly: true });
    try {
      const applied = Number(
        (db.prepare("SELECT value FROM meta WHERE key = 'writes'").get() as { value: string } | undefined)
          ?.value ?? 0,
      );
      if (applied < writes) {
        problem(
          `the search index is behind: it applied write ${applied} of ${writes} (the node rebuilds it)`,
        );
      } else if (applied > writes) {
        problem(`the search index is ahead: it applied write ${applied}, the store made ${writes}`);
      }
      const inIndex = new Set<string>();
      for (const row of db.prepare('SELECT member, id FROM cases').iterate() as Iterable<{
        member: string;
        id: string;
      }>) {
        inIndex.add(`${row.member}\x00${row.id}`);
      }
      indexed = inIndex.size;
      const extra = [...inIndex].filter((key) => !held.has(key));
      const missing = [...held].filter((key) => !inIndex.has(key));
      const show = (keys: string[]) =>
        keys
          .slice(0, EXAMPLES)
          .map((k) => k.replace('\x00', '/'))
          .join(', ');
      if (extra.length > 0) {
        problem(`the search index holds ${extra.length} cases LevelDB does not, e.g. ${show(extra)}`);
      }
      if (missing.length > 0) {
        problem(`the search index lacks ${missing.length} cases LevelDB holds, e.g. ${show(missing)}`);
      }
    } finally {
      db.close();
    }
  }
  if (more > 0) problems.push(`… and ${more} more problems`);
  return { ok: problems.length === 0, problems, cases: held.size, indexed };
}
