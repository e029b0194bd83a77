/**
 * `<cen-language-switcher>`: a labelled select of the six console languages, each named in
 * itself. Choosing one switches the whole console at once and is remembered on this browser.
 */
import { css, html, LitElement } from 'lit';
import {
  currentLanguage,
  isLanguage,
  LANGUAGE_NAMES,
  LANGUAGES,
  LocaleController,
  setLanguage,
  t,
} from './i18n/index.ts';
import { sharedStyles } from './styles.ts';

export class CenLanguageSwitcher extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: inline-flex;
        align-items: center;
        gap: 0.5rem;
        color: inherit;
      }
      label {
        display: inline;
        margin: 0;
        font-weight: 400;
      }
      select {
        inline-size: auto;
        color: var(--cen-text, #1a1a1a);
        background: #fff;
      }
      select:focus-visible {
        outline-color: #fff;
      }
    `,
  ];

  constructor() {
    super();
    new LocaleController(this);
  }

  readonly #change = (event: Event) => {
    const value = (event.target as HTMLSelectElement).value;
    if (isLanguage(value)) void setLanguage(value);
  };

  override render() {
    const selected = currentLanguage();
    return html`<label for="language">${t('app.language')}</label>
      <select id="language" @change=${this.#change}>
        ${LANGUAGES.map(
          (language) =>
            html`<option value=${language} lang=${language} ?selected=${language === selected}>
              ${LANGUAGE_NAMES[language]}
            </option>`,
        )}
      </select>`;
  }
}

customElements.define('cen-language-switcher', CenLanguageSwitcher);

declare global {
  interface HTMLElementTagNameMap {
    'cen-language-switcher': CenLanguageSwitcher;
  }
}
