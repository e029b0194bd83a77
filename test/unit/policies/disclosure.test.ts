/**
 * Disclosure control: no released figure counts 1..minCell-1 cases, and no hidden figure can be
 * worked out from the released ones. The second claim is checked independently of the
 * suppression code: a small simplex computes each hidden figure's feasible range over the
 * non-negative reals, given every released cell and margin and the table's additivity.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import {
  DisclosureTableError,
  isSmallCount,
  suppress,
  suppressList,
  type SuppressionPattern,
} from '../../../policies/disclosure.ts';

const EPS = 1e-9;

type LpResult = { kind: 'optimal'; value: number } | { kind: 'infeasible' } | { kind: 'unbounded' };

/**
 * Maximises c·x subject to A x = b, x ≥ 0 (two-phase tableau simplex, Bland's rule so that
 * degenerate pivots cannot cycle).
 */
function maximise(A: number[][], b: number[], c: number[]): LpResult {
  const m = A.length;
  const n = c.length;
  // Tableau rows: constraints with artificials n..n+m-1, right-hand side last.
  const width = n + m + 1;
  const t: number[][] = A.map((row, i) => {
    const sign = b[i]! < 0 ? -1 : 1;
    const r = new Array<number>(width).fill(0);
    row.forEach((v, j) => (r[j] = sign * v));
    r[n + i] = 1;
    r[width - 1] = sign * b[i]!;
    return r;
  });
  const basis = Array.from({ length: m }, (_, i) => n + i);
  const pivot = (row: number, col: number) => {
    const p = t[row]![col]!;
    for (let j = 0; j < width; j++) t[row]![j]! /= p;
    for (let i = 0; i < m; i++) {
      if (i === row) continue;
      const f = t[i]![col]!;
      if (Math.abs(f) < EPS) continue;
      for (let j = 0; j < width; j++) t[i]![j]! -= f * t[row]![j]!;
    }
    basis[row] = col;
  };
  /** Runs the simplex on objective `obj` (to maximise) over the allowed columns. */
  const run = (obj: number[], allowed: (j: number) => boolean): 'optimal' | 'unbounded' => {
    for (;;) {
      // Reduced costs: obj_j - sum over basis of obj_basis * t[i][j].
      let enter = -1;
      for (let j = 0; j < width - 1 && enter === -1; j++) {
        if (!allowed(j) || basis.includes(j)) continue;
        let reduced = obj[j] ?? 0;
        for (let i = 0; i < m; i++) reduced -= (obj[basis[i]!] ?? 0) * t[i]![j]!;
        if (reduced > EPS) enter = j;
      }
      if (enter === -1) return 'optimal';
      let leave = -1;
      let best = Infinity;
      for (let i = 0; i < m; i++) {
        const a = t[i]![enter]!;
        if (a <= EPS) continue;
        const ratio = t[i]![width - 1]! / a;
        if (ratio < best - EPS || (Math.abs(ratio - best) <= EPS && basis[i]! < basis[leave]!)) {
          best = ratio;
          leave = i;
        }
      }
      if (leave === -1) return 'unbounded';
      pivot(leave, enter);
    }
  };
  // Phase 1: drive the artificials to zero.
  const phase1 = new Array<number>(width - 1).fill(0);
  for (let i = 0; i < m; i++) phase1[n + i] = -1;
  run(phase1, () => true);
  let infeasibility = 0;
  for (let i = 0; i < m; i++) if (basis[i]! >= n) infeasibility += t[i]![width - 1]!;
  if (infeasibility > 1e-7) return { kind: 'infeasible' };
  // Artificials left in the basis at zero: pivot them out where a real column allows.
  for (let i = 0; i < m; i++) {
    if (basis[i]! < n) continue;
    for (let j = 0; j < n; j++)
      if (Math.abs(t[i]![j]!) > EPS && !basis.includes(j)) {
        pivot(i, j);
        break;
      }
  }
  const objective = [...c, ...new Array<number>(m).fill(0)];
  if (run(objective, (j) => j < n) === 'unbounded') return { kind: 'unbounded' };
  let value = 0;
  for (let i = 0; i < m; i++) if (basis[i]! < n) value += c[basis[i]!]! * t[i]![width - 1]!;
  return { kind: 'optimal', value };
}

/** The extended grid (cells, row totals, column totals, grand total) of an additive table. */
function extended(cells: number[][]): number[][] {
  const rows = cells.length;
  const cols = cells[0]!.length;
  const grid = cells.map((row) => [...row, row.reduce((a, b) => a + b, 0)]);
  const totals = Array.from({ length: cols + 1 }, (_, j) => grid.reduce((sum, row) => sum + row[j]!, 0));
  grid.push(totals);
  expect(grid.length).to.equal(rows + 1);
  return grid;
}

function hiddenGrid(p: SuppressionPattern): boolean[][] {
  return [...p.cells.map((row, i) => [...row, p.rowTotals[i]!]), [...p.columnTotals, p.grandTotal]];
}

/**
 * For every hidden figure, its smallest and largest value over the non-negative reals such that
 * each row of cells adds up to its total, each column to its total, and the totals to the grand
 * total, with every released figure fixed.
 */
function feasibleRanges(cells: number[][], hidden: boolean[][]): Map<string, { min: number; max: number }> {
  const grid = extended(cells);
  const R = cells.length;
  const C = cells[0]!.length;
  const unknown = new Map<string, number>();
  grid.forEach((row, i) =>
    row.forEach((_, j) => {
      if (hidden[i]![j]) unknown.set(`${i},${j}`, unknown.size);
    }),
  );
  const n = unknown.size;
  const A: number[][] = [];
  const b: number[] = [];
  // Each line: sum of its parts minus its total = 0.
  const line = (parts: [number, number][], total: [number, number]) => {
    const row = new Array<number>(n).fill(0);
    let rhs = 0;
    for (const [[i, j], sign] of [...parts.map((p) => [p, 1] as const), [total, -1] as const]) {
      const k = unknown.get(`${i},${j}`);
      if (k === undefined) rhs -= sign * grid[i]![j]!;
      else row[k]! += sign;
    }
    if (row.every((v) => v === 0)) {
      expect(rhs).to.equal(0);
      return;
    }
    A.push(row);
    b.push(rhs);
  };
  for (let i = 0; i <= R; i++)
    line(
      Array.from({ length: C }, (_, j): [number, number] => [i, j]),
      [i, C],
    );
  for (let j = 0; j <= C; j++)
    line(
      Array.from({ length: R }, (_, i): [number, number] => [i, j]),
      [R, j],
    );
  const ranges = new Map<string, { min: number; max: number }>();
  for (const [key, k] of unknown) {
    const c = new Array<number>(n).fill(0);
    c[k] = 1;
    const max = A.length === 0 ? { kind: 'unbounded' as const } : maximise(A, b, c);
    c[k] = -1;
    const min = A.length === 0 ? { kind: 'optimal' as const, value: 0 } : maximise(A, b, c);
    if (max.kind === 'infeasible' || min.kind === 'infeasible') throw new Error('the true table is feasible');
    ranges.set(key, {
      min: min.kind === 'optimal' ? -min.value : -Infinity,
      max: max.kind === 'optimal' ? max.value : Infinity,
    });
  }
  return ranges;
}

/** Small counts are common: that is where suppression has work to do. */
const count = fc.oneof(
  { arbitrary: fc.constant(0), weight: 2 },
  { arbitrary: fc.integer({ min: 1, max: 4 }), weight: 5 },
  { arbitrary: fc.integer({ min: 5, max: 40 }), weight: 3 },
);
const table = fc
  .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }))
  .chain(([r, c]) =>
    fc.array(fc.array(count, { minLength: c, maxLength: c }), { minLength: r, maxLength: r }),
  );

describe('disclosure control', () => {
  it('the simplex checker itself: a known range', () => {
    // x + y = 4, x - z = 1 (x, y, z ≥ 0): x in [1, 4].
    expect(
      maximise(
        [
          [1, 1, 0],
          [1, 0, -1],
        ],
        [4, 1],
        [1, 0, 0],
      ),
    ).to.deep.equal({ kind: 'optimal', value: 4 });
    expect(
      maximise(
        [
          [1, 1, 0],
          [1, 0, -1],
        ],
        [4, 1],
        [-1, 0, 0],
      ),
    ).to.deep.equal({ kind: 'optimal', value: -1 });
    expect(maximise([[1, 1]], [-1], [1, 0])).to.deep.equal({ kind: 'infeasible' });
  });

  it('the checker finds a cell that the margins give away', () => {
    // Hiding only the 1 leaves it recoverable: row total 6 minus the released 5.
    const ranges = feasibleRanges(
      [
        [5, 1],
        [7, 9],
      ],
      [
        [false, true, false],
        [false, false, false],
        [false, false, false],
      ],
    );
    expect(ranges.get('0,1')).to.deep.equal({ min: 1, max: 1 });
  });

  it('hides a small cell with the three that would reveal it (known answer)', () => {
    const pattern = suppress({
      cells: [
        [5, 1, 8],
        [7, 9, 20],
        [30, 40, 50],
      ],
    });
    expect(pattern.cells).to.deep.equal([
      [true, true, false],
      [true, true, false],
      [false, false, false],
    ]);
    expect(pattern.rowTotals).to.deep.equal([false, false, false]);
    expect(pattern.columnTotals).to.deep.equal([false, false, false]);
    expect(pattern.grandTotal).to.equal(false);
    expect(pattern).to.include({ primary: 1, secondary: 3 });
  });

  it('shows zeros and large tables untouched', () => {
    const pattern = suppress({
      cells: [
        [0, 3],
        [4, 0],
      ],
    });
    expect(pattern.cells.flat().some(Boolean)).to.equal(false);
    expect(pattern.rowTotals.concat(pattern.columnTotals, [pattern.grandTotal]).some(Boolean)).to.equal(
      false,
    );
  });

  it('a small row total is hidden with what would reveal it', () => {
    // Row 0 holds 2 cases in all: its total and cell are small, and row 1 pays for them.
    const pattern = suppress({
      cells: [
        [2, 0],
        [10, 12],
      ],
    });
    expect(pattern.cells[0]).to.deep.equal([true, false]);
    expect(pattern.rowTotals[0]).to.equal(true);
    const ranges = feasibleRanges(
      [
        [2, 0],
        [10, 12],
      ],
      hiddenGrid(pattern),
    );
    for (const range of ranges.values()) expect(range.max - range.min).to.be.greaterThan(0);
  });

  it('a one-way list: the small count and the next smallest are hidden, the total shown', () => {
    const list = suppressList([10, 2, 7, 0]);
    expect(list.counts).to.deep.equal([false, true, true, false]);
    expect(list.total).to.equal(false);
    expect(suppressList([1]).counts).to.deep.equal([true]);
    expect(suppressList([1]).total).to.equal(true);
  });

  it('refuses a table that is not one', () => {
    expect(() => suppress({ cells: [] })).to.throw(DisclosureTableError);
    expect(() => suppress({ cells: [[1, 2], [3]] })).to.throw(DisclosureTableError);
    expect(() => suppress({ cells: [[-1]] })).to.throw(DisclosureTableError);
  });

  it('random tables: nothing small released, no hidden figure derivable (simplex check)', () => {
    fc.assert(
      fc.property(table, fc.integer({ min: 2, max: 5 }), (cells, minCell) => {
        const pattern = suppress({ cells }, { minCell });
        const grid = extended(cells);
        const hidden = hiddenGrid(pattern);
        grid.forEach((row, i) =>
          row.forEach((v, j) => {
            if (!hidden[i]![j])
              expect(isSmallCount(v, minCell), `released ${v} at ${i},${j}`).to.equal(false);
          }),
        );
        for (const [key, range] of feasibleRanges(cells, hidden)) {
          const [i, j] = key.split(',').map(Number) as [number, number];
          const truth = grid[i]![j]!;
          expect(range.min, key).to.be.at.most(truth + 1e-6);
          expect(range.max, key).to.be.at.least(truth - 1e-6);
          // At least two integers: the hidden figure could be another whole number of cases.
          expect(
            Math.floor(range.max + 1e-6) - Math.ceil(range.min - 1e-6),
            `range of ${key}`,
          ).to.be.at.least(1);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('is deterministic: the same table gives the same pattern', () => {
    fc.assert(
      fc.property(table, (cells) => {
        expect(suppress({ cells })).to.deep.equal(suppress({ cells }));
      }),
      { numRuns: 50 },
    );
  });
});
