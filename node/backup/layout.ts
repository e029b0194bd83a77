/**
 * What of a data directory goes into a backup. LevelDB (`store/`) goes in as a snapshot of its
 * entries, never as files; the derived SQLite files are left out (the node rebuilds them from
 * LevelDB when it opens a store without them); the content-addressed file folders are linked
 * aside while the store's writes are paused, so that a file the snapshot names cannot be removed
 * before it is read; everything else (config, identity, TLS material, stored uploads) is read as
 * it is.
 */
import { GLOBAL_INDEX_FILE } from '../global/index.ts';
import { GLOBAL_PHOTOS_DIRECTORY } from '../global/photos.ts';
import { PHOTOS_DIRECTORY } from '../photos/index.ts';
import { PUBLICATION_FILES_DIRECTORY } from '../publications/store.ts';
import { STATS_FILE } from '../stats/stats-index.ts';
import { FULL_TEXT_FILE, STORE_DIRECTORY } from '../store/index.ts';

/** Folders of files named by their sha256 (`<aa>/<hash>`, `<aa>/<hash>-thumb`). */
export const CONTENT_ADDRESSED_DIRECTORIES = [
  PHOTOS_DIRECTORY,
  GLOBAL_PHOTOS_DIRECTORY,
  PUBLICATION_FILES_DIRECTORY,
] as const;

/** Derived from LevelDB and rebuilt on open (with their -wal, -shm and -journal companions). */
export const DERIVED_FILES = [FULL_TEXT_FILE, STATS_FILE, GLOBAL_INDEX_FILE] as const;

export const STAGING_PREFIX = '.backup-';

/** Whether a top-level name of the data directory stays out of the file entries. */
export function excludedTopLevel(name: string): boolean {
  if (name === STORE_DIRECTORY || name === 'control.sock' || name.startsWith('.')) return true;
  if ((CONTENT_ADDRESSED_DIRECTORIES as readonly string[]).includes(name)) return true;
  return DERIVED_FILES.some((file) => name === file || name.startsWith(`${file}-`));
}

/** Temporary folders a crash may leave (`.tmp` in the file folders). */
export const isTemporary = (name: string): boolean => name.startsWith('.');

const SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9._-]*$/;

/** A path from an archive is used only if it stays inside the directory and out of the store. */
export function isSafeRelativePath(path: string): boolean {
  const segments = path.split('/');
  if (segments.length > 8 || !segments.every((s) => SEGMENT.test(s))) return false;
  const top = segments[0]!;
  return (CONTENT_ADDRESSED_DIRECTORIES as readonly string[]).includes(top) || !excludedTopLevel(top);
}

/** `<dir>/<aa>/<hash>` or `<dir>/<aa>/<hash>-thumb`: the hash a content-addressed path names. */
export function contentHashOf(path: string): { dir: string; hash: string; thumb: boolean } | undefined {
  const match = /^([a-z-]+)\/([0-9a-f]{2})\/([0-9a-f]{64})(-thumb)?$/.exec(path);
  if (!match || !(CONTENT_ADDRESSED_DIRECTORIES as readonly string[]).includes(match[1]!)) return undefined;
  if (!match[3]!.startsWith(match[2]!)) return undefined;
  return { dir: match[1]!, hash: match[3]!, thumb: match[4] !== undefined };
}

/** The raw LevelDB key prefix of the photo index's `ref` entries (see node/store/photo-index.ts). */
export const PHOTO_REF_RAW_PREFIX = '!photos!ref\x00';

/** The namespace of a raw LevelDB key (`!<ns>!<key>`). */
export function namespaceOfRawKey(key: string): string {
  const end = key.indexOf('!', 1);
  return key.startsWith('!') && end > 1 ? key.slice(1, end) : '(other)';
}
