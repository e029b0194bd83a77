/**
 * The parts of a case's screen, shared by the case view and by a case received from a partner
 * (the inbox): general facts, place and transport, goods, offenders, narrative and handling.
 * They take a partial case because a received one holds only the fields its agreement let through;
 * a part or a row whose fields did not arrive is left out.
 *
 * Everything a case holds is shown as text: Lit escapes each value, so markup typed into a
 * narrative or a description is displayed, never run.
 *
 * @example
 *   html`<div class="sections">${renderCaseGeneral(c)} ${renderCasePlace(c)}</div>
 *     ${renderCaseItems(c)} ${renderCaseOffenders(c)} ${renderCaseNarrativeAndHandling(c, { received: true })}`
 */
import { css, html, nothing } from 'lit';
import type { Case } from '../../protocol/records.ts';
import { formatDate, formatDateTime, formatList, formatNumber, formatUsd, t } from './i18n/index.ts';
import { label } from './i18n/vocabulary.ts';
import { fieldRow } from './record-parts.ts';

export interface CasePartsOptions {
  /** The case came from a partner: an absent part was not shared, rather than empty. */
  received?: boolean;
}

const list = (values: readonly string[] | undefined, toLabel: (value: string) => string) =>
  values && values.length > 0 ? formatList(values.map(toLabel)) : undefined;

/** The layout the parts expect from their host's styles. */
export const casePartStyles = css`
  .sections {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(24rem, 1fr));
    gap: 0 1rem;
  }
  section h2 {
    margin-block-start: 0;
  }
  ul.links {
    margin: 0;
    padding-inline-start: 1.2rem;
  }
`;

export function renderCaseGeneral(c: Partial<Case>) {
  return html`<section class="panel" aria-labelledby="general">
    <h2 id="general">${t('caseView.general')}</h2>
    <dl class="fields">
      ${fieldRow('fields.ref', c.ref ? html`<bdi>${c.ref}</bdi>` : undefined)}
      ${fieldRow('fields.kind', label('caseKind', c.kind))}
      ${fieldRow(
        'fields.offenceTypes',
        list(c.offenceTypes, (code) => label('offenceType', code)),
      )}
      ${fieldRow('fields.form', label('caseForm', c.form))}
      ${fieldRow('fields.status', label('caseStatus', c.status))}
      ${fieldRow('fields.reportingCountry', label('country', c.reportingCountry))}
      ${fieldRow('fields.office', c.office)} ${fieldRow('fields.seizureDate', formatDate(c.seizureDate))}
      ${fieldRow('fields.direction', label('direction', c.direction))}
      ${fieldRow('fields.detectionMethod', label('detectionMethod', c.detection?.method))}
      ${fieldRow('fields.operationId', c.operationId ? html`<bdi class="mono">${c.operationId}</bdi>` : undefined)}
      ${fieldRow('fields.tags', c.tags && c.tags.length > 0 ? c.tags.join(', ') : undefined)}
      ${fieldRow('fields.id', c.id ? html`<bdi class="mono">${c.id}</bdi>` : undefined)}
      ${fieldRow('fields.version', formatNumber(c.version))}
      ${fieldRow('fields.createdAt', c.createdAt ? `${formatDateTime(c.createdAt)}${c.createdBy ? ` · ${c.createdBy}` : ''}` : undefined)}
      ${fieldRow('fields.updatedAt', c.updatedAt ? `${formatDateTime(c.updatedAt)}${c.updatedBy ? ` · ${c.updatedBy}` : ''}` : undefined)}
    </dl>
  </section>`;
}

export function renderCasePlace(c: Partial<Case>, options: CasePartsOptions = {}) {
  const location = c.location;
  const conveyance = c.conveyance;
  const route = c.route;
  if (options.received && !location && !conveyance && !c.concealment && !route) {
    return html`<section class="panel" aria-labelledby="place">
      <h2 id="place">${t('caseView.placeAndTransport')}</h2>
      <p class="hint">${t('caseView.notReceived')}</p>
    </section>`;
  }
  return html`<section class="panel" aria-labelledby="place">
    <h2 id="place">${t('caseView.placeAndTransport')}</h2>
    <dl class="fields">
      ${fieldRow('fields.locationType', label('locationType', location?.type))}
      ${fieldRow('fields.locationCode', location?.code ? html`<bdi class="mono">${location.code}</bdi>` : undefined)}
      ${fieldRow('fields.locationName', location?.name)}
      ${fieldRow(
        'fields.coordinates',
        location?.lat !== undefined && location.lon !== undefined
          ? `${formatNumber(location.lat)}, ${formatNumber(location.lon)}`
          : undefined,
      )}
      ${fieldRow('fields.conveyanceMode', label('conveyanceMode', conveyance?.mode))}
      ${fieldRow('fields.carrier', conveyance?.carrier)}
      ${fieldRow('fields.flightOrVoyage', conveyance?.flightOrVoyage)}
      ${fieldRow('fields.containerNumber', conveyance?.containerNumber ? html`<bdi class="mono">${conveyance.containerNumber}</bdi>` : undefined)}
      ${fieldRow('fields.vehicleRegistration', conveyance?.vehicleRegistration ? html`<bdi>${conveyance.vehicleRegistration}</bdi>` : undefined)}
      ${fieldRow('fields.imo', conveyance?.imo ? html`<bdi class="mono">${conveyance.imo}</bdi>` : undefined)}
      ${fieldRow('fields.concealmentMethod', label('concealmentMethod', c.concealment?.method))}
      ${fieldRow('fields.concealmentDescription', c.concealment?.description ? html`<span class="pre" dir="auto">${c.concealment.description}</span>` : undefined)}
      ${fieldRow('fields.routeOrigin', label('country', route?.origin))}
      ${fieldRow('fields.routeDeparture', label('country', route?.departure))}
      ${fieldRow(
        'fields.routeTransit',
        list(route?.transit, (code) => label('country', code)),
      )}
      ${fieldRow('fields.routeDestination', label('country', route?.destination))}
    </dl>
  </section>`;
}

export function renderCaseItems(c: Partial<Case>) {
  if (!c.items || c.items.length === 0) return nothing;
  return html`<section aria-labelledby="items">
    <h2 id="items">${t('fields.items')}</h2>
    <div class="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">${t('fields.itrArea')}</th>
            <th scope="col">${t('fields.commodity')}</th>
            <th scope="col">${t('fields.hsCode')}</th>
            <th scope="col">${t('fields.quantity')}</th>
            <th scope="col">${t('fields.valueUsd')}</th>
            <th scope="col">${t('fields.description')}</th>
          </tr>
        </thead>
        <tbody>
          ${c.items.map(
            (item) =>
              html`<tr>
                <td>${label('itrArea', item.itrArea)}</td>
                <td>${label('commodity', item.commodity)}</td>
                <td><bdi class="mono">${item.hsCode ?? ''}</bdi></td>
                <td>
                  ${item.quantity === undefined ? '' : `${formatNumber(item.quantity)} ${label('unit', item.unit)}`}
                </td>
                <td>${formatUsd(item.valueUsd)}</td>
                <td class="pre" dir="auto">
                  ${[item.description, item.brand, item.citesSpecies].filter(Boolean).join(' · ')}
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </section>`;
}

export function renderCaseOffenders(c: Partial<Case>) {
  if (!c.offenders || c.offenders.length === 0) return nothing;
  return html`<section aria-labelledby="offenders">
    <h2 id="offenders">${t('fields.offenders')}</h2>
    <div class="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">${t('fields.nationality')}</th>
            <th scope="col">${t('fields.gender')}</th>
            <th scope="col">${t('fields.ageBand')}</th>
            <th scope="col">${t('fields.offenderRole')}</th>
          </tr>
        </thead>
        <tbody>
          ${c.offenders.map(
            (offender) =>
              html`<tr>
                <td>${label('country', offender.nationality)}</td>
                <td>${label('gender', offender.gender)}</td>
                <td>${label('ageBand', offender.ageBand)}</td>
                <td>${label('offenderRole', offender.role)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </section>`;
}

export function renderCaseNarrativeAndHandling(c: Partial<Case>, options: CasePartsOptions = {}) {
  const absent = options.received ? t('caseView.notReceived') : undefined;
  const handling = c.handling;
  return html`<div class="sections">
    <section class="panel" aria-labelledby="narrative">
      <h2 id="narrative">${t('fields.narrative')}</h2>
      ${c.narrative ? html`<p class="pre" dir="auto" data-field="narrative">${c.narrative}</p>` : html`<p class="hint">${absent ?? t('caseView.noNarrative')}</p>`}
      ${
        c.photos && c.photos.length > 0
          ? html`<h3>${t('fields.photos')}</h3>
              <ul class="links">
                ${c.photos.map((photo) => html`<li>${photo.caption ?? ''} <span class="mono hint">${photo.hash.slice(0, 12)}</span></li>`)}
              </ul>`
          : nothing
      }
    </section>
    <section class="panel" aria-labelledby="handling">
      <h2 id="handling">${t('fields.handling')}</h2>
      ${
        handling
          ? html`<dl class="fields">
              ${fieldRow('fields.handlingCode', label('handlingCode', handling.code))}
              ${fieldRow('fields.sourceEvaluation', label('sourceEvaluation', handling.source))}
              ${fieldRow('fields.informationReliability', label('informationReliability', String(handling.reliability)))}
            </dl>`
          : html`<p class="hint">${absent ?? t('caseView.noHandling')}</p>`
      }
      ${
        c.origin
          ? html`<h3>${t('caseView.provenance')}</h3>
              <dl class="fields">
                ${fieldRow('fields.originCountry', label('country', c.origin.country))}
                ${fieldRow('fields.receivedAt', formatDateTime(c.origin.receivedAt))}
                ${fieldRow('fields.agreementId', html`<bdi class="mono">${c.origin.agreementId}</bdi>`)}
              </dl>`
          : nothing
      }
    </section>
  </div>`;
}
