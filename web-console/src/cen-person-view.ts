/**
 * `<cen-person-view>`: a person record (nominal data: the node audits the read) with the cases
 * that link it.
 *
 * An edit link shows for roles that may change nominal records.
 *
 * Properties in: `personId`.
 */
import { ContextConsumer } from '@lit/context';
import { Task } from '@lit/task';
import { html, LitElement, nothing } from 'lit';
import type { Person } from '../../protocol/records.ts';
import { ApiRequestError } from './api/http.ts';
import { casesOfPerson, getPerson } from './api/persons.ts';
import './cen-case-table.ts';
import { formatDate, formatDateTime, LocaleController, t } from './i18n/index.ts';
import { label } from './i18n/vocabulary.ts';
import { paths } from './router.ts';
import { can, sessionContext } from './session-context.ts';
import { sharedStyles } from './styles.ts';
import { fieldRow, renderAddresses } from './record-parts.ts';

export class CenPersonView extends LitElement {
  static override styles = [sharedStyles];

  static override properties = {
    personId: { attribute: 'person-id' },
  };

  declare personId: string;

  readonly #session = new ContextConsumer(this, { context: sessionContext, subscribe: true });

  readonly #person = new Task(this, {
    task: async ([id], { signal }) => getPerson(id, signal),
    args: () => [this.personId] as const,
  });

  readonly #cases = new Task(this, {
    task: async ([id], { signal }) => (await casesOfPerson(id, signal)).items,
    args: () => [this.personId] as const,
  });

  constructor() {
    super();
    new LocaleController(this);
    this.personId = '';
  }

  #renderPerson(person: Person) {
    const name = [person.familyName, person.givenNames].filter(Boolean).join(', ');
    return html`
      <h1><bdi>${name}</bdi></h1>
      ${person.deletedAt ? html`<p class="message warning" role="status">${t('caseView.deleted', { date: formatDateTime(person.deletedAt) })}</p>` : nothing}
      ${
        can(this.#session.value, 'nominal:write') && !person.deletedAt
          ? html`<div class="actions">
              <a class="button" href=${paths.editPerson(person.id)}>${t('person.edit')}</a>
            </div>`
          : nothing
      }
      <section class="panel" aria-labelledby="details">
        <h2 id="details">${t('person.details')}</h2>
        <dl class="fields">
          ${fieldRow('fields.familyName', html`<bdi>${person.familyName}</bdi>`)}
          ${fieldRow('fields.givenNames', person.givenNames ? html`<bdi>${person.givenNames}</bdi>` : undefined)}
          ${fieldRow('fields.birthDate', formatDate(person.birthDate))}
          ${fieldRow('fields.birthPlace', person.birthPlace)}
          ${fieldRow('fields.nationality', label('country', person.nationality))}
          ${fieldRow('fields.gender', label('gender', person.gender))}
          ${fieldRow('fields.notes', person.notes ? html`<span class="pre" dir="auto">${person.notes}</span>` : undefined)}
          ${fieldRow('fields.id', html`<bdi class="mono">${person.id}</bdi>`)}
        </dl>
      </section>
      ${
        person.documents.length > 0
          ? html`<section aria-labelledby="documents">
              <h2 id="documents">${t('person.documents')}</h2>
              <div class="table-wrap">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">${t('fields.documentType')}</th>
                      <th scope="col">${t('fields.documentNumber')}</th>
                      <th scope="col">${t('fields.country')}</th>
                      <th scope="col">${t('fields.expires')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${person.documents.map(
                      (document) =>
                        html`<tr>
                          <td>${label('documentType', document.type)}</td>
                          <td><bdi class="mono">${document.number}</bdi></td>
                          <td>${label('country', document.country)}</td>
                          <td>${formatDate(document.expires)}</td>
                        </tr>`,
                    )}
                  </tbody>
                </table>
              </div>
            </section>`
          : nothing
      }
      ${renderAddresses(person.addresses)}
    `;
  }

  override render() {
    return html`
      ${this.#person.render({
        pending: () =>
          html`<h1>${t('person.title')}</h1>
            <p role="status">${t('app.loading')}</p>`,
        complete: (person) => this.#renderPerson(person),
        error: (err) =>
          html`<h1>${t('person.title')}</h1>
            <p class="message error" role="alert">
              ${err instanceof ApiRequestError && err.status === 404 ? t('person.notFound') : t('app.loadFailed')}
            </p>`,
      })}
      <section aria-labelledby="cases">
        <h2 id="cases">${t('person.cases')}</h2>
        ${this.#cases.render({
          pending: () => html`<p role="status">${t('app.loading')}</p>`,
          complete: (cases) =>
            html`<cen-case-table .cases=${cases} caption=${t('person.cases')}></cen-case-table>`,
          error: () => html`<p class="message error">${t('app.loadFailed')}</p>`,
        })}
      </section>
    `;
  }
}

customElements.define('cen-person-view', CenPersonView);

declare global {
  interface HTMLElementTagNameMap {
    'cen-person-view': CenPersonView;
  }
}
