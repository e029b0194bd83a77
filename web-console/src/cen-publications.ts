/**
 * `<cen-publications>`: the WCO's alerts, analytical reports and newsletters this user may read,
 * newest first, those not opened yet marked; on the WCO node, for those who write them, drafts
 * too and a link to the composer.
 */
import { ContextConsumer } from '@lit/context';
import { css, html, LitElement, nothing } from 'lit';
import { listPublications, type PublicationSummary } from './api/publications.ts';
import { badge, exchangeStyles } from './exchange-parts.ts';
import { formatDateTime, LocaleController, t } from './i18n/index.ts';
import { kindLabel, stateBadge } from './cen-publication-parts.ts';
import { paths } from './router.ts';
import { can, sessionContext } from './session-context.ts';
import { sharedStyles } from './styles.ts';

export class CenPublications extends LitElement {
  static override styles = [
    sharedStyles,
    exchangeStyles,
    css`
      tr.unread td:first-child {
        border-inline-start: 4px solid #c98a00;
      }
    `,
  ];

  static override properties = {
    items: { state: true },
    status: { state: true },
  };

  declare items: PublicationSummary[];
  declare status: 'loading' | 'ready' | 'failed';

  readonly #session = new ContextConsumer(this, { context: sessionContext, subscribe: true });

  constructor() {
    super();
    new LocaleController(this);
    this.items = [];
    this.status = 'loading';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#load();
  }

  async #load(): Promise<void> {
    this.status = 'loading';
    try {
      this.items = (await listPublications()).items;
      this.status = 'ready';
    } catch {
      this.status = 'failed';
    }
  }

  #renderRow(p: PublicationSummary) {
    return html`<tr class=${p.unread ? 'unread' : ''}>
      <td>
        <a href=${paths.publication(p.id)}><bdi>${p.title}</bdi></a>
        ${p.unread ? badge(t('publications.unread'), 'waiting') : nothing}
      </td>
      <td>${kindLabel(p.kind)}</td>
      <td>${stateBadge(p.state)}</td>
      <td>${formatDateTime(p.publishedAt ?? p.createdAt)}</td>
      <td><bdi>${p.from.name}</bdi></td>
      <td>${p.attachmentCount}</td>
    </tr>`;
  }

  override render() {
    const manage = can(this.#session.value, 'publication:manage');
    return html`<h1>${t('publications.title')}</h1>
      <p class="hint">${t('publications.intro')}</p>
      ${manage ? html`<p><a class="button" href=${paths.newPublication}>${t('publications.new')}</a></p>` : nothing}
      ${this.status === 'failed' ? html`<p class="message error" role="alert">${t('publications.loadFailed')}</p>` : nothing}
      ${this.status === 'loading' ? html`<p role="status">${t('app.loading')}</p>` : nothing}
      ${
        this.status === 'ready' && this.items.length === 0
          ? html`<p>${t('publications.none')}</p>`
          : this.items.length > 0
            ? html`<div class="table-wrap">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">${t('publications.titleField')}</th>
                      <th scope="col">${t('publications.kind')}</th>
                      <th scope="col">${t('publications.state')}</th>
                      <th scope="col">${t('publications.date')}</th>
                      <th scope="col">${t('publications.from')}</th>
                      <th scope="col">${t('publications.attachments')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${this.items.map((p) => this.#renderRow(p))}
                  </tbody>
                </table>
              </div>`
            : nothing
      }`;
  }
}

customElements.define('cen-publications', CenPublications);

declare global {
  interface HTMLElementTagNameMap {
    'cen-publications': CenPublications;
  }
}
