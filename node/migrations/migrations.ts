/**
 * The ordered list of data migrations. Each takes a data directory of format `from` (a copy the
 * runner made: see runner.ts) to format `to` = `from + 1`, and may assume the node is stopped.
 *
 * A migration must not change a content-addressed file in place (photos, publication files): the
 * copy shares those with the original through hard links. To change one, write a new file and
 * rename it over the old name, which breaks the link. Everything else in the copy is its own.
 */
import { accountsInCurrentFormat } from './accounts.ts';

/** What a migration reports as it works (one line each; the runner prefixes the step). */
export type MigrationLog = (line: string) => void;

export interface Migration {
  from: number;
  to: number;
  /** One line an operator understands: what this migration changes. */
  title: string;
  run(dataDir: string, log: MigrationLog): Promise<void>;
}

export const MIGRATIONS: readonly Migration[] = [accountsInCurrentFormat];

/** The newest format: what `init` writes and what this release's node opens. */
export const CURRENT_DATA_FORMAT: number = MIGRATIONS.at(-1)?.to ?? 1;

/** The migrations from `found` to the newest of `list`, checked to form an unbroken chain. */
export function migrationsFrom(found: number, list: readonly Migration[] = MIGRATIONS): Migration[] {
  const chain = list.filter((m) => m.from >= found);
  let at = found;
  for (const migration of chain) {
    if (migration.from !== at || migration.to !== at + 1) {
      throw new TypeError(
        `migration list is broken at format ${at}: next is ${migration.from} → ${migration.to}`,
      );
    }
    at = migration.to;
  }
  return chain;
}
