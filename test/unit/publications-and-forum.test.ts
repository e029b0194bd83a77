/**
 * The parts of publications and the forum that need no network: what an attachment is judged to
 * be by its bytes, the text checks, who an audience names, and the forum's store (threads by
 * latest activity, posts paged in order, every write audited).
 */
import { expect } from 'chai';
import sharp from 'sharp';
import yazl from 'yazl';
import { AuditLog } from '../../node/audit/index.ts';
import { ForumStore } from '../../node/forum/index.ts';
import {
  attachmentType,
  audienceIncludes,
  checkAttachment,
  textIssues,
  UnsupportedAttachmentError,
} from '../../node/publications/index.ts';
import { MemoryKv } from '../../node/store/memory-kv.ts';
import type { ForumAuthor } from '../../protocol/api.ts';
import { tinyPdf } from '../helpers/publication-fixtures.ts';

async function zipOf(entries: Record<string, string>): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, text] of Object.entries(entries)) zip.addBuffer(Buffer.from(text), name);
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('publications: attachments, text and audiences', () => {
  it('judges an attachment by its bytes, whatever its name says', async () => {
    const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#000' } })
      .png()
      .toBuffer();
    const workbook = await zipOf({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' });
    const otherZip = await zipOf({ 'word/document.xml': '<w/>' });
    expect(attachmentType(tinyPdf('x'))).to.equal('application/pdf');
    expect(attachmentType(png)).to.equal('image/png');
    expect(attachmentType(workbook)).to.equal(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(attachmentType(Buffer.from('Seizures, week 47\nKE;12\n'))).to.equal('text/plain');
    expect(attachmentType(otherZip)).to.equal(undefined);
    expect(attachmentType(Buffer.from('<!doctype html><p>hi'))).to.equal(undefined);
    expect(attachmentType(Buffer.from('<svg onload="x()"/>'))).to.equal(undefined);
    expect(attachmentType(Buffer.from([0xff, 0xfe, 0x00, 0x01]))).to.equal(undefined);

    const checked = checkAttachment('../../etc/report.pdf', tinyPdf('y'), 2);
    expect(checked).to.include({ index: 2, name: 'report.pdf', mime: 'application/pdf' });
    expect(checked.sha256).to.match(/^[0-9a-f]{64}$/);
    expect(() => checkAttachment('photo.pdf', Buffer.from('<html><script>x()</script>'), 0))
      .to.throw(UnsupportedAttachmentError)
      .with.property('detected', 'HTML');
  });

  it('keeps text as typed but refuses control characters, and line breaks in one-line fields', () => {
    expect(
      textIssues('body', '<script>alert(1)</script>\n\n- item', { max: 100, multiline: true }),
    ).to.deep.equal([]);
    expect(textIssues('title', 'two\nlines', { max: 100 })[0]?.rule).to.equal('control-characters');
    expect(textIssues('body', 'bell\u0007', { max: 100, multiline: true })[0]?.rule).to.equal(
      'control-characters',
    );
    expect(textIssues('title', '   ', { max: 100 })[0]?.rule).to.equal('required');
    expect(textIssues('title', 'x'.repeat(101), { max: 100 })[0]?.rule).to.equal('max-length');
    expect(textIssues('reason', undefined, { max: 10, optional: true })).to.deep.equal([]);
  });

  it('names a member in an audience by its node id or its country, or all', () => {
    const ke = { nodeId: '12D3KooWke', country: 'KE' };
    expect(audienceIncludes({ all: true, countries: [], nodeIds: [] }, ke)).to.equal(true);
    expect(audienceIncludes({ all: false, countries: ['KE'], nodeIds: [] }, ke)).to.equal(true);
    expect(audienceIncludes({ all: false, countries: [], nodeIds: ['12D3KooWke'] }, ke)).to.equal(true);
    expect(audienceIncludes({ all: false, countries: ['TZ'], nodeIds: ['12D3KooWtz'] }, ke)).to.equal(false);
  });
});

describe('the forum store', () => {
  const member: ForumAuthor = {
    kind: 'member',
    nodeId: 'n-ke',
    nodeName: 'KRA',
    country: 'KE',
    name: 'Amina',
  };
  let kv: MemoryKv;
  let audit: AuditLog;
  let forum: ForumStore;
  let now: number;

  beforeEach(() => {
    kv = new MemoryKv();
    audit = new AuditLog(kv);
    now = Date.parse('2026-11-01T08:00:00Z');
    forum = new ForumStore({ kv, audit, clock: () => new Date((now += 1000)) });
  });

  it('lists the most recently active thread first and pages threads and posts', async () => {
    const a = await forum.createThread({ title: 'A', body: 'first of A' }, member, 'peer:n-ke');
    const b = await forum.createThread({ title: 'B', body: 'first of B' }, member, 'peer:n-ke');
    expect((await forum.listThreads()).items.map((t) => t.title)).to.deep.equal(['B', 'A']);
    await forum.reply(a.thread.id, { body: 'second of A' }, member, 'peer:n-ke');
    await forum.reply(a.thread.id, { body: 'third of A' }, member, 'peer:n-ke');
    const page = await forum.listThreads({ limit: 1 });
    expect(page.items.map((t) => [t.title, t.posts])).to.deep.equal([['A', 3]]);
    const next = await forum.listThreads({ limit: 1, cursor: page.nextCursor! });
    expect(next.items.map((t) => t.title)).to.deep.equal(['B']);
    expect(next).to.not.have.property('nextCursor');

    const posts = await forum.getThread(a.thread.id, { limit: 2 });
    expect(posts.posts.map((p) => p.body)).to.deep.equal(['first of A', 'second of A']);
    const rest = await forum.getThread(a.thread.id, { limit: 2, cursor: posts.nextCursor! });
    expect(rest.posts.map((p) => p.body)).to.deep.equal(['third of A']);
    expect((await forum.getThread(b.thread.id)).posts).to.have.length(1);

    const entries = (await audit.list({ action: 'forum-posted', limit: 10 })).items;
    expect(entries).to.have.length(4);
    expect(entries.every((e) => e.actor === 'peer:n-ke' && e.details?.member === 'n-ke')).to.equal(true);
  });

  it('refuses empty or over-long text and unknown threads, storing nothing', async () => {
    const refused = async (work: Promise<unknown>) =>
      work.then(
        () => '',
        (err: unknown) => (err as Error).name,
      );
    expect(await refused(forum.createThread({ title: '', body: 'x' }, member, 'a'))).to.equal(
      'ValidationError',
    );
    expect(await refused(forum.createThread({ title: 'x', body: 'y'.repeat(10_001) }, member, 'a'))).to.equal(
      'ValidationError',
    );
    expect(
      await refused(forum.reply('019a0000-0000-7000-8000-000000000000', { body: 'x' }, member, 'a')),
    ).to.equal('NotFoundError');
    expect((await forum.listThreads()).items).to.deep.equal([]);
  });
});
