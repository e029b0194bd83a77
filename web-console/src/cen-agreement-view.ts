/**
 * `<cen-agreement-view>`: one installed agreement, readable: its status, the parties and who
 * signed, legal basis, purposes and modes, what may flow in each direction, handling, validity
 * and revocations. Exchange administrators revoke it here (with a reason, after confirming); the
 * sealed file and a revocation can be downloaded for a partner who needs them by hand.
 *
 * Properties in: `agreementId`.
 */
import { ContextConsumer } from '@lit/context';
import { Task } from '@lit/task';
import { css, html, LitElement, nothing } from 'lit';
import type { AgreementRevocationEntry } from '../../protocol/api.ts';
import { asAgreement, renderAgreementDocument, signersOf } from './agreement-parts.ts';
import {
  getAgreement,
  revokeAgreement,
  type AgreementDetail,
  type RevokeAgreementResponse,
} from './api/agreements.ts';
import { ApiRequestError, formText } from './api/http.ts';
import { downloadText } from './download.ts';
import { agreementStatusBadge, exchangeStyles, shortNodeId } from './exchange-parts.ts';
import { fieldLabel } from './form-summary.ts';
import { formatDateTime, LocaleController, t } from './i18n/index.ts';
import { label } from './i18n/vocabulary.ts';
import { fieldRow } from './record-parts.ts';
import { paths } from './router.ts';
import { can, sessionContext } from './session-context.ts';
import { sharedStyles } from './styles.ts';

/** The longest reason the node accepts. */
const REASON_MAX = 500;

export class CenAgreementView extends LitElement {
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
    `,
  ];

  static override properties = {
    agreementId: { attribute: 'agreement-id' },
    revoked: { state: true },
    failure: { state: true },
    busy: { state: true },
  };

  declare agreementId: string;
  /** The revocation this node just made, to hand to the partner. */
  declare revoked: RevokeAgreementResponse | undefined;
  declare failure: string | undefined;
  declare busy: boolean;

  readonly #session = new ContextConsumer(this, { context: sessionContext, subscribe: true });

  readonly #agreement = new Task(this, {
    task: async ([id], { signal }) => getAgreement(id, signal),
    args: () => [this.agreementId] as const,
  });

  constructor() {
    super();
    new LocaleController(this);
    this.agreementId = '';
    this.revoked = undefined;
    this.failure = undefined;
    this.busy = false;
  }

  get #dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector<HTMLDialogElement>('#revoke-dialog');
  }

  readonly #openRevoke = () => {
    this.failure = undefined;
    this.#dialog?.showModal();
  };

  readonly #closeRevoke = () => this.#dialog?.close();

  readonly #revoke = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const reason = formText(new FormData(form), 'reason');
    if (!reason) {
      this.failure = t('agreements.revoke.reasonRequired');
      return;
    }
    this.busy = true;
    this.failure = undefined;
    try {
      this.revoked = await revokeAgreement(this.agreementId, reason);
      form.reset();
      this.#dialog?.close();
      void this.#agreement.run();
    } catch (err) {
      this.failure =
        err instanceof ApiRequestError && err.code === 'agreement_revoked'
          ? t('agreements.revoke.already')
          : err instanceof ApiRequestError && err.status === 0
            ? t('app.unreachable')
            : t('agreements.revoke.failed');
    } finally {
      this.busy = false;
    }
  };

  #renderRevocations(revocations: AgreementRevocationEntry[], detail: AgreementDetail) {
    if (revocations.length === 0) return nothing;
    const nameOf = (nodeId: string) =>
      nodeId === detail.peer.nodeId ? detail.peer.name : t('agreements.thisNode');
    return html`<section aria-labelledby="revocations">
      <h2 id="revocations">${t('agreements.revocations')}</h2>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">${t('agreements.revokedBy')}</th>
              <th scope="col">${t('caseView.when')}</th>
              <th scope="col">${t('agreements.reason')}</th>
              <th scope="col">${t('agreements.revokedVersions')}</th>
            </tr>
          </thead>
          <tbody>
            ${revocations.map(
              (revocation) =>
                html`<tr>
                  <td><bdi>${nameOf(revocation.by)}</bdi></td>
                  <td>${formatDateTime(revocation.at)}</td>
                  <td><span dir="auto">${revocation.reason}</span></td>
                  <td>${t('agreements.upToVersion', { version: revocation.agreementVersion })}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </section>`;
  }

  #renderRevokeDialog() {
    return html`<dialog
      id="revoke-dialog"
      aria-labelledby="revoke-title"
      @close=${() => (this.failure = undefined)}
    >
      <form @submit=${this.#revoke} novalidate>
        <h2 id="revoke-title">${t('agreements.revoke.title')}</h2>
        <p>${t('agreements.revoke.explain')}</p>
        <div class="field">
          ${fieldLabel('revoke-reason', t('agreements.reason'), true)}
          <textarea id="revoke-reason" name="reason" required maxlength=${REASON_MAX} dir="auto"></textarea>
        </div>
        ${this.failure ? html`<p class="message error" role="alert">${this.failure}</p>` : nothing}
        <div class="actions">
          <button type="submit" class="danger" ?disabled=${this.busy}>
            ${t('agreements.revoke.confirm')}
          </button>
          <button type="button" class="secondary" @click=${this.#closeRevoke}>${t('form.cancel')}</button>
        </div>
      </form>
    </dialog>`;
  }

  #renderDetail(detail: AgreementDetail) {
    const doc = asAgreement(detail.agreement);
    const localNodeId = doc?.parties.find((party) => party.nodeId !== detail.peer.nodeId)?.nodeId;
    const manage = can(this.#session.value, 'agreement:manage');
    const revocation = this.revoked?.revocation;
    return html`
      <div class="heading">
        <h1>${t('agreements.titleWith', { partner: detail.peer.name })}</h1>
        ${agreementStatusBadge(detail.status)}
      </div>
      ${
        revocation
          ? html`<div class="message success" role="status">
              <p>${t('agreements.revoke.done')}</p>
              <button
                type="button"
                class="secondary"
                @click=${() =>
                  downloadText(
                    `revocation-${detail.id}.jws`,
                    JSON.stringify({ revocation: revocation.jws }, null, 2),
                  )}
              >
                ${t('agreements.downloadRevocation')}
              </button>
            </div>`
          : nothing
      }
      <div class="actions">
        <button
          type="button"
          class="secondary"
          @click=${() =>
            downloadText(
              `agreement-${detail.id}-v${detail.version}.json`,
              JSON.stringify(detail.sealed, null, 2),
            )}
        >
          ${t('agreements.download')}
        </button>
        ${
          manage && detail.status !== 'revoked'
            ? html`<button type="button" id="revoke-open" class="danger" @click=${this.#openRevoke}>
                ${t('agreements.revoke.open')}
              </button>`
            : nothing
        }
        <a class="button secondary" href=${paths.agreements}>${t('agreements.backToList')}</a>
      </div>
      <section class="panel" aria-labelledby="summary">
        <h2 id="summary">${t('agreements.summary')}</h2>
        <dl class="fields">
          ${fieldRow('agreements.partner', html`<bdi>${detail.peer.name}</bdi> · ${detail.peer.administration === 'WCO' ? 'WCO' : label('country', detail.peer.administration)} · <bdi class="mono" title=${detail.peer.nodeId}>${shortNodeId(detail.peer.nodeId)}</bdi>`)}
          ${fieldRow('agreements.installedAt', formatDateTime(detail.installedAt))}
          ${fieldRow('agreements.revokedAt', detail.revokedAt ? formatDateTime(detail.revokedAt) : undefined)}
          ${fieldRow('agreements.verified', t('agreements.verifiedText'))}
        </dl>
      </section>
      ${
        doc
          ? renderAgreementDocument(doc, {
              localNodeId,
              signers: signersOf(detail.sealed),
              status: detail.status,
            })
          : html`<p class="message warning">${t('agreements.unreadable')}</p>`
      }
      ${this.#renderRevocations(detail.revocations, detail)} ${manage ? this.#renderRevokeDialog() : nothing}
    `;
  }

  override render() {
    return this.#agreement.render({
      pending: () =>
        this.#agreement.value
          ? this.#renderDetail(this.#agreement.value)
          : html`<h1>${t('agreements.title')}</h1>
              <p role="status">${t('app.loading')}</p>`,
      complete: (detail) => this.#renderDetail(detail),
      error: (err) =>
        html`<h1>${t('agreements.title')}</h1>
          <p class="message error" role="alert">
            ${err instanceof ApiRequestError && err.status === 404 ? t('agreements.notFound') : t('app.loadFailed')}
          </p>`,
    });
  }
}

customElements.define('cen-agreement-view', CenAgreementView);

declare global {
  interface HTMLElementTagNameMap {
    'cen-agreement-view': CenAgreementView;
  }
}
