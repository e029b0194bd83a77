/**
 * `<cen-sign-in>`: username and password, then the authenticator code when the node asks for a
 * second factor (`401 second_factor_required`). Throttled attempts (429) show how long to wait.
 *
 * Events out: `cen-signed-in` (detail: the login answer), bubbling to the shell.
 */
import { css, html, LitElement, nothing } from 'lit';
import { ApiRequestError } from './api/http.ts';
import { SECOND_FACTOR_REQUIRED, secondFactorOf, signIn, type SessionResponse } from './api/session.ts';
import { LocaleController, t } from './i18n/index.ts';
import { sharedStyles } from './styles.ts';

type Step = 'credentials' | 'second-factor';

type Failure =
  | { kind: 'credentials' }
  | { kind: 'disabled' }
  | { kind: 'blocked' }
  | { kind: 'second-factor' }
  | { kind: 'throttled'; seconds: number | undefined }
  | { kind: 'unreachable' }
  | { kind: 'other' };

export class CenSignIn extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      form {
        max-inline-size: 26rem;
      }
    `,
  ];

  static override properties = {
    step: { state: true },
    failure: { state: true },
    busy: { state: true },
  };

  declare step: Step;
  declare failure: Failure | undefined;
  declare busy: boolean;

  constructor() {
    super();
    new LocaleController(this);
    this.step = 'credentials';
    this.failure = undefined;
    this.busy = false;
  }

  #value(id: string): string {
    return this.renderRoot.querySelector<HTMLInputElement>(`#${id}`)?.value ?? '';
  }

  readonly #submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (this.busy) return;
    const username = this.#value('username').trim();
    const password = this.#value('password');
    const code = this.#value('totp');
    this.busy = true;
    this.failure = undefined;
    try {
      const response = await signIn({
        username,
        password,
        ...(this.step === 'second-factor' ? secondFactorOf(code) : {}),
      });
      this.dispatchEvent(
        new CustomEvent<SessionResponse>('cen-signed-in', {
          detail: response,
          bubbles: true,
          composed: true,
        }),
      );
    } catch (err) {
      await this.#fail(err);
    } finally {
      this.busy = false;
    }
  };

  async #fail(err: unknown): Promise<void> {
    if (!(err instanceof ApiRequestError)) {
      this.failure = { kind: 'other' };
      return;
    }
    if (err.code === SECOND_FACTOR_REQUIRED) {
      const first = this.step === 'credentials';
      this.step = 'second-factor';
      if (!first) this.failure = { kind: 'second-factor' };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#totp')?.focus();
      return;
    }
    if (err.status === 429) this.failure = { kind: 'throttled', seconds: err.retryAfterSeconds };
    else if (err.code === 'second_factor_invalid') this.failure = { kind: 'second-factor' };
    else if (err.code === 'account_disabled') this.failure = { kind: 'disabled' };
    else if (err.code === 'account_blocked') this.failure = { kind: 'blocked' };
    else if (err.status === 401) this.failure = { kind: 'credentials' };
    else if (err.status === 0) this.failure = { kind: 'unreachable' };
    else this.failure = { kind: 'other' };
  }

  #failureText(failure: Failure): string {
    switch (failure.kind) {
      case 'credentials':
        return t('signIn.wrongCredentials');
      case 'second-factor':
        return t('signIn.wrongCode');
      case 'disabled':
        return t('signIn.accountDisabled');
      case 'blocked':
        return t('signIn.accountBlocked');
      case 'throttled':
        if (failure.seconds === undefined) return t('signIn.throttledLater');
        if (failure.seconds > 120)
          return t('signIn.throttledMinutes', { count: Math.ceil(failure.seconds / 60) });
        return t('signIn.throttledSeconds', { count: failure.seconds });
      case 'unreachable':
        return t('app.unreachable');
      case 'other':
        return t('signIn.failed');
    }
  }

  readonly #back = () => {
    this.step = 'credentials';
    this.failure = undefined;
  };

  override render() {
    const secondFactor = this.step === 'second-factor';
    return html`
      <h1>${t('signIn.title')}</h1>
      <form @submit=${this.#submit} novalidate>
        ${
          this.failure
            ? html`<p class="message error" role="alert" id="sign-in-error">
                ${this.#failureText(this.failure)}
              </p>`
            : nothing
        }
        <div class="field" ?hidden=${secondFactor}>
          <label for="username">${t('signIn.username')}</label>
          <input
            id="username"
            name="username"
            autocomplete="username"
            required
            autocapitalize="none"
            spellcheck="false"
          />
        </div>
        <div class="field" ?hidden=${secondFactor}>
          <label for="password">${t('signIn.password')}</label>
          <input
            id="password"
            name="password"
            type="password"
            autocomplete="current-password"
            required
            aria-describedby="password-hint"
          />
          <p class="hint" id="password-hint">${t('signIn.passwordHint')}</p>
        </div>
        ${
          secondFactor
            ? html`<p class="message" role="status">${t('signIn.secondFactorPrompt')}</p>
                <div class="field">
                  <label for="totp">${t('signIn.code')}</label>
                  <input
                    id="totp"
                    name="totp"
                    autocomplete="one-time-code"
                    inputmode="numeric"
                    required
                    aria-describedby="totp-hint"
                    spellcheck="false"
                  />
                  <p class="hint" id="totp-hint">${t('signIn.codeHint')}</p>
                </div>`
            : nothing
        }
        <div class="actions">
          <button type="submit" ?disabled=${this.busy}>
            ${secondFactor ? t('signIn.verify') : t('signIn.submit')}
          </button>
          ${secondFactor ? html`<button type="button" class="secondary" @click=${this.#back}>${t('signIn.back')}</button>` : nothing}
        </div>
      </form>
    `;
  }
}

customElements.define('cen-sign-in', CenSignIn);

declare global {
  interface HTMLElementTagNameMap {
    'cen-sign-in': CenSignIn;
  }
}
