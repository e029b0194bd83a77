/**
 * Roles and permissions: which role may do what, decided by one table that every route consults
 * (`can(session.role, 'nominal:read')`), so that a route cannot forget a check by being written
 * differently from its neighbours.
 *
 * Two rules shape the table:
 * - least privilege: a role holds what its daily work needs, and nothing because it "might";
 * - separation of duties: the people who manage accounts, peers and agreements are not the people
 *   who read the audit log that records what they did, and no administrator reads nominal data.
 *
 * @example
 *   if (!can(session.role, 'export')) throw new ForbiddenError();
 *   if (!mayAssign(actor.role, 'officer', { actor: actor.username, target: 'maria' })) throw new ForbiddenError();
 */

import {
  ADMINISTRATOR_ROLES,
  isRole,
  NODE_ROLE_ROLES,
  ROLES,
  type NodeRole,
  type Permission,
  type Role,
} from '../../protocol/roles.ts';

// The names are the contract (protocol/roles.ts); who holds what is this module's policy.
export {
  isPermission,
  isRole,
  PERMISSION_DESCRIPTIONS,
  PERMISSIONS,
  ROLES,
  type NodeRole,
  type Permission,
  type Role,
} from '../../protocol/roles.ts';

/** What everyone who works with enforcement information may do. */
const READER: readonly Permission[] = ['publication:read', 'forum:read', 'forum:post'];

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  officer: [
    ...READER,
    'case:read',
    'case:write',
    'nominal:read',
    'nominal:write',
    'import',
    'inbox:read',
    'exchange:send',
    'query:run',
    'watchlist:manage',
    'global:read',
    'operation:read',
    'operation:post',
  ],
  analyst: [
    ...READER,
    'case:read',
    'nominal:read',
    'export',
    'stats:read',
    'inbox:read',
    'query:run',
    'watchlist:manage',
    'global:read',
    'operation:read',
    'operation:post',
    'operation:manage',
  ],
  // Peers and agreements decide what leaves the country; the people who sign them need to read
  // them and the evidence of what was exchanged, not the records themselves.
  'exchange-admin': [
    'publication:read',
    'peer:read',
    'peer:manage',
    'agreement:read',
    'agreement:manage',
    'evidence:read',
  ],
  // The contact point runs accounts and the appliance; reading the audit log of its own actions
  // is the auditor's job.
  'national-admin': [
    'publication:read',
    'user:read',
    'user:manage',
    'user:reset',
    'node:manage',
    'peer:read',
    'agreement:read',
  ],
  auditor: ['audit:read', 'evidence:read', 'user:read', 'peer:read', 'agreement:read'],
  'wco-analyst': [
    ...READER,
    'global:read',
    'stats:read',
    'export',
    'publication:manage',
    'operation:read',
    'operation:post',
    'operation:manage',
  ],
  'wco-admin': [
    'publication:read',
    'publication:manage',
    'global:manage',
    'user:read',
    'user:manage',
    'user:reset',
    'node:manage',
    'peer:read',
    'peer:manage',
    'agreement:read',
    'agreement:manage',
    'evidence:read',
  ],
};

const GRANTS: ReadonlyMap<Role, ReadonlySet<Permission>> = new Map(
  ROLES.map((role) => [role, new Set(ROLE_PERMISSIONS[role])]),
);

/** Whether `role` holds `permission`. Unknown roles (an old record, a typo) hold nothing. */
export function can(role: string, permission: Permission): boolean {
  return isRole(role) && GRANTS.get(role)!.has(permission);
}

export function permissionsOf(role: string): readonly Permission[] {
  return isRole(role) ? ROLE_PERMISSIONS[role] : [];
}

const NODE_ROLES = NODE_ROLE_ROLES;

/** The roles a user may hold on a node of this kind. */
export function rolesForNodeRole(nodeRole: NodeRole): readonly Role[] {
  return NODE_ROLES[nodeRole];
}

const ADMINISTRATORS: ReadonlySet<Role> = new Set<Role>(ADMINISTRATOR_ROLES);

/** Administrator roles must sign in with a second factor: they can open the door to everything else. */
export function requiresSecondFactor(role: string): boolean {
  return isRole(role) && ADMINISTRATORS.has(role);
}

/** The administrator who assigns roles on each kind of node, and only roles of that node. */
const ASSIGNER: Readonly<Record<NodeRole, Role>> = { national: 'national-admin', wco: 'wco-admin' };

/**
 * Whether `actorRole` may give `targetRole` to a user. Only the national or WCO administrator
 * assigns roles, only roles of its own kind of node, and never to its own account: nobody
 * grants themselves anything, and an administrator cannot quietly demote the last check on
 * them (themselves) either.
 */
export function mayAssign(
  actorRole: string,
  targetRole: string,
  who: { actor: string; target: string },
): boolean {
  if (!isRole(actorRole) || !isRole(targetRole)) return false;
  if (who.actor.trim().toLowerCase() === who.target.trim().toLowerCase()) return false;
  return (Object.keys(ASSIGNER) as NodeRole[]).some(
    (nodeRole) => ASSIGNER[nodeRole] === actorRole && NODE_ROLES[nodeRole].includes(targetRole),
  );
}
