/**
 * `cen-node check` on a WCO node's global store (node/global/check.ts): a consistent store passes;
 * a case under another member's key, a member row that miscounts, an unfinished purge, and a
 * search index behind, ahead or holding other cases than LevelDB are each named.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { expect } from 'chai';
import { v7 as uuidv7 } from 'uuid';
import { anonymiseCase } from '../../policies/index.ts';
import { checkGlobalStore } from '../../node/global/check.ts';
import { GLOBAL_PURGE_NS, GlobalStore, type GlobalEntry, type MemberState } from '../../node/global/index.ts';
import { GLOBAL_NS, globalCaseKey, WRITE_COUNT_KEY } from '../../node/global/keys.ts';
import { MemoryKv } from '../../node/store/memory-kv.ts';
import { validCase } from '../compliance/fixtures.ts';
import { makeTempDir } from '../helpers/node.ts';

const KE = { nodeId: '12D3KooWD3eckifWpRn9wQpMG9R9hX3sD158z7EqHWmweQAJU5SA', country: 'KE' };
const TZ = { nodeId: '12D3KooWRBy97UB99e3J6hiPesre1MZeuNQvfan4gBziswrRJsNK', country: 'TZ' };

function entryOf(member: { nodeId: string; country: string }): GlobalEntry {
  const at = '2026-05-01T00:00:00.000Z';
  const source = {
    ...validCase(),
    id: uuidv7(),
    version: 1,
    reportingCountry: member.country,
    createdAt: at,
    updatedAt: at,
  };
  const projected = anonymiseCase(source, { level: 'case-level', version: 1 });
  if (!projected.ok) throw new Error(projected.detail);
  return {
    type: 'case',
    id: source.id,
    version: 1,
    sha256: '0'.repeat(64),
    record: projected.record,
    provenance: {
      owner: member,
      agreementId: uuidv7(),
      agreementVersion: 1,
      mode: 'sync',
      manifestId: uuidv7(),
      receivedAt: at,
      purgeAt: '2036-05-01T00:00:00.000Z',
    },
  };
}

describe('checking the global store', () => {
  let dir: { path: string; remove(): Promise<void> };
  let kv: MemoryKv;
  const indexPath = () => join(dir.path, 'global.sqlite');
  const check = () => checkGlobalStore({ kv, indexPath: indexPath() });

  beforeEach(async () => {
    dir = await makeTempDir('cen-global-check-');
    kv = new MemoryKv();
    const store = await GlobalStore.open({ kv, indexPath: indexPath() });
    for (const member of [KE, TZ]) {
      const entries = [entryOf(member), entryOf(member), entryOf(member)];
      await store.write(
        async () => {
          const ops = entries.flatMap((e) => store.putOps(e, undefined));
          const row: MemberState = { ...member, cases: await store.casesDelta(ops) };
          return { result: undefined, ops, member: row };
        },
        (ops) => kv.batch(ops),
      );
    }
    await store.close();
  });
  afterEach(async () => {
    await dir.remove();
  });

  it('passes a consistent store', async () => {
    expect(await check()).to.deep.equal({ ok: true, problems: [], cases: 6, indexed: 6 });
  });

  it('names a case kept under another member, and member rows that miscount', async () => {
    const stray = entryOf(TZ);
    await kv.batch([
      { type: 'put', ns: GLOBAL_NS.cases, key: globalCaseKey(KE.nodeId, stray.id), value: stray },
      { type: 'put', ns: GLOBAL_NS.members, key: TZ.nodeId, value: { ...TZ, cases: 5 } },
    ]);
    const report = await check();
    expect(report.ok).to.equal(false);
    expect(report.problems).to.include(
      `global case ${stray.id} is kept under member ${KE.nodeId} but was contributed by ${TZ.nodeId}`,
    );
    expect(report.problems).to.include(`member ${KE.nodeId} (KE) is counted with 3 cases; it has 4`);
    expect(report.problems).to.include(`member ${TZ.nodeId} (TZ) is counted with 5 cases; it has 3`);
  });

  it('names an unfinished purge, and accepts its member’s cases without a row meanwhile', async () => {
    await kv.batch([
      { type: 'del', ns: GLOBAL_NS.members, key: TZ.nodeId },
      { type: 'put', ns: GLOBAL_PURGE_NS, key: TZ.nodeId, value: { member: TZ.nodeId, deleted: 0 } },
    ]);
    expect((await check()).problems).to.deep.equal([
      `the purge of member ${TZ.nodeId} is unfinished (the node finishes it when it runs)`,
    ]);
    await kv.batch([{ type: 'del', ns: GLOBAL_PURGE_NS, key: TZ.nodeId }]);
    expect((await check()).problems).to.deep.equal([
      `member ${TZ.nodeId} has 3 global cases and no member row`,
    ]);
  });

  it('names a search index behind, ahead, missing, or holding other cases than LevelDB', async () => {
    const writes = (await kv.get(GLOBAL_NS.state, WRITE_COUNT_KEY)) as number;
    const extra = entryOf(KE);
    await kv.batch([
      { type: 'put', ns: GLOBAL_NS.cases, key: globalCaseKey(KE.nodeId, extra.id), value: extra },
      { type: 'put', ns: GLOBAL_NS.members, key: KE.nodeId, value: { ...KE, cases: 4 } },
      { type: 'put', ns: GLOBAL_NS.state, key: WRITE_COUNT_KEY, value: writes + 1 },
    ]);
    expect((await check()).problems).to.deep.equal([
      `the search index is behind: it applied write ${writes} of ${writes + 1} (the node rebuilds it)`,
      `the search index lacks 1 cases LevelDB holds, e.g. ${KE.nodeId}/${extra.id}`,
    ]);

    const db = new DatabaseSync(indexPath());
    db.prepare("UPDATE meta SET value = ? WHERE key = 'writes'").run(String(writes + 2));
    db.prepare("INSERT INTO cases (member, id, seizure_date, terms) VALUES (?, ?, '2026-01-01', '')").run(
      TZ.nodeId,
      'not-a-case',
    );
    db.close();
    const report = await check();
    expect(report.problems).to.include(
      `the search index is ahead: it applied write ${writes + 2}, the store made ${writes + 1}`,
    );
    expect(report.problems).to.include(
      `the search index holds 1 cases LevelDB does not, e.g. ${TZ.nodeId}/not-a-case`,
    );

    for (const suffix of ['', '-wal', '-shm']) await rm(`${indexPath()}${suffix}`, { force: true });
    expect((await check()).problems).to.deep.equal([
      'the search index is missing (the node rebuilds it when it starts)',
    ]);
  });
});
