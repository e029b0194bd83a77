/**
 * Migration 1 → 2: every account in the current account format. Release 0.1.0 read accounts of
 * the first release (roles admin, officer, analyst; no password history, policy or inactivity
 * fields) by upgrading them on each read and rewrote them each time it opened the store; from
 * format 2 on, the store holds no such account and nothing is rewritten at start. A role that
 * changes on the way (admin → the node's first-administrator role, analyst → wco-analyst on a
 * WCO node) is a permission change: it gets a `role-changed` audit entry by `system:upgrade`, in
 * the same batch as the account.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AuditLog } from '../audit/index.ts';
import { UserStore } from '../auth/users.ts';
import { NODE_ROLES, type NodeRole } from '../config.ts';
import { LevelKv, STORE_DIRECTORY } from '../store/index.ts';
import type { Migration } from './migrations.ts';

/** The node's role as its config file says (the account roles depend on it); national when unset. */
async function nodeRoleOf(dataDir: string): Promise<NodeRole> {
  const raw = JSON.parse(await readFile(join(dataDir, 'config.json'), 'utf8')) as { role?: unknown };
  return (NODE_ROLES as readonly unknown[]).includes(raw.role) ? (raw.role as NodeRole) : 'national';
}

export const accountsInCurrentFormat: Migration = {
  from: 1,
  to: 2,
  title: 'accounts of the first release rewritten in the current account format (role changes audited)',
  async run(dataDir, log) {
    const nodeRole = await nodeRoleOf(dataDir);
    const kv = await LevelKv.open(join(dataDir, STORE_DIRECTORY));
    try {
      const audit = new AuditLog(kv);
      try {
        const rewritten = await new UserStore(kv, { nodeRole, audit }).migrate();
        log(`${rewritten} account(s) rewritten in the current format`);
      } finally {
        await audit.close();
      }
    } finally {
      await kv.close();
    }
  },
};
