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

export const ROLES = [
  'officer',
  'analyst',
  'exchange-admin',
  'national-admin',
  'auditor',
  'wco-analyst',
  'wco-admin',
] as const;
export type Role = (typeof ROLES)[number];

/**
 * Every permission the node checks, with what it opens. The keys are the contract; routes name
 * them literally, so renaming one is a breaking change.
 */
export const PERMISSION_DESCRIPTIONS = {
  'case:read': 'search and open cases (non-nominal part), their photos, revisions and linked cases',
  'case:write': 'create, edit, validate, archive and delete cases and upload their photos',
  'nominal:read': 'open persons and businesses and the nominal links of a case (every read is audited)',
  'nominal:write': 'create, edit and delete persons and businesses',
  import: 'bulk upload of cases from a file',
  export: 'export cases or statistics to Excel/CSV and download the analyst database (audited)',
  'stats:read': 'national statistics and data-quality figures',
  'inbox:read': 'records received from partner administrations under an agreement',
  'exchange:send': 'send one case to a partner on demand, under an agreement that allows it',
  'query:run': 'hit/no-hit look-ups at partner nodes (a container, a document number)',
  'global:read': 'search and statistics over the global CEN (through the WCO node)',
  'global:manage': 'on the WCO node: accept or reject contributions, data-quality follow-up, ITR tables',
  'publication:read': 'read alerts, analytical reports and newsletters',
  'publication:manage': 'write, sign and publish alerts, analytical reports and newsletters',
  'forum:read': 'read forum threads',
  'forum:post': 'start threads and post in the forum',
  'operation:read': 'see the CENcomm operations one is a member of and their messages',
  'operation:post': 'send messages and reports in an operation one is a member of',
  'operation:manage': 'organise operations: members, templates, extraction, promotion to cases, closing',
  'peer:read': 'list peers and their connection state',
  'peer:manage': 'add, block and remove peers',
  'agreement:read': 'list and read agreements',
  'agreement:manage': 'draft, sign, countersign, install and revoke agreements; the contribution profile',
  'user:read': 'list users, their roles and account state',
  'user:manage': 'create, disable and re-enable users and change their roles',
  'user:reset': 'issue a one-time reset code and reset a second factor (contact point)',
  'node:manage': 'node settings, backup, restore, reindex',
  'audit:read': 'read, verify and export the audit log',
  'evidence:read': 'read, verify and export the evidence log of exchanges',
} as const;
export type Permission = keyof typeof PERMISSION_DESCRIPTIONS;
export const PERMISSIONS = Object.keys(PERMISSION_DESCRIPTIONS) as readonly Permission[];

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

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function isPermission(value: unknown): value is Permission {
  return typeof value === 'string' && Object.hasOwn(PERMISSION_DESCRIPTIONS, value);
}

/** Whether `role` holds `permission`. Unknown roles (an old record, a typo) hold nothing. */
export function can(role: string, permission: Permission): boolean {
  return isRole(role) && GRANTS.get(role)!.has(permission);
}

export function permissionsOf(role: string): readonly Permission[] {
  return isRole(role) ? ROLE_PERMISSIONS[role] : [];
}

export type NodeRole = 'national' | 'wco';

const NODE_ROLES: Readonly<Record<NodeRole, readonly Role[]>> = {
  national: ['officer', 'analyst', 'exchange-admin', 'national-admin', 'auditor'],
  wco: ['wco-analyst', 'wco-admin', 'auditor'],
};

/** The roles a user may hold on a node of this kind. */
export function rolesForNodeRole(nodeRole: NodeRole): readonly Role[] {
  return NODE_ROLES[nodeRole];
}

const ADMINISTRATORS: ReadonlySet<Role> = new Set<Role>(['exchange-admin', 'national-admin', 'wco-admin']);

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
