/**
 * The console's URLs, which are deep links officers send each other: `/cases/<id>`,
 * `/persons/<id>`, `/businesses/<id>` (and their `/edit`), `/persons?q=…`, `/businesses?q=…`,
 * `/cases/new`, `/cases?…filters`, `/users`, `/audit`, and the exchange's `/peers`, `/agreements`,
 * `/agreements/<id>`, `/agreements/proposals/<id>`, `/inbox?owner=…&mode=…`, `/inbox/<owner>/<id>`
 * and `/queries`, the watch lists' `/watchlists`, `/watchlists/new`, `/watchlists/<id>` and
 * `/notifications`, the operations' `/operations`, `/operations/new`, `/operations/<id>` and
 * `/operations/<id>/admin`, the statistics' `/stats?dimension=…&period=…&from=…` (`&view=quality`), and
 * bulk upload's `/import`, the publications' `/publications`, `/publications/new` and
 * `/publications/<id>`, the forum's `/forum` and `/forum/<thread id>`, and the global CEN's `/global?…filters` and `/global/cases/<member>/<id>`.
 * The global CEN's released statistics are at `/global-stats?…` and, on the WCO node, the data
 * quality per member and the ITR tables at `/global-quality`.
 * The History API changes the URL without reloading; the node answers `index.html` for all of
 * them, so a link opened in a new tab lands on the same screen (after sign-in if needed).
 *
 * @example
 *   parseRoute('/cases/0190…', '');        // { screen: 'case', id: '0190…' }
 *   navigate('/cases?itrArea=drugs');        // the shell re-renders on ROUTE_EVENT
 */
import { isUuidV7 } from '../../protocol/ids.ts';

/** A libp2p node id as the peer protocols spell it (Ed25519, base58btc): the owner in inbox links. */
const NODE_ID = /^12D3KooW[1-9A-HJ-NP-Za-km-z]{44}$/;
/** Proposal ids are the node's to choose: any one path segment of sensible length. */
const PROPOSAL_ID = /^[A-Za-z0-9._:-]{1,200}$/;

export type Route =
  | { screen: 'dashboard' }
  | { screen: 'cases'; query: URLSearchParams }
  | { screen: 'case-new' }
  | { screen: 'case'; id: string }
  | { screen: 'case-edit'; id: string }
  | { screen: 'persons'; query: URLSearchParams }
  | { screen: 'person'; id: string }
  | { screen: 'person-edit'; id: string }
  | { screen: 'businesses'; query: URLSearchParams }
  | { screen: 'business'; id: string }
  | { screen: 'business-edit'; id: string }
  | { screen: 'users' }
  | { screen: 'audit' }
  | { screen: 'peers' }
  | { screen: 'agreements' }
  | { screen: 'agreement'; id: string }
  | { screen: 'proposal'; id: string }
  | { screen: 'inbox'; query: URLSearchParams }
  | { screen: 'inbox-item'; owner: string; id: string }
  | { screen: 'queries' }
  | { screen: 'import' }
  | { screen: 'photos'; query: URLSearchParams }
  | { screen: 'watchlists' }
  | { screen: 'watchlist-new' }
  | { screen: 'watchlist'; id: string }
  | { screen: 'notifications' }
  | { screen: 'stats'; query: URLSearchParams }
  | { screen: 'global'; query: URLSearchParams }
  | { screen: 'global-case'; member: string; id: string }
  | { screen: 'global-stats'; query: URLSearchParams }
  | { screen: 'global-quality'; query: URLSearchParams }
  | { screen: 'publications' }
  | { screen: 'publication-new' }
  | { screen: 'publication'; id: string }
  | { screen: 'forum' }
  | { screen: 'forum-thread'; id: string }
  | { screen: 'operations' }
  | { screen: 'operation-new' }
  | { screen: 'operation'; id: string }
  | { screen: 'operation-admin'; id: string }
  | { screen: 'password' }
  | { screen: 'second-factor' }
  | { screen: 'not-found' };

export type Screen = Route['screen'];

/** Fired on window after `navigate()`; `popstate` covers back and forward. */
export const ROUTE_EVENT = 'cen-route';

export function parseRoute(pathname: string, search: string): Route {
  const parts = pathname.replace(/\/+$/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [first, second, third] = parts;
  if (parts.length === 0) return { screen: 'dashboard' };
  if (first === 'cases') {
    if (parts.length === 1) return { screen: 'cases', query: new URLSearchParams(search) };
    if (second === 'new' && parts.length === 2) return { screen: 'case-new' };
    if (isUuidV7(second)) {
      if (parts.length === 2) return { screen: 'case', id: second };
      if (third === 'edit' && parts.length === 3) return { screen: 'case-edit', id: second };
    }
  }
  if (first === 'persons' || first === 'businesses') {
    const [list, view, edit] =
      first === 'persons'
        ? (['persons', 'person', 'person-edit'] as const)
        : (['businesses', 'business', 'business-edit'] as const);
    if (parts.length === 1) return { screen: list, query: new URLSearchParams(search) };
    if (isUuidV7(second)) {
      if (parts.length === 2) return { screen: view, id: second };
      if (third === 'edit' && parts.length === 3) return { screen: edit, id: second };
    }
  }
  if (parts.length === 1 && first === 'users') return { screen: 'users' };
  if (parts.length === 1 && first === 'audit') return { screen: 'audit' };
  if (parts.length === 1 && first === 'peers') return { screen: 'peers' };
  if (first === 'agreements') {
    if (parts.length === 1) return { screen: 'agreements' };
    if (parts.length === 2 && isUuidV7(second)) return { screen: 'agreement', id: second };
    if (parts.length === 3 && second === 'proposals' && PROPOSAL_ID.test(third ?? ''))
      return { screen: 'proposal', id: third! };
  }
  if (first === 'inbox') {
    if (parts.length === 1) return { screen: 'inbox', query: new URLSearchParams(search) };
    if (parts.length === 3 && NODE_ID.test(second ?? '') && isUuidV7(third))
      return { screen: 'inbox-item', owner: second!, id: third };
  }
  if (parts.length === 1 && first === 'queries') return { screen: 'queries' };
  if (parts.length === 1 && first === 'import') return { screen: 'import' };
  if (parts.length === 1 && first === 'photos')
    return { screen: 'photos', query: new URLSearchParams(search) };
  if (first === 'watchlists') {
    if (parts.length === 1) return { screen: 'watchlists' };
    if (parts.length === 2 && second === 'new') return { screen: 'watchlist-new' };
    if (parts.length === 2 && isUuidV7(second)) return { screen: 'watchlist', id: second };
  }
  if (parts.length === 1 && first === 'notifications') return { screen: 'notifications' };
  if (parts.length === 1 && first === 'stats') return { screen: 'stats', query: new URLSearchParams(search) };
  if (parts.length === 1 && first === 'global-stats')
    return { screen: 'global-stats', query: new URLSearchParams(search) };
  if (parts.length === 1 && first === 'global-quality')
    return { screen: 'global-quality', query: new URLSearchParams(search) };
  if (first === 'global') {
    if (parts.length === 1) return { screen: 'global', query: new URLSearchParams(search) };
    const id = parts[3];
    if (parts.length === 4 && second === 'cases' && NODE_ID.test(third ?? '') && isUuidV7(id))
      return { screen: 'global-case', member: third!, id };
  }
  if (first === 'publications') {
    if (parts.length === 1) return { screen: 'publications' };
    if (parts.length === 2 && second === 'new') return { screen: 'publication-new' };
    if (parts.length === 2 && isUuidV7(second)) return { screen: 'publication', id: second };
  }
  if (first === 'forum') {
    if (parts.length === 1) return { screen: 'forum' };
    if (parts.length === 2 && isUuidV7(second)) return { screen: 'forum-thread', id: second };
  }
  if (first === 'operations') {
    if (parts.length === 1) return { screen: 'operations' };
    if (parts.length === 2 && second === 'new') return { screen: 'operation-new' };
    if (isUuidV7(second)) {
      if (parts.length === 2) return { screen: 'operation', id: second };
      if (parts.length === 3 && third === 'admin') return { screen: 'operation-admin', id: second };
    }
  }
  if (parts.length === 1 && first === 'password') return { screen: 'password' };
  if (parts.length === 1 && first === 'second-factor') return { screen: 'second-factor' };
  return { screen: 'not-found' };
}

export const currentRoute = (): Route => parseRoute(location.pathname, location.search);

export const paths = {
  dashboard: '/',
  cases: (query?: URLSearchParams | string) => {
    const text = query?.toString() ?? '';
    return text ? `/cases?${text}` : '/cases';
  },
  newCase: '/cases/new',
  case: (id: string) => `/cases/${encodeURIComponent(id)}`,
  editCase: (id: string) => `/cases/${encodeURIComponent(id)}/edit`,
  persons: (query?: URLSearchParams | string) => {
    const text = query?.toString() ?? '';
    return text ? `/persons?${text}` : '/persons';
  },
  person: (id: string) => `/persons/${encodeURIComponent(id)}`,
  editPerson: (id: string) => `/persons/${encodeURIComponent(id)}/edit`,
  businesses: (query?: URLSearchParams | string) => {
    const text = query?.toString() ?? '';
    return text ? `/businesses?${text}` : '/businesses';
  },
  business: (id: string) => `/businesses/${encodeURIComponent(id)}`,
  editBusiness: (id: string) => `/businesses/${encodeURIComponent(id)}/edit`,
  users: '/users',
  audit: '/audit',
  peers: '/peers',
  agreements: '/agreements',
  agreement: (id: string) => `/agreements/${encodeURIComponent(id)}`,
  proposal: (id: string) => `/agreements/proposals/${encodeURIComponent(id)}`,
  inbox: (query?: URLSearchParams | string) => {
    const text = query?.toString() ?? '';
    return text ? `/inbox?${text}` : '/inbox';
  },
  inboxItem: (owner: string, id: string) => `/inbox/${encodeURIComponent(owner)}/${encodeURIComponent(id)}`,
  queries: '/queries',
  /** Bulk upload of cases: templates, dry runs, imports. */
  import: '/import',
  /** Photo search (`?caption=…&itrArea=…`), or the photos like one (`?similar=<hash>&case=<id>`). */
  photos: (query?: URLSearchParams | string) => {
    const text = query?.toString() ?? '';
    return text ? `/photos?${text}` : '/photos';
  },
  watchlists: '/watchlists',
  newWatchlist: '/watchlists/new',
  watchlist: (id: string) => `/watchlists/${encodeURIComponent(id)}`,
  notifications: '/notifications',
  /** Statistics (`?dimension=…&period=…&from=…` and the case filters; `view=quality` for data quality). */
  stats: (query?: URLSearchParams | string) => {
    const text = query?.toString() ?? '';
    return text ? `/stats?${text}` : '/stats';
  },
  /** The global CEN's search (`?itrArea=…&country=…`: the national filters) and one of its cases. */
  global: (query?: URLSearchParams | string) => {
    const text = query?.toString() ?? '';
    return text ? `/global?${text}` : '/global';
  },
  /** The global CEN's released statistics (`?dimension=…&period=…`: as `/stats`). */
  globalStats: (query?: URLSearchParams | string) => {
    const text = query?.toString() ?? '';
    return text ? `/global-stats?${text}` : '/global-stats';
  },
  /** On the WCO node: data quality per member and the ITR tables (`?from=&to=`). */
  globalQuality: (query?: URLSearchParams | string) => {
    const text = query?.toString() ?? '';
    return text ? `/global-quality?${text}` : '/global-quality';
  },
  globalCase: (member: string, id: string) =>
    `/global/cases/${encodeURIComponent(member)}/${encodeURIComponent(id)}`,
  /** The WCO's publications, the composer (WCO node) and one publication. */
  publications: '/publications',
  newPublication: '/publications/new',
  publication: (id: string) => `/publications/${encodeURIComponent(id)}`,
  /** The forum held on the WCO node, and one of its threads. */
  forum: '/forum',
  forumThread: (id: string) => `/forum/${encodeURIComponent(id)}`,
  /** CENcomm: the operations, a new one (managers), an operation's room and its administration. */
  operations: '/operations',
  newOperation: '/operations/new',
  operation: (id: string) => `/operations/${encodeURIComponent(id)}`,
  operationAdmin: (id: string) => `/operations/${encodeURIComponent(id)}/admin`,
  password: '/password',
  secondFactor: '/second-factor',
} as const;

export function navigate(url: string, options: { replace?: boolean } = {}): void {
  if (url === `${location.pathname}${location.search}`) {
    if (!options.replace) return void window.dispatchEvent(new Event(ROUTE_EVENT));
  }
  if (options.replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  window.dispatchEvent(new Event(ROUTE_EVENT));
}

/**
 * Turns clicks on same-origin links (inside shadow roots too) into `navigate()` calls, leaving
 * new-tab clicks, downloads and API links to the browser.
 */
export function interceptLinkClicks(event: MouseEvent): void {
  if (event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const anchor = event
    .composedPath()
    .find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
  if (!anchor || !anchor.href || anchor.target || anchor.hasAttribute('download')) return;
  const url = new URL(anchor.href);
  if (url.origin !== location.origin || url.pathname.startsWith('/api/')) return;
  event.preventDefault();
  navigate(`${url.pathname}${url.search}`);
}
