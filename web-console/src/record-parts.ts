/** Template parts the case, person and business views share. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Address } from '../../protocol/records.ts';
import { t, type MessageKey } from './i18n/index.ts';
import { label } from './i18n/vocabulary.ts';

type Value = string | number | TemplateResult | undefined;

/** A `<dt>/<dd>` pair, or nothing for an absent value (absent fields are not listed). */
export function fieldRow(key: MessageKey, value: Value): TemplateResult | typeof nothing {
  if (value === undefined || value === '') return nothing;
  return html`<dt>${t(key)}</dt>
    <dd>${value}</dd>`;
}

export function renderAddresses(addresses: readonly Address[]) {
  if (addresses.length === 0) return nothing;
  return html`<section aria-labelledby="addresses">
    <h2 id="addresses">${t('fields.addresses')}</h2>
    <ul>
      ${addresses.map(
        (address) =>
          html`<li>
            <bdi>${[address.line, address.postcode, address.city].filter(Boolean).join(', ')}</bdi>
            ${address.country ? html` — ${label('country', address.country)}` : nothing}
          </li>`,
      )}
    </ul>
  </section>`;
}
