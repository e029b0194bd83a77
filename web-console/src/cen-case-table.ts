/**
 * `<cen-case-table>`: a table of cases (date, reference, kind, status, place, goods), each row
 * linking to the case. Used by the dashboard, the case list and the person and business views.
 *
 * Properties in: `cases`, `caption` (announced to screen readers; visible when `showCaption`).
 */
import { css, html, LitElement, nothing } from 'lit';
import type { Case, Item } from '../../protocol/records.ts';
import { formatDate, formatNumber, LocaleController, t } from './i18n/index.ts';
import { label } from './i18n/vocabulary.ts';
import { paths } from './router.ts';
import { sharedStyles } from './styles.ts';

export function itemSummary(item: Item): string {
  const quantity =
    item.quantity === undefined ? '' : ` ${formatNumber(item.quantity)} ${label('unit', item.unit)}`;
  return `${label('commodity', item.commodity)}${quantity}`.trim();
}

export class CenCaseTable extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      caption {
        text-align: start;
        font-weight: 700;
        padding-block-end: 0.5rem;
      }
      ul {
        margin: 0;
        padding-inline-start: 1rem;
      }
    `,
  ];

  static override properties = {
    cases: { attribute: false },
    caption: {},
    showCaption: { type: Boolean, attribute: 'show-caption' },
  };

  /** The cases to list, in the order given. */
  declare cases: readonly Case[];
  declare caption: string;
  declare showCaption: boolean;

  constructor() {
    super();
    new LocaleController(this);
    this.cases = [];
    this.caption = '';
    this.showCaption = false;
  }

  override render() {
    if (this.cases.length === 0) return html`<p>${t('cases.none')}</p>`;
    return html`<div class="table-wrap">
      <table>
        <caption class=${this.showCaption ? '' : 'visually-hidden'}>
          ${this.caption || t('cases.tableCaption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t('fields.seizureDate')}</th>
            <th scope="col">${t('fields.ref')}</th>
            <th scope="col">${t('fields.kind')}</th>
            <th scope="col">${t('fields.status')}</th>
            <th scope="col">${t('fields.location')}</th>
            <th scope="col">${t('fields.items')}</th>
          </tr>
        </thead>
        <tbody>
          ${this.cases.map(
            (c) =>
              html`<tr>
                <td><a href=${paths.case(c.id)}>${formatDate(c.seizureDate)}</a></td>
                <td><bdi>${c.ref ?? ''}</bdi></td>
                <td>${label('caseKind', c.kind)}</td>
                <td>${label('caseStatus', c.status)}</td>
                <td>
                  ${c.location ? html`${label('locationType', c.location.type)}${c.location.code ? html` <bdi class="mono">${c.location.code}</bdi>` : nothing}` : nothing}
                </td>
                <td>
                  <ul>
                    ${c.items.map((item) => html`<li>${itemSummary(item)}</li>`)}
                  </ul>
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }
}

customElements.define('cen-case-table', CenCaseTable);

declare global {
  interface HTMLElementTagNameMap {
    'cen-case-table': CenCaseTable;
  }
}
