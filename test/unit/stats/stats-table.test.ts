/**
 * The statistics table in memory: after many cases are added, replaced and removed (enough for
 * its item and value columns to be compacted several times, with slots reused out of order),
 * every live case still reads back exactly as it was last put; and the calendar arithmetic the
 * queries rely on.
 */
import { expect } from 'chai';
import { QUALITY_FIELDS } from '../../../protocol/api.ts';
import { Random } from '../../../node/seed/random.ts';
import {
  addDays,
  daysInRange,
  nextPeriod,
  periodLabel,
  periodsBetween,
  previousPeriod,
} from '../../../node/stats/periods.ts';
import { CASE_COLUMN_NAMES, MULTI_VALUE_NAMES, type CaseColumn } from '../../../node/stats/rows.ts';
import { QUALITY_BIT, StatsTable, VALUE_DIMENSION, type CaseFacts } from '../../../node/stats/table.ts';

function randomFacts(rng: Random, id: string): CaseFacts {
  const day = 20240101 + rng.int(0, 11) * 100 + rng.int(0, 27);
  const columns = {} as Record<CaseColumn, string | null>;
  for (const name of CASE_COLUMN_NAMES) columns[name] = rng.chance(0.3) ? null : `${name}-${rng.int(0, 5)}`;
  const quality = {} as CaseFacts['row']['quality'];
  for (const field of QUALITY_FIELDS) quality[field] = rng.chance(0.5) ? 1 : 0;
  return {
    row: {
      id,
      day,
      month: Math.floor(day / 100),
      year: Math.floor(day / 10_000),
      delay: rng.int(0, 400),
      columns,
      quality,
    },
    items: Array.from({ length: rng.int(0, 4) }, () => ({
      itrArea: `area-${rng.int(0, 3)}`,
      commodity: `commodity-${rng.int(0, 9)}`,
      unit: rng.chance(0.1) ? null : `unit-${rng.int(0, 2)}`,
      quantity: rng.chance(0.1) ? null : rng.int(1, 1000) / 4,
      valueUsd: rng.chance(0.5) ? null : rng.int(0, 10_000),
    })),
    values: MULTI_VALUE_NAMES.flatMap((dimension) =>
      Array.from({ length: rng.int(0, 3) }, (_, i) => ({ dimension, value: `${dimension}-${i}` })),
    ),
  };
}

/** What the table holds of a case, read back into the shape it was put in. */
function readBack(table: StatsTable, id: string): CaseFacts {
  const slot = table.slotOf.get(id)!;
  const columns = {} as Record<CaseColumn, string | null>;
  for (const name of CASE_COLUMN_NAMES) columns[name] = table.nameOf(table.columns[name][slot]!);
  const quality = {} as CaseFacts['row']['quality'];
  for (const field of QUALITY_FIELDS)
    quality[field] = (table.quality[slot]! & QUALITY_BIT[field]) !== 0 ? 1 : 0;
  const items = [];
  for (let i = table.itemStart[slot]!; i < table.itemStart[slot]! + table.itemCount[slot]!; i++) {
    items.push({
      itrArea: table.nameOf(table.itemArea[i]!),
      commodity: table.nameOf(table.itemCommodity[i]!),
      unit: table.nameOf(table.itemUnit[i]!),
      quantity: Number.isNaN(table.itemQuantity[i]!) ? null : table.itemQuantity[i]!,
      valueUsd: Number.isNaN(table.itemValue[i]!) ? null : table.itemValue[i]!,
    });
  }
  const values = [];
  for (let v = table.valueStart[slot]!; v < table.valueStart[slot]! + table.valueCount[slot]!; v++) {
    values.push({
      dimension: MULTI_VALUE_NAMES[table.valueDimension[v]!]!,
      value: table.nameOf(table.valueCode[v]!)!,
    });
  }
  return {
    row: {
      id: table.ids[slot]!,
      day: table.day[slot]!,
      month: table.month[slot]!,
      year: table.year[slot]!,
      delay: table.delay[slot]!,
      columns,
      quality,
    },
    items,
    values,
  };
}

describe('statistics table', () => {
  it('reads every live case back as last put, through replacements, removals and compactions', () => {
    const rng = new Random(5);
    const table = new StatsTable();
    const expected = new Map<string, CaseFacts>();
    let next = 0;
    for (let step = 0; step < 30_000; step++) {
      const roll = rng.int(0, 9);
      const ids = [...expected.keys()];
      if (roll < 5 || ids.length === 0) {
        const id = `case-${next++}`;
        const facts = randomFacts(rng, id);
        table.put(facts);
        expected.set(id, facts);
      } else if (roll < 8) {
        const id = rng.pick(ids);
        const facts = randomFacts(rng, id);
        table.put(facts);
        expected.set(id, facts);
      } else {
        const id = rng.pick(ids);
        table.remove(id);
        expected.delete(id);
      }
    }
    expect(table.size).to.equal(expected.size);
    // Slots were reused, and the item columns were compacted: they hold no more than the live items.
    expect(table.slots).to.be.below(next);
    const liveItems = [...expected.values()].reduce((sum, facts) => sum + facts.items.length, 0);
    expect(table.items).to.be.below(liveItems * 2 + 4097);
    for (const [id, facts] of expected) expect(readBack(table, id), id).to.deep.equal(facts);
    for (let slot = 0; slot < table.slots; slot++)
      if (table.live[slot] === 1) expect(expected.has(table.ids[slot]!)).to.equal(true);
  });

  it('interns codes once, knows none for a value no case held, and forgets everything on clear', () => {
    const table = new StatsTable();
    const rng = new Random(1);
    table.put(randomFacts(rng, 'a'));
    const code = table.codeOf('country-1');
    expect(table.codeOf('country-1')).to.equal(code);
    expect(table.nameOf(code)).to.equal('country-1');
    expect(table.find('never-seen')).to.equal(-1);
    expect(table.codeOf(null)).to.equal(0);
    expect(VALUE_DIMENSION.routeCountry).to.equal(MULTI_VALUE_NAMES.indexOf('routeCountry'));
    table.clear();
    expect(table.size).to.equal(0);
    expect(table.slotOf.has('a')).to.equal(false);
    table.put(randomFacts(rng, 'b'));
    expect(table.slotOf.get('b')).to.equal(0);
  });

  it('steps through months and years across year ends, and counts days in a range', () => {
    expect(previousPeriod(202601, 'month')).to.equal(202512);
    expect(nextPeriod(202512, 'month')).to.equal(202601);
    expect(previousPeriod(2026, 'year')).to.equal(2025);
    expect(periodsBetween(202511, 202602, 'month').map((p) => periodLabel(p, 'month'))).to.deep.equal([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    expect(periodsBetween(2027, 2026, 'year')).to.deep.equal([]);
    expect(daysInRange('2024-02-01', '2024-02-29')).to.equal(29);
    expect(addDays('2024-03-01', -1)).to.equal('2024-02-29');
  });
});
