/**
 * `/cen/query/1.0.0`: hit/no-hit look-ups by identifier (a container, a ship's IMO number, a
 * document, a company registration) at every partner whose agreement allows queries. The owner
 * answers only whether its cases that the agreement lets the asker query hold the identifier,
 * and how many; it copies no record, and logs every query in its evidence log, so it can see
 * who asked what. The asker logs what it asked each partner and what it was told.
 *
 * @example
 *   const queries = queryService({ nodeId, peerHost, agreements, store, evidence, log });
 *   await queries.start(); // answers partners' queries from now on
 *   const { results } = await queries.ask({ type: 'container', value: 'MSKU 123456-5' }, 'maria');
 *   // [{ peer: '12D3KooW…', name: 'Tanzania Revenue Authority', country: 'TZ', hit: true, matches: 2, ms: 14.2 },
 *   //  { peer: '12D3KooW…', name: 'Uganda Revenue Authority', country: 'UG', error: 'timeout', ms: 5000.4 }]
 *   const answered = await queries.list('answered'); // who asked this node what, newest first
 */
import { QueryService, type QueryServiceComponents, type QueryServiceInit } from './service.ts';

export function queryService(components: QueryServiceComponents, init: QueryServiceInit = {}): QueryService {
  return new QueryService(components, init);
}

export {
  QueryService,
  queryKinds,
  queryLogEntry,
  type QueryServiceComponents,
  type QueryServiceInit,
} from './service.ts';
export {
  checkQuery,
  isNominalIdentifier,
  isQueryIdentifierType,
  normaliseQueryValue,
  queryRequestIssues,
  type Query,
  type QueryCheck,
} from './query-input.ts';
export { casesHolding, type QueryStore } from './lookup.ts';
export { QueryServiceStoppedError } from './errors.ts';
export * from './constants.ts';
