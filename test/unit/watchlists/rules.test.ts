/**
 * Watch-list rules as an analyst writes them (each refusal names its field path and rule) and the
 * one decision they feed: which cases match, on what.
 */
import { expect } from 'chai';
import type { Case } from '../../../protocol/records.ts';
import { caseFacts, matchRule, validateRuleInput, type RuleContent } from '../../../node/watchlists/index.ts';
import { containerNumber, imoNumber, item, validCase } from '../../compliance/fixtures.ts';

const CONTAINER = containerNumber('MSK', 123456);

function valid(input: unknown, author = 'amina'): RuleContent {
  const checked = validateRuleInput(input, author);
  if (!checked.ok) throw new Error(JSON.stringify(checked.issues));
  return checked.value;
}

function issues(input: unknown): { path: string; rule: string }[] {
  const checked = validateRuleInput(input, 'amina');
  if (checked.ok) throw new Error('expected the rule to be refused');
  return checked.issues.map(({ path, rule }) => ({ path, rule }));
}

/** A stored case of this node from the fixtures (the facts only read its fields). */
const caseOf = (overrides: Parameters<typeof validCase>[0] = {}) =>
  ({ ...validCase(overrides), reportingCountry: 'KE' }) as unknown as Case;

/** Cocaine from Colombia through Spain in a sea container, hidden in the cargo. */
const PATTERN = {
  commodity: ['cocaine'],
  routeOrigin: ['CO', 'EC'],
  conveyanceMode: ['sea-container'],
  concealmentMethod: ['cargo'],
};

describe('watch-list rules', () => {
  describe('validation', () => {
    it('keeps identifiers in the normal form cases are indexed by, once each, and the author as owner', () => {
      const spaced = `${CONTAINER.slice(0, 4).toLowerCase()} ${CONTAINER.slice(4, 10)}-${CONTAINER.slice(10)}`;
      const rule = valid({
        name: '  Known reefers ',
        kind: 'list',
        list: { type: 'container', values: [spaced, CONTAINER] },
      });
      expect(rule).to.deep.include({ name: 'Known reefers', owners: ['amina'], active: true, shared: false });
      expect(rule.list).to.deep.equal({ type: 'container', values: [CONTAINER] });
      expect(
        valid({ name: 'Ship', kind: 'list', list: { type: 'imo', values: [`IMO ${imoNumber(907472)}`] } })
          .list!.values,
      ).to.deep.equal([imoNumber(907472)]);
    });

    it('names the path and the rule of every refusal', () => {
      expect(
        issues({ kind: 'list', list: { type: 'container', values: [CONTAINER, 'MSKU1234560', 'ABC'] } }),
      ).to.deep.equal([
        { path: 'name', rule: 'required' },
        { path: 'list.values[1]', rule: 'container-check-digit' },
        { path: 'list.values[2]', rule: 'pattern' },
      ]);
      expect(
        issues({
          name: 'x',
          kind: 'pattern',
          pattern: { commodity: ['cocaine', 'moon-rock'], colour: ['red'] },
        }),
      ).to.deep.equal([
        { path: 'pattern.commodity[1]', rule: 'vocabulary' },
        { path: 'pattern.colour', rule: 'unknown-field' },
      ]);
      expect(issues({ name: 'x', kind: 'pattern', pattern: {} })).to.deep.equal([
        { path: 'pattern', rule: 'required' },
      ]);
      expect(
        issues({ name: 'x', kind: 'list', list: { type: 'container', values: [] }, pattern: PATTERN }),
      ).to.deep.equal([
        { path: 'list.values', rule: 'required' },
        { path: 'pattern', rule: 'unknown-field' },
      ]);
      expect(
        issues({ name: 'x', kind: 'maybe', owners: ['Not A User!'], shared: 'yes', extra: 1 }),
      ).to.deep.equal([
        { path: 'extra', rule: 'unknown-field' },
        { path: 'kind', rule: 'vocabulary' },
        { path: 'owners[0]', rule: 'pattern' },
        { path: 'shared', rule: 'type' },
      ]);
      expect(issues('a rule')).to.deep.equal([{ path: '', rule: 'type' }]);
    });
  });

  describe('matching', () => {
    const pattern = valid({ name: 'Andean cocaine by sea', kind: 'pattern', pattern: PATTERN });

    it('a pattern matches on commodity + route + conveyance + concealment, naming what matched', () => {
      expect(matchRule(pattern, caseFacts(caseOf()))).to.deep.equal([
        { field: 'commodity', value: 'cocaine' },
        { field: 'routeOrigin', value: 'CO' },
        { field: 'conveyanceMode', value: 'sea-container' },
        { field: 'concealmentMethod', value: 'cargo' },
      ]);
    });

    it('a pattern does not match when any one of its fields differs', () => {
      const variants: Parameters<typeof validCase>[0][] = [
        { items: [item(1)] }, // cannabis, not cocaine
        { route: { origin: 'BR', transit: ['ES'], destination: 'KE' } },
        { conveyance: { mode: 'air-cargo' } },
        { concealment: { method: 'baggage' } },
      ];
      for (const variant of variants)
        expect(matchRule(pattern, caseFacts(caseOf(variant))), JSON.stringify(variant)).to.equal(undefined);
      // A case received without the route (the agreement left it out) does not match a route pattern.
      const { route: _route, ...partial } = caseOf();
      expect(matchRule(pattern, caseFacts(partial))).to.equal(undefined);
    });

    it('codes of one field are alternatives: any of them matches', () => {
      expect(
        matchRule(pattern, caseFacts(caseOf({ route: { origin: 'EC', destination: 'KE' } }))),
      ).to.deep.include({
        field: 'routeOrigin',
        value: 'EC',
      });
      const anyRoute = valid({ name: 'Through Spain', kind: 'pattern', pattern: { routeCountry: ['ES'] } });
      expect(matchRule(anyRoute, caseFacts(caseOf()))).to.deep.equal([
        { field: 'routeCountry', value: 'ES' },
      ]);
    });

    it('a list matches the case’s container, ship and vehicle, and the documents and registrations it links', () => {
      const c = caseOf({
        conveyance: {
          mode: 'road',
          containerNumber: CONTAINER,
          imo: imoNumber(907472),
          vehicleRegistration: 'kbc 123a',
        },
      });
      const linked = [
        { type: 'document' as const, value: 'AK1234567' },
        { type: 'registration' as const, value: 'PVT-2019-44871' },
      ];
      const facts = caseFacts(c, linked);
      const list = (type: string, values: string[]) =>
        valid({ name: type, kind: 'list', list: { type, values } });
      expect(matchRule(list('container', ['CSQU3054383', CONTAINER]), facts)).to.deep.equal([
        { field: 'container', value: CONTAINER },
      ]);
      expect(matchRule(list('imo', [imoNumber(907472)]), facts)).to.have.length(1);
      expect(matchRule(list('vehicle', ['KBC-123A']), facts)).to.deep.equal([
        { field: 'vehicle', value: 'KBC123A' },
      ]);
      expect(matchRule(list('document', ['ak 1234567']), facts)).to.deep.equal([
        { field: 'document', value: 'AK1234567' },
      ]);
      expect(matchRule(list('company', ['pvt 2019 44871']), facts)).to.deep.equal([
        { field: 'company', value: 'PVT201944871' },
      ]);
      expect(matchRule(list('container', ['CSQU3054383']), facts)).to.equal(undefined);
      expect(matchRule(list('document', ['AK7654321']), caseFacts(c))).to.equal(undefined);
    });
  });
});
