/**
 * `<cen-operations>`: the CENcomm operations this user takes part in (all of the node's, for
 * those who manage operations). Invitations waiting for this administration's answer come first,
 * with Accept and Decline for managers; then every operation with its state, this node's role and
 * standing, its period and the messages not read yet (the thread's head against this node's read
 * receipt). Managers start a new operation from here.
 */
import { ContextConsumer } from '@lit/context';
import { html, LitElement, nothing } from 'lit';
import { ApiRequestError } from './api/http.ts';
import {
  acceptInvitation,
  declineInvitation,
  listOperations,
  type OperationSummary,
} from './api/operations.ts';
import { operationStyles, roleText, stateText, statusText } from './cen-operation-parts.ts';
import { formatDate, LocaleController, t } from './i18n/index.ts';
import { paths } from './router.ts';
import { can, sessionContext } from './session-context.ts';
import { sharedStyles } from './styles.ts';

/** Unread messages of an operation on this node: its head past this node's read receipt. */
export const unreadOf = (operation: OperationSummary): number =>
  Math.max(0, operation.head - (operation.readUpTo ?? 0));

export class CenOperations extends LitElement {
  static override styles = [sharedStyles, operationStyles];

  static override properties = {
    items: { state: true },
    status: { state: true },
    failure: { state: true },
    busy: { state: true },
    notice: { state: true },
  };

  declare items: OperationSummary[];
  declare status: 'loading' | 'ready' | 'failed';
  declare failure: string | undefined;
  /** The operation whose invitation is being answered. */
  declare busy: string | undefined;
  declare notice: string | undefined;

  readonly #session = new ContextConsumer(this, { context: sessionContext, subscribe: true });

  constructor() {
    super();
    new LocaleController(this);
    this.items = [];
    this.status = 'loading';
    this.failure = undefined;
    this.busy = undefined;
    this.notice = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#load();
  }

  async #load(): Promise<void> {
    try {
      this.items = (await listOperations()).items;
      this.status = 'ready';
    } catch (err) {
      this.failure = err instanceof ApiRequestError ? err.message : String(err);
      this.status = 'failed';
    }
  }

  async #answer(operation: OperationSummary, answer: 'accept' | 'decline'): Promise<void> {
    const id = operation.definition.id;
    this.busy = id;
    this.notice = undefined;
    this.failure = undefined;
    try {
      if (answer === 'accept') await acceptInvitation(id);
      else await declineInvitation(id);
      this.notice = t(answer === 'accept' ? 'operations.accepted' : 'operations.declined', {
        name: operation.definition.name,
      });
      await this.#load();
    } catch (err) {
      this.failure = err instanceof ApiRequestError ? err.message : String(err);
    } finally {
      this.busy = undefined;
    }
  }

  override render() {
    const manager = can(this.#session.value, 'operation:manage');
    const header = html`<h1>${t('operations.title')}</h1>
      <p class="hint">${t('operations.intro')}</p>
      ${
        manager
          ? html`<p><a class="button" href=${paths.newOperation}>${t('operations.new')}</a></p>`
          : nothing
      }`;
    if (this.status === 'loading')
      return html`${header}
        <p role="status">${t('app.loading')}</p>`;
    if (this.status === 'failed')
      return html`${header}
        <p class="message error" role="alert">${t('operations.failed')} ${this.failure}</p>`;
    const invitations = this.items.filter((o) => o.role === 'member' && o.status === 'invited');
    const others = this.items.filter((o) => !invitations.includes(o));
    return html`${header}
    ${this.notice ? html`<p class="message success" role="status">${this.notice}</p>` : nothing}
    ${this.failure ? html`<p class="message error" role="alert">${this.failure}</p>` : nothing}
    ${invitations.length > 0 ? this.#renderInvitations(invitations, manager) : nothing}
    ${
      others.length === 0 && invitations.length === 0
        ? html`<p>${t('operations.none')}</p>`
        : others.length === 0
          ? nothing
          : html`<div class="table-wrap">
              <table class="operations">
                <caption class="visually-hidden">
                  ${t('operations.title')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${t('operations.name')}</th>
                    <th scope="col">${t('operations.state')}</th>
                    <th scope="col">${t('operations.role')}</th>
                    <th scope="col">${t('operations.myStatus')}</th>
                    <th scope="col">${t('operations.period')}</th>
                    <th scope="col">${t('operations.unread')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${others.map((o) => this.#renderRow(o))}
                </tbody>
              </table>
            </div>`
    }`;
  }

  #renderRow(o: OperationSummary) {
    const unread = unreadOf(o);
    const readable = o.role === 'organiser' || o.status === 'accepted' || o.status === 'removed';
    return html`<tr>
      <td>
        ${
          readable
            ? html`<a href=${paths.operation(o.definition.id)}><bdi>${o.definition.name}</bdi></a>`
            : html`<bdi>${o.definition.name}</bdi>`
        }
      </td>
      <td>${stateText(o.state)}</td>
      <td>${roleText(o.role)}</td>
      <td>${o.status ? statusText(o.status) : '—'}</td>
      <td>${formatDate(o.definition.period.start)} – ${formatDate(o.definition.period.end)}</td>
      <td>
        ${
          unread > 0
            ? html`<span class="pill unread">${t('operations.unreadCount', { count: unread })}</span>`
            : '—'
        }
      </td>
    </tr>`;
  }

  #renderInvitations(invitations: OperationSummary[], manager: boolean) {
    return html`<section class="panel invitations" aria-labelledby="invitations-title">
      <h2 id="invitations-title">${t('operations.invitations')}</h2>
      <ul>
        ${invitations.map(
          (o) =>
            html`<li>
              <bdi>${o.definition.name}</bdi> · ${t('operations.organiser')}:
              <bdi>${o.definition.organiser.name ?? o.definition.organiser.nodeId}</bdi> ·
              ${formatDate(o.definition.period.start)} – ${formatDate(o.definition.period.end)}
              ${
                manager
                  ? html`<div class="actions">
                      <button
                        ?disabled=${this.busy !== undefined}
                        @click=${() => void this.#answer(o, 'accept')}
                      >
                        ${t('operations.accept')}
                      </button>
                      <button
                        class="secondary"
                        ?disabled=${this.busy !== undefined}
                        @click=${() => void this.#answer(o, 'decline')}
                      >
                        ${t('operations.decline')}
                      </button>
                    </div>`
                  : nothing
              }
            </li>`,
        )}
      </ul>
    </section>`;
  }
}

customElements.define('cen-operations', CenOperations);

declare global {
  interface HTMLElementTagNameMap {
    'cen-operations': CenOperations;
  }
}
