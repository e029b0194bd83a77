/**
 * The one decision on every transfer of a case between two nodes, taken before a record leaves
 * (`outbound`) and again when it arrives (`inbound`). Pure and fail-closed: anything it cannot
 * establish is a denial with a stable reason code; a denial is a result, not an exception.
 *
 * The rules, in the order they are checked (the first that fails gives the reason):
 * 1. an agreement whose two parties are exactly this node and the peer — else `no-agreement`;
 * 2. signed by both parties — else `not-sealed`; not revoked — else `revoked`; within validity
 *    (`from` inclusive, `until` exclusive) — else `not-yet-valid` / `expired`. Of several
 *    agreements with the peer that pass, the highest version wins (then the latest `from`);
 * 3. the mode is allowed — `mode-not-allowed`; the purpose, when given, is listed — `purpose-not-allowed`;
 * 4. the sending party has a scope — else `out-of-scope`;
 * 5. every key of the record is a case field — else `unknown-field`;
 * 6. onward transfer (the record has an `origin` or the request says it came from a third party):
 *    outbound, the agreement it arrived under (`origin.agreementId`, which must be among
 *    `agreements`) must allow it (`with-consent` needs `onwardConsent`); inbound, the agreement
 *    with the peer must — else `onward-transfer-prohibited`. Sending a record back to the node it
 *    came from is not onward transfer;
 * 7. the record kind is in scope, and at least one item is in the ITR areas / commodities in scope
 *    — else `out-of-scope`. Outbound, items out of scope are dropped from the projection; inbound,
 *    any item out of scope is a denial;
 * 8. the handling code (absent = H0) is at most `maxCode` — else `handling-above-limit`;
 * 9. nominal data (persons, businesses) when the scope does not allow it: an explicitly nominal
 *    request, or an arrival carrying links, is denied `nominal-not-allowed`; otherwise the links
 *    are stripped from the projection;
 * 10. inbound, what arrived must equal its own projection — else `field-not-in-scope`.
 *
 * A contribution agreement's profile replaces the field scope (anonymise.ts): `case-level` applies
 * the anonymised projection of the version it names, to validated (or archived) cases the member
 * itself reported, that are not deleted — else `out-of-scope`, as for `aggregates`, which carries
 * no records, and for a profile version this node does not know. Inbound, anything beyond the
 * projection is `not-anonymised` (links to persons or businesses stay `nominal-not-allowed`).
 */
import {
  HANDLING_CODES,
  type Agreement,
  type DirectionScope,
  type Revocation,
  type TransferMode,
} from '../protocol/agreement.ts';
import type { Case } from '../protocol/records.ts';
import { anonymisationGaps, anonymiseCase, CONTRIBUTED_STATUSES } from './anonymise.ts';
import { projectRecord, sameJson, unknownFieldPaths } from './projection.ts';
import { agreementStatus } from './seal.ts';

export const DENY_REASONS = [
  'no-agreement',
  'not-sealed',
  'revoked',
  'not-yet-valid',
  'expired',
  'mode-not-allowed',
  'purpose-not-allowed',
  'out-of-scope',
  'unknown-field',
  'onward-transfer-prohibited',
  'handling-above-limit',
  'nominal-not-allowed',
  'field-not-in-scope',
  'not-anonymised',
] as const;
export type DenyReason = (typeof DENY_REASONS)[number];

/** An agreement as `openAgreement` returned it, with the revocations `openRevocation` accepted. */
export interface AgreementState {
  agreement: Agreement;
  signedBy: readonly string[];
  revocations?: readonly Revocation[];
}

export interface TransferRequest {
  direction: 'outbound' | 'inbound';
  mode: TransferMode;
  localNodeId: string;
  peerNodeId: string;
  /** A case as stored (outbound) or as it arrived (inbound): treated as untrusted JSON. */
  record: Case | Record<string, unknown>;
  /** Person and business records would be attached: denied unless the scope allows nominal data. */
  nominal?: boolean;
  purpose?: string;
  /** The record came from a third party (also implied by `record.origin`). */
  onward?: boolean;
  /** The owner consented to this onward transfer (for `onwardTransfer: with-consent`). */
  onwardConsent?: boolean;
}

export type Decision =
  | { allow: true; agreementId: string; agreementVersion: number; projection: Partial<Case> }
  | { allow: false; reason: DenyReason; detail: string };

const deny = (reason: DenyReason, detail: string): Decision => ({ allow: false, reason, detail });
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * `agreementStatus` of a state at `now`, remembered for that state object and instant: a sync
 * decides hundreds of records against the same states at the same moment.
 */
const lastStatus = new WeakMap<AgreementState, { at: number; status: ReturnType<typeof agreementStatus> }>();
function statusAt(state: AgreementState, now: Date): ReturnType<typeof agreementStatus> {
  const at = now.getTime();
  const known = lastStatus.get(state);
  if (known?.at === at) return known.status;
  const status = agreementStatus(state, now, state.revocations ?? []);
  lastStatus.set(state, { at, status });
  return status;
}

function selectAgreement(
  agreements: readonly AgreementState[],
  request: TransferRequest,
  now: Date,
): AgreementState | Decision {
  const pair = [request.localNodeId, request.peerNodeId].sort().join(' ');
  const withPeer = agreements.filter(
    (s) =>
      s.agreement.parties
        .map((p) => p.nodeId)
        .sort()
        .join(' ') === pair && request.localNodeId !== request.peerNodeId,
  );
  if (withPeer.length === 0) return deny('no-agreement', `no agreement with ${request.peerNodeId}`);
  const statuses = withPeer.map((s) => ({ state: s, status: statusAt(s, now) }));
  const active = statuses.filter((s) => s.status.active).map((s) => s.state);
  if (active.length === 0) {
    const reasons = statuses.map((s) => (s.status.active ? 'active' : s.status.reason));
    // The most telling reason: a sealed one that ran out beats an unsigned draft.
    for (const reason of ['expired', 'not-yet-valid', 'revoked', 'not-sealed'] as const) {
      if (reasons.includes(reason))
        return deny(reason, `the agreement with ${request.peerNodeId} is ${reason}`);
    }
  }
  return active.sort(
    (a, b) =>
      b.agreement.version - a.agreement.version ||
      Date.parse(b.agreement.validity.from) - Date.parse(a.agreement.validity.from) ||
      (a.agreement.id < b.agreement.id ? -1 : 1),
  )[0]!;
}

/**
 * The agreement `decide()` would apply between this node and `peerNodeId` now: the active one of
 * highest version (then latest start). Undefined when none is active.
 */
export function agreementFor(
  agreements: readonly AgreementState[],
  localNodeId: string,
  peerNodeId: string,
  now: Date,
): AgreementState | undefined {
  const selected = selectAgreement(
    agreements,
    { direction: 'outbound', mode: 'sync', localNodeId, peerNodeId, record: {} },
    now,
  );
  return 'allow' in selected ? undefined : selected;
}

function checkOnward(
  agreements: readonly AgreementState[],
  chosen: Agreement,
  request: TransferRequest,
  record: Record<string, unknown>,
): Decision | undefined {
  const origin = isObject(record.origin) ? record.origin : undefined;
  if (!origin && request.onward !== true && record.origin === undefined) return undefined;
  if (origin && origin.nodeId === request.peerNodeId && request.direction === 'outbound') return undefined;
  let rule: Agreement['handling']['onwardTransfer'];
  if (request.direction === 'outbound') {
    const cameUnder = agreements
      .filter((s) => s.agreement.id === origin?.agreementId)
      .sort((a, b) => b.agreement.version - a.agreement.version)[0];
    if (!cameUnder) {
      return deny('onward-transfer-prohibited', 'the agreement this record arrived under is unknown');
    }
    rule = cameUnder.agreement.handling.onwardTransfer;
  } else {
    rule = chosen.handling.onwardTransfer;
  }
  if (rule === 'allowed' || (rule === 'with-consent' && request.onwardConsent === true)) return undefined;
  return deny(
    'onward-transfer-prohibited',
    rule === 'with-consent' ? 'onward transfer needs the owner’s consent' : 'onward transfer is prohibited',
  );
}

function inScope(item: unknown, scope: DirectionScope): boolean {
  if (!isObject(item)) return false;
  return (
    (scope.itrAreas?.includes(item.itrArea as string) ?? false) ||
    (scope.commodities?.includes(item.commodity as string) ?? false)
  );
}

export function decide(agreements: readonly AgreementState[], request: TransferRequest, now: Date): Decision {
  const selected = selectAgreement(agreements, request, now);
  if ('allow' in selected) return selected;
  const agreement = selected.agreement;
  if (!agreement.modes.includes(request.mode))
    return deny('mode-not-allowed', `${request.mode} is not agreed`);
  if (request.purpose !== undefined && !agreement.purposes.includes(request.purpose)) {
    return deny('purpose-not-allowed', `${request.purpose} is not an agreed purpose`);
  }
  const sender = request.direction === 'outbound' ? request.localNodeId : request.peerNodeId;
  const scope = Object.hasOwn(agreement.scope, sender) ? agreement.scope[sender] : undefined;
  if (!scope) return deny('out-of-scope', 'nothing is agreed in this direction');

  const record: unknown = request.record;
  if (!isObject(record)) return deny('unknown-field', 'the record is not an object');
  const unknown = unknownFieldPaths(record);
  if (unknown.length > 0) return deny('unknown-field', `not case fields: ${unknown.join(', ')}`);

  const onward = checkOnward(agreements, agreement, request, record);
  if (onward) return onward;

  if (!scope.recordKinds.includes(record.kind as never))
    return deny('out-of-scope', `kind ${String(record.kind)} is not in scope`);
  const items = Array.isArray(record.items) ? (record.items as unknown[]) : [];
  const itemsInScope = items.filter((item) => inScope(item, scope));
  if (itemsInScope.length === 0)
    return deny('out-of-scope', 'no item is in the agreed ITR areas or commodities');
  if (request.direction === 'inbound' && itemsInScope.length !== items.length) {
    return deny('out-of-scope', 'an item outside the agreed ITR areas or commodities arrived');
  }

  const handling = isObject(record.handling)
    ? record.handling.code
    : record.handling === undefined
      ? 'H0'
      : undefined;
  const level = HANDLING_CODES.indexOf(handling as never);
  if (level < 0 || level > HANDLING_CODES.indexOf(agreement.handling.maxCode)) {
    return deny(
      'handling-above-limit',
      `handling ${String(handling)} is above ${agreement.handling.maxCode}`,
    );
  }

  const nominalLinks = ['persons', 'businesses'].some(
    (k) => Array.isArray(record[k]) && (record[k] as unknown[]).length > 0,
  );
  if (!scope.nominal && (request.nominal === true || (request.direction === 'inbound' && nominalLinks))) {
    return deny('nominal-not-allowed', 'the agreement does not allow nominal data');
  }

  let projection: Partial<Case>;
  if (agreement.type === 'wco-contribution') {
    const profile = agreement.profile;
    if (!profile) return deny('out-of-scope', 'the contribution agreement names no profile');
    if (!CONTRIBUTED_STATUSES.includes(record.status as never) || record.deletedAt !== undefined) {
      return deny('out-of-scope', 'only validated cases are contributed');
    }
    const member = agreement.parties.find((p) => p.nodeId === sender);
    if (record.reportingCountry !== member?.administration) {
      return deny('out-of-scope', 'a member contributes the cases it reported itself');
    }
    const anonymised = anonymiseCase({ ...record, items: itemsInScope }, profile);
    if (!anonymised.ok) return deny('out-of-scope', anonymised.detail);
    projection = anonymised.record;
    if (request.direction === 'inbound' && !sameJson(projection, record)) {
      // Paths only: the values are what must not spread, not even into a log line.
      const gaps = anonymisationGaps(record, profile);
      return deny('not-anonymised', `holds what the contribution profile removes: ${gaps.join(', ')}`);
    }
  } else {
    projection = projectRecord(
      { ...record, items: itemsInScope },
      { fields: scope.fields ?? [], redact: scope.redact ?? [] },
    ) as Partial<Case>;
  }
  if (!scope.nominal) {
    delete projection.persons;
    delete projection.businesses;
  }
  if (request.direction === 'inbound' && !sameJson(projection, record)) {
    return deny('field-not-in-scope', 'what arrived holds fields outside the agreed scope');
  }
  return { allow: true, agreementId: agreement.id, agreementVersion: agreement.version, projection };
}
