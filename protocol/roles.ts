/**
 * Roles and permission names: part of the contract, because the console shows and hides by
 * them, operators script `cen-node user add --role …` with them and auditors read them in the
 * audit log. Which role holds which permission is the node's policy (`node/auth/roles.ts`).
 *
 * @example
 *   import { ROLES, isRole, type Permission } from '../protocol/roles.ts';
 *   if (!isRole(input.role)) refuse(`role must be one of ${ROLES.join(', ')}`);
 */

/**
 * Every role a user can hold. A national node offers the first five, a WCO node the WCO analyst,
 * the WCO administrator and the auditor (`NODE_ROLE_ROLES`).
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

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

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
  'watchlist:manage':
    'define watch-list rules (identifier lists, patterns) one owns, share them with partners, read their notifications and matches',
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
  'user:manage': 'create, disable and re-enable users, change their roles and end their sessions',
  'user:reset': 'issue a one-time reset code and reset a second factor (contact point)',
  'node:manage': 'node settings, backup, restore, reindex',
  'audit:read': 'read, verify and export the audit log',
  'evidence:read': 'read, verify and export the evidence log of exchanges',
} as const;
export type Permission = keyof typeof PERMISSION_DESCRIPTIONS;
export const PERMISSIONS = Object.keys(PERMISSION_DESCRIPTIONS) as readonly Permission[];

export function isPermission(value: unknown): value is Permission {
  return typeof value === 'string' && Object.hasOwn(PERMISSION_DESCRIPTIONS, value);
}

/** The kind of node: a member administration's, or the WCO's. */
export type NodeRole = 'national' | 'wco';

/** The roles a user may hold on each kind of node. */
export const NODE_ROLE_ROLES: Readonly<Record<NodeRole, readonly Role[]>> = {
  national: ['officer', 'analyst', 'exchange-admin', 'national-admin', 'auditor'],
  wco: ['wco-analyst', 'wco-admin', 'auditor'],
};

/** Administrator roles sign in with a second factor: they can open the door to everything else. */
export const ADMINISTRATOR_ROLES: readonly Role[] = ['exchange-admin', 'national-admin', 'wco-admin'];

/** The role of the first account (`admin`), created by `cen-node init`, on each kind of node. */
export const FIRST_ADMINISTRATOR_ROLE: Readonly<Record<NodeRole, Role>> = {
  national: 'national-admin',
  wco: 'wco-admin',
};
