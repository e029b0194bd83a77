/**
 * The writer half of store-crash.test.ts: writes to a store for ever (bulk case batches, single
 * creates, updates, person changes, deletes) and prints one line per acknowledged write:
 *   ack <caseId> <version>
 * so the parent, after killing it, knows which writes the store promised to keep.
 *
 * Usage: node store-crash-child.ts <dataDir> <seed>
 */
import type { CaseId } from '../../protocol/ids.ts';
import type { Person } from '../../protocol/records.ts';
import { openStore } from '../../node/store/index.ts';
import { ACTOR, containerNumber, item, validCase, validPerson } from '../compliance/fixtures.ts';

export const WORDS = ['suitcase', 'pallet', 'tyres', 'mango', 'lorry', 'drum', 'blanket', 'parcel'] as const;

const [dataDir, seedArg] = process.argv.slice(2);
let seed = Number(seedArg ?? 1) >>> 0;
/** mulberry32: a small seeded PRNG, so a failing trial can be replayed. */
function random(): number {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

function caseInput(persons: readonly Person[]) {
  const day = 1 + Math.floor(random() * 28);
  const linked = persons.length > 0 && random() < 0.5 ? [{ id: pick(persons).id, role: 'suspect' }] : [];
  return validCase({
    seizureDate: `2026-0${1 + Math.floor(random() * 9)}-${String(day).padStart(2, '0')}`,
    items: [item(Math.floor(random() * 8))],
    persons: linked,
    conveyance: { mode: 'sea-container', containerNumber: containerNumber('MSC', Math.floor(random() * 50)) },
    narrative: `Found ${pick(WORDS)} and ${pick(WORDS)}.`,
  });
}

const store = await openStore(dataDir!, { country: 'KE' });
const ack = (id: string, version: number) => process.stdout.write(`ack ${id} ${version}\n`);
const versions = new Map<CaseId, number>();
let persons = await store.createPersons(
  Array.from({ length: 20 }, (_, i) =>
    validPerson({ documents: [{ type: 'passport', number: `AK${1000000 + i}` }] }),
  ),
  ACTOR,
);
process.stdout.write('ready\n');

for (;;) {
  const roll = random();
  if (roll < 0.35) {
    const created = await store.createCases(
      Array.from({ length: 50 + Math.floor(random() * 150) }, () => caseInput(persons)),
      { username: 'system:import' },
    );
    for (const c of created) versions.set(c.id, 1);
    for (const c of created) ack(c.id, 1);
  } else if (roll < 0.6) {
    const c = await store.createCase(caseInput(persons), ACTOR);
    versions.set(c.id, 1);
    ack(c.id, 1);
  } else if (roll < 0.85 && versions.size > 0) {
    const id = pick([...versions.keys()]);
    const c = await store.updateCase(id, caseInput(persons), versions.get(id)!, ACTOR);
    versions.set(id, c.version);
    ack(id, c.version);
  } else if (roll < 0.93) {
    const person = pick(persons);
    const updated = await store.updatePerson(
      person.id,
      validPerson({ documents: [{ type: 'passport', number: `BX${Math.floor(random() * 1e6) + 1000000}` }] }),
      person.version,
      ACTOR,
    );
    persons = persons.map((p) => (p.id === updated.id ? updated : p));
  } else if (versions.size > 0) {
    const id = pick([...versions.keys()]);
    const c = await store.deleteCase(id, versions.get(id)!, ACTOR);
    versions.delete(id);
    ack(id, c.version);
  }
}
