/**
 * An agreement document shown the way an exchange administrator reads a treaty: who the parties
 * are, on what legal basis and for what purposes, which modes, and per direction what may flow
 * (record kinds, ITR areas, commodities, the fields and whether nominal data is allowed), the
 * handling rules, the validity and who has signed. Used by the agreement view and by the review of
 * a partner's proposal, so a proposal reads exactly like the agreement it would become.
 *
 * Codes are shown as labels in the reader's language; a field path the console has no label for
 * is shown as the path itself.
 *
 * @example
 *   const doc = asAgreement(detail.agreement);
 *   html`${doc ? renderAgreementDocument(doc, { localNodeId, signers: signersOf(detail.sealed) }) : nothing}`
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Agreement, DirectionScope } from '../../protocol/agreement.ts';
import { badge, modeLabel, nodeIdParts, timelineScale, validityBar } from './exchange-parts.ts';
import { formatList, formatNumber, t, tOptional } from './i18n/index.ts';
import { label } from './i18n/vocabulary.ts';
import { fieldRow } from './record-parts.ts';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The document as the node returned it, if it has the shape of one. The node shows a document only
 * after its signatures verified, so this guards against an older or newer node's shape, not
 * against forgery.
 */
export function asAgreement(value: unknown): Agreement | undefined {
  if (!isObject(value)) return undefined;
  const { parties, scope, validity, handling, modes, legalBasis, purposes } = value;
  if (!Array.isArray(parties) || parties.length !== 2 || !parties.every(isObject)) return undefined;
  if (!isObject(scope) || !isObject(validity) || !isObject(handling) || !isObject(legalBasis))
    return undefined;
  if (!Array.isArray(modes) || !Array.isArray(purposes)) return undefined;
  return value as unknown as Agreement;
}

/** The node ids that signed a sealed agreement (the `kid` of each protected header). */
export function signersOf(sealed: { signatures?: readonly { protected: string }[] } | undefined): string[] {
  const signers: string[] = [];
  for (const signature of sealed?.signatures ?? []) {
    try {
      const base64 = signature.protected.replace(/-/g, '+').replace(/_/g, '/');
      const header = JSON.parse(atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '='))) as {
        kid?: unknown;
      };
      if (typeof header.kid === 'string') signers.push(header.kid);
    } catch {
      // a header the console cannot read: the node verified it, the console just cannot name it
    }
  }
  return signers;
}

/** "Goods seized › Commodity" for `items.commodity`; the path itself where there is no label. */
export function fieldPathLabel(path: string): string {
  const special: Readonly<Record<string, string>> = {
    'location.type': 'fields.locationType',
    'location.code': 'fields.locationCode',
    'location.name': 'fields.locationName',
    'detection.method': 'fields.detectionMethod',
    'conveyance.mode': 'fields.conveyanceMode',
    'concealment.method': 'fields.concealmentMethod',
    'concealment.description': 'fields.concealmentDescription',
    'route.origin': 'fields.routeOrigin',
    'route.departure': 'fields.routeDeparture',
    'route.transit': 'fields.routeTransit',
    'route.destination': 'fields.routeDestination',
    'offenders.role': 'fields.offenderRole',
    'persons.role': 'fields.personRole',
    'businesses.role': 'fields.businessRole',
    'handling.code': 'fields.handlingCode',
    'handling.source': 'fields.sourceEvaluation',
    'handling.reliability': 'fields.informationReliability',
  };
  const [parent, ...rest] = path.split('.');
  const parentLabel = tOptional(`fields.${parent}`, parent ?? path);
  if (rest.length === 0) return parentLabel;
  const leaf = special[path] ?? `fields.${rest.join('.')}`;
  return `${parentLabel} › ${tOptional(leaf, rest.join('.'))}`;
}

function labelList(values: readonly string[] | undefined, toLabel: (value: string) => string) {
  if (!values || values.length === 0) return undefined;
  return formatList(values.map(toLabel));
}

function partyName(doc: Agreement, nodeId: string): string {
  const party = doc.parties.find((p) => p.nodeId === nodeId);
  return party ? party.name : nodeId;
}

function renderDirection(doc: Agreement, sender: string, receiver: string, index: number) {
  const scope: DirectionScope | undefined = doc.scope[sender];
  const id = `direction-${index}`;
  return html`<section class="panel direction" aria-labelledby=${id}>
    <h3 id=${id}>
      ${t('agreements.direction', { from: partyName(doc, sender), to: partyName(doc, receiver) })}
    </h3>
    ${
      scope
        ? html`<dl class="fields">
            ${fieldRow(
              'agreements.recordKinds',
              labelList(scope.recordKinds, (kind) => label('caseKind', kind)),
            )}
            ${fieldRow(
              'agreements.itrAreas',
              labelList(scope.itrAreas, (area) => label('itrArea', area)),
            )}
            ${fieldRow(
              'agreements.commodities',
              labelList(scope.commodities, (code) => label('commodity', code)),
            )}
            ${fieldRow(
              'agreements.fields',
              scope.fields
                ? html`<ul class="plain">
                    ${scope.fields.map((path) => html`<li>${fieldPathLabel(path)}</li>`)}
                  </ul>`
                : doc.profile
                  ? t('agreements.fieldsByProfile')
                  : undefined,
            )}
            ${fieldRow(
              'agreements.redacted',
              scope.redact && scope.redact.length > 0
                ? html`<ul class="plain">
                    ${scope.redact.map((path) => html`<li>${fieldPathLabel(path)}</li>`)}
                  </ul>`
                : undefined,
            )}
            ${fieldRow(
              'agreements.nominal',
              scope.nominal
                ? badge(t('agreements.nominalAllowed'), 'waiting')
                : badge(t('agreements.nominalNotAllowed'), 'neutral'),
            )}
          </dl>`
        : html`<p>${t('agreements.nothingThisWay')}</p>`
    }
  </section>`;
}

export interface AgreementDocumentOptions {
  /** This node, to mark its own party. */
  localNodeId?: string | undefined;
  /** The node ids whose signatures the sealed document carries. */
  signers?: readonly string[];
  /** The installed agreement's status (a revocation outranks the dates), for the validity bar. */
  status?: string | undefined;
}

/** The whole document in sections (h2 for each); the caller supplies the page's h1. */
export function renderAgreementDocument(
  doc: Agreement,
  options: AgreementDocumentOptions = {},
): TemplateResult {
  const [first, second] = doc.parties;
  const signers = options.signers;
  return html`
    <section aria-labelledby="parties">
      <h2 id="parties">${t('agreements.parties')}</h2>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">${t('agreements.administration')}</th>
              <th scope="col">${t('fields.name')}</th>
              <th scope="col">${t('exchange.nodeId')}</th>
              ${signers ? html`<th scope="col">${t('agreements.signature')}</th>` : nothing}
            </tr>
          </thead>
          <tbody>
            ${doc.parties.map(
              (party) =>
                html`<tr>
                  <td>${party.administration === 'WCO' ? 'WCO' : label('country', party.administration)}</td>
                  <th scope="row">
                    <bdi>${party.name}</bdi>
                    ${party.nodeId === options.localNodeId ? html`<div class="hint">${t('agreements.thisNode')}</div>` : nothing}
                  </th>
                  <td>${nodeIdParts(party.nodeId)}</td>
                  ${
                    signers
                      ? html`<td>
                          ${
                            signers.includes(party.nodeId)
                              ? badge(t('agreements.signed'), 'good')
                              : badge(t('agreements.notSigned'), 'waiting')
                          }
                        </td>`
                      : nothing
                  }
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </section>
    <section class="panel" aria-labelledby="basis">
      <h2 id="basis">${t('agreements.basis')}</h2>
      <dl class="fields">
        ${fieldRow('agreements.type', tOptional(`agreements.types.${doc.type}`, doc.type))}
        ${fieldRow('agreements.instrument', html`<span dir="auto">${doc.legalBasis.instrument}</span>`)}
        ${fieldRow('agreements.reference', doc.legalBasis.reference ? html`<bdi>${doc.legalBasis.reference}</bdi>` : undefined)}
        ${fieldRow('agreements.articles', doc.legalBasis.articles?.join(', '))}
        ${fieldRow(
          'agreements.purposes',
          labelList(doc.purposes, (purpose) => tOptional(`agreements.purpose.${purpose}`, purpose)),
        )}
        ${fieldRow('agreements.modes', labelList(doc.modes, modeLabel))}
        ${fieldRow('fields.version', formatNumber(doc.version))}
        ${fieldRow('fields.id', html`<bdi class="mono">${doc.id}</bdi>`)}
        ${
          doc.profile
            ? fieldRow(
                'agreements.profile',
                `${doc.profile.id} v${doc.profile.version} · ${tOptional(`agreements.levels.${doc.profile.level}`, doc.profile.level)}`,
              )
            : nothing
        }
      </dl>
    </section>
    <section aria-labelledby="directions">
      <h2 id="directions">${t('agreements.whatFlows')}</h2>
      ${first && second ? html`${renderDirection(doc, first.nodeId, second.nodeId, 0)}${renderDirection(doc, second.nodeId, first.nodeId, 1)}` : nothing}
    </section>
    <div class="sections">
      <section class="panel" aria-labelledby="handling-rules">
        <h2 id="handling-rules">${t('agreements.handling')}</h2>
        <dl class="fields">
          ${fieldRow('agreements.maxCode', label('handlingCode', doc.handling.maxCode))}
          ${fieldRow('agreements.onwardTransfer', tOptional(`agreements.onward.${doc.handling.onwardTransfer}`, doc.handling.onwardTransfer))}
          ${fieldRow('agreements.retention', t('agreements.retentionDays', { count: doc.handling.retentionDays }))}
        </dl>
      </section>
      <section class="panel" aria-labelledby="validity">
        <h2 id="validity">${t('agreements.validity')}</h2>
        ${validityBar(
          doc.validity,
          timelineScale([doc.validity]),
          options.status ?? validityStatus(doc.validity),
        )}
      </section>
    </div>
  `;
}

/** Where now falls in a validity period, for the bar's colour (revocation is the caller's to know). */
export function validityStatus(validity: { from: string; until: string }, now: number = Date.now()): string {
  if (now < Date.parse(validity.from)) return 'not-yet-valid';
  if (now >= Date.parse(validity.until)) return 'expired';
  return 'active';
}
