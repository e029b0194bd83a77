/**
 * `<cen-peers>`: the partner nodes this node knows by address, for exchange administrators: each
 * with its name, node id (shortened, with a copy button), addresses, whether it is connected and
 * when it was last seen, whether an agreement with it is active, and how far this node has pulled
 * its records (last complete sync, lag, last error). Administrators add a partner by the address
 * its operator gives them (`cen-node id` prints it), pull its records now, and remove it.
 *
 * An address without `/p2p/<node id>` is refused here already, with what to ask the partner for:
 * the node id is what lets Noise check that the partner is who the address says.
 */
import { ContextConsumer } from '@lit/context';
import { Task } from '@lit/task';
import { css, html, LitElement, nothing } from 'lit';
import type { ValidationIssue } from '../../protocol/api.ts';
import { ApiRequestError, formText, issuesOf } from './api/http.ts';
import { addPeer, listPeers, removePeer, syncPeer, type PeerSummary } from './api/peers.ts';
import { badge, exchangeStyles, nodeIdParts, relativeTime, shortNodeId } from './exchange-parts.ts';
import { describedBy, fieldLabel } from './form-summary.ts';
import { formatNumber, LocaleController, t } from './i18n/index.ts';
import { can, sessionContext } from './session-context.ts';
import { sharedStyles } from './styles.ts';

/** What a partner's address must look like; the node checks the rest (host, port, id). */
const HAS_NODE_ID = /\/p2p\/[^/]+\/?$/;

const peerName = (peer: PeerSummary) => peer.name ?? shortNodeId(peer.nodeId);

/** The problem with an address the administrator typed, before asking the node. */
export function multiaddrProblem(value: string): string | undefined {
  if (value === '') return t('peers.addressRequired');
  if (!value.startsWith('/')) return t('peers.addressForm');
  if (!HAS_NODE_ID.test(value)) return t('peers.addressNoNodeId');
  return undefined;
}

export class CenPeers extends LitElement {
  static override styles = [
    sharedStyles,
    exchangeStyles,
    css`
      td.addresses ul {
        margin: 0;
        padding: 0;
        list-style: none;
      }
      td.addresses {
        max-inline-size: 20rem;
        overflow-wrap: anywhere;
        font-size: 0.85rem;
      }
      .row-actions button {
        white-space: nowrap;
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
      .sync-error {
        color: var(--cen-error, #a4001d);
      }
      input#multiaddr {
        max-inline-size: 48rem;
      }
    `,
  ];

  static override properties = {
    addressError: { state: true },
    failure: { state: true },
    done: { state: true },
    busy: { state: true },
  };

  /** The problem with the address typed (shown by the field). */
  declare addressError: string | undefined;
  declare failure: string | undefined;
  /** The outcome of the last action, announced to screen readers. */
  declare done: string | undefined;
  declare busy: boolean;

  readonly #session = new ContextConsumer(this, { context: sessionContext, subscribe: true });

  readonly #peers = new Task(this, {
    task: async (_args, { signal }) => (await listPeers(signal)).items,
    args: () => [],
  });

  constructor() {
    super();
    new LocaleController(this);
    this.addressError = undefined;
    this.failure = undefined;
    this.done = undefined;
    this.busy = false;
  }

  async #act(action: () => Promise<string>, onError: (err: unknown) => string): Promise<void> {
    this.busy = true;
    this.failure = undefined;
    this.done = undefined;
    try {
      this.done = await action();
      void this.#peers.run();
    } catch (err) {
      this.failure = onError(err);
    } finally {
      this.busy = false;
    }
  }

  readonly #add = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const multiaddr = formText(new FormData(form), 'multiaddr');
    this.addressError = multiaddrProblem(multiaddr);
    if (this.addressError) {
      this.failure = undefined;
      this.done = undefined;
      this.renderRoot.querySelector<HTMLInputElement>('#multiaddr')?.focus();
      return;
    }
    void this.#act(
      async () => {
        const peer = await addPeer(multiaddr);
        form.reset();
        return t('peers.added', { partner: peerName(peer) });
      },
      (err) => {
        const issues: ValidationIssue[] = issuesOf(err);
        if (issues.some((issue) => issue.path === 'multiaddr')) {
          this.addressError = t('peers.addressRefused');
          return t('peers.addFailed');
        }
        return this.#failureText(err);
      },
    );
  };

  #failureText(err: unknown): string {
    if (err instanceof ApiRequestError) {
      if (err.status === 0) return t('app.unreachable');
      if (err.status === 403) return t('users.forbidden');
      if (err.code === 'peer_unavailable') return t('peers.unavailable');
      if (err.code === 'peer_refused') return t('peers.refused');
    }
    return t('users.failed');
  }

  #remove(peer: PeerSummary): void {
    if (!confirm(t('peers.confirmRemove', { partner: peerName(peer) }))) return;
    void this.#act(
      async () => {
        await removePeer(peer.nodeId);
        return t('peers.removed', { partner: peerName(peer) });
      },
      (err) => this.#failureText(err),
    );
  }

  #sync(peer: PeerSummary): void {
    void this.#act(
      async () => {
        const result = await syncPeer(peer.nodeId);
        return t('peers.synced', {
          partner: peerName(peer),
          stored: formatNumber(result.stored),
          unchanged: formatNumber(result.unchanged),
          purged: formatNumber(result.purged),
          denied: formatNumber(result.denied),
        });
      },
      (err) => this.#failureText(err),
    );
  }

  #renderConnection(peer: PeerSummary) {
    if (peer.status === 'connected') return badge(t('peers.connected'), 'good');
    if (peer.status === 'disconnected') return badge(t('peers.disconnected'), 'bad');
    return badge(t('peers.unknown'), 'neutral');
  }

  #renderSync(peer: PeerSummary) {
    const sync = peer.sync;
    if (!sync) return html`<span class="hint">${t('peers.neverSynced')}</span>`;
    return html`<div>
        ${
          sync.lastCompleteAt
            ? html`${t('peers.lastComplete')} ${relativeTime(sync.lastCompleteAt)}`
            : html`<span class="hint">${t('peers.noCompleteSync')}</span>`
        }
      </div>
      ${sync.lag === undefined ? nothing : html`<div>${t('peers.lag', { count: sync.lag })}</div>`}
      ${
        sync.lastError
          ? html`<div class="sync-error">
              ${t('peers.lastError')} <span dir="auto">${sync.lastError}</span>
              ${sync.lastErrorAt ? html`(${relativeTime(sync.lastErrorAt)})` : nothing}
            </div>`
          : nothing
      }`;
  }

  #renderRow(peer: PeerSummary, manage: boolean) {
    return html`<tr data-node-id=${peer.nodeId}>
      <th scope="row">
        ${peer.name ? html`<div><bdi>${peer.name}</bdi></div>` : nothing} ${nodeIdParts(peer.nodeId)}
      </th>
      <td class="addresses">
        <ul>
          ${peer.multiaddrs.map((address) => html`<li><bdi class="mono">${address}</bdi></li>`)}
        </ul>
      </td>
      <td>${this.#renderConnection(peer)}</td>
      <td>
        ${peer.lastSeen ? relativeTime(peer.lastSeen) : html`<span class="hint">${t('users.never')}</span>`}
      </td>
      <td>
        ${peer.activeAgreement ? badge(t('peers.agreementActive'), 'good') : badge(t('peers.noAgreement'), 'neutral')}
      </td>
      <td>${this.#renderSync(peer)}</td>
      ${
        manage
          ? html`<td>
              <div class="row-actions">
                <button
                  class="secondary"
                  ?disabled=${this.busy}
                  aria-label=${t('peers.syncNowOf', { partner: peerName(peer) })}
                  @click=${() => this.#sync(peer)}
                >
                  ${t('peers.syncNow')}
                </button>
                <button
                  class="danger"
                  ?disabled=${this.busy}
                  aria-label=${t('peers.removeOf', { partner: peerName(peer) })}
                  @click=${() => this.#remove(peer)}
                >
                  ${t('peers.remove')}
                </button>
              </div>
            </td>`
          : nothing
      }
    </tr>`;
  }

  #renderTable(peers: PeerSummary[], manage: boolean) {
    if (peers.length === 0) return html`<p>${t('peers.none')}</p>`;
    return html`<div class="table-wrap">
      <table>
        <caption class="visually-hidden">
          ${t('nav.peers')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t('peers.partner')}</th>
            <th scope="col">${t('peers.addresses')}</th>
            <th scope="col">${t('peers.connection')}</th>
            <th scope="col">${t('peers.lastSeen')}</th>
            <th scope="col">${t('peers.agreement')}</th>
            <th scope="col">${t('peers.sync')}</th>
            ${manage ? html`<th scope="col">${t('users.actions')}</th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${peers.map((peer) => this.#renderRow(peer, manage))}
        </tbody>
      </table>
    </div>`;
  }

  #renderAdd() {
    const issues: ValidationIssue[] = this.addressError
      ? [{ path: 'multiaddr', rule: 'multiaddr', message: this.addressError }]
      : [];
    return html`<form class="panel" novalidate @submit=${this.#add}>
      <h2>${t('peers.add')}</h2>
      <div class="field">
        ${fieldLabel('multiaddr', t('peers.address'), true)}
        <input
          id="multiaddr"
          name="multiaddr"
          required
          autocomplete="off"
          autocapitalize="none"
          spellcheck="false"
          dir="ltr"
          class="mono"
          aria-invalid=${this.addressError ? 'true' : 'false'}
          aria-describedby=${describedBy(issues, 'multiaddr', 'multiaddr', true)}
        />
        <div class="hint" id="multiaddr-hint">${t('peers.addressHint')}</div>
        ${
          this.addressError
            ? html`<div class="field-error" id="multiaddr-error">${this.addressError}</div>`
            : nothing
        }
      </div>
      <button type="submit" ?disabled=${this.busy}>${t('peers.addSubmit')}</button>
    </form>`;
  }

  override render() {
    const manage = can(this.#session.value, 'peer:manage');
    return html`
      <h1>${t('nav.peers')}</h1>
      ${this.failure ? html`<p class="message error" role="alert">${this.failure}</p>` : nothing}
      ${this.done ? html`<p class="message success" role="status">${this.done}</p>` : nothing}
      <div class="actions">
        <button class="secondary" @click=${() => this.#peers.run()}>${t('peers.refresh')}</button>
      </div>
      ${this.#peers.render({
        pending: () =>
          this.#peers.value
            ? this.#renderTable(this.#peers.value, manage)
            : html`<p role="status">${t('app.loading')}</p>`,
        complete: (peers) => this.#renderTable(peers, manage),
        error: (err) =>
          html`<p class="message error" role="alert">
            ${err instanceof ApiRequestError && err.status === 403 ? t('users.forbidden') : t('app.loadFailed')}
          </p>`,
      })}
      ${manage ? this.#renderAdd() : nothing}
    `;
  }
}

customElements.define('cen-peers', CenPeers);

declare global {
  interface HTMLElementTagNameMap {
    'cen-peers': CenPeers;
  }
}
