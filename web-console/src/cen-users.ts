/**
 * `<cen-users>`: account administration for the contact point: the users with their role and
 * state, creating a user (the node answers a one-time password, shown once), changing a role,
 * disabling and re-enabling, issuing a one-time reset code (optionally removing the second factor)
 * and ending a user's sessions. Roles that may only read the list (auditors) see it without the
 * controls.
 */
import { ContextConsumer } from '@lit/context';
import { Task } from '@lit/task';
import { css, html, LitElement, nothing } from 'lit';
import type { ValidationIssue } from '../../protocol/api.ts';
import { ROLES } from '../../protocol/roles.ts';
import { ApiRequestError, formText, issuesOf } from './api/http.ts';
import { createUser, endSessions, listUsers, resetUser, updateUser, type UserSummary } from './api/users.ts';
import { formatDateTime, LocaleController, t, tOptional } from './i18n/index.ts';
import { issueText } from './i18n/issues.ts';
import { can, sessionContext } from './session-context.ts';
import { sharedStyles } from './styles.ts';

/** What the contact point must hand over, shown once: the node keeps only a hash. */
type Secret = { kind: 'password' | 'code'; username: string; value: string; expiresAt?: string };

export const roleLabel = (role: string) => tOptional(`roles.${role}`, role);

export class CenUsers extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .secret {
        font-size: 1.2rem;
        letter-spacing: 0.05em;
        user-select: all;
      }
      td select {
        inline-size: auto;
      }
      .row-actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem;
      }
      .row-actions button {
        font-size: 0.9rem;
        padding-inline: 0.6rem;
      }
    `,
  ];

  static override properties = {
    secret: { state: true },
    failure: { state: true },
    done: { state: true },
    issues: { state: true },
    busy: { state: true },
  };

  declare secret: Secret | undefined;
  declare failure: string | undefined;
  /** A confirmation of the last change, announced to screen readers. */
  declare done: string | undefined;
  declare issues: ValidationIssue[];
  declare busy: boolean;

  readonly #session = new ContextConsumer(this, { context: sessionContext, subscribe: true });

  readonly #users = new Task(this, {
    task: async (_args, { signal }) => (await listUsers(signal)).items,
    args: () => [],
  });

  constructor() {
    super();
    new LocaleController(this);
    this.secret = undefined;
    this.failure = undefined;
    this.done = undefined;
    this.issues = [];
    this.busy = false;
  }

  async #act(action: () => Promise<string | void>): Promise<void> {
    this.busy = true;
    this.failure = undefined;
    this.done = undefined;
    this.issues = [];
    try {
      this.done = (await action()) ?? undefined;
      void this.#users.run();
    } catch (err) {
      this.issues = issuesOf(err);
      if (err instanceof ApiRequestError && err.status === 403) this.failure = t('users.forbidden');
      else if (err instanceof ApiRequestError && err.code === 'user_exists') this.failure = t('users.exists');
      else if (err instanceof ApiRequestError && err.status === 0) this.failure = t('app.unreachable');
      else if (this.issues.length === 0) this.failure = t('users.failed');
    } finally {
      this.busy = false;
    }
  }

  readonly #create = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const username = formText(data, 'username');
    const role = formText(data, 'role') as (typeof ROLES)[number];
    const displayName = formText(data, 'displayName');
    void this.#act(async () => {
      const created = await createUser({ username, role, ...(displayName ? { displayName } : {}) });
      this.secret = { kind: 'password', username: created.user.username, value: created.oneTimePassword };
      form.reset();
    });
  };

  #changeRole(user: UserSummary): void {
    const select = this.renderRoot.querySelector<HTMLSelectElement>(`#role-${CSS.escape(user.username)}`);
    const role = select?.value as (typeof ROLES)[number] | undefined;
    if (!role || role === user.role) return;
    void this.#act(async () => {
      await updateUser(user.username, { role });
      return t('users.roleSaved', { username: user.username });
    });
  }

  #toggle(user: UserSummary): void {
    void this.#act(async () => {
      await updateUser(user.username, { disabled: !user.disabled });
      return user.disabled
        ? t('users.enabled', { username: user.username })
        : t('users.disabledDone', { username: user.username });
    });
  }

  #reset(user: UserSummary): void {
    const withTotp =
      this.renderRoot.querySelector<HTMLInputElement>(`#totp-${CSS.escape(user.username)}`)?.checked ?? false;
    if (!confirm(t('users.confirmReset', { username: user.username }))) return;
    void this.#act(async () => {
      const { oneTimeCode, expiresAt } = await resetUser(user.username, withTotp ? { totp: true } : {});
      this.secret = { kind: 'code', username: user.username, value: oneTimeCode, expiresAt };
    });
  }

  #endSessions(user: UserSummary): void {
    void this.#act(async () => {
      const { revoked } = await endSessions(user.username);
      return t('users.sessionsEnded', { count: revoked, username: user.username });
    });
  }

  #state(user: UserSummary): string {
    if (user.disabled) return user.disabledReason === 'inactivity' ? t('users.blocked') : t('users.disabled');
    const notes = [t('users.active')];
    if (user.mustChangePassword) notes.push(t('users.mustChangePassword'));
    if (user.inactivityBlocksInDays !== undefined)
      notes.push(t('users.blocksIn', { count: user.inactivityBlocksInDays }));
    return notes.join(' · ');
  }

  #renderRow(user: UserSummary, manage: boolean, reset: boolean) {
    const roles: readonly string[] = (ROLES as readonly string[]).includes(user.role)
      ? ROLES
      : [user.role, ...ROLES];
    const self = user.username === this.#session.value?.user.username;
    return html`<tr>
      <th scope="row">
        <bdi>${user.username}</bdi
        >${user.displayName ? html`<div class="hint"><bdi>${user.displayName}</bdi></div>` : nothing}
      </th>
      <td>
        ${
          manage && !self
            ? html`<label class="visually-hidden" for=${`role-${user.username}`}
                  >${t('users.roleOf', { username: user.username })}</label
                >
                <select id=${`role-${user.username}`}>
                  ${roles.map((role) => html`<option value=${role} ?selected=${role === user.role}>${roleLabel(role)}</option>`)}
                </select>`
            : roleLabel(user.role)
        }
      </td>
      <td>${this.#state(user)}</td>
      <td>${user.totpEnrolled === undefined ? '' : user.totpEnrolled ? t('users.yes') : t('users.no')}</td>
      <td>${user.lastLoginAt ? formatDateTime(user.lastLoginAt) : t('users.never')}</td>
      <td>${formatDateTime(user.passwordChangedAt)}</td>
      ${
        manage || reset
          ? html`<td>
              ${
                self
                  ? html`<span class="hint">${t('users.yourAccount')}</span>`
                  : html`<div class="row-actions">
                      ${
                        manage
                          ? html`<button
                                class="secondary"
                                ?disabled=${this.busy}
                                @click=${() => this.#changeRole(user)}
                              >
                                ${t('users.saveRole')}
                              </button>
                              <button
                                class="secondary"
                                ?disabled=${this.busy}
                                @click=${() => this.#toggle(user)}
                              >
                                ${user.disabled ? t('users.enable') : t('users.disable')}
                              </button>
                              <button
                                class="secondary"
                                ?disabled=${this.busy}
                                @click=${() => this.#endSessions(user)}
                              >
                                ${t('users.endSessions')}
                              </button>`
                          : nothing
                      }
                      ${
                        reset
                          ? html`<label class="hint"
                                ><input
                                  type="checkbox"
                                  id=${`totp-${user.username}`}
                                />${t('users.resetTotp')}</label
                              >
                              <button class="danger" ?disabled=${this.busy} @click=${() => this.#reset(user)}>
                                ${t('users.reset')}
                              </button>`
                          : nothing
                      }
                    </div>`
              }
            </td>`
          : nothing
      }
    </tr>`;
  }

  #renderTable(users: UserSummary[], manage: boolean, reset: boolean) {
    return html`<div class="table-wrap">
      <table>
        <caption class="visually-hidden">
          ${t('nav.users')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t('users.username')}</th>
            <th scope="col">${t('users.role')}</th>
            <th scope="col">${t('users.state')}</th>
            <th scope="col">${t('users.secondFactor')}</th>
            <th scope="col">${t('users.lastLogin')}</th>
            <th scope="col">${t('users.passwordChanged')}</th>
            ${manage || reset ? html`<th scope="col">${t('users.actions')}</th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${users.map((user) => this.#renderRow(user, manage, reset))}
        </tbody>
      </table>
    </div>`;
  }

  #renderCreate() {
    const fieldIssues = (path: string) => this.issues.filter((issue) => issue.path === path);
    const field = (
      id: string,
      name: string,
      key: 'users.username' | 'users.displayName',
      required: boolean,
    ) =>
      html`<div class="field">
        <label for=${id}>${t(key)}</label>
        <input
          id=${id}
          name=${name}
          ?required=${required}
          autocomplete="off"
          autocapitalize="none"
          spellcheck="false"
          aria-invalid=${fieldIssues(name).length > 0 ? 'true' : 'false'}
        />
        ${fieldIssues(name).map((issue) => html`<div class="field-error">${issueText(issue)}</div>`)}
      </div>`;
    return html`<form class="panel" @submit=${this.#create}>
      <h2>${t('users.create')}</h2>
      <div class="grid">
        ${field('new-username', 'username', 'users.username', true)}
        ${field('new-display-name', 'displayName', 'users.displayName', false)}
        <div class="field">
          <label for="new-role">${t('users.role')}</label>
          <select
            id="new-role"
            name="role"
            required
            aria-invalid=${fieldIssues('role').length > 0 ? 'true' : 'false'}
          >
            ${ROLES.map((role) => html`<option value=${role}>${roleLabel(role)}</option>`)}
          </select>
          ${fieldIssues('role').map((issue) => html`<div class="field-error">${issueText(issue)}</div>`)}
        </div>
      </div>
      <button type="submit" ?disabled=${this.busy}>${t('users.createSubmit')}</button>
    </form>`;
  }

  override render() {
    const session = this.#session.value;
    const manage = can(session, 'user:manage');
    const reset = can(session, 'user:reset');
    return html`
      <h1>${t('nav.users')}</h1>
      ${this.failure ? html`<p class="message error" role="alert">${this.failure}</p>` : nothing}
      ${this.done ? html`<p class="message success" role="status">${this.done}</p>` : nothing}
      ${
        this.secret
          ? html`<div class="message success" role="status">
              <p>
                ${
                  this.secret.kind === 'password'
                    ? t('users.created', { username: this.secret.username })
                    : t('users.resetDone', { username: this.secret.username })
                }
              </p>
              <p><output class="mono secret">${this.secret.value}</output></p>
              <p class="hint">
                ${this.secret.expiresAt ? t('users.validUntil', { date: formatDateTime(this.secret.expiresAt) }) : nothing}
                ${t('users.secretOnce')}
              </p>
              <button class="secondary" @click=${() => (this.secret = undefined)}>
                ${t('users.secretDone')}
              </button>
            </div>`
          : nothing
      }
      ${manage ? this.#renderCreate() : nothing}
      ${this.#users.render({
        pending: () => html`<p role="status">${t('app.loading')}</p>`,
        complete: (users) => this.#renderTable(users, manage, reset),
        error: (err) =>
          html`<p class="message error" role="alert">
            ${err instanceof ApiRequestError && err.status === 403 ? t('users.forbidden') : t('app.loadFailed')}
          </p>`,
      })}
    `;
  }
}

customElements.define('cen-users', CenUsers);

declare global {
  interface HTMLElementTagNameMap {
    'cen-users': CenUsers;
  }
}
