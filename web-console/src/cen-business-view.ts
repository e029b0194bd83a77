/**
 * `<cen-business-view>`: a business record (nominal data: the node audits the read) with the
 * cases that link it.
 *
 * An edit link shows for roles that may change nominal records.
 *
 * Properties in: `businessId`.
 */
import { ContextConsumer } from '@lit/context';
import { Task } from '@lit/task';
import { html, LitElement, nothing } from 'lit';
import type { Business } from '../../protocol/records.ts';
import { casesOfBusiness, getBusiness } from './api/businesses.ts';
import { ApiRequestError } from './api/http.ts';
import './cen-case-table.ts';
import { formatDateTime, LocaleController, t } from './i18n/index.ts';
import { label } from './i18n/vocabulary.ts';
import { fieldRow, renderAddresses } from './record-parts.ts';
import { paths } from './router.ts';
import { can, sessionContext } from './session-context.ts';
import { sharedStyles } from './styles.ts';

export class CenBusinessView extends LitElement {
  static override styles = [sharedStyles];

  static override properties = {
    businessId: { attribute: 'business-id' },
  };

  declare businessId: string;

  readonly #session = new ContextConsumer(this, { context: sessionContext, subscribe: true });

  readonly #business = new Task(this, {
    task: async ([id], { signal }) => getBusiness(id, signal),
    args: () => [this.businessId] as const,
  });

  readonly #cases = new Task(this, {
    task: async ([id], { signal }) => (await casesOfBusiness(id, signal)).items,
    args: () => [this.businessId] as const,
  });

  constructor() {
    super();
    new LocaleController(this);
    this.businessId = '';
  }

  #renderBusiness(business: Business) {
    return html`
      <h1><bdi>${business.name}</bdi></h1>
      ${business.deletedAt ? html`<p class="message warning" role="status">${t('caseView.deleted', { date: formatDateTime(business.deletedAt) })}</p>` : nothing}
      ${
        can(this.#session.value, 'nominal:write') && !business.deletedAt
          ? html`<div class="actions">
              <a class="button" href=${paths.editBusiness(business.id)}>${t('business.edit')}</a>
            </div>`
          : nothing
      }
      <section class="panel" aria-labelledby="details">
        <h2 id="details">${t('business.details')}</h2>
        <dl class="fields">
          ${fieldRow('fields.businessName', html`<bdi>${business.name}</bdi>`)}
          ${fieldRow('fields.registrationNumber', business.registrationNumber ? html`<bdi class="mono">${business.registrationNumber}</bdi>` : undefined)}
          ${fieldRow('fields.vatNumber', business.vatNumber ? html`<bdi class="mono">${business.vatNumber}</bdi>` : undefined)}
          ${fieldRow('fields.country', label('country', business.country))}
          ${fieldRow('fields.notes', business.notes ? html`<span class="pre" dir="auto">${business.notes}</span>` : undefined)}
          ${fieldRow('fields.id', html`<bdi class="mono">${business.id}</bdi>`)}
        </dl>
      </section>
      ${renderAddresses(business.addresses)}
    `;
  }

  override render() {
    return html`
      ${this.#business.render({
        pending: () =>
          html`<h1>${t('business.title')}</h1>
            <p role="status">${t('app.loading')}</p>`,
        complete: (business) => this.#renderBusiness(business),
        error: (err) =>
          html`<h1>${t('business.title')}</h1>
            <p class="message error" role="alert">
              ${err instanceof ApiRequestError && err.status === 404 ? t('business.notFound') : t('app.loadFailed')}
            </p>`,
      })}
      <section aria-labelledby="cases">
        <h2 id="cases">${t('business.cases')}</h2>
        ${this.#cases.render({
          pending: () => html`<p role="status">${t('app.loading')}</p>`,
          complete: (cases) =>
            html`<cen-case-table .cases=${cases} caption=${t('business.cases')}></cen-case-table>`,
          error: () => html`<p class="message error">${t('app.loadFailed')}</p>`,
        })}
      </section>
    `;
  }
}

customElements.define('cen-business-view', CenBusinessView);

declare global {
  interface HTMLElementTagNameMap {
    'cen-business-view': CenBusinessView;
  }
}
