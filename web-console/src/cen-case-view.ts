/**
 * `<cen-case-view>`: one case with every field labelled in the reader's language, its linked
 * persons and businesses, its revision history and the other cases it is linked to (shared
 * container, document, ship, registration, person or business).
 *
 * Everything a case holds is shown as text: Lit escapes each value, so markup typed into a
 * narrative or a description is displayed, never run.
 *
 * Properties in: `caseId`.
 */
import { ContextConsumer } from '@lit/context';
import { Task } from '@lit/task';
import { css, html, LitElement, nothing } from 'lit';
import type { RevisionEntry } from '../../protocol/api.ts';
import type { Case } from '../../protocol/records.ts';
import { getBusiness } from './api/businesses.ts';
import { caseRevisions, getCase, linkedCases } from './api/cases.ts';
import { ApiRequestError } from './api/http.ts';
import { getPerson } from './api/persons.ts';
import './cen-case-table.ts';
import {
  formatDate,
  formatDateTime,
  formatNumber,
  formatUsd,
  LocaleController,
  t,
  tOptional,
} from './i18n/index.ts';
import { label } from './i18n/vocabulary.ts';
import { fieldRow } from './record-parts.ts';
import { paths } from './router.ts';
import { can, sessionContext } from './session-context.ts';
import { sharedStyles } from './styles.ts';

const list = (values: readonly string[] | undefined, toLabel: (value: string) => string) =>
  values && values.length > 0 ? values.map(toLabel).join(', ') : undefined;

interface NamedLink {
  id: string;
  role: string;
  name: string | undefined;
}

export class CenCaseView extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .heading {
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        gap: 0.5rem 1rem;
      }
      .status {
        border: 1px solid var(--cen-border, #6b6b6b);
        border-radius: 999px;
        padding-inline: 0.6rem;
        font-size: 0.9rem;
      }
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
    `,
  ];

  static override properties = {
    caseId: { attribute: 'case-id' },
  };

  declare caseId: string;

  readonly #session = new ContextConsumer(this, { context: sessionContext, subscribe: true });

  readonly #case = new Task(this, {
    task: async ([id], { signal }) => getCase(id, signal),
    args: () => [this.caseId] as const,
  });

  readonly #revisions = new Task(this, {
    task: async ([id], { signal }) => (await caseRevisions(id, signal)).items,
    args: () => [this.caseId] as const,
  });

  readonly #linked = new Task(this, {
    task: async ([id], { signal }) => (await linkedCases(id, signal)).items,
    args: () => [this.caseId] as const,
  });

  /** Names of linked persons and businesses; each read is audited by the node, and may be refused. */
  readonly #names = new Task(this, {
    task: async ([record, mayReadNominal], { signal }) => {
      if (!record || !mayReadNominal) return { persons: [], businesses: [] };
      const nameOf = async (load: () => Promise<string>) => {
        try {
          return await load();
        } catch {
          return undefined;
        }
      };
      const persons = await Promise.all(
        record.persons.map(async (link): Promise<NamedLink> => ({
          ...link,
          name: await nameOf(async () => {
            const person = await getPerson(link.id, signal);
            return [person.familyName, person.givenNames].filter(Boolean).join(', ');
          }),
        })),
      );
      const businesses = await Promise.all(
        record.businesses.map(async (link): Promise<NamedLink> => ({
          ...link,
          name: await nameOf(async () => (await getBusiness(link.id, signal)).name),
        })),
      );
      return { persons, businesses };
    },
    args: () => [this.#case.value, can(this.#session.value, 'nominal:read')] as const,
  });

  constructor() {
    super();
    new LocaleController(this);
    this.caseId = '';
  }

  #renderGeneral(c: Case) {
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
        ${fieldRow('fields.tags', c.tags.length > 0 ? c.tags.join(', ') : undefined)}
        ${fieldRow('fields.id', html`<bdi class="mono">${c.id}</bdi>`)}
        ${fieldRow('fields.version', formatNumber(c.version))}
        ${fieldRow('fields.createdAt', `${formatDateTime(c.createdAt)}${c.createdBy ? ` · ${c.createdBy}` : ''}`)}
        ${fieldRow('fields.updatedAt', `${formatDateTime(c.updatedAt)}${c.updatedBy ? ` · ${c.updatedBy}` : ''}`)}
      </dl>
    </section>`;
  }

  #renderPlaceAndTransport(c: Case) {
    const location = c.location;
    const conveyance = c.conveyance;
    const route = c.route;
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

  #renderItems(c: Case) {
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

  #renderOffenders(c: Case) {
    if (c.offenders.length === 0) return nothing;
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

  #renderLinks(c: Case) {
    if (c.persons.length === 0 && c.businesses.length === 0) return nothing;
    const names = this.#names.value;
    const personName = (id: string) => names?.persons.find((p) => p.id === id)?.name;
    const businessName = (id: string) => names?.businesses.find((b) => b.id === id)?.name;
    return html`<section class="panel" aria-labelledby="people">
      <h2 id="people">${t('caseView.personsAndBusinesses')}</h2>
      ${
        c.persons.length > 0
          ? html`<h3>${t('fields.persons')}</h3>
              <ul class="links">
                ${c.persons.map(
                  (link) =>
                    html`<li>
                      <a href=${paths.person(link.id)}><bdi>${personName(link.id) ?? link.id}</bdi></a>
                      — ${label('personRole', link.role)}
                    </li>`,
                )}
              </ul>`
          : nothing
      }
      ${
        c.businesses.length > 0
          ? html`<h3>${t('fields.businesses')}</h3>
              <ul class="links">
                ${c.businesses.map(
                  (link) =>
                    html`<li>
                      <a href=${paths.business(link.id)}><bdi>${businessName(link.id) ?? link.id}</bdi></a>
                      — ${label('businessRole', link.role)}
                    </li>`,
                )}
              </ul>`
          : nothing
      }
    </section>`;
  }

  #renderNarrativeAndHandling(c: Case) {
    const handling = c.handling;
    return html`<div class="sections">
      <section class="panel" aria-labelledby="narrative">
        <h2 id="narrative">${t('fields.narrative')}</h2>
        ${c.narrative ? html`<p class="pre" dir="auto" data-field="narrative">${c.narrative}</p>` : html`<p class="hint">${t('caseView.noNarrative')}</p>`}
        ${
          c.photos.length > 0
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
            : html`<p class="hint">${t('caseView.noHandling')}</p>`
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

  #renderRevisions(revisions: RevisionEntry[]) {
    return html`<div class="table-wrap">
      <table>
        <caption class="visually-hidden">
          ${t('caseView.history')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t('fields.version')}</th>
            <th scope="col">${t('caseView.change')}</th>
            <th scope="col">${t('caseView.when')}</th>
            <th scope="col">${t('caseView.who')}</th>
            <th scope="col">${t('caseView.hash')}</th>
          </tr>
        </thead>
        <tbody>
          ${[...revisions].reverse().map(
            (revision) =>
              html`<tr>
                <td>${formatNumber(revision.version)}</td>
                <td>${tOptional(`caseView.ops.${revision.op}`, revision.op)}</td>
                <td>${formatDateTime(revision.at)}</td>
                <td><bdi>${revision.by}</bdi></td>
                <td><bdi class="mono" title=${revision.hash}>${revision.hash.slice(0, 16)}</bdi></td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  #renderCase(c: Case) {
    const title = c.ref
      ? t('caseView.titleWithRef', { ref: c.ref })
      : t('caseView.titleWithDate', { date: formatDate(c.seizureDate) });
    return html`
      <div class="heading">
        <h1>${title}</h1>
        <span class="status">${label('caseStatus', c.status)}</span>
      </div>
      ${c.deletedAt ? html`<p class="message warning" role="status">${t('caseView.deleted', { date: formatDateTime(c.deletedAt) })}</p>` : nothing}
      <div class="actions">
        ${
          can(this.#session.value, 'case:write') && !c.deletedAt
            ? html`<a class="button" href=${paths.editCase(c.id)}>${t('caseView.edit')}</a>`
            : nothing
        }
        <a class="button secondary" href=${paths.cases()}>${t('caseView.backToList')}</a>
      </div>
      <div class="sections">${this.#renderGeneral(c)} ${this.#renderPlaceAndTransport(c)}</div>
      ${this.#renderItems(c)} ${this.#renderOffenders(c)} ${this.#renderLinks(c)}
      ${this.#renderNarrativeAndHandling(c)}
      <section aria-labelledby="linked">
        <h2 id="linked">${t('caseView.linked')}</h2>
        ${this.#linked.render({
          pending: () => html`<p role="status">${t('app.loading')}</p>`,
          complete: (linked) =>
            linked.length === 0
              ? html`<p>${t('caseView.noLinked')}</p>`
              : html`<ul class="links">
                  ${linked.map(
                    (entry) =>
                      html`<li>
                        <a href=${paths.case(entry.case.id)}
                          >${entry.case.ref ? html`<bdi>${entry.case.ref}</bdi>` : formatDate(entry.case.seizureDate)}</a
                        >
                        —
                        ${entry.via.map((via) => html`${tOptional(`caseView.via.${via.type}`, via.type)} <bdi class="mono">${via.value}</bdi>`)}
                      </li>`,
                  )}
                </ul>`,
          error: () => html`<p class="message error">${t('app.loadFailed')}</p>`,
        })}
      </section>
      <section aria-labelledby="history">
        <h2 id="history">${t('caseView.history')}</h2>
        ${this.#revisions.render({
          pending: () => html`<p role="status">${t('app.loading')}</p>`,
          complete: (revisions) => this.#renderRevisions(revisions),
          error: () => html`<p class="message error">${t('app.loadFailed')}</p>`,
        })}
      </section>
    `;
  }

  override render() {
    return this.#case.render({
      pending: () => html`<p role="status">${t('app.loading')}</p>`,
      complete: (c) => this.#renderCase(c),
      error: (err) =>
        html`<h1>${t('caseView.title')}</h1>
          <p class="message error" role="alert">
            ${err instanceof ApiRequestError && err.status === 404 ? t('caseView.notFound') : t('app.loadFailed')}
          </p>`,
    });
  }
}

customElements.define('cen-case-view', CenCaseView);

declare global {
  interface HTMLElementTagNameMap {
    'cen-case-view': CenCaseView;
  }
}
