/**
 * The global store's key layout in the WCO node's KvStore: `global-cases` (each member's
 * contributed cases, key `<member node id> \0 <case id>`, value the received record with its
 * provenance), `global-members` (per member: how many cases, the last batch, how far its change
 * log has arrived) and `global-state` (the write counter the derived search index follows).
 */
export const GLOBAL_NS = {
  cases: 'global-cases',
  members: 'global-members',
  state: 'global-state',
} as const;

const SEP = '\x00';

export const globalCaseKey = (member: string, id: string) => `${member}${SEP}${id}`;
export const memberOfCaseKey = (key: string) => key.slice(0, key.indexOf(SEP));

/** The number of writes to `global-cases` so far; the search index records the one it has applied. */
export const WRITE_COUNT_KEY = 'writes';
