/**
 * The evidence log as auditors and operators use it: over the API of a running node (list,
 * export, verify; refused to officers; every read audited) and with `cen-node evidence verify`
 * and `export`, through the running node and offline, on the store and on an exported file.
 * The entries hold documents signed with the node's own key and a partner's.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'chai';
import { v7 as uuidv7 } from 'uuid';
import { signingKeyFromLibp2p } from '../../policies/index.ts';
import {
  apiPaths,
  type AuditPage,
  type EvidenceListResponse,
  type EvidenceVerifyResponse,
} from '../../protocol/api.ts';
import { loadConfig } from '../../node/config.ts';
import {
  EVIDENCE_NAMESPACE,
  evidenceKey,
  verifyEvidenceLines,
  type EvidenceEntryInput,
  type EvidenceLog,
} from '../../node/evidence/index.ts';
import { initNode, openServices } from '../../node/index.ts';
import type { NodeIdentity } from '../../node/identity.ts';
import { silentLoggers } from '../../node/log.ts';
import { openStore } from '../../node/store/index.ts';
import type { RecordStore } from '../../node/store/records.ts';
import { cenNode } from '../helpers/cli.ts';
import { makeTempDir, startTestNode, type TestNode } from '../helpers/node.ts';
import { testNode, type TestNode as Party } from '../unit/policies/fixtures.ts';
import { AGREEMENT_ID, signedManifest, signedReceipt } from '../unit/evidence/fixtures.ts';

const partyOf = (identity: NodeIdentity, country: string): Party => ({
  nodeId: identity.nodeId,
  key: signingKeyFromLibp2p(identity.privateKey),
  country,
});

/** A case sent to the partner and one received from it, each with both signatures. */
async function recordExchanges(evidence: EvidenceLog, self: Party, partner: Party): Promise<string[]> {
  const [sentCase, receivedCase] = [uuidv7(), uuidv7()];
  const sent = await signedManifest(self, partner, [sentCase]);
  const received = await signedManifest(partner, self, [receivedCase]);
  const entries: EvidenceEntryInput[] = [
    {
      kind: 'sent',
      peer: partner.nodeId,
      direction: 'outbound',
      agreementId: AGREEMENT_ID,
      mode: 'on-demand',
      records: [{ type: 'case', id: sentCase, version: 1, outcome: 'stored' }],
      manifest: sent.jws,
      receipt: await signedReceipt(partner, self, sent),
      actor: 'officer1',
    },
    {
      kind: 'received',
      peer: partner.nodeId,
      direction: 'inbound',
      agreementId: AGREEMENT_ID,
      mode: 'on-demand',
      records: [{ type: 'case', id: receivedCase, version: 1, outcome: 'stored' }],
      manifest: received.jws,
      receipt: await signedReceipt(self, partner, received),
      actor: `peer:${partner.nodeId}`,
    },
  ];
  for (const entry of entries) await evidence.append(entry);
  return [sentCase, receivedCase];
}

describe('evidence log', function () {
  this.timeout(60_000);
  let partner: Party;
  before(async () => {
    partner = await testNode('TZ');
  });

  describe('over the API of a running node', () => {
    let t: TestNode;
    let cases: string[];
    before(async () => {
      t = await startTestNode({ country: 'KE' });
      const services = t.node.services;
      cases = await recordExchanges(services.evidence, partyOf(services.identity, 'KE'), partner);
    });
    after(async () => {
      await t?.close();
    });

    it('lets an auditor list with filters, export and verify, and audits each read', async () => {
      const auditor = await t.loginAs('auditor');
      const all = await auditor.get<EvidenceListResponse>(apiPaths.evidence);
      expect(all.status).to.equal(200);
      expect(all.body.items.map((entry) => entry.kind)).to.deep.equal(['received', 'sent']);
      const byRecord = await auditor.get<EvidenceListResponse>(`${apiPaths.evidence}?record=${cases[0]}`);
      expect(byRecord.body.items.map((entry) => entry.kind)).to.deep.equal(['sent']);
      const byKind = await auditor.get<EvidenceListResponse>(
        `${apiPaths.evidence}?kind=received&peer=${partner.nodeId}&order=oldest-first&limit=10`,
      );
      expect(byKind.body.items).to.have.length(1);
      expect(byKind.body.items[0]!.manifest).to.match(/^[\w-]+\.[\w-]+\.[\w-]+$/);
      expect((await auditor.get(`${apiPaths.evidence}?kind=lost`)).status).to.equal(400);
      expect((await auditor.get(`${apiPaths.evidence}?record=my-free-text`)).status).to.equal(400);

      const exported = await auditor.get<string>(apiPaths.evidenceExport);
      expect(exported.status).to.equal(200);
      expect(exported.headers.get('content-type')).to.contain('application/x-ndjson');
      expect(await verifyEvidenceLines(exported.body.split('\n'))).to.deep.equal({ ok: true, checked: 2 });

      const verified = await auditor.post<EvidenceVerifyResponse>(apiPaths.evidenceVerify, {});
      expect(verified.status).to.equal(200);
      expect(verified.body).to.deep.include({ ok: true, checked: 2 });
      expect(verified.body.head?.seq).to.equal(2);

      const reads = await auditor.get<AuditPage>(`${apiPaths.audit}?action=evidence-read&actor=auditor1`);
      expect(reads.body.items.map((entry) => entry.details?.operation)).to.include.members([
        'list',
        'export',
        'verify',
      ]);
    });

    it('refuses an officer (403), and the refusal is audited', async () => {
      const officer = await t.loginAs('officer');
      for (const response of [
        await officer.get<{ error: { code: string } }>(apiPaths.evidence),
        await officer.get<{ error: { code: string } }>(apiPaths.evidenceExport),
        await officer.post<{ error: { code: string } }>(apiPaths.evidenceVerify, {}),
      ]) {
        expect(response.status).to.equal(403);
        expect(response.body.error.code).to.equal('forbidden');
      }
      const auditor = await t.loginAs('auditor');
      const denied = await auditor.get<AuditPage>(
        `${apiPaths.audit}?action=permission-denied&actor=officer1`,
      );
      expect(denied.body.items.map((entry) => entry.details?.permission)).to.include('evidence:read');
    });

    it('verifies and exports through the running node from the CLI, and names a tampered entry over the API', async () => {
      const intact = await cenNode(['evidence', 'verify', '--data', t.dataDir]);
      expect(intact.code, intact.stderr).to.equal(0);
      expect(intact.stdout).to.contain('evidence log intact: 2 entries (through the running node)');
      const out = join(t.dataDir, '..', 'evidence.jsonl');
      const exported = await cenNode(['evidence', 'export', '--data', t.dataDir, '--out', out]);
      expect(exported.code, exported.stderr).to.equal(0);
      expect(exported.stdout).to.contain('(through the running node)');
      const lines = (await readFile(out, 'utf8')).split('\n');
      expect(await verifyEvidenceLines(lines)).to.deep.equal({ ok: true, checked: 2 });

      const kv = (t.node.services.store as RecordStore).kv;
      const entry = (await kv.get(EVIDENCE_NAMESPACE, evidenceKey(1))) as Record<string, unknown>;
      await kv.batch([
        { type: 'put', ns: EVIDENCE_NAMESPACE, key: evidenceKey(1), value: { ...entry, actor: 'officer2' } },
      ]);
      const auditor = await t.loginAs('auditor');
      const verified = await auditor.post<EvidenceVerifyResponse>(apiPaths.evidenceVerify, {});
      expect(verified.body).to.deep.include({ ok: false, checked: 0 });
      expect(verified.body.firstBad).to.deep.equal({
        seq: 1,
        reason: 'entry 1 does not match its hash: it was changed',
      });
    });
  });

  describe('cen-node evidence, offline', () => {
    let temp: Awaited<ReturnType<typeof makeTempDir>>;
    let dataDir: string;
    let out: string;
    before(async () => {
      temp = await makeTempDir('cen-evidence-');
      dataDir = join(temp.path, 'ke');
      out = join(temp.path, 'evidence.jsonl');
      await initNode({
        dataDir,
        name: 'Evidence',
        country: 'KE',
        adminPassword: 'Evidence-Lantern-88',
        tls: false,
      });
      await using offline = await openServices(await loadConfig(dataDir), { loggers: silentLoggers() });
      const { evidence, identity } = offline.services;
      await recordExchanges(evidence, partyOf(identity, 'KE'), partner);
    });
    after(async () => {
      await temp.remove();
    });

    it('verifies an intact log (exit 0) and exports a file that verifies with --file', async () => {
      const intact = await cenNode(['evidence', 'verify', '--data', dataDir]);
      expect(intact.code, intact.stderr).to.equal(0);
      expect(intact.stdout).to.contain('evidence log intact: 2 entries (offline)');

      const exported = await cenNode(['evidence', 'export', '--data', dataDir, '--out', out]);
      expect(exported.code, exported.stderr).to.equal(0);
      expect(exported.stdout).to.contain(`Exported 2 evidence entries to ${out}`);
      const again = await cenNode(['evidence', 'export', '--data', dataDir, '--out', out]);
      expect(again.code).to.equal(1);
      expect(again.stderr).to.contain('exists already');

      const file = await cenNode(['evidence', 'verify', '--file', out]);
      expect(file.code, file.stderr).to.equal(0);
      expect(file.stdout).to.contain('evidence log intact: 2 entries');

      // Reading the evidence log is recorded in the audit log, offline too.
      const store = await openStore(dataDir, { country: 'KE' });
      try {
        const reads: string[] = [];
        for await (const [, value] of store.kv.iterate('audit')) {
          const entry = value as { action: string; details?: { operation?: string } };
          if (entry.action === 'evidence-read') reads.push(entry.details!.operation!);
        }
        expect(reads).to.deep.equal(['verify', 'export']);
      } finally {
        await store.close();
      }
    });

    it('exits 1 naming the entry when the stored log or an exported file was tampered with', async () => {
      const lines = (await readFile(out, 'utf8')).split('\n');
      const forged = join(temp.path, 'forged.jsonl');
      await writeFile(forged, [lines[0], lines[1]!.replace('"stored"', '"denied"'), ''].join('\n'));
      const file = await cenNode(['evidence', 'verify', '--file', forged]);
      expect(file.code).to.equal(1);
      expect(file.stdout).to.contain('first bad entry 2').and.to.contain('does not match its hash');

      const store = await openStore(dataDir, { country: 'KE' });
      try {
        await store.kv.batch([{ type: 'del', ns: EVIDENCE_NAMESPACE, key: evidenceKey(2) }]);
      } finally {
        await store.close();
      }
      const broken = await cenNode(['evidence', 'verify', '--data', dataDir]);
      expect(broken.code).to.equal(1);
      expect(broken.stdout).to.contain('evidence log broken: first bad entry 2');
      expect(broken.stdout).to.contain('entry 2 is missing');
    });
  });
});
