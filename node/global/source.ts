/**
 * One source, two places: the global CEN as the API reads it, whichever node answers. On the
 * WCO node it is the global store itself (`LocalGlobalSource`); on a member's node it is the
 * WCO node, reached over `/cen/global/1.0.0` on the user's behalf (`RemoteGlobalSource`,
 * remote.ts). The routes of node/api/routes/global.ts and the WCO node's protocol server
 * (serve.ts) both go through this interface, so a member's officer and a WCO analyst see the
 * same answers.
 *
 * @example
 *   const source: GlobalSource = role === 'wco' ? new LocalGlobalSource({ global, photos }) : remote;
 *   const page = await source.search({ commodity: 'cocaine' }, { username: 'otieno', role: 'officer' });
 */
import type { GlobalCase, GlobalCasePage } from '../../protocol/api.ts';
import { NotFoundError } from '../errors.ts';
import type { PhotoSize } from '../photos/index.ts';
import type { CaseQuery } from '../store/types.ts';
import type { GlobalPhotos } from './photos.ts';
import { globalCaseOf, type GlobalStore } from './store.ts';

/** The user a request is made for, as the node that serves the API knows them. */
export interface GlobalUser {
  username: string;
  role: string;
}

/** A photo's bytes (at most the photo library's limit) and their media type. */
export interface GlobalPhoto {
  bytes: Buffer;
  mime: string;
}

/** Global statistics as JSON: the WCO node computes and disclosure-controls them; members relay them unchanged. */
export type GlobalStatsAnswer = unknown;

/** Computes the released global statistics from the query string (the WCO node's, node/global/statistics.ts). */
export type GlobalStatistics = (query: Readonly<Record<string, unknown>>) => Promise<GlobalStatsAnswer>;

export interface GlobalSource {
  /** `local` on the WCO node, `remote` on a member's node. */
  readonly kind: 'local' | 'remote';
  /** One page of the global CEN with the national search filters, newest seizure first. */
  search(query: CaseQuery, user: GlobalUser): Promise<GlobalCasePage>;
  /** One contributed case; NotFoundError when the global store does not hold it. */
  getCase(member: string, id: string, user: GlobalUser): Promise<GlobalCase>;
  /** A photo a global case keeps, or its thumbnail; NotFoundError otherwise. */
  photo(hash: string, size: PhotoSize, user: GlobalUser): Promise<GlobalPhoto>;
  /** Released global statistics; undefined when this node cannot compute or relay them. */
  stats?(query: Readonly<Record<string, unknown>>, user: GlobalUser): Promise<GlobalStatsAnswer>;
}

export interface LocalGlobalSourceDeps {
  global: Pick<GlobalStore, 'search' | 'get'>;
  photos: Pick<GlobalPhotos, 'read'>;
  statistics?: GlobalStatistics;
}

/** The global CEN on the WCO node: its own store. */
export class LocalGlobalSource implements GlobalSource {
  readonly kind = 'local';
  readonly #deps: LocalGlobalSourceDeps;
  readonly stats?: GlobalSource['stats'];

  constructor(deps: LocalGlobalSourceDeps) {
    this.#deps = deps;
    const { statistics } = deps;
    if (statistics) this.stats = (query) => statistics(query);
  }

  search(query: CaseQuery): Promise<GlobalCasePage> {
    return this.#deps.global.search(query);
  }

  async getCase(member: string, id: string): Promise<GlobalCase> {
    const entry = await this.#deps.global.get(member, id);
    if (!entry) throw new NotFoundError('global case', `${member}/${id}`);
    return globalCaseOf(entry);
  }

  photo(hash: string, size: PhotoSize): Promise<GlobalPhoto> {
    return this.#deps.photos.read(hash, size);
  }
}
