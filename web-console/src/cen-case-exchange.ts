/**
 * `<cen-case-exchange>`: the exchange part of a case's screen, for officers who may send cases:
 * send it now to a partner (one whose active agreement allows on-demand sending) with a covering
 * message, see which partners hold it (version, when, how) and recall it with a reason, following
 * each recall until the partner acknowledges that it purged the case.
 *
 * When the node refuses, the officer reads why in their own terms: the agreement check's reason
 * (`transfer_denied`: "this case's handling code is above what the agreement allows"), the
 * partner's refusal, or a partner that cannot be reached with what to do about it.
 *
 * Properties in: `caseId`.
 */
import { ContextConsumer } from '@lit/context';
import { Task } from '@lit/task';
import { css, html, LitElement, nothing } from 'lit';
import { caseShares, listPartners, recallCase, sendCase, type CaseShare } from './api/exchange.ts';
import { ApiRequestError, formText } from './api/http.ts';
import { badge, denialText, exchangeStyles, modeLabel, shortNodeId } from './exchange-parts.ts';
import { fieldLabel } from './form-summary.ts';
import { formatDateTime, formatNumber, LocaleController, t } from './i18n/index.ts';
import { label } from './i18n/vocabulary.ts';
import { paths } from './router.ts';
import { can, sessionContext } from './session-context.ts';
import { sharedStyles } from './styles.ts';

/** What the node accepts as a covering message. */
const MESSAGE_MAX = 2000;
const REASON_MAX = 500;

export interface Partner {
  nodeId: string;
  name: string;
  administration: string;
}

/**
 * The partners a case may be sent to on demand: those whose agreement in force includes
 * `on-demand` (the node checks the case itself when it is sent).
 */
export async function onDemandPartners(signal?: AbortSignal): Promise<Partner[]> {
  const { items } = await listPartners(signal);
  return items
    .filter((partner) => partner.modes.includes('on-demand'))
    .map(({ nodeId, name, administration }) => ({ nodeId, name, administration }));
}

type Outcome = { kind: 'ok' | 'error'; text: string };

export class CenCaseExchange extends LitElement {
  static override styles = [
    sharedStyles,
    exchangeStyles,
    css`
      :host {
        margin-block: 1rem;
      }
      h2 {
        margin-block-start: 0;
      }
      fieldset.partners label {
        font-weight: 400;
        display: flex;
        align-items: center;
      }
    `,
  ];

  static override properties = {
    caseId: { attribute: 'case-id' },
    sendOutcome: { state: true },
    recallOutcome: { state: true },
    busy: { state: true },
  };

  declare caseId: string;
  /** What happened to the last send, shown in the dialog (a refusal) or on the page (success). */
  declare sendOutcome: Outcome | undefined;
  declare recallOutcome: Outcome | undefined;
  declare busy: boolean;

  readonly #session = new ContextConsumer(this, { context: sessionContext, subscribe: true });

  readonly #shares = new Task(this, {
    task: async ([id], { signal }) => (await caseShares(id, signal)).items,
    args: () => [this.caseId] as const,
  });

  /** Loaded when the officer opens the send dialog, not with every case. */
  readonly #partners = new Task(this, {
    task: async (_args, { signal }) => onDemandPartners(signal),
    args: () => [],
    autoRun: false,
  });

  constructor() {
    super();
    new LocaleController(this);
    this.caseId = '';
    this.sendOutcome = undefined;
    this.recallOutcome = undefined;
    this.busy = false;
  }

  #dialog(id: 'send-dialog' | 'recall-dialog'): HTMLDialogElement | null {
    return this.renderRoot.querySelector<HTMLDialogElement>(`#${id}`);
  }

  readonly #openSend = () => {
    this.sendOutcome = undefined;
    if (!this.#partners.value) void this.#partners.run();
    this.#dialog('send-dialog')?.showModal();
  };

  readonly #openRecall = () => {
    this.recallOutcome = undefined;
    this.#dialog('recall-dialog')?.showModal();
  };

  #partnerName(nodeId: string): string {
    return (
      this.#partners.value?.find((partner) => partner.nodeId === nodeId)?.name ??
      this.#shares.value?.find((share) => share.peer === nodeId)?.peerName ??
      shortNodeId(nodeId)
    );
  }

  /** A refusal or failure of `POST /cases/:id/send`, in the officer's terms. */
  #sendFailure(err: unknown, partner: string): string {
    if (!(err instanceof ApiRequestError)) return t('exchange.send.failed');
    const details = (err.details ?? {}) as { reason?: unknown; code?: unknown };
    switch (err.code) {
      case 'transfer_denied':
        return t('exchange.send.denied', { partner, reason: denialText(details.reason) });
      case 'peer_refused':
        return t('exchange.send.refused', { partner, reason: denialText(details.code) });
      case 'peer_unavailable':
        return t('exchange.send.unavailable', { partner });
      case 'network':
        return t('app.unreachable');
      case 'forbidden':
        return t('users.forbidden');
      case 'not_found':
        return t('caseView.notFound');
      default:
        return t('exchange.send.failed');
    }
  }

  readonly #send = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const peer = formText(data, 'peer');
    const message = formText(data, 'message');
    if (!peer || !message) {
      this.sendOutcome = { kind: 'error', text: t('exchange.send.incomplete') };
      return;
    }
    const partner = this.#partnerName(peer);
    this.busy = true;
    this.sendOutcome = undefined;
    try {
      const result = await sendCase(this.caseId, { peer, message });
      this.sendOutcome = {
        kind: 'ok',
        text:
          result.outcome === 'unchanged'
            ? t('exchange.send.unchanged', { partner })
            : t('exchange.send.stored', { partner }),
      };
      form.reset();
      this.#dialog('send-dialog')?.close();
      void this.#shares.run();
    } catch (err) {
      this.sendOutcome = { kind: 'error', text: this.#sendFailure(err, partner) };
    } finally {
      this.busy = false;
    }
  };

  readonly #recall = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const reason = formText(data, 'reason');
    const peers = data.getAll('peer').filter((value): value is string => typeof value === 'string');
    if (!reason || peers.length === 0) {
      this.recallOutcome = { kind: 'error', text: t('exchange.recall.incomplete') };
      return;
    }
    this.busy = true;
    this.recallOutcome = undefined;
    try {
      await recallCase(this.caseId, { reason, peers });
      this.recallOutcome = { kind: 'ok', text: t('exchange.recall.done', { count: peers.length }) };
      form.reset();
      this.#dialog('recall-dialog')?.close();
      void this.#shares.run();
    } catch (err) {
      this.recallOutcome = {
        kind: 'error',
        text:
          err instanceof ApiRequestError && err.code === 'network'
            ? t('app.unreachable')
            : err instanceof ApiRequestError && err.status === 403
              ? t('users.forbidden')
              : t('exchange.recall.failed'),
      };
    } finally {
      this.busy = false;
    }
  };

  #renderRecallState(share: CaseShare) {
    const recall = share.recall;
    if (!recall) return html`<span class="hint">${t('exchange.recall.none')}</span>`;
    return html`${
        recall.status === 'acknowledged'
          ? badge(t('exchange.recall.acknowledged'), 'good')
          : badge(t('exchange.recall.pending'), 'waiting')
      }
      <div class="hint">
        ${
          recall.status === 'acknowledged' && recall.acknowledgedAt
            ? t('exchange.recall.acknowledgedAt', { time: formatDateTime(recall.acknowledgedAt) })
            : t('exchange.recall.requestedAt', { time: formatDateTime(recall.at), user: recall.by })
        }
      </div>
      <div class="hint"><span dir="auto">${recall.reason}</span></div>`;
  }

  #renderShares(shares: CaseShare[]) {
    if (shares.length === 0) return html`<p>${t('exchange.shares.none')}</p>`;
    const readAgreements = can(this.#session.value, 'agreement:read');
    const recallable = shares.filter((share) => !share.recall);
    return html`<div class="table-wrap">
        <table>
          <caption class="visually-hidden">
            ${t('exchange.shares.title')}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t('exchange.partner')}</th>
              <th scope="col">${t('fields.version')}</th>
              <th scope="col">${t('exchange.shares.sentAt')}</th>
              <th scope="col">${t('exchange.shares.how')}</th>
              <th scope="col">${t('fields.agreementId')}</th>
              <th scope="col">${t('exchange.recall.state')}</th>
            </tr>
          </thead>
          <tbody>
            ${shares.map(
              (share) =>
                html`<tr>
                  <th scope="row"><bdi>${share.peerName ?? shortNodeId(share.peer)}</bdi></th>
                  <td>${formatNumber(share.version)}</td>
                  <td>${formatDateTime(share.sentAt)}</td>
                  <td>${modeLabel(share.mode)}</td>
                  <td>
                    ${
                      readAgreements
                        ? html`<a href=${paths.agreement(share.agreementId)}
                            ><bdi class="mono">${share.agreementId.slice(-12)}</bdi></a
                          >`
                        : html`<bdi class="mono" title=${share.agreementId}
                            >${share.agreementId.slice(-12)}</bdi
                          >`
                    }
                  </td>
                  <td>${this.#renderRecallState(share)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${
        recallable.length > 0
          ? html`<div class="actions">
              <button type="button" id="recall-open" class="danger" @click=${this.#openRecall}>
                ${t('exchange.recall.open')}
              </button>
            </div>`
          : nothing
      }
      ${this.#renderRecallDialog(recallable)}`;
  }

  #renderRecallDialog(recallable: CaseShare[]) {
    const partners = [...new Map(recallable.map((share) => [share.peer, share])).values()];
    return html`<dialog id="recall-dialog" aria-labelledby="recall-title">
      <form novalidate @submit=${this.#recall}>
        <h2 id="recall-title">${t('exchange.recall.title')}</h2>
        <p>${t('exchange.recall.explain')}</p>
        <fieldset class="partners">
          <legend>${t('exchange.recall.from')}</legend>
          ${partners.map(
            (share) =>
              html`<label
                ><input type="checkbox" name="peer" value=${share.peer} checked /><bdi
                  >${share.peerName ?? shortNodeId(share.peer)}</bdi
                ></label
              >`,
          )}
        </fieldset>
        <div class="field">
          ${fieldLabel('recall-reason', t('agreements.reason'), true)}
          <textarea id="recall-reason" name="reason" required maxlength=${REASON_MAX} dir="auto"></textarea>
        </div>
        ${
          this.recallOutcome?.kind === 'error'
            ? html`<p class="message error" role="alert">${this.recallOutcome.text}</p>`
            : nothing
        }
        <div class="actions">
          <button type="submit" class="danger" ?disabled=${this.busy}>${t('exchange.recall.confirm')}</button>
          <button type="button" class="secondary" @click=${() => this.#dialog('recall-dialog')?.close()}>
            ${t('form.cancel')}
          </button>
        </div>
      </form>
    </dialog>`;
  }

  #renderPartnerChoice() {
    return this.#partners.render({
      initial: () => html`<p role="status">${t('app.loading')}</p>`,
      pending: () => html`<p role="status">${t('app.loading')}</p>`,
      complete: (partners) =>
        partners.length === 0
          ? html`<p class="message warning" role="status">${t('exchange.send.noPartner')}</p>`
          : html`<div class="field">
              ${fieldLabel('send-peer', t('exchange.partner'), true)}
              <select id="send-peer" name="peer" required>
                <option value="">${t('form.choose')}</option>
                ${partners.map(
                  (partner) =>
                    html`<option value=${partner.nodeId}>
                      ${partner.name}
                      (${partner.administration === 'WCO' ? 'WCO' : label('country', partner.administration)})
                    </option>`,
                )}
              </select>
              <div class="hint">${t('exchange.send.partnerHint')}</div>
            </div>`,
      error: (err) =>
        html`<p class="message error" role="alert">
          ${err instanceof ApiRequestError && err.status === 403 ? t('exchange.send.partnersForbidden') : t('app.loadFailed')}
        </p>`,
    });
  }

  #renderSendDialog() {
    const partners = this.#partners.value;
    return html`<dialog id="send-dialog" aria-labelledby="send-title">
      <form novalidate @submit=${this.#send}>
        <h2 id="send-title">${t('exchange.send.title')}</h2>
        <p>${t('exchange.send.explain')}</p>
        ${this.#renderPartnerChoice()}
        <div class="field">
          ${fieldLabel('send-message', t('exchange.send.message'), true)}
          <textarea
            id="send-message"
            name="message"
            required
            maxlength=${MESSAGE_MAX}
            dir="auto"
            aria-describedby="send-message-hint"
          ></textarea>
          <div class="hint" id="send-message-hint">${t('exchange.send.messageHint')}</div>
        </div>
        ${
          this.sendOutcome?.kind === 'error'
            ? html`<p class="message error" role="alert" id="send-error">${this.sendOutcome.text}</p>`
            : nothing
        }
        <div class="actions">
          <button type="submit" ?disabled=${this.busy || !partners || partners.length === 0}>
            ${t('exchange.send.submit')}
          </button>
          <button type="button" class="secondary" @click=${() => this.#dialog('send-dialog')?.close()}>
            ${t('form.cancel')}
          </button>
        </div>
      </form>
    </dialog>`;
  }

  override render() {
    const ok = (outcome: Outcome | undefined) =>
      outcome?.kind === 'ok' ? html`<p class="message success" role="status">${outcome.text}</p>` : nothing;
    return html`<section class="panel" aria-labelledby="exchange-title">
      <h2 id="exchange-title">${t('exchange.title')}</h2>
      ${ok(this.sendOutcome)} ${ok(this.recallOutcome)}
      <div class="actions">
        <button type="button" id="send-open" @click=${this.#openSend}>${t('exchange.send.open')}</button>
      </div>
      ${this.#renderSendDialog()}
      <h3>${t('exchange.shares.title')}</h3>
      ${this.#shares.render({
        pending: () =>
          this.#shares.value
            ? this.#renderShares(this.#shares.value)
            : html`<p role="status">${t('app.loading')}</p>`,
        complete: (shares) => this.#renderShares(shares),
        error: () => html`<p class="message error">${t('app.loadFailed')}</p>`,
      })}
    </section>`;
  }
}

customElements.define('cen-case-exchange', CenCaseExchange);

declare global {
  interface HTMLElementTagNameMap {
    'cen-case-exchange': CenCaseExchange;
  }
}
