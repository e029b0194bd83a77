/**
 * `<cen-inbox-item>`: one case a partner sent, read-only: its provenance first (from whom, under
 * which agreement, how and when it arrived, when it will be purged, the covering message and its
 * sender), then the case with the same parts as this node's own cases, holding only the fields
 * the agreement let through, and the persons and businesses that came with it when the agreement
 * allows nominal data.
 *
 * Properties in: `owner` (the sending node's id), `itemId` (the case id).
 */
import { ContextConsumer } from '@lit/context';
import { Task } from '@lit/task';
import { css, html, LitElement, nothing } from 'lit';
import type { Address, Business, Case, Person } from '../../protocol/records.ts';
import { ApiRequestError } from './api/http.ts';
import { getInboxItem, type InboxItemResponse } from './api/inbox.ts';
import {
  casePartStyles,
  renderCaseGeneral,
  renderCaseItems,
  renderCaseNarrativeAndHandling,
  renderCaseOffenders,
  renderCasePlace,
} from './case-parts.ts';
import { exchangeStyles, modeLabel, nodeIdParts, relativeTime, senderText } from './exchange-parts.ts';
import { formatDate, formatDateTime, LocaleController, t } from './i18n/index.ts';
import { label } from './i18n/vocabulary.ts';
import { fieldRow } from './record-parts.ts';
import './cen-watch-matches.ts';
import { paths } from './router.ts';
import { can, sessionContext } from './session-context.ts';
import { sharedStyles } from './styles.ts';

const addressText = (address: Address) =>
  [address.line, address.postcode, address.city, address.country ? label('country', address.country) : '']
    .filter(Boolean)
    .join(', ');

function addressesRow(addresses: readonly Address[] | undefined) {
  if (!addresses || addresses.length === 0) return nothing;
  return fieldRow(
    'fields.addresses',
    html`<ul class="plain">
      ${addresses.map((address) => html`<li><bdi>${addressText(address)}</bdi></li>`)}
    </ul>`,
  );
}

export class CenInboxItem extends LitElement {
  static override styles = [
    sharedStyles,
    casePartStyles,
    exchangeStyles,
    css`
      .provenance {
        border-inline-start: 4px solid var(--cen-primary, #0b4f8a);
      }
    `,
  ];

  static override properties = {
    owner: {},
    itemId: { attribute: 'item-id' },
  };

  declare owner: string;
  declare itemId: string;

  readonly #session = new ContextConsumer(this, { context: sessionContext, subscribe: true });

  readonly #item = new Task(this, {
    task: async ([owner, id], { signal }) => getInboxItem(owner, id, signal),
    args: () => [this.owner, this.itemId] as const,
  });

  constructor() {
    super();
    new LocaleController(this);
    this.owner = '';
    this.itemId = '';
  }

  #renderProvenance(item: InboxItemResponse) {
    const agreement = t('agreements.versionN', { version: item.agreementVersion });
    return html`<section class="panel provenance" aria-labelledby="provenance">
      <h2 id="provenance">${t('caseView.provenance')}</h2>
      <dl class="fields">
        ${fieldRow('inbox.from', html`<bdi>${senderText(item.owner)}</bdi>`)}
        ${fieldRow('exchange.nodeId', nodeIdParts(item.owner.nodeId))}
        ${fieldRow(
          'fields.agreementId',
          can(this.#session.value, 'agreement:read')
            ? html`<a href=${paths.agreement(item.agreementId)}>${agreement}</a>
                <bdi class="mono hint">${item.agreementId}</bdi>`
            : html`${agreement} <bdi class="mono hint">${item.agreementId}</bdi>`,
        )}
        ${fieldRow('inbox.how', modeLabel(item.mode))}
        ${fieldRow('inbox.receivedAt', html`${formatDateTime(item.receivedAt)} (${relativeTime(item.receivedAt)})`)}
        ${fieldRow('inbox.purgeAt', formatDateTime(item.purgeAt))}
        ${fieldRow('inbox.sender', item.sentBy ? html`<bdi>${item.sentBy}</bdi>` : undefined)}
        ${fieldRow('inbox.message', item.message ? html`<span class="pre" dir="auto" data-field="message">${item.message}</span>` : undefined)}
        ${fieldRow('inbox.manifest', html`<bdi class="mono">${item.manifestId}</bdi>`)}
      </dl>
    </section>`;
  }

  #renderPerson(person: Partial<Person>, role: string | undefined, index: number) {
    const name = [person.familyName, person.givenNames].filter(Boolean).join(', ');
    const id = `person-${index}`;
    return html`<section class="panel" aria-labelledby=${id}>
      <h3 id=${id}><bdi>${name || t('person.title')}</bdi></h3>
      <dl class="fields">
        ${fieldRow('fields.personRole', role ? label('personRole', role) : undefined)}
        ${fieldRow('fields.birthDate', formatDate(person.birthDate))}
        ${fieldRow('fields.birthPlace', person.birthPlace)}
        ${fieldRow('fields.nationality', label('country', person.nationality))}
        ${fieldRow('fields.gender', label('gender', person.gender))}
        ${fieldRow(
          'fields.documents',
          person.documents && person.documents.length > 0
            ? html`<ul class="plain">
                ${person.documents.map(
                  (document) =>
                    html`<li>
                      ${label('documentType', document.type)} <bdi class="mono">${document.number}</bdi>
                      ${document.country ? html`(${label('country', document.country)})` : nothing}
                    </li>`,
                )}
              </ul>`
            : undefined,
        )}
        ${addressesRow(person.addresses)}
        ${fieldRow('fields.notes', person.notes ? html`<span class="pre" dir="auto">${person.notes}</span>` : undefined)}
      </dl>
    </section>`;
  }

  #renderBusiness(business: Partial<Business>, role: string | undefined, index: number) {
    const id = `business-${index}`;
    return html`<section class="panel" aria-labelledby=${id}>
      <h3 id=${id}><bdi>${business.name ?? t('business.title')}</bdi></h3>
      <dl class="fields">
        ${fieldRow('fields.businessRole', role ? label('businessRole', role) : undefined)}
        ${fieldRow('fields.registrationNumber', business.registrationNumber ? html`<bdi class="mono">${business.registrationNumber}</bdi>` : undefined)}
        ${fieldRow('fields.vatNumber', business.vatNumber ? html`<bdi class="mono">${business.vatNumber}</bdi>` : undefined)}
        ${fieldRow('fields.country', label('country', business.country))} ${addressesRow(business.addresses)}
        ${fieldRow('fields.notes', business.notes ? html`<span class="pre" dir="auto">${business.notes}</span>` : undefined)}
      </dl>
    </section>`;
  }

  #renderParties(item: InboxItemResponse, c: Partial<Case>) {
    if (item.persons.length === 0 && item.businesses.length === 0) return nothing;
    const personRole = (id: string | undefined) => c.persons?.find((link) => link.id === id)?.role;
    const businessRole = (id: string | undefined) => c.businesses?.find((link) => link.id === id)?.role;
    return html`<section aria-labelledby="people">
      <h2 id="people">${t('caseView.personsAndBusinesses')}</h2>
      <div class="sections">
        ${item.persons.map((person, index) => this.#renderPerson(person, personRole(person.id), index))}
        ${item.businesses.map((business, index) => this.#renderBusiness(business, businessRole(business.id), index))}
      </div>
    </section>`;
  }

  #renderItem(item: InboxItemResponse) {
    const c = item.case;
    return html`
      <h1>${t('inbox.titleFrom', { partner: senderText(item.owner) })}</h1>
      <p class="hint">${t('inbox.readOnly')}</p>
      <div class="actions">
        <a class="button secondary" href=${paths.inbox()}>${t('inbox.back')}</a>
      </div>
      ${this.#renderProvenance(item)}
      <cen-watch-matches
        .record=${{ type: 'inbox', owner: item.owner.nodeId, id: item.id }}
      ></cen-watch-matches>
      <div class="sections">${renderCaseGeneral(c)} ${renderCasePlace(c, { received: true })}</div>
      ${renderCaseItems(c)} ${renderCaseOffenders(c)} ${this.#renderParties(item, c)}
      ${renderCaseNarrativeAndHandling(c, { received: true })}
    `;
  }

  override render() {
    return this.#item.render({
      pending: () =>
        html`<h1>${t('inbox.title')}</h1>
          <p role="status">${t('app.loading')}</p>`,
      complete: (item) => this.#renderItem(item),
      error: (err) =>
        html`<h1>${t('inbox.title')}</h1>
          <p class="message error" role="alert">
            ${err instanceof ApiRequestError && err.status === 404 ? t('inbox.notFound') : t('app.loadFailed')}
          </p>`,
    });
  }
}

customElements.define('cen-inbox-item', CenInboxItem);

declare global {
  interface HTMLElementTagNameMap {
    'cen-inbox-item': CenInboxItem;
  }
}
