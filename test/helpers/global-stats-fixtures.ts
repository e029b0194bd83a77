/**
 * Global contributions for the tests and the bench of the WCO node's released figures
 * (statistics, ITR tables, data quality): anonymised projections of cases from members of very
 * different sizes, deterministic, and a way to store them in a `GlobalStore` as a batch would.
 *
 * @example
 *   const entries = globalContributions(GLOBAL_TEST_MEMBERS);
 *   await storeContributions(store, (ops) => kv.batch(ops), entries, GLOBAL_TEST_MEMBERS);
 */
import { v7 as uuidv7 } from 'uuid';
import { anonymiseCase } from '../../policies/index.ts';
import type { GlobalEntry, GlobalStore } from '../../node/global/index.ts';
import type { BatchOp } from '../../node/store/kv.ts';
import { COMMODITIES, validCase } from '../compliance/fixtures.ts';

export interface TestMember {
  nodeId: string;
  country: string;
  cases: number;
  /** Days from seizure to arrival at the WCO node. */
  arrivalDays: number;
}

/** KE contributes a lot, BE some, TZ a handful: small cells are bound to appear. */
export const GLOBAL_TEST_MEMBERS: readonly TestMember[] = [
  {
    nodeId: '12D3KooWD3eckifWpRn9wQpMG9R9hX3sD158z7EqHWmweQAJU5SA',
    country: 'KE',
    cases: 120,
    arrivalDays: 10,
  },
  {
    nodeId: '12D3KooWRBy97UB99e3J6hiPesre1MZeuNQvfan4gBziswrRJsNK',
    country: 'BE',
    cases: 40,
    arrivalDays: 10,
  },
  {
    nodeId: '12D3KooWJWoaqZhDaoEFshF7Rh1bpY9ohihFhzcW6d69Lr2NASuq',
    country: 'TZ',
    cases: 5,
    arrivalDays: 90,
  },
];

const MODES = ['sea-container', 'air-cargo', 'road', 'postal'] as const;

/** A small deterministic generator (figures must not change from run to run). */
export function lcg(seed: number): (n: number) => number {
  let state = seed;
  return (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    // The high bits: an LCG's low bits repeat with a short period.
    return Math.floor(state / 65536) % n;
  };
}

/** A stored contribution of `record` (already projected) from `member`. */
export function globalEntryOf(
  member: TestMember,
  id: string,
  record: Record<string, unknown>,
  receivedAt: string,
): GlobalEntry {
  return {
    type: 'case',
    id,
    version: 1,
    sha256: '0'.repeat(64),
    record,
    provenance: {
      owner: { nodeId: member.nodeId, country: member.country },
      agreementId: '01900000-0000-7000-8000-000000000001',
      agreementVersion: 1,
      mode: 'sync',
      manifestId: '01900000-0000-7000-8000-000000000002',
      receivedAt,
      purgeAt: '2036-05-02T00:00:00.000Z',
    },
  };
}

/**
 * Each member's cases over 2024 and 2025 (TZ: 3 in 2024 and 2 in 2025, so one of its years is
 * small for sure), skewed towards cocaine and cigarettes, projected by the contribution profile.
 */
export function globalContributions(
  members: readonly TestMember[] = GLOBAL_TEST_MEMBERS,
  seed = 7,
): GlobalEntry[] {
  const random = lcg(seed);
  const out: GlobalEntry[] = [];
  for (const member of members) {
    for (let i = 0; i < member.cases; i++) {
      const pick = random(10);
      const c = COMMODITIES[pick < 4 ? 0 : pick < 7 ? 3 : pick - 5]!;
      const year = member.country === 'TZ' ? 2024 + (i % 2) : 2024 + random(2);
      const month = String(1 + random(12)).padStart(2, '0');
      const day = String(1 + random(28)).padStart(2, '0');
      const seizureDate = `${year}-${month}-${day}`;
      const entered = new Date(Date.parse(seizureDate) + random(60) * 86_400_000).toISOString();
      const source = {
        ...validCase({
          seizureDate,
          items: [
            {
              itrArea: c.itrArea,
              commodity: c.commodity,
              quantity: 1 + random(20),
              unit: c.unit,
              valueUsd: 100,
            },
          ],
          conveyance: { mode: MODES[random(MODES.length)]! },
          route: { origin: random(3) === 0 ? 'CO' : 'AE', destination: member.country },
        }),
        id: uuidv7(),
        version: 1,
        reportingCountry: member.country,
        createdAt: entered,
        updatedAt: entered,
      };
      const projected = anonymiseCase(source, { level: 'case-level', version: 1 });
      if (!projected.ok) throw new Error(projected.detail);
      const received = new Date(Date.parse(seizureDate) + member.arrivalDays * 86_400_000).toISOString();
      out.push(globalEntryOf(member, source.id, projected.record, received));
    }
  }
  return out;
}

/** Stores the entries member by member, as one contribution batch each would. */
export async function storeContributions(
  store: GlobalStore,
  commit: (ops: BatchOp[]) => Promise<void>,
  entries: readonly GlobalEntry[],
  members: readonly TestMember[] = GLOBAL_TEST_MEMBERS,
): Promise<void> {
  for (const member of members) {
    const mine = entries.filter((e) => e.provenance.owner.nodeId === member.nodeId);
    await store.write(
      () =>
        Promise.resolve({
          result: undefined,
          ops: mine.flatMap((e) => store.putOps(e, undefined)),
          member: {
            nodeId: member.nodeId,
            country: member.country,
            cases: mine.length,
            lastReceivedAt: '2026-06-01T00:00:00.000Z',
            complete: true,
          },
        }),
      commit,
    );
  }
}
