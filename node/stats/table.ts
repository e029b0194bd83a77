/**
 * The statistics database's rows held in memory as columns: typed arrays indexed by a case's
 * slot, with every code interned as a small number. Aggregating 100,000 cases this way takes a
 * few milliseconds, where SQLite's GROUP BY over the same rows took hundreds (measured on the
 * project's 2-core machines), so queries read this table and SQLite keeps the durable copy it is
 * loaded from.
 *
 * A case's items and multi-valued codes live in shared columns, in one contiguous range per
 * case; replacing a case appends its new ranges and leaves the old ones dead until `compact`.
 *
 * @example
 *   const table = new StatsTable();
 *   table.put(factsOf(c));
 *   table.slotOf.get(c.id); // its slot: table.day[slot], table.columns.status[slot], …
 */
import { QUALITY_FIELDS } from '../../protocol/api.ts';
import type { Case } from '../../protocol/records.ts';
import {
  CASE_COLUMN_NAMES,
  caseRow,
  itemRows,
  MULTI_VALUE_NAMES,
  multiValues,
  type CaseColumn,
  type CaseRow,
  type ItemRow,
  type MultiValueDimension,
} from './rows.ts';

/** Everything the statistics keep of one case. */
export interface CaseFacts {
  row: CaseRow;
  items: readonly ItemRow[];
  values: readonly { dimension: MultiValueDimension; value: string }[];
}

export function factsOf(c: Case): CaseFacts {
  return { row: caseRow(c), items: itemRows(c), values: multiValues(c) };
}

/** The bit of each quality field in `StatsTable.quality`. */
export const QUALITY_BIT = Object.fromEntries(QUALITY_FIELDS.map((field, i) => [field, 1 << i])) as Record<
  (typeof QUALITY_FIELDS)[number],
  number
>;

/** The number of each multi-valued dimension in `StatsTable.valueDimension`. */
export const VALUE_DIMENSION = Object.fromEntries(MULTI_VALUE_NAMES.map((name, i) => [name, i])) as Record<
  MultiValueDimension,
  number
>;

/** The code of "not recorded". */
export const NONE = 0;

function grown<T extends Int32Array | Float64Array | Uint8Array>(array: T, size: number): T {
  if (size <= array.length) return array;
  const next = new (array.constructor as new (length: number) => T)(Math.max(size, array.length * 2));
  next.set(array);
  return next;
}

export class StatsTable {
  // Codes: 0 is "none"; every other code names one string.
  readonly #names: (string | null)[] = [null];
  readonly #codes = new Map<string, number>();

  /** Slots in use and free: `slots` is one more than the highest slot ever used. */
  slots = 0;
  readonly #free: number[] = [];
  readonly slotOf = new Map<string, number>();
  ids: (string | undefined)[] = [];
  live = new Uint8Array(1024);
  day = new Int32Array(1024);
  month = new Int32Array(1024);
  year = new Int32Array(1024);
  delay = new Int32Array(1024);
  /** Bit `QUALITY_BIT[field]` set when the case records the field. */
  quality = new Uint8Array(1024);
  columns = Object.fromEntries(CASE_COLUMN_NAMES.map((name) => [name, new Int32Array(1024)])) as Record<
    CaseColumn,
    Int32Array
  >;
  itemStart = new Int32Array(1024);
  itemCount = new Int32Array(1024);
  valueStart = new Int32Array(1024);
  valueCount = new Int32Array(1024);

  /** Item columns; a NaN quantity or value is one the item does not record. */
  items = 0;
  #deadItems = 0;
  itemArea = new Int32Array(1024);
  itemCommodity = new Int32Array(1024);
  itemUnit = new Int32Array(1024);
  itemQuantity = new Float64Array(1024);
  itemValue = new Float64Array(1024);

  /** Multi-valued codes: which dimension (`VALUE_DIMENSION`) and which code. */
  values = 0;
  #deadValues = 0;
  valueDimension = new Uint8Array(1024);
  valueCode = new Int32Array(1024);

  /** How many live cases it holds. */
  get size(): number {
    return this.slotOf.size;
  }

  /** How many codes it knows, "none" included: every code is below this. */
  get codes(): number {
    return this.#names.length;
  }

  /** The earliest seizure day of a live case (0 when there is none). */
  firstDay(): number {
    let first = 0;
    for (let slot = 0; slot < this.slots; slot++) {
      if (this.live[slot] === 1 && (first === 0 || this.day[slot]! < first)) first = this.day[slot]!;
    }
    return first;
  }

  /** The code of a string, interned on first use (NONE for null). */
  codeOf(value: string | null): number {
    if (value === null) return NONE;
    let code = this.#codes.get(value);
    if (code === undefined) {
      code = this.#names.length;
      this.#names.push(value);
      this.#codes.set(value, code);
    }
    return code;
  }

  /** The code of a string if any case ever held it, else -1 (which matches nothing). */
  find(value: string): number {
    return this.#codes.get(value) ?? -1;
  }

  nameOf(code: number): string | null {
    return this.#names[code] ?? null;
  }

  /** Adds a case, replacing what the table held of it. */
  put(facts: CaseFacts): void {
    this.remove(facts.row.id);
    const { row } = facts;
    let quality = 0;
    for (const field of QUALITY_FIELDS) if (row.quality[field] === 1) quality |= QUALITY_BIT[field];
    const slot = this.addCase(row.id, row.day, row.delay, quality);
    for (const name of CASE_COLUMN_NAMES) this.columns[name][slot] = this.codeOf(row.columns[name]);
    for (const item of facts.items)
      this.appendItem(slot, item.itrArea, item.commodity, item.unit, item.quantity, item.valueUsd);
    for (const { dimension, value } of facts.values)
      this.appendValue(slot, VALUE_DIMENSION[dimension], value);
  }

  /**
   * Bulk loading, part one: a case with its dates and quality bits, its columns none and no items
   * or values yet; returns its slot. The id must not be in the table.
   */
  addCase(id: string, day: number, delay: number, quality: number): number {
    const slot = this.#free.pop() ?? this.slots++;
    this.#reserve(slot + 1);
    this.ids[slot] = id;
    this.slotOf.set(id, slot);
    this.live[slot] = 1;
    this.day[slot] = day;
    this.month[slot] = Math.floor(day / 100);
    this.year[slot] = Math.floor(day / 10_000);
    this.delay[slot] = delay;
    this.quality[slot] = quality;
    for (const name of CASE_COLUMN_NAMES) this.columns[name][slot] = NONE;
    this.itemStart[slot] = this.items;
    this.itemCount[slot] = 0;
    this.valueStart[slot] = this.values;
    this.valueCount[slot] = 0;
    return slot;
  }

  /**
   * Bulk loading, part two: an item of the case at `slot`. A case's items must be appended one
   * after the other, before any other case's (they form one range).
   */
  appendItem(
    slot: number,
    itrArea: string | null,
    commodity: string | null,
    unit: string | null,
    quantity: number | null,
    valueUsd: number | null,
  ): void {
    if (this.itemCount[slot] === 0) this.itemStart[slot] = this.items;
    this.#reserveItems(this.items + 1);
    const i = this.items++;
    this.itemCount[slot]!++;
    this.itemArea[i] = this.codeOf(itrArea);
    this.itemCommodity[i] = this.codeOf(commodity);
    this.itemUnit[i] = this.codeOf(unit);
    this.itemQuantity[i] = quantity ?? Number.NaN;
    this.itemValue[i] = valueUsd ?? Number.NaN;
  }

  /** Bulk loading, part three: a multi-valued code of the case at `slot`, as for items. */
  appendValue(slot: number, dimension: number, value: string): void {
    if (this.valueCount[slot] === 0) this.valueStart[slot] = this.values;
    this.#reserveValues(this.values + 1);
    const v = this.values++;
    this.valueCount[slot]!++;
    this.valueDimension[v] = dimension;
    this.valueCode[v] = this.codeOf(value);
  }

  /** Forgets a case (nothing happens if the table does not hold it). */
  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.slotOf.delete(id);
    this.ids[slot] = undefined;
    this.live[slot] = 0;
    this.#deadItems += this.itemCount[slot]!;
    this.#deadValues += this.valueCount[slot]!;
    this.itemCount[slot] = 0;
    this.valueCount[slot] = 0;
    this.#free.push(slot);
    if (this.#deadItems > 4096 && this.#deadItems > this.items / 2) this.#compactItems();
    if (this.#deadValues > 4096 && this.#deadValues > this.values / 2) this.#compactValues();
  }

  clear(): void {
    this.slotOf.clear();
    this.ids = [];
    this.live.fill(0);
    this.#free.length = 0;
    this.slots = 0;
    this.items = 0;
    this.values = 0;
    this.#deadItems = 0;
    this.#deadValues = 0;
  }

  #reserve(size: number): void {
    if (size <= this.live.length) return;
    this.live = grown(this.live, size);
    this.day = grown(this.day, size);
    this.month = grown(this.month, size);
    this.year = grown(this.year, size);
    this.delay = grown(this.delay, size);
    this.quality = grown(this.quality, size);
    for (const name of CASE_COLUMN_NAMES) this.columns[name] = grown(this.columns[name], size);
    this.itemStart = grown(this.itemStart, size);
    this.itemCount = grown(this.itemCount, size);
    this.valueStart = grown(this.valueStart, size);
    this.valueCount = grown(this.valueCount, size);
  }

  #reserveItems(size: number): void {
    if (size <= this.itemArea.length) return;
    this.itemArea = grown(this.itemArea, size);
    this.itemCommodity = grown(this.itemCommodity, size);
    this.itemUnit = grown(this.itemUnit, size);
    this.itemQuantity = grown(this.itemQuantity, size);
    this.itemValue = grown(this.itemValue, size);
  }

  #reserveValues(size: number): void {
    if (size <= this.valueCode.length) return;
    this.valueDimension = grown(this.valueDimension, size);
    this.valueCode = grown(this.valueCode, size);
  }

  /** The live slots in the order their ranges start (`start[slot]`). */
  #slotsByStart(start: Int32Array): number[] {
    const slots: number[] = [];
    for (let slot = 0; slot < this.slots; slot++) if (this.live[slot] === 1) slots.push(slot);
    return slots.sort((a, b) => start[a]! - start[b]!);
  }

  /**
   * Moves the live cases' items to the front. Taken in the order their ranges start, each range
   * moves towards the front onto space that is dead or already moved, never onto a range still
   * to move.
   */
  #compactItems(): void {
    let next = 0;
    for (const slot of this.#slotsByStart(this.itemStart)) {
      const start = this.itemStart[slot]!;
      const end = start + this.itemCount[slot]!;
      for (const column of [this.itemArea, this.itemCommodity, this.itemUnit])
        column.copyWithin(next, start, end);
      for (const column of [this.itemQuantity, this.itemValue]) column.copyWithin(next, start, end);
      this.itemStart[slot] = next;
      next += end - start;
    }
    this.items = next;
    this.#deadItems = 0;
  }

  #compactValues(): void {
    let next = 0;
    for (const slot of this.#slotsByStart(this.valueStart)) {
      const start = this.valueStart[slot]!;
      const end = start + this.valueCount[slot]!;
      this.valueDimension.copyWithin(next, start, end);
      this.valueCode.copyWithin(next, start, end);
      this.valueStart[slot] = next;
      next += end - start;
    }
    this.values = next;
    this.#deadValues = 0;
  }
}
