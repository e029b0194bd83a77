import { expect } from 'chai';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AUDIT_HEAD_NAMESPACE,
  AUDIT_NAMESPACE,
  auditKey,
  AuditLog,
  hashAuditEntry,
  verifyAuditLines,
  type AuditEntry,
  type AuditEntryInput,
} from '../../../node/audit/index.ts';
import { LevelKv } from '../../../node/store/level-kv.ts';
import { MemoryKv } from '../../../node/store/memory-kv.ts';

function clockAt(iso: string) {
  let now = Date.parse(iso);
  return {
    clock: () => new Date(now),
    advance(ms: number) {
      now += ms;
    },
  };
}

const login = (actor: string, extra: Partial<AuditEntryInput> = {}): AuditEntryInput => ({
  action: 'login',
  actor,
  outcome: 'ok',
  ip: '192.0.2.1',
  ...extra,
});

function errorOf(run: () => unknown): Error {
  try {
    run();
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected an error');
}

async function rejectionOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected a rejection');
}

async function collect(lines: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const line of lines) out.push(line);
  return out;
}

describe('audit log', () => {
  let kv: MemoryKv;
  let time: ReturnType<typeof clockAt>;
  let audit: AuditLog;

  beforeEach(() => {
    kv = new MemoryKv();
    time = clockAt('2026-11-02T08:00:00Z');
    audit = new AuditLog(kv, { clock: time.clock });
  });
  afterEach(async () => {
    await audit.close();
    await kv.close();
  });

  async function appendSome(n: number): Promise<AuditEntry[]> {
    const entries: AuditEntry[] = [];
    for (let i = 1; i <= n; i++) {
      entries.push(await audit.append(login(`user${i}`)));
      time.advance(1000);
    }
    return entries;
  }

  async function overwrite(seq: number, change: (entry: AuditEntry) => AuditEntry): Promise<void> {
    const entry = (await kv.get(AUDIT_NAMESPACE, auditKey(seq))) as AuditEntry;
    await kv.batch([{ type: 'put', ns: AUDIT_NAMESPACE, key: auditKey(seq), value: change(entry) }]);
  }

  it('numbers, dates and chains entries, and verifies them', async () => {
    const [first, second] = await appendSome(2);
    expect(first).to.include({
      seq: 1,
      at: '2026-11-02T08:00:00.000Z',
      action: 'login',
      actor: 'user1',
      prev: null,
    });
    expect(second!.seq).to.equal(2);
    expect(second!.prev).to.equal(first!.hash);
    expect(first!.hash).to.equal(hashAuditEntry(first!));
    expect(await audit.head()).to.deep.equal({ seq: 2, hash: second!.hash, at: second!.at });
    expect(await audit.verify()).to.deep.equal({ ok: true, checked: 2 });
  });

  it('verifies an empty log', async () => {
    expect(await audit.verify()).to.deep.equal({ ok: true, checked: 0 });
  });

  it('names an entry whose content was changed in the store', async () => {
    await appendSome(5);
    await overwrite(3, (entry) => ({ ...entry, actor: 'someone-else' }));
    const report = await audit.verify();
    expect(report.ok).to.equal(false);
    expect(report.checked).to.equal(2);
    expect(report.firstBad!.seq).to.equal(3);
    expect(report.firstBad!.reason).to.match(/hash/);
  });

  it('names the entry after one that was changed and re-hashed', async () => {
    await appendSome(5);
    await overwrite(3, (entry) => {
      const { hash: _old, ...content } = { ...entry, outcome: 'denied' as const };
      return { ...content, hash: hashAuditEntry(content) };
    });
    const report = await audit.verify();
    expect(report.firstBad).to.deep.include({ seq: 4 });
    expect(report.firstBad!.reason).to.match(/link/);
  });

  it('names an entry that was deleted', async () => {
    await appendSome(5);
    await kv.batch([{ type: 'del', ns: AUDIT_NAMESPACE, key: auditKey(2) }]);
    const report = await audit.verify();
    expect(report).to.deep.include({ ok: false, checked: 1 });
    expect(report.firstBad!.seq).to.equal(2);
    expect(report.firstBad!.reason).to.match(/missing/);
  });

  it('names the last entry when the log was cut short', async () => {
    await appendSome(5);
    await kv.batch([
      { type: 'del', ns: AUDIT_NAMESPACE, key: auditKey(5) },
      { type: 'del', ns: AUDIT_NAMESPACE, key: auditKey(4) },
    ]);
    const report = await audit.verify();
    expect(report).to.deep.include({ ok: false, checked: 3 });
    expect(report.firstBad!.seq).to.equal(4);
  });

  it('names an entry slipped in at the end behind the log’s back', async () => {
    const entries = await appendSome(3);
    const content = { ...entries[2]!, seq: 4, prev: entries[2]!.hash, actor: 'forger' };
    const { hash: _copied, ...unhashed } = content;
    await kv.batch([
      {
        type: 'put',
        ns: AUDIT_NAMESPACE,
        key: auditKey(4),
        value: { ...unhashed, hash: hashAuditEntry(unhashed) },
      },
    ]);
    const report = await audit.verify();
    expect(report.firstBad!.seq).to.equal(4);
    expect(report.firstBad!.reason).to.match(/not written by the audit log/);
  });

  it('names an entry filed under another key', async () => {
    const entries = await appendSome(3);
    await kv.batch([
      { type: 'del', ns: AUDIT_NAMESPACE, key: auditKey(2) },
      { type: 'put', ns: AUDIT_NAMESPACE, key: `${auditKey(2)}x`, value: entries[1] },
    ]);
    expect((await audit.verify()).firstBad!.seq).to.equal(2);
  });

  it('continues the chain after a restart on LevelDB', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cen-audit-'));
    try {
      const first = await LevelKv.open(dir);
      await new AuditLog(first).append(login('maria'));
      await first.close();
      const second = await LevelKv.open(dir);
      try {
        const reopened = new AuditLog(second);
        expect((await reopened.append(login('joseph'))).seq).to.equal(2);
        expect(await reopened.verify()).to.deep.equal({ ok: true, checked: 2 });
      } finally {
        await second.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('numbers concurrent appends and commits without gaps or forks', async () => {
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        i % 2 === 0
          ? audit.append(login(`user${i}`))
          : audit.commit([
              { type: 'put', ns: 'users', key: `user${i}`, value: { role: 'officer' } },
              ...audit.entryOps({
                action: 'user-created',
                actor: 'admin',
                target: `user${i}`,
                outcome: 'ok',
              }),
            ]),
      ),
    );
    expect(await audit.verify()).to.deep.equal({ ok: true, checked: 40 });
    expect((await audit.head())!.seq).to.equal(40);
  });

  describe('in a caller’s batch', () => {
    it('writes the change and its entry together', async () => {
      const ops = [
        { type: 'put' as const, ns: 'users', key: 'maria', value: { role: 'analyst' } },
        ...audit.entryOps({
          action: 'role-changed',
          actor: 'chief',
          target: 'maria',
          outcome: 'ok',
          details: { from: 'officer', to: 'analyst' },
        }),
      ];
      const [entry] = await audit.commit(ops);
      expect(entry).to.include({ seq: 1, action: 'role-changed', target: 'maria' });
      expect(await kv.get('users', 'maria')).to.deep.equal({ role: 'analyst' });
      expect(await audit.get(1)).to.deep.equal(entry);
    });

    it('writes neither when the batch fails, and the chain stays whole', async () => {
      await audit.append(login('maria'));
      const ops = [
        { type: 'put' as const, ns: 'users', key: 'bad', value: undefined },
        ...audit.entryOps({ action: 'user-created', actor: 'chief', target: 'bad', outcome: 'ok' }),
      ];
      await rejectionOf(audit.commit(ops));
      expect(await audit.get(2)).to.equal(undefined);
      expect((await audit.append(login('joseph'))).seq).to.equal(2);
      expect(await audit.verify()).to.deep.equal({ ok: true, checked: 2 });
    });

    it('refuses writes to the audit log that did not come from entryOps, or come twice', async () => {
      const forged = { type: 'put' as const, ns: AUDIT_NAMESPACE, key: auditKey(1), value: {} };
      expect((await rejectionOf(audit.commit([forged]))).name).to.equal('ForeignAuditWriteError');
      const head = { type: 'del' as const, ns: AUDIT_HEAD_NAMESPACE, key: 'head' };
      expect((await rejectionOf(audit.commit([head]))).name).to.equal('ForeignAuditWriteError');
      const copied = audit.entryOps(login('maria')).map((op) => ({ ...op }));
      expect((await rejectionOf(audit.commit(copied))).name).to.equal('ForeignAuditWriteError');
      const twice = audit.entryOps(login('maria'));
      const [once, again] = await Promise.allSettled([audit.commit(twice), audit.commit(twice)]);
      expect(once.status).to.equal('fulfilled');
      expect(again.status === 'rejected' && (again.reason as Error).name).to.equal('ForeignAuditWriteError');
      const ops = audit.entryOps(login('maria'));
      await audit.commit(ops);
      expect((await rejectionOf(audit.commit(ops))).name).to.equal('ForeignAuditWriteError');
      expect(await audit.verify()).to.deep.equal({ ok: true, checked: 2 });
    });

    it('keeps what the caller passed, even if the caller changes it afterwards', async () => {
      const input = login('maria', { details: { secondFactor: 'totp' } });
      const ops = audit.entryOps(input);
      input.actor = 'mallory';
      const [entry] = await audit.commit(ops);
      expect(entry!.actor).to.equal('maria');
    });
  });

  describe('what an entry may hold', () => {
    it('refuses unknown actions and outcomes, and missing actors', () => {
      const bad = [
        { ...login('maria'), action: 'logged-in' },
        { ...login('maria'), outcome: 'maybe' },
        { ...login('maria'), actor: '' },
        { ...login('maria'), password: 'secret' },
      ] as unknown as AuditEntryInput[];
      for (const input of bad)
        expect(errorOf(() => audit.entryOps(input)).name).to.equal('InvalidAuditEntryError');
    });

    it('refuses free text and nested values in details, which is where personal data would creep in', () => {
      const bad: AuditEntryInput['details'][] = [
        { narrative: 'x'.repeat(201) },
        { person: { name: 'John Doe' } } as never,
        { 'not a key': 1 },
        { count: Number.NaN },
      ];
      for (const details of bad) {
        expect(errorOf(() => audit.entryOps(login('maria', { details }))).name).to.equal(
          'InvalidAuditEntryError',
        );
      }
      expect(() =>
        audit.entryOps(login('maria', { details: { caseIds: ['a', 'b'], count: 2, dryRun: false } })),
      ).to.not.throw();
    });
  });

  it('never dates an entry before the previous one, even when the clock steps back', async () => {
    await audit.append(login('maria'));
    time.advance(-60_000);
    const second = await audit.append(login('joseph'));
    expect(second.at).to.equal('2026-11-02T08:00:00.000Z');
    expect(await audit.verify()).to.deep.include({ ok: true });
  });

  describe('listing', () => {
    beforeEach(async () => {
      // One entry an hour from 08:00, alternating actions and actors.
      for (let i = 0; i < 30; i++) {
        await audit.append({
          action: i % 3 === 0 ? 'nominal-read' : 'login',
          actor: i % 2 === 0 ? 'maria' : 'joseph',
          target: i % 3 === 0 ? `person-${i}` : undefined,
          outcome: i % 5 === 0 ? 'denied' : 'ok',
        });
        time.advance(3600_000);
      }
    });

    it('pages newest first with a cursor, each entry once', async () => {
      const seen: number[] = [];
      let cursor: string | undefined;
      do {
        const page = await audit.list({ limit: 7, ...(cursor && { cursor }) });
        seen.push(...page.items.map((entry) => entry.seq));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).to.deep.equal(Array.from({ length: 30 }, (_, i) => 30 - i));
    });

    it('pages oldest first when asked', async () => {
      const first = await audit.list({ order: 'oldest-first', limit: 3 });
      expect(first.items.map((entry) => entry.seq)).to.deep.equal([1, 2, 3]);
      const next = await audit.list({ order: 'oldest-first', limit: 3, cursor: first.nextCursor! });
      expect(next.items.map((entry) => entry.seq)).to.deep.equal([4, 5, 6]);
    });

    it('filters by action, actor, target and outcome together', async () => {
      const page = await audit.list({ action: 'nominal-read', actor: 'maria', outcome: 'denied' });
      expect(page.items.map((entry) => entry.seq)).to.deep.equal([1]);
      expect((await audit.list({ target: 'person-9' })).items.map((entry) => entry.seq)).to.deep.equal([10]);
    });

    it('filters by time, a date meaning its whole day', async () => {
      // 30 hourly entries from 2026-11-02T08:00Z: 16 on the 2nd, 14 on the 3rd.
      expect((await audit.list({ from: '2026-11-03', limit: 1000 })).items).to.have.length(14);
      expect((await audit.list({ to: '2026-11-02', limit: 1000 })).items).to.have.length(16);
      const window = await audit.list({
        from: '2026-11-02T10:00:00Z',
        to: '2026-11-02T12:00:00+00:00',
        order: 'oldest-first',
      });
      expect(window.items.map((entry) => entry.seq)).to.deep.equal([3, 4, 5]);
    });

    it('refuses a bad query naming the parameter', async () => {
      for (const [query, path] of [
        [{ limit: 0 }, 'limit'],
        [{ limit: 5000 }, 'limit'],
        [{ cursor: 'abc' }, 'cursor'],
        [{ action: 'teleport' }, 'action'],
        [{ from: 'yesterday' }, 'from'],
      ] as const) {
        const err = (await rejectionOf(audit.list(query))) as Error & { issues: { path: string }[] };
        expect(err.name).to.equal('ValidationError');
        expect(err.issues.map((issue) => issue.path)).to.deep.equal([path]);
      }
    });
  });

  describe('export', () => {
    it('exports JSON Lines that verify on their own', async () => {
      await appendSome(4);
      const lines = await collect(audit.exportJsonLines());
      expect(lines).to.have.length(4);
      expect(lines.every((line) => line.endsWith('\n'))).to.equal(true);
      expect((JSON.parse(lines[0]!) as AuditEntry).seq).to.equal(1);
      expect(await verifyAuditLines(lines)).to.deep.equal({ ok: true, checked: 4 });
    });

    it('names a changed line and, against a noted head, a missing end', async () => {
      await appendSome(4);
      const head = (await audit.head())!;
      const lines = await collect(audit.exportJsonLines());
      const changed = [...lines];
      changed[1] = changed[1]!.replace('"user2"', '"user9"');
      expect((await verifyAuditLines(changed)).firstBad!.seq).to.equal(2);
      const cut = lines.slice(0, 3);
      expect((await verifyAuditLines(cut)).ok).to.equal(true);
      const anchored = await verifyAuditLines(cut, { anchor: head });
      expect(anchored.firstBad!.seq).to.equal(4);
      expect((await verifyAuditLines(['{not json'])).firstBad).to.deep.include({ seq: 1 });
    });
  });
});
