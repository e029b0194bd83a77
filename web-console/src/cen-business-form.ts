/**
 * `<cen-business-form>`: edits a business record (`/businesses/<id>/edit`): name, registration
 * and VAT numbers, country, addresses and notes. Saving sends the version read; a 409 means
 * someone saved first, and the form offers to reload.
 *
 * Properties in: `recordId`.
 */
import { html } from 'lit';
import type { Business, BusinessInput } from '../../protocol/records.ts';
import { getBusiness, updateBusiness } from './api/businesses.ts';
import { t } from './i18n/index.ts';
import { RecordForm } from './record-form.ts';

export class CenBusinessForm extends RecordForm<Business, BusinessInput> {
  protected readonly kind = 'business';

  protected fetchRecord(id: string, signal: AbortSignal): Promise<Business> {
    return getBusiness(id, signal);
  }

  protected saveRecord(id: string, version: number, input: BusinessInput): Promise<Business> {
    return updateBusiness(id, version, input);
  }

  protected renderFields() {
    return html`<fieldset>
        <legend>${t('business.details')}</legend>
        <div class="grid">
          ${this.text('name', 'fields.businessName', { required: true })}
          ${this.text('registrationNumber', 'fields.registrationNumber')}
          ${this.text('vatNumber', 'fields.vatNumber')} ${this.select('country', 'fields.country', 'country')}
        </div>
      </fieldset>
      ${this.addresses()} ${this.textarea('notes', 'fields.notes')}`;
  }
}

customElements.define('cen-business-form', CenBusinessForm);

declare global {
  interface HTMLElementTagNameMap {
    'cen-business-form': CenBusinessForm;
  }
}
