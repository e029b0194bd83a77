/**
 * `<cen-person-form>`: edits a person record (`/persons/<id>/edit`): names, birth, nationality,
 * identity documents, addresses and notes. Saving sends the version read; a 409 means someone
 * saved first, and the form offers to reload.
 *
 * Properties in: `recordId`.
 */
import { html } from 'lit';
import type { Person, PersonInput } from '../../protocol/records.ts';
import { getPerson, updatePerson } from './api/persons.ts';
import { t } from './i18n/index.ts';
import { RecordForm } from './record-form.ts';

export class CenPersonForm extends RecordForm<Person, PersonInput> {
  protected readonly kind = 'person';

  protected fetchRecord(id: string, signal: AbortSignal): Promise<Person> {
    return getPerson(id, signal);
  }

  protected saveRecord(id: string, version: number, input: PersonInput): Promise<Person> {
    return updatePerson(id, version, input);
  }

  protected renderFields() {
    return html`<fieldset>
        <legend>${t('person.details')}</legend>
        <div class="grid">
          ${this.text('familyName', 'fields.familyName', { required: true })}
          ${this.text('givenNames', 'fields.givenNames')}
          ${this.text('birthDate', 'fields.birthDate', { type: 'date' })}
          ${this.text('birthPlace', 'fields.birthPlace')}
          ${this.select('nationality', 'fields.nationality', 'country')}
          ${this.select('gender', 'fields.gender', 'gender')}
        </div>
      </fieldset>
      <fieldset>
        <legend>${t('person.documents')}</legend>
        ${this.errors('documents')}
        ${this.rows(
          'documents',
          (number) => t('recordForm.documentNumber', { number }),
          (number) => t('recordForm.removeDocument', { number }),
          (_row, prefix) =>
            html`<div class="grid">
              ${this.select(`${prefix}.type`, 'fields.documentType', 'documentType', { required: true })}
              ${this.text(`${prefix}.number`, 'fields.documentNumber', { required: true })}
              ${this.select(`${prefix}.country`, 'fields.country', 'country')}
              ${this.text(`${prefix}.expires`, 'fields.expires', { type: 'date' })}
            </div>`,
        )}
        <button
          type="button"
          class="secondary"
          @click=${() => this.addRow('documents', { type: '', number: '' })}
        >
          ${t('recordForm.addDocument')}
        </button>
      </fieldset>
      ${this.addresses()} ${this.textarea('notes', 'fields.notes')}`;
  }
}

customElements.define('cen-person-form', CenPersonForm);

declare global {
  interface HTMLElementTagNameMap {
    'cen-person-form': CenPersonForm;
  }
}
