/**
 * The checks a restored node must pass before it takes the place of a data directory: the store's
 * consistency (every index entry, change-log entry and live count), every revision chain (each
 * record's hash), the audit and evidence chains. Opening the node has already rebuilt the derived
 * indexes (full text, statistics, global search). Ends with the `restore` audit entry.
 */
import type { NodeServices } from '../control/commands.ts';
import type { BackupHeader } from './format.ts';
import type { RestoredNodeReport } from './restore.ts';

export async function verifyRestoredNode(
  services: Pick<NodeServices, 'store' | 'maintenance' | 'audit' | 'evidence' | 'identity'>,
  header: BackupHeader,
  by: string,
): Promise<RestoredNodeReport> {
  const problems: string[] = [];
  if (services.identity.nodeId !== header.nodeId) {
    problems.push(`the restored node is ${services.identity.nodeId}, the backup is of ${header.nodeId}`);
  }
  const store = await services.maintenance.check();
  problems.push(...store.problems.map((problem) => `store: ${problem}`));
  const chains = await services.store.verifyChains();
  if (chains.firstBad) {
    const bad = chains.firstBad;
    problems.push(`revision chain: ${bad.type} ${bad.id} version ${bad.version}: ${bad.reason}`);
  }
  const audit = await services.audit.verify();
  if (audit.firstBad) problems.push(`audit log: entry ${audit.firstBad.seq}: ${audit.firstBad.reason}`);
  const evidence = await services.evidence.verify();
  if (evidence.firstBad)
    problems.push(`evidence log: entry ${evidence.firstBad.seq}: ${evidence.firstBad.reason}`);
  const records = await services.store.counts();
  if (problems.length === 0) {
    await services.audit.append({
      action: 'restore',
      actor: by,
      outcome: 'ok',
      details: {
        backupCreatedAt: header.createdAt,
        entries: header.counts?.entries ?? 0,
        files: header.counts?.files ?? 0,
      },
    });
  }
  return {
    problems,
    records,
    revisionsChecked: chains.checked,
    auditEntries: audit.checked,
    evidenceEntries: evidence.checked,
  };
}
