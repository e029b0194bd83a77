/**
 * `<cen-totp-enrolment>`: sets up the TOTP second factor. The node creates a secret and shows it
 * as a QR code (and in base32 for apps that cannot scan); the user confirms with a first code and
 * receives recovery codes, shown once. With `forced` (an administrator role without a second
 * factor) it explains that nothing else is available until this is done.
 *
 * The QR code arrives as an SVG document: it is shown through an <img> from a data URL, so its
 * markup is never parsed into the page.
 *
 * Events out: `cen-totp-enrolled` once the node confirmed the code and the user has seen the
 * recovery codes.
 */
import { css, html, LitElement, nothing } from 'lit';
import type { TotpEnrolmentResponse } from '../../protocol/api.ts';
import { ApiRequestError } from './api/http.ts';
import { confirmTotpEnrolment, startTotpEnrolment } from './api/session.ts';
import { LocaleController, t } from './i18n/index.ts';
import { sharedStyles } from './styles.ts';

type Step = 'start' | 'scan' | 'codes';

/** A data URL for an SVG document, so the browser renders it as an image (no script, no DOM). */
export function svgDataUrl(svg: string): string {
  const bytes = new TextEncoder().encode(svg);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `data:image/svg+xml;base64,${btoa(binary)}`;
}

export class CenTotpEnrolment extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .qr {
        inline-size: 14rem;
        block-size: 14rem;
        background: #fff;
        border: 1px solid var(--cen-line, #d0d4d9);
        padding: 0.5rem;
      }
      .secret {
        overflow-wrap: anywhere;
        user-select: all;
      }
      ol.codes {
        columns: 2;
        font-size: 1.1rem;
      }
      form {
        max-inline-size: 26rem;
      }
    `,
  ];

  static override properties = {
    forced: { type: Boolean },
    step: { state: true },
    enrolment: { state: true },
    recoveryCodes: { state: true },
    failure: { state: true },
    busy: { state: true },
  };

  declare forced: boolean;
  declare step: Step;
  declare enrolment: TotpEnrolmentResponse | undefined;
  declare recoveryCodes: string[];
  declare failure: string | undefined;
  declare busy: boolean;

  constructor() {
    super();
    new LocaleController(this);
    this.forced = false;
    this.step = 'start';
    this.enrolment = undefined;
    this.recoveryCodes = [];
    this.failure = undefined;
    this.busy = false;
  }

  #explain(err: unknown): string {
    if (!(err instanceof ApiRequestError)) return t('totp.failed');
    if (err.code === 'totp_already_enrolled') return t('totp.alreadyEnrolled');
    if (err.code === 'second_factor_invalid' || err.status === 400) return t('signIn.wrongCode');
    if (err.status === 0) return t('app.unreachable');
    return t('totp.failed');
  }

  readonly #start = async () => {
    this.busy = true;
    this.failure = undefined;
    try {
      this.enrolment = await startTotpEnrolment();
      this.step = 'scan';
    } catch (err) {
      this.failure = this.#explain(err);
    } finally {
      this.busy = false;
    }
  };

  readonly #confirm = async (event: SubmitEvent) => {
    event.preventDefault();
    const code = this.renderRoot.querySelector<HTMLInputElement>('#code')?.value.replace(/\s+/g, '') ?? '';
    this.busy = true;
    this.failure = undefined;
    try {
      this.recoveryCodes = (await confirmTotpEnrolment({ code })).recoveryCodes;
      this.enrolment = undefined; // the secret is not needed any more: drop it from memory
      this.step = 'codes';
    } catch (err) {
      this.failure = this.#explain(err);
    } finally {
      this.busy = false;
    }
  };

  readonly #done = () => {
    this.recoveryCodes = [];
    this.dispatchEvent(new CustomEvent('cen-totp-enrolled', { bubbles: true, composed: true }));
  };

  #renderStep() {
    switch (this.step) {
      case 'start':
        return html`<p>${t('totp.intro')}</p>
          <div class="actions">
            <button ?disabled=${this.busy} @click=${this.#start}>${t('totp.start')}</button>
          </div>`;
      case 'scan':
        return html`<ol>
            <li>${t('totp.scan')}</li>
            <li>${t('totp.enterCode')}</li>
          </ol>
          ${
            this.enrolment
              ? html`<img class="qr" src=${svgDataUrl(this.enrolment.qrSvg)} alt=${t('totp.qrAlt')} />
                  <p>${t('totp.manual')}</p>
                  <p><code class="mono secret">${this.enrolment.secret}</code></p>`
              : nothing
          }
          <form @submit=${this.#confirm} novalidate>
            <div class="field">
              <label for="code">${t('signIn.code')}</label>
              <input id="code" autocomplete="one-time-code" inputmode="numeric" required spellcheck="false" />
            </div>
            <button type="submit" ?disabled=${this.busy}>${t('totp.confirm')}</button>
          </form>`;
      case 'codes':
        return html`<p class="message success" role="status">${t('totp.enrolled')}</p>
          <p>${t('totp.recoveryIntro')}</p>
          <ol class="codes mono">
            ${this.recoveryCodes.map((code) => html`<li>${code}</li>`)}
          </ol>
          <div class="actions"><button @click=${this.#done}>${t('totp.stored')}</button></div>`;
    }
  }

  override render() {
    return html`
      <h1>${t('totp.title')}</h1>
      ${this.forced ? html`<p class="message warning" role="status">${t('totp.forced')}</p>` : nothing}
      ${this.failure ? html`<p class="message error" role="alert">${this.failure}</p>` : nothing}
      ${this.#renderStep()}
    `;
  }
}

customElements.define('cen-totp-enrolment', CenTotpEnrolment);

declare global {
  interface HTMLElementTagNameMap {
    'cen-totp-enrolment': CenTotpEnrolment;
  }
}
