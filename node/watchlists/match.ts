/**
 * The one decision of the watch lists, pure: does this case match this rule, and on what? A
 * case is first reduced to its facts (the identifiers and vocabulary codes rules can test), from
 * a case of this node or from a case as a partner's agreement let it arrive, which may lack any
 * field; then every rule is a lookup in them.
 *
 * - A list rule matches when the case holds any of its identifiers: its container, ship (IMO) or
 *   vehicle, the document numbers of the persons it links, the registration numbers of the
 *   businesses it links.
 * - A pattern rule matches when, for every field it names, the case holds at least one of that
 *   field's codes (AND across fields, OR within one).
 *
 * @example
 *   const facts = caseFacts(c, [{ type: 'container', value: 'MSKU1234565' }]);
 *   matchRule(rule, facts); // [{ field: 'container', value: 'MSKU1234565' }] or undefined
 */
import type { WatchlistListType, WatchlistMatchedField, WatchlistPatternField } from '../../protocol/api.ts';
import type { Case, IdentifierType } from '../../protocol/records.ts';
import { MAX_MATCHED_VALUES } from './constants.ts';
import { normaliseListValue, type RuleBody } from './rules.ts';

/** What rules can test in a case: identifiers by list type (normalised) and codes by field. */
export interface CaseFacts {
  identifiers: Readonly<Record<WatchlistListType, ReadonlySet<string>>>;
  fields: Readonly<Record<WatchlistPatternField, ReadonlySet<string>>>;
}

/** An identifier from a linked person or business, as `node/store/keys.ts` names them. */
export interface LinkedIdentifier {
  type: IdentifierType;
  value: string;
}

const strings = (values: readonly unknown[]): string[] =>
  values.filter((value): value is string => typeof value === 'string' && value !== '');

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

const field = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;

/**
 * The facts of a case (complete, or partial as received). `linked` are the identifiers of the
 * persons and businesses it links that still exist (a person's documents, a business's
 * registration), which the caller reads where those records live.
 */
export function caseFacts(c: Partial<Case>, linked: readonly LinkedIdentifier[] = []): CaseFacts {
  const identifiers: Record<WatchlistListType, Set<string>> = {
    container: new Set(),
    company: new Set(),
    imo: new Set(),
    document: new Set(),
    vehicle: new Set(),
  };
  const add = (type: WatchlistListType, raw: unknown) => {
    if (typeof raw !== 'string') return;
    const value = normaliseListValue(type, raw);
    if (value !== '') identifiers[type].add(value);
  };
  add('container', field(c.conveyance, 'containerNumber'));
  add('imo', field(c.conveyance, 'imo'));
  add('vehicle', field(c.conveyance, 'vehicleRegistration'));
  for (const identifier of linked) {
    if (identifier.type === 'document') add('document', identifier.value);
    else if (identifier.type === 'registration') add('company', identifier.value);
    // A case's own container and IMO number may come through here too: the same sets.
    else add(identifier.type, identifier.value);
  }

  const route = c.route;
  const items = asArray(c.items);
  const origin = strings([field(route, 'origin')]);
  const departure = strings([field(route, 'departure')]);
  const transit = strings(asArray(field(route, 'transit')));
  const destination = strings([field(route, 'destination')]);
  const fields: Record<WatchlistPatternField, Set<string>> = {
    itrArea: new Set(strings(items.map((item) => field(item, 'itrArea')))),
    commodity: new Set(strings(items.map((item) => field(item, 'commodity')))),
    offenceType: new Set(strings(asArray(c.offenceTypes))),
    routeOrigin: new Set(origin),
    routeDeparture: new Set(departure),
    routeTransit: new Set(transit),
    routeDestination: new Set(destination),
    routeCountry: new Set([...origin, ...departure, ...transit, ...destination]),
    conveyanceMode: new Set(strings([field(c.conveyance, 'mode')])),
    concealmentMethod: new Set(strings([field(c.concealment, 'method')])),
    detectionMethod: new Set(strings([field(c.detection, 'method')])),
    locationType: new Set(strings([field(c.location, 'type')])),
    direction: new Set(strings([c.direction])),
    reportingCountry: new Set(strings([c.reportingCountry])),
  };
  return { identifiers, fields };
}

/** What in `facts` matches `rule`, or undefined when the case does not match it. */
export function matchRule(
  rule: Pick<RuleBody, 'kind' | 'list' | 'pattern'>,
  facts: CaseFacts,
): WatchlistMatchedField[] | undefined {
  if (rule.kind === 'list') {
    if (!rule.list) return undefined;
    const held = facts.identifiers[rule.list.type];
    if (held.size === 0) return undefined;
    const matched: WatchlistMatchedField[] = [];
    for (const value of rule.list.values) {
      if (held.has(value)) matched.push({ field: rule.list.type, value });
      if (matched.length === MAX_MATCHED_VALUES) break;
    }
    return matched.length > 0 ? matched : undefined;
  }
  const pattern = rule.pattern;
  if (!pattern) return undefined;
  const matched: WatchlistMatchedField[] = [];
  let tested = 0;
  for (const [name, codes] of Object.entries(pattern) as [WatchlistPatternField, string[] | undefined][]) {
    if (!codes || codes.length === 0) continue;
    tested++;
    const held = facts.fields[name];
    const hits = codes.filter((code) => held.has(code));
    if (hits.length === 0) return undefined;
    for (const value of hits) if (matched.length < MAX_MATCHED_VALUES) matched.push({ field: name, value });
  }
  // A pattern that tests nothing would match every case: never.
  return tested > 0 ? matched : undefined;
}
