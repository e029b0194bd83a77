/**
 * `<cen-password-change>`: changes the signed-in user's password. With `forced` (after a reset by
 * the contact point, or an expired password) it explains why nothing else is available yet.
 * The node checks the password policy and answers each broken rule as an issue on `next`,
 * which shows under the field.
 *
 * Events out: `cen-password-changed` once the node accepted the new password.
 */
import { css, html, LitElement, nothing } from 'lit';
import type { ValidationIssue } from '../../protocol/api.ts';
import { ApiRequestError, issuesOf } from './api/http.ts';
import { changePassword } from './api/session.ts';
import { LocaleController, t, tOptional } from './i18n/index.ts';
import { paths } from './router.ts';
import { sharedStyles } from './styles.ts';

/** The node's password policy: the first rule a person meets, stated before they type. */
export const MIN_PASSWORD_LENGTH = 12;

export class CenPasswordChange extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      form {
        max-inline-size: 30rem;
      }
    `,
  ];

  static override properties = {
    forced: { type: Boolean },
    issues: { state: true },
    failure: { state: true },
    done: { state: true },
    busy: { state: true },
  };

  /** Set after a reset or expiry: the user must change the password before anything else. */
  declare forced: boolean;
  declare issues: ValidationIssue[];
  declare failure: string | undefined;
  declare done: boolean;
  declare busy: boolean;

  constructor() {
    super();
    new LocaleController(this);
    this.forced = false;
    this.issues = [];
    this.failure = undefined;
    this.done = false;
    this.busy = false;
  }

  #value(id: string): string {
    return this.renderRoot.querySelector<HTMLInputElement>(`#${id}`)?.value ?? '';
  }

  readonly #submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const current = this.#value('current');
    const next = this.#value('new');
    this.failure = undefined;
    this.issues = [];
    if (next !== this.#value('confirm')) {
      this.issues = [{ path: 'confirm', rule: 'mismatch', message: '' }];
      return;
    }
    this.busy = true;
    try {
      await changePassword({ current, next });
      this.done = true;
      this.dispatchEvent(new CustomEvent('cen-password-changed', { bubbles: true, composed: true }));
    } catch (err) {
      const issues = issuesOf(err);
      if (issues.length > 0) this.issues = issues;
      else if (err instanceof ApiRequestError && err.status === 401)
        this.failure = t('password.wrongCurrent');
      else if (err instanceof ApiRequestError && err.status === 0) this.failure = t('app.unreachable');
      else this.failure = t('password.failed');
    } finally {
      this.busy = false;
    }
  };

  #issueText(issue: ValidationIssue): string {
    if (issue.rule === 'mismatch') return t('password.mismatch');
    return tOptional(`password.rules.${issue.rule}`, issue.message || t('password.failed'), {
      count: MIN_PASSWORD_LENGTH,
    });
  }

  #field(
    id: string,
    key: 'password.current' | 'password.new' | 'password.confirm',
    paths: string[],
    autocomplete: string,
  ) {
    const issues = this.issues.filter((issue) => paths.includes(issue.path));
    const errorId = `${id}-error`;
    return html`<div class="field">
      <label for=${id}>${t(key)}</label>
      <input
        id=${id}
        type="password"
        autocomplete=${autocomplete}
        required
        aria-invalid=${issues.length > 0 ? 'true' : 'false'}
        aria-describedby=${issues.length > 0 ? errorId : nothing}
      />
      ${
        issues.length > 0
          ? html`<div class="field-error" id=${errorId}>
              ${issues.map((issue) => html`<div>${this.#issueText(issue)}</div>`)}
            </div>`
          : nothing
      }
    </div>`;
  }

  override render() {
    if (this.done) {
      return html`<h1 tabindex="-1">${t('password.title')}</h1>
        <p class="message success" role="status">${t('password.changed')}</p>
        ${this.forced ? nothing : html`<p><a href=${paths.secondFactor}>${t('totp.setUp')}</a></p>`}`;
    }
    const unplaced = this.issues.filter(
      (issue) => !['current', 'next', 'password', 'confirm'].includes(issue.path),
    );
    return html`
      <h1>${t('password.title')}</h1>
      ${this.forced ? html`<p class="message warning" role="status">${t('password.forced')}</p>` : nothing}
      <p class="hint">${t('password.policy', { count: MIN_PASSWORD_LENGTH })}</p>
      <form @submit=${this.#submit} novalidate>
        ${this.failure ? html`<p class="message error" role="alert">${this.failure}</p>` : nothing}
        ${
          unplaced.length > 0
            ? html`<div class="message error" role="alert">
                ${unplaced.map((issue) => html`<div>${this.#issueText(issue)}</div>`)}
              </div>`
            : nothing
        }
        ${this.#field('current', 'password.current', ['current'], 'current-password')}
        ${this.#field('new', 'password.new', ['next', 'password'], 'new-password')}
        ${this.#field('confirm', 'password.confirm', ['confirm'], 'new-password')}
        <div class="actions">
          <button type="submit" ?disabled=${this.busy}>${t('password.submit')}</button>
        </div>
      </form>
    `;
  }
}

customElements.define('cen-password-change', CenPasswordChange);

declare global {
  interface HTMLElementTagNameMap {
    'cen-password-change': CenPasswordChange;
  }
}
