/**
 * `<cen-publications-badge>`: how many publications the user has not opened, beside the
 * navigation's link (nothing when none). Counts again when a screen opens one
 * (`PUBLICATIONS_CHANGED_EVENT`) and every few minutes, as members' nodes receive new ones.
 */
import { css, html, LitElement, nothing } from 'lit';
import { listPublications, PUBLICATIONS_CHANGED_EVENT } from './api/publications.ts';
import { LocaleController, t } from './i18n/index.ts';

const RECOUNT_MS = 2 * 60_000;

export class CenPublicationsBadge extends LitElement {
  static override styles = css`
    span {
      display: inline-block;
      min-inline-size: 1.4em;
      padding-inline: 0.35em;
      border-radius: 999px;
      background: #fff;
      color: var(--cen-primary, #0b4f8a);
      font-size: 0.8rem;
      font-weight: 700;
      text-align: center;
    }
  `;

  static override properties = { unread: { state: true } };

  declare unread: number;
  #timer: ReturnType<typeof setInterval> | undefined;

  constructor() {
    super();
    new LocaleController(this);
    this.unread = 0;
  }

  readonly #count = () => {
    listPublications({ limit: 1 })
      .then((page) => (this.unread = page.unread))
      .catch(() => undefined);
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener(PUBLICATIONS_CHANGED_EVENT, this.#count);
    this.#timer = setInterval(this.#count, RECOUNT_MS);
    this.#count();
  }

  override disconnectedCallback(): void {
    window.removeEventListener(PUBLICATIONS_CHANGED_EVENT, this.#count);
    clearInterval(this.#timer);
    super.disconnectedCallback();
  }

  override render() {
    if (this.unread === 0) return nothing;
    return html`<span aria-label=${t('publications.unreadCount', { count: this.unread })}
      >${this.unread}</span
    >`;
  }
}

customElements.define('cen-publications-badge', CenPublicationsBadge);

declare global {
  interface HTMLElementTagNameMap {
    'cen-publications-badge': CenPublicationsBadge;
  }
}
