/**
 * `<cen-notifications-bell>`: the bell in the header with the number of unread watch-list
 * notifications, a link to the list. It counts again on every navigation, when a screen says the
 * count changed (`NOTIFICATIONS_CHANGED_EVENT`), when the tab comes back into view, and every
 * `BELL_REFRESH_MS` while it is in view: a match can arrive at any time. A failed count keeps the
 * last one (the bell is no place for errors).
 */
import { css, html, LitElement, nothing } from 'lit';
import { listNotifications, NOTIFICATIONS_CHANGED_EVENT } from './api/notifications.ts';
import { formatNumber, LocaleController, t } from './i18n/index.ts';
import { paths, ROUTE_EVENT } from './router.ts';

/** How often the count is asked for while the console is in view. */
export const BELL_REFRESH_MS = 10_000;
/** The node counts unread notifications up to this; past it the bell says "999+". */
const COUNT_CAP = 1000;

export class CenNotificationsBell extends LitElement {
  static override styles = css`
    :host {
      display: inline-block;
    }
    a {
      position: relative;
      display: inline-flex;
      align-items: center;
      gap: 0.25rem;
      color: inherit;
      text-decoration: none;
      padding: 0.25rem;
      border-radius: 4px;
    }
    a:focus-visible {
      outline: 3px solid currentColor;
      outline-offset: 2px;
    }
    svg {
      inline-size: 1.35rem;
      block-size: 1.35rem;
      fill: currentColor;
    }
    .count {
      min-inline-size: 1.35rem;
      padding-inline: 0.35rem;
      border-radius: 999px;
      background: #ffd54f;
      color: #1a1a1a;
      font-size: 0.8rem;
      font-weight: 700;
      text-align: center;
    }
  `;

  static override properties = {
    unread: { state: true },
  };

  declare unread: number | undefined;

  #timer: number | undefined;
  #controller: AbortController | undefined;

  constructor() {
    super();
    new LocaleController(this);
    this.unread = undefined;
  }

  readonly #refresh = () => {
    if (document.visibilityState === 'hidden') return;
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    listNotifications({ unread: true, limit: 1 }, controller.signal).then(
      (page) => {
        if (!controller.signal.aborted) this.unread = page.unread;
      },
      () => undefined,
    );
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener(ROUTE_EVENT, this.#refresh);
    window.addEventListener('popstate', this.#refresh);
    window.addEventListener(NOTIFICATIONS_CHANGED_EVENT, this.#refresh);
    document.addEventListener('visibilitychange', this.#refresh);
    this.#timer = window.setInterval(this.#refresh, BELL_REFRESH_MS);
    this.#refresh();
  }

  override disconnectedCallback(): void {
    window.removeEventListener(ROUTE_EVENT, this.#refresh);
    window.removeEventListener('popstate', this.#refresh);
    window.removeEventListener(NOTIFICATIONS_CHANGED_EVENT, this.#refresh);
    document.removeEventListener('visibilitychange', this.#refresh);
    window.clearInterval(this.#timer);
    this.#controller?.abort();
    super.disconnectedCallback();
  }

  override render() {
    const count = this.unread ?? 0;
    const shown = count >= COUNT_CAP ? `${formatNumber(COUNT_CAP - 1)}+` : formatNumber(count);
    return html`<a
      href=${paths.notifications}
      aria-label=${count > 0 ? t('watchlists.bellUnread', { count }) : t('watchlists.bellNone')}
      title=${count > 0 ? t('watchlists.bellUnread', { count }) : t('watchlists.bellNone')}
    >
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z"
        />
      </svg>
      ${count > 0 ? html`<span class="count" data-count=${count}>${shown}</span>` : nothing}
    </a>`;
  }
}

customElements.define('cen-notifications-bell', CenNotificationsBell);

declare global {
  interface HTMLElementTagNameMap {
    'cen-notifications-bell': CenNotificationsBell;
  }
}
