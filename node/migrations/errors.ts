/** The named errors of data migrations; tests assert them by `name`. */

/** The data was written by a newer release: this one must not open it (a downgrade). */
export class DataFormatTooNewError extends Error {
  override name = 'DataFormatTooNewError';
  readonly found: number;
  readonly known: number;
  constructor(dataDir: string, found: number, known: number) {
    super(
      `${dataDir} holds data of format ${found}, written by a newer release of cen-node; this release knows formats up to ${known} and will not open it. Install the newer release again, or restore a backup made by this release (cen-node restore).`,
    );
    this.found = found;
    this.known = known;
  }
}

/** The data is of an older format than this release runs: it must be migrated first. */
export class DataFormatOutdatedError extends Error {
  override name = 'DataFormatOutdatedError';
  readonly found: number;
  readonly current: number;
  constructor(dataDir: string, found: number, current: number) {
    super(
      `${dataDir} holds data of format ${found}; this release runs format ${current}: run \`cen-node migrate --data ${dataDir}\` first (\`cen-node start\` does it by itself)`,
    );
    this.found = found;
    this.current = current;
  }
}

/** The format marker exists but cannot be read as one. */
export class DataFormatMarkerError extends Error {
  override name = 'DataFormatMarkerError';
}

/** A node (or another tool) has the data directory open. */
export class DataDirectoryInUseError extends Error {
  override name = 'DataDirectoryInUseError';
  constructor(dataDir: string, what: string) {
    super(`${what} in ${dataDir}: stop the node (systemctl stop cen-node) before migrating its data`);
  }
}

/** The copy cannot be made where the migration needs it (see docs/decisions/0013). */
export class MigrationLayoutError extends Error {
  override name = 'MigrationLayoutError';
}

/** The file system holding the data has too little free space for the copy. */
export class NotEnoughSpaceError extends Error {
  override name = 'NotEnoughSpaceError';
  readonly needed: number;
  readonly available: number;
  constructor(where: string, needed: number, available: number) {
    const mb = (n: number) => `${Math.ceil(n / 1e6)} MB`;
    super(
      `the migration copies the data first and needs about ${mb(needed)} free in ${where}; only ${mb(available)} are free. Free some space (or move old backups away) and try again.`,
    );
    this.needed = needed;
    this.available = available;
  }
}

/** A migration step failed; the original data directory was left as it was. */
export class MigrationFailedError extends Error {
  override name = 'MigrationFailedError';
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
  }
}
