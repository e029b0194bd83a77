/**
 * What the audit log records. An action name is a contract with auditors and their scripts
 * (they filter on it), so names are only ever added. `append` refuses a name not listed here,
 * which turns a typo into a failing test instead of a hole in the log.
 *
 * `actor` is who acted: a username, `system:<job>` for the node itself, or `peer:<nodeId>` for a
 * partner node. `target` is what was acted on, by id (a username, case id, agreement id, peer
 * id). `details` carry ids, codes and counts, never personal values or secrets: no names, no
 * document numbers, no passwords, codes or tokens, no search text typed by a user.
 */
export const AUDIT_ACTIONS = {
  // Sessions
  login: 'a user signed in (details.secondFactor: totp | recovery-code | none)',
  'login-failed':
    'a sign-in failed (details.reason: credentials | second-factor | blocked | expired | throttled); actor is the attempted username when it exists, otherwise `unknown`, so a password typed into the username field is never stored',
  'login-locked': 'sign-in attempts were refused by throttling (details.retryAfterSeconds)',
  logout: 'a user signed out',
  'session-revoked': 'an administrator or a password change ended sessions (target: username; details.count)',
  // Accounts
  'user-created': 'an account was created (target: username; details.role)',
  'user-updated':
    'account details other than role, state or credentials changed (target: username; details.fields)',
  'user-disabled': 'an account was disabled (target: username; details.reason: manual | inactivity)',
  'user-enabled': 'an account was re-enabled (target: username)',
  'role-changed': 'a role was assigned (target: username; details.from, details.to)',
  'password-changed': 'a user changed their own password (details.forced: true after a reset or expiry)',
  'password-reset': 'a contact point issued a one-time reset code (target: username); the code is not logged',
  'totp-enrolled': 'a second factor was enrolled (target: username)',
  'totp-reset': 'an administrator removed a user’s second factor so they can enrol again (target: username)',
  'recovery-codes-generated': 'new recovery codes replaced the old ones (target: username)',
  'recovery-code-used': 'a recovery code was spent to sign in (details.remaining)',
  'permission-denied': 'a request was refused for lack of permission (details.permission, details.route)',
  // Data
  'nominal-read':
    'a person, a business or the nominal part of a case was opened (target: record id; details.type)',
  export: 'data left the node as a file (details.format, details.filters as codes, details.count)',
  import: 'a bulk upload was applied (details.importId, details.count, details.dryRun)',
  'record-created':
    'a case, person or business was created (target: record id; details.type; details.from = operation, with details.operation and details.message, for a case made of an operation report)',
  'record-updated':
    'a case, person or business was changed (target: record id; details.type, details.version)',
  'record-deleted': 'a case, person or business was deleted (target: record id; details.type)',
  'case-sent':
    'an officer sent a case to a partner on demand (target: case id; details.peer, details.manifestId)',
  'case-recalled': 'an officer recalled a case from the partners holding it (target: case id; details.peers)',
  'query-sent':
    'a hit/no-hit look-up was sent to a partner (target: peer id; details.identifierType, details.hit)',
  'query-received':
    'a partner looked up an identifier here (actor: peer:<nodeId>; details.identifierType, details.hit)',
  'watchlist-created':
    'a watch-list rule was created (target: rule id; details.kind, details.listType, details.entries, details.shared, details.active)',
  'watchlist-updated':
    'a watch-list rule was changed (target: rule id; details.version and the same counts), never its identifiers or pattern',
  'watchlist-deleted': 'a watch-list rule was deleted (target: rule id; details.version)',
  // Agreements and peers
  'agreement-drafted': 'an agreement was drafted (target: agreement id)',
  'agreement-signed': 'this node signed an agreement (target: agreement id)',
  'agreement-countersigned': 'this node countersigned an agreement (target: agreement id)',
  'agreement-installed': 'an agreement became active on this node (target: agreement id; details.version)',
  'agreement-revoked': 'an agreement was revoked by either party (target: agreement id; details.by)',
  'agreement-expired': 'an agreement reached the end of its validity (target: agreement id)',
  'agreement-proposed':
    'this node proposed an agreement it signed to the partner (target: agreement id; details.version, details.peer)',
  'agreement-received':
    'a partner delivered a proposal, countersignature, decline or revocation and it was accepted (actor: peer:<nodeId>; target: agreement id; details.kind, details.version, details.outcome)',
  'agreement-declined':
    'a proposal was declined, here or by the partner (target: agreement id; details.version, details.direction)',
  'agreement-delivered':
    'the partner acknowledged a proposal, countersignature, decline or revocation this node sent (target: agreement id; details.kind, details.version, details.peer)',
  'agreement-delivery-refused':
    'the partner refused a proposal, countersignature, decline or revocation this node sent (target: agreement id; details.kind, details.code, details.peer)',
  'peer-added': 'a peer was added (target: node id)',
  'peer-blocked': 'a peer was blocked (target: node id)',
  'peer-removed': 'a peer was removed (target: node id)',
  'peer-refused':
    'a connection or transfer from a peer was refused by policy (target: node id; details.reason)',
  // WCO node, publications and operations
  'contribution-profile-changed': 'the WCO contribution profile was changed (details.version)',
  'publication-published': 'an alert, report or newsletter was published (target: publication id)',
  'publication-drafted':
    'a WCO user wrote a draft publication (target: publication id; details.kind, details.attachments)',
  'publication-withdrawn':
    'a publication was withdrawn, on the WCO node or, from it, on a member node (target: publication id)',
  'publication-received':
    'a member node received a publication the WCO node signed (actor: peer:<nodeId>; target: publication id)',
  'forum-posted':
    'a forum thread or post was written on the WCO node (target: thread id; details.post, details.newThread, details.member)',
  'operation-created': 'a CENcomm operation was created (target: operation id)',
  'operation-member-changed':
    'a node or user joined or left an operation (target: operation id; details.member)',
  'operation-closed': 'an operation was closed (target: operation id)',
  'operation-extracted': 'reports of an operation were extracted (target: operation id; details.count)',
  // The node and the logs themselves
  'config-changed': 'a node setting changed (details.setting)',
  'node-setup':
    "the first boot's setup was completed (details.role, details.country, details.apiHost, details.apiPort, details.p2pHost, details.p2pPort)",
  backup: 'a backup was taken (details.file as a name, not a path outside the data directory)',
  restore: 'the node was restored from a backup',
  reindex: 'the derived search index was rebuilt',
  'audit-read': 'the audit log was listed or read',
  'audit-exported': 'the audit log was exported (details.count)',
  'audit-verified': 'the audit log chain was verified (details.ok, details.firstBadSeq)',
  'evidence-read': 'the evidence log was read or exported',
} as const;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

export const AUDIT_OUTCOMES = ['ok', 'denied', 'failed'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

export function isAuditAction(value: unknown): value is AuditAction {
  return typeof value === 'string' && Object.hasOwn(AUDIT_ACTIONS, value);
}
