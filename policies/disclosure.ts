/**
 * Disclosure control for released tables of case counts (docs/decisions/0010): which cells of a
 * cross-tabulation, its margins and its grand total may be published. Pure, no I/O.
 *
 * Primary suppression hides every figure from 1 to `minCell - 1` cases (0 is shown: an empty
 * cell tells nothing about anyone). Secondary suppression then makes sure no hidden figure can be
 * worked out from what is shown. The published table obeys linear rules (each row adds up to its
 * total, each column to its total, the totals to the grand total), so it is seen as one grid
 * with the margins as an extra row and column, where every line adds up to zero once the margins
 * are counted negatively. A hidden cell is safe when it lies on a cycle of hidden, non-zero cells
 * in the bipartite graph of rows and columns: adding 1 and subtracting 1 alternately around the
 * cycle keeps every published figure and every line true and every cell non-negative, so the
 * cell could hold at least three different values. The algorithm finds the hidden cells that are
 * bridges of that graph (on no cycle) and closes each with the cheapest path of further non-zero
 * cells (already hidden ones cost nothing, then the fewest cases), until none is left. Margins
 * and the grand total take part like any cell: a small row total is itself hidden and protected.
 *
 * Tables whose cells overlap (a case counted in two buckets, e.g. by commodity) have margins
 * smaller than the sum of their cells; the same pattern still protects them, since the cycle's
 * changes keep every cell sum and every published total as they were.
 *
 * @example
 *   const pattern = suppress({ cells: [[5, 1], [7, 9]] }, { minCell: 3 });
 *   pattern.cells; // [[true, true], [true, true]]: the 1 and the cells that would reveal it
 *   released(5, pattern.rowTotals[0]!); // null
 */

/** The default smallest number of cases a released figure may count (DESIGN.md: "fewer than 3"). */
export const DEFAULT_MIN_CELL = 3;

/** A table of case counts; margins left out are the sums of the cells. */
export interface CountTable {
  /** Rows of cells, every row as long (at least one row and one column). */
  cells: readonly (readonly number[])[];
  rowTotals?: readonly number[];
  columnTotals?: readonly number[];
  grandTotal?: number;
}

/** What is hidden (true) in a table, with the same shape. */
export interface SuppressionPattern {
  cells: boolean[][];
  rowTotals: boolean[];
  columnTotals: boolean[];
  grandTotal: boolean;
  /** Figures hidden because they are small. */
  primary: number;
  /** Figures hidden so that the small ones cannot be recovered. */
  secondary: number;
}

export interface DisclosureOptions {
  minCell?: number;
}

export class DisclosureTableError extends Error {
  override readonly name = 'DisclosureTableError';
}

/** Whether a count must be hidden for itself: 1 to `minCell - 1` cases. */
export function isSmallCount(count: number, minCell: number): boolean {
  return count > 0 && count < minCell;
}

/** The figure, or null when it is hidden. */
export function released<T>(value: T, hidden: boolean): T | null {
  return hidden ? null : value;
}

/** Rows and columns of the extended grid: cells, then the row totals column and the totals row. */
interface Grid {
  rows: number;
  columns: number;
  value: Float64Array;
  hidden: Uint8Array;
}

function extendedGrid(table: CountTable): Grid {
  const r = table.cells.length;
  const c = table.cells[0]?.length ?? 0;
  if (r === 0 || c === 0) throw new DisclosureTableError('a table needs at least one row and one column');
  const rows = r + 1;
  const columns = c + 1;
  const value = new Float64Array(rows * columns);
  const check = (v: number, what: string): number => {
    if (!Number.isFinite(v) || v < 0) throw new DisclosureTableError(`${what} is not a count: ${v}`);
    return v;
  };
  table.cells.forEach((row, i) => {
    if (row.length !== c) throw new DisclosureTableError(`row ${i} has ${row.length} cells, not ${c}`);
    row.forEach((v, j) => (value[i * columns + j] = check(v, `cell ${i},${j}`)));
  });
  let grand = 0;
  for (let i = 0; i < r; i++) {
    let sum = 0;
    for (let j = 0; j < c; j++) sum += value[i * columns + j]!;
    value[i * columns + c] = check(table.rowTotals?.[i] ?? sum, `row total ${i}`);
  }
  for (let j = 0; j < c; j++) {
    let sum = 0;
    for (let i = 0; i < r; i++) sum += value[i * columns + j]!;
    value[r * columns + j] = check(table.columnTotals?.[j] ?? sum, `column total ${j}`);
    grand += sum;
  }
  // Given margins that do not add up (overlapping cells) make the grand total theirs.
  const given = table.columnTotals ?? table.rowTotals;
  if (given) grand = given.reduce((sum, v) => sum + v, 0);
  value[r * columns + c] = check(table.grandTotal ?? grand, 'grand total');
  return { rows, columns, value, hidden: new Uint8Array(rows * columns) };
}

/**
 * The hidden cells that lie on no cycle of hidden cells (Tarjan's bridges), as cell indexes in
 * ascending order. Nodes are rows (0..rows-1) and columns (rows..rows+columns-1).
 */
function bridgesOf(grid: Grid): number[] {
  const { rows, columns, hidden } = grid;
  const nodes = rows + columns;
  const adjacency: number[][] = Array.from({ length: nodes }, () => []);
  for (let i = 0; i < rows; i++)
    for (let j = 0; j < columns; j++)
      if (hidden[i * columns + j] === 1) {
        adjacency[i]!.push(i * columns + j);
        adjacency[rows + j]!.push(i * columns + j);
      }
  const other = (node: number, cell: number): number => {
    const i = Math.floor(cell / columns);
    return node === i ? rows + (cell % columns) : i;
  };
  const order = new Int32Array(nodes).fill(-1);
  const low = new Int32Array(nodes);
  const bridges: number[] = [];
  let counter = 0;
  // Iterative depth-first search: tables may hold a few hundred rows.
  for (let start = 0; start < nodes; start++) {
    if (order[start] !== -1) continue;
    const stack: { node: number; via: number; next: number }[] = [{ node: start, via: -1, next: 0 }];
    order[start] = low[start] = counter++;
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const edges = adjacency[top.node]!;
      if (top.next < edges.length) {
        const cell = edges[top.next++]!;
        if (cell === top.via) continue;
        const to = other(top.node, cell);
        if (order[to] === -1) {
          order[to] = low[to] = counter++;
          stack.push({ node: to, via: cell, next: 0 });
        } else low[top.node] = Math.min(low[top.node]!, order[to]!);
      } else {
        stack.pop();
        const parent = stack[stack.length - 1];
        if (parent) {
          low[parent.node] = Math.min(low[parent.node]!, low[top.node]!);
          if (low[top.node]! > order[parent.node]!) bridges.push(top.via);
        }
      }
    }
  }
  return bridges.sort((a, b) => a - b);
}

/** Whether the hidden cell `cell` still lies on no cycle (a search from its row to its column without it). */
function stillBridge(grid: Grid, cell: number): boolean {
  const { rows, columns, hidden } = grid;
  const from = Math.floor(cell / columns);
  const target = rows + (cell % columns);
  const seen = new Uint8Array(rows + columns);
  const queue = [from];
  seen[from] = 1;
  while (queue.length > 0) {
    const node = queue.pop()!;
    if (node === target) return false;
    if (node < rows) {
      for (let j = 0; j < columns; j++) {
        const k = node * columns + j;
        if (k !== cell && hidden[k] === 1 && seen[rows + j] === 0) {
          seen[rows + j] = 1;
          queue.push(rows + j);
        }
      }
    } else {
      const j = node - rows;
      for (let i = 0; i < rows; i++) {
        const k = i * columns + j;
        if (k !== cell && hidden[k] === 1 && seen[i] === 0) {
          seen[i] = 1;
          queue.push(i);
        }
      }
    }
  }
  return true;
}

/** A cell already hidden costs nothing; each more costs its cases, plus a little per cell. */
const PER_CELL = 1e-6;

/**
 * Hides the cheapest path of non-zero cells from the hidden cell's row to its column (without
 * it), which closes a cycle through it. Returns false when there is none.
 */
function closeCycle(grid: Grid, cell: number): boolean {
  const { rows, columns, hidden, value } = grid;
  const nodes = rows + columns;
  const from = Math.floor(cell / columns);
  const target = rows + (cell % columns);
  const distance = new Float64Array(nodes).fill(Infinity);
  const via = new Int32Array(nodes).fill(-1);
  const done = new Uint8Array(nodes);
  distance[from] = 0;
  // Dense Dijkstra: the graph is a complete bipartite one over a few hundred nodes at most.
  for (;;) {
    let node = -1;
    for (let n = 0; n < nodes; n++)
      if (done[n] === 0 && distance[n]! < Infinity && (node === -1 || distance[n]! < distance[node]!))
        node = n;
    if (node === -1) return false;
    if (node === target) break;
    done[node] = 1;
    const relax = (k: number, to: number) => {
      if (k === cell || value[k] === 0 || done[to] === 1) return;
      const cost = distance[node]! + (hidden[k] === 1 ? 0 : value[k]! + PER_CELL);
      if (cost < distance[to]!) {
        distance[to] = cost;
        via[to] = k;
      }
    };
    if (node < rows) for (let j = 0; j < columns; j++) relax(node * columns + j, rows + j);
    else for (let i = 0; i < rows; i++) relax(i * columns + (node - rows), i);
  }
  for (let node = target; node !== from;) {
    const k = via[node]!;
    hidden[k] = 1;
    const i = Math.floor(k / columns);
    node = node === i ? rows + (k % columns) : i;
  }
  return true;
}

/**
 * Which figures of `table` are hidden with at least `minCell` (default 3) cases per released
 * non-zero figure and no hidden figure recoverable from the rest (see the file's comment).
 */
export function suppress(table: CountTable, options: DisclosureOptions = {}): SuppressionPattern {
  const minCell = options.minCell ?? DEFAULT_MIN_CELL;
  if (!Number.isInteger(minCell) || minCell < 1) throw new DisclosureTableError(`minCell must be 1 or more`);
  const grid = extendedGrid(table);
  let primary = 0;
  for (let k = 0; k < grid.value.length; k++)
    if (isSmallCount(grid.value[k]!, minCell)) {
      grid.hidden[k] = 1;
      primary++;
    }
  for (let bridges = bridgesOf(grid); bridges.length > 0; bridges = bridgesOf(grid)) {
    for (const cell of bridges) {
      if (!stillBridge(grid, cell)) continue;
      if (!closeCycle(grid, cell)) {
        // Only margins that do not add up can leave no path: hide every non-zero figure.
        for (let k = 0; k < grid.value.length; k++) if (grid.value[k]! > 0) grid.hidden[k] = 1;
      }
    }
  }
  return patternOf(grid, primary);
}

function patternOf(grid: Grid, primary: number): SuppressionPattern {
  const { rows, columns, hidden } = grid;
  const r = rows - 1;
  const c = columns - 1;
  const at = (i: number, j: number) => hidden[i * columns + j] === 1;
  let count = 0;
  for (const h of hidden) count += h;
  return {
    cells: Array.from({ length: r }, (_, i) => Array.from({ length: c }, (_, j) => at(i, j))),
    rowTotals: Array.from({ length: r }, (_, i) => at(i, c)),
    columnTotals: Array.from({ length: c }, (_, j) => at(r, j)),
    grandTotal: at(r, c),
    primary,
    secondary: count - primary,
  };
}

/**
 * A one-way table (a list of counts and their total) as a one-column table: returns which
 * counts are hidden and whether the total is.
 */
export function suppressList(
  counts: readonly number[],
  options: DisclosureOptions & { total?: number } = {},
): { counts: boolean[]; total: boolean } {
  if (counts.length === 0) {
    const minCell = options.minCell ?? DEFAULT_MIN_CELL;
    return { counts: [], total: isSmallCount(options.total ?? 0, minCell) };
  }
  const pattern = suppress(
    {
      cells: counts.map((count) => [count]),
      ...(options.total === undefined ? {} : { columnTotals: [options.total] }),
    },
    options,
  );
  return { counts: pattern.cells.map((row) => row[0]!), total: pattern.columnTotals[0]! };
}
