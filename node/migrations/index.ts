/**
 * Versioned data migrations. A data directory records its format in `data-format.json` (absent:
 * format 1, the data of release 0.1.0); `MIGRATIONS` take it one format at a time to
 * `CURRENT_DATA_FORMAT`. `migrateDataDirectory` never changes the original: it migrates a copy
 * beside it and swaps with renames, keeping the original as `<data>.before-format-N`; a crash at
 * any point is finished or undone by the next run. `cen-node migrate` and `cen-node start` run it;
 * `init` writes the current format; a restore migrates the restored data before verifying it.
 * See docs/decisions/0013-data-migrations.md.
 *
 * @example
 *   const plan = await planMigration('/var/lib/cen-node/data');   // { found: 1, target: 2, migrations: [...] }
 *   const result = await migrateDataDirectory('/var/lib/cen-node/data', { log: console.error });
 *   console.log(result.keptAs);   // /var/lib/cen-node/data.before-format-1
 */
export {
  DataDirectoryInUseError,
  DataFormatMarkerError,
  DataFormatOutdatedError,
  DataFormatTooNewError,
  MigrationFailedError,
  MigrationLayoutError,
  NotEnoughSpaceError,
} from './errors.ts';
export {
  DATA_FORMAT_FILE,
  FIRST_DATA_FORMAT,
  readDataFormat,
  readDataFormatMarker,
  type DataFormatMarker,
  type MigrationRecord,
} from './format.ts';
export {
  CURRENT_DATA_FORMAT,
  MIGRATIONS,
  migrationsFrom,
  type Migration,
  type MigrationLog,
} from './migrations.ts';
export {
  assertCurrentDataFormat,
  copyPathOf,
  keptPathOf,
  MIGRATION_STEPS,
  migrateDataDirectory,
  migrateInPlace,
  planMigration,
  recoverInterruptedMigration,
  SWAP_JOURNAL,
  writeCurrentDataFormat,
  type MigrateOptions,
  type MigrationPlan,
  type MigrationResult,
  type MigrationStep,
} from './runner.ts';
