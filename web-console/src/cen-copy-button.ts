/**
 * `<cen-copy-button>`: a small button that copies a value (a node id, an agreement id) to the
 * clipboard and says so to screen readers. Exchange administrators paste node ids into mails and
 * into `cen-node` commands, and a 52-character id is not something to retype.
 *
 * Where the clipboard is not available (an insecure origin, a refused permission) the value is
 * selected instead, so Ctrl+C still works.
 *
 * Properties in: `value`, `label` (what is copied, for the button's accessible name).
 */
import { css, html, LitElement, nothing } from 'lit';
import { LocaleController, t } from './i18n/index.ts';
import { sharedStyles } from './styles.ts';

export class CenCopyButton extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: inline-flex;
        align-items: center;
        gap: 0.35rem;
        flex-wrap: wrap;
      }
      button {
        font-size: 0.8rem;
        padding-block: 0.1rem;
        padding-inline: 0.45rem;
      }
      .fallback {
        font-size: 0.8rem;
        inline-size: 100%;
        max-inline-size: 34rem;
      }
      .done {
        font-size: 0.85rem;
        color: #1e6b34;
      }
    `,
  ];

  static override properties = {
    value: {},
    label: {},
    state: { state: true },
  };

  declare value: string;
  declare label: string;
  declare state: 'idle' | 'copied' | 'select';

  constructor() {
    super();
    new LocaleController(this);
    this.value = '';
    this.label = '';
    this.state = 'idle';
  }

  readonly #copy = async () => {
    try {
      await navigator.clipboard.writeText(this.value);
      this.state = 'copied';
    } catch {
      this.state = 'select';
      await this.updateComplete;
      const input = this.renderRoot.querySelector<HTMLInputElement>('input');
      input?.focus();
      input?.select();
    }
  };

  override render() {
    return html`<button
        type="button"
        class="secondary"
        aria-label=${t('exchange.copyLabel', { what: this.label })}
        @click=${this.#copy}
      >
        ${t('exchange.copy')}
      </button>
      <span class="done" role="status">${this.state === 'copied' ? t('exchange.copied') : ''}</span>
      ${
        this.state === 'select'
          ? html`<input class="fallback mono" readonly aria-label=${this.label} .value=${this.value} />`
          : nothing
      }`;
  }
}

customElements.define('cen-copy-button', CenCopyButton);

declare global {
  interface HTMLElementTagNameMap {
    'cen-copy-button': CenCopyButton;
  }
}
