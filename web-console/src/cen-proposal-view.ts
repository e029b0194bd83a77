/**
 * `<cen-proposal-view>`: the review of an agreement a partner proposed (or this node proposed):
 * who proposed it and their note, then the same readable document as an installed agreement
 * (parties, legal basis, purposes, modes, what flows each way, handling, validity, who has
 * signed). The exchange administrator countersigns and installs it on this node (the partner's
 * node installs it too), or declines it with a reason that reaches the proposer. For a proposal
 * this node made, where its delivery stands.
 *
 * Properties in: `proposalId`.
 */
import { ContextConsumer } from '@lit/context';
import { Task } from '@lit/task';
import { css, html, LitElement, nothing } from 'lit';
import { asAgreement, renderAgreementDocument, signersOf } from './agreement-parts.ts';
import { ApiRequestError, formText } from './api/http.ts';
import {
  countersignProposal,
  declineProposal,
  getProposal,
  type CountersignProposalResponse,
  type ProposalDetail,
} from './api/proposals.ts';
import { proposalStateBadge } from './cen-proposal-list.ts';
import { exchangeStyles, relativeTime } from './exchange-parts.ts';
import { fieldLabel } from './form-summary.ts';
import { formatDateTime, formatNumber, LocaleController, t } from './i18n/index.ts';
import { label } from './i18n/vocabulary.ts';
import { fieldRow } from './record-parts.ts';
import { paths } from './router.ts';
import { can, sessionContext } from './session-context.ts';
import { sharedStyles } from './styles.ts';

const REASON_MAX = 500;

/** Why countersigning or declining failed, in the administrator's words. */
export function proposalFailureText(err: unknown): string {
  if (!(err instanceof ApiRequestError)) return t('proposals.failed');
  switch (err.code) {
    case 'network':
      return t('app.unreachable');
    case 'forbidden':
      return t('users.forbidden');
    case 'proposal_expired':
      return t('proposals.expired');
    case 'proposal_conflict':
      return t('proposals.conflict');
    case 'proposal_not_open':
      return t('proposals.notOpen');
    case 'agreement_invalid':
    case 'proposal_not_signed':
      return t('agreements.install.invalid');
    case 'not_found':
      return t('proposals.notFound');
    default:
      return t('proposals.failed');
  }
}

export class CenProposalView extends LitElement {
  static override styles = [
    sharedStyles,
    exchangeStyles,
    css`
      .heading {
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        gap: 0.5rem 1rem;
      }
      .note {
        border-inline-start: 4px solid var(--cen-primary, #0b4f8a);
      }
    `,
  ];

  static override properties = {
    proposalId: { attribute: 'proposal-id' },
    countersigned: { state: true },
    declined: { state: true },
    failure: { state: true },
    declineFailure: { state: true },
    busy: { state: true },
  };

  declare proposalId: string;
  declare countersigned: CountersignProposalResponse | undefined;
  declare declined: boolean;
  declare failure: string | undefined;
  declare declineFailure: string | undefined;
  declare busy: boolean;

  readonly #session = new ContextConsumer(this, { context: sessionContext, subscribe: true });

  readonly #proposal = new Task(this, {
    task: async ([id], { signal }) => getProposal(id, signal),
    args: () => [this.proposalId] as const,
  });

  constructor() {
    super();
    new LocaleController(this);
    this.proposalId = '';
    this.countersigned = undefined;
    this.declined = false;
    this.failure = undefined;
    this.declineFailure = undefined;
    this.busy = false;
  }

  get #declineDialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector<HTMLDialogElement>('#decline-dialog');
  }

  async #countersign(proposal: ProposalDetail): Promise<void> {
    if (!confirm(t('proposals.confirmCountersign', { partner: proposal.partner.name }))) return;
    this.busy = true;
    this.failure = undefined;
    try {
      this.countersigned = await countersignProposal(proposal.id, proposal.version);
      void this.#proposal.run();
    } catch (err) {
      this.failure = proposalFailureText(err);
    } finally {
      this.busy = false;
    }
  }

  readonly #decline = async (event: SubmitEvent) => {
    event.preventDefault();
    const proposal = this.#proposal.value;
    if (!proposal) return;
    const form = event.target as HTMLFormElement;
    const reason = formText(new FormData(form), 'reason');
    if (!reason) {
      this.declineFailure = t('agreements.revoke.reasonRequired');
      return;
    }
    this.busy = true;
    this.declineFailure = undefined;
    try {
      await declineProposal(proposal.id, proposal.version, reason);
      this.declined = true;
      form.reset();
      this.#declineDialog?.close();
      void this.#proposal.run();
    } catch (err) {
      this.declineFailure = proposalFailureText(err);
    } finally {
      this.busy = false;
    }
  };

  #renderDelivery(proposal: ProposalDetail) {
    const delivery = proposal.delivery;
    if (!delivery) return nothing;
    const state = `${t(`proposals.delivery.${delivery.state}`)}${
      delivery.attempts > 0 ? ` · ${t('proposals.attempts', { count: delivery.attempts })}` : ''
    }`;
    return html`${fieldRow('proposals.deliveryLabel', state)}
    ${fieldRow('proposals.lastError', delivery.lastError ? html`<span dir="auto">${delivery.lastError}</span> ${relativeTime(delivery.lastAttemptAt)}` : undefined)}
    ${fieldRow('proposals.refusal', delivery.refusal ? html`<span dir="auto">${delivery.refusal.message}</span> (<bdi class="mono">${delivery.refusal.code}</bdi>)` : undefined)}`;
  }

  #renderAnswer(proposal: ProposalDetail) {
    const answer = proposal.answer;
    if (!answer) return nothing;
    const by = answer.by.startsWith('peer:') ? proposal.partner.name : answer.by;
    return html`${fieldRow(
      'proposals.answer',
      t(answer.kind === 'countersigned' ? 'proposals.answeredCountersigned' : 'proposals.answeredDeclined', {
        user: by,
        time: formatDateTime(answer.at),
      }),
    )}
    ${fieldRow('agreements.reason', answer.reason ? html`<span dir="auto">${answer.reason}</span>` : undefined)}`;
  }

  #renderDeclineDialog() {
    return html`<dialog
      id="decline-dialog"
      aria-labelledby="decline-title"
      @close=${() => (this.declineFailure = undefined)}
    >
      <form novalidate @submit=${this.#decline}>
        <h2 id="decline-title">${t('proposals.declineTitle')}</h2>
        <p>${t('proposals.declineExplain')}</p>
        <div class="field">
          ${fieldLabel('decline-reason', t('agreements.reason'), true)}
          <textarea id="decline-reason" name="reason" required maxlength=${REASON_MAX} dir="auto"></textarea>
        </div>
        ${this.declineFailure ? html`<p class="message error" role="alert">${this.declineFailure}</p>` : nothing}
        <div class="actions">
          <button type="submit" class="danger" ?disabled=${this.busy}>
            ${t('proposals.declineConfirm')}
          </button>
          <button type="button" class="secondary" @click=${() => this.#declineDialog?.close()}>
            ${t('form.cancel')}
          </button>
        </div>
      </form>
    </dialog>`;
  }

  #renderProposal(proposal: ProposalDetail) {
    const doc = asAgreement(proposal.agreement);
    const localNodeId = doc?.parties.find((party) => party.nodeId !== proposal.partner.nodeId)?.nodeId;
    const incoming = proposal.direction === 'incoming';
    const open = incoming && proposal.state === 'received';
    const manage = can(this.#session.value, 'agreement:manage');
    const proposer =
      proposal.proposedBy === proposal.partner.nodeId ? proposal.partner.name : t('agreements.thisNode');
    return html`
      <div class="heading">
        <h1>
          ${
            incoming
              ? t('proposals.titleFrom', { partner: proposal.partner.name })
              : t('proposals.titleTo', { partner: proposal.partner.name })
          }
        </h1>
        ${proposalStateBadge(proposal.state)}
      </div>
      ${
        this.countersigned
          ? html`<p class="message success" role="status">
              ${t('proposals.countersignedDone', { partner: proposal.partner.name })}
              <a href=${paths.agreement(this.countersigned.agreement.id)}>${t('agreements.open')}</a>
            </p>`
          : nothing
      }
      ${this.declined ? html`<p class="message success" role="status">${t('proposals.declinedDone', { partner: proposal.partner.name })}</p>` : nothing}
      ${this.failure ? html`<p class="message error" role="alert">${this.failure}</p>` : nothing}
      ${
        open && manage
          ? html`<p class="hint">${t('proposals.reviewHint')}</p>
              <div class="actions">
                <button
                  type="button"
                  id="countersign"
                  ?disabled=${this.busy}
                  @click=${() => this.#countersign(proposal)}
                >
                  ${t('proposals.countersign')}
                </button>
                <button
                  type="button"
                  id="decline-open"
                  class="danger"
                  ?disabled=${this.busy}
                  @click=${() => this.#declineDialog?.showModal()}
                >
                  ${t('proposals.decline')}
                </button>
                <a class="button secondary" href=${paths.agreements}>${t('agreements.backToList')}</a>
              </div>`
          : html`<div class="actions">
              <a class="button secondary" href=${paths.agreements}>${t('agreements.backToList')}</a>
            </div>`
      }
      <section class="panel note" aria-labelledby="proposer">
        <h2 id="proposer">${t('proposals.proposal')}</h2>
        <dl class="fields">
          ${fieldRow('proposals.proposedBy', html`<bdi>${proposer}</bdi>`)}
          ${fieldRow('agreements.partner', html`<bdi>${proposal.partner.name}</bdi> · ${proposal.partner.administration === 'WCO' ? 'WCO' : label('country', proposal.partner.administration)}`)}
          ${fieldRow('proposals.note', proposal.note ? html`<span class="pre" dir="auto" data-field="note">${proposal.note}</span>` : t('proposals.noNote'))}
          ${fieldRow(incoming ? 'proposals.receivedAt' : 'proposals.proposedAt', formatDateTime(proposal.createdAt))}
          ${fieldRow('fields.version', formatNumber(proposal.version))} ${this.#renderAnswer(proposal)}
          ${this.#renderDelivery(proposal)}
        </dl>
      </section>
      ${
        doc
          ? renderAgreementDocument(doc, { localNodeId, signers: signersOf(proposal.sealed) })
          : html`<p class="message warning">${t('agreements.unreadable')}</p>`
      }
      ${open && manage ? this.#renderDeclineDialog() : nothing}
    `;
  }

  override render() {
    return this.#proposal.render({
      pending: () =>
        this.#proposal.value
          ? this.#renderProposal(this.#proposal.value)
          : html`<h1>${t('proposals.reviewTitle')}</h1>
              <p role="status">${t('app.loading')}</p>`,
      complete: (proposal) => this.#renderProposal(proposal),
      error: (err) =>
        html`<h1>${t('proposals.reviewTitle')}</h1>
          <p class="message error" role="alert">
            ${err instanceof ApiRequestError && err.status === 404 ? t('proposals.notFound') : t('app.loadFailed')}
          </p>`,
    });
  }
}

customElements.define('cen-proposal-view', CenProposalView);

declare global {
  interface HTMLElementTagNameMap {
    'cen-proposal-view': CenProposalView;
  }
}
