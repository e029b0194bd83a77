/**
 * `<cen-agreements>`: the agreements this node holds, for exchange administrators (and readers
 * such as auditors): each partner with the agreement's type, modes, a status badge and its
 * validity as a bar on one time scale, so what ends soon stands out. Administrators install a
 * sealed agreement file both parties signed, and see the proposals partners sent for review.
 */
import { ContextConsumer } from '@lit/context';
import { Task } from '@lit/task';
import { css, html, LitElement, nothing } from 'lit';
import { installAgreement, listAgreements, type AgreementSummary } from './api/agreements.ts';
import { ApiRequestError } from './api/http.ts';
import './cen-proposal-list.ts';
import {
  agreementStatusBadge,
  exchangeStyles,
  modeLabel,
  timelineScale,
  validityBar,
} from './exchange-parts.ts';
import { formatDateTime, formatList, LocaleController, t, tOptional } from './i18n/index.ts';
import { label } from './i18n/vocabulary.ts';
import { paths } from './router.ts';
import { can, sessionContext } from './session-context.ts';
import { sharedStyles } from './styles.ts';

/** Sealed agreements are a few kilobytes; anything far larger is the wrong file. */
const MAX_FILE_BYTES = 512 * 1024;

/** What went wrong installing a file, in the administrator's words. */
export function installFailureText(err: unknown): string {
  if (!(err instanceof ApiRequestError)) return t('agreements.install.failed');
  const details = (err.details ?? {}) as Record<string, unknown>;
  switch (err.code) {
    case 'network':
      return t('app.unreachable');
    case 'agreement_invalid':
    case 'invalid_json':
    case 'bad_request':
    case 'validation_failed':
      return t('agreements.install.invalid');
    case 'agreement_not_a_party':
      return t('agreements.install.notAParty');
    case 'agreement_not_countersigned':
      return t('agreements.install.notCountersigned');
    case 'agreement_version_older':
      return t('agreements.install.older', {
        installed: typeof details.installed === 'number' ? details.installed : '?',
      });
    case 'agreement_conflict':
      return t('agreements.install.conflict');
    case 'forbidden':
      return t('users.forbidden');
    default:
      return t('agreements.install.failed');
  }
}

export class CenAgreements extends LitElement {
  static override styles = [
    sharedStyles,
    exchangeStyles,
    css`
      td.validity {
        min-inline-size: 14rem;
      }
      input[type='file'] {
        border: none;
        padding-inline: 0;
      }
    `,
  ];

  static override properties = {
    failure: { state: true },
    installed: { state: true },
    busy: { state: true },
  };

  declare failure: string | undefined;
  declare installed: AgreementSummary | undefined;
  declare busy: boolean;

  readonly #session = new ContextConsumer(this, { context: sessionContext, subscribe: true });

  readonly #agreements = new Task(this, {
    task: async (_args, { signal }) => (await listAgreements(signal)).items,
    args: () => [],
  });

  constructor() {
    super();
    new LocaleController(this);
    this.failure = undefined;
    this.installed = undefined;
    this.busy = false;
  }

  readonly #install = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const file = form.querySelector<HTMLInputElement>('#agreement-file')?.files?.[0];
    this.failure = undefined;
    this.installed = undefined;
    if (!file) {
      this.failure = t('agreements.install.noFile');
      return;
    }
    if (file.size > MAX_FILE_BYTES) {
      this.failure = t('agreements.install.notJson');
      return;
    }
    let sealed: unknown;
    try {
      sealed = JSON.parse(await file.text());
    } catch {
      this.failure = t('agreements.install.notJson');
      return;
    }
    this.busy = true;
    try {
      this.installed = await installAgreement(sealed);
      form.reset();
      void this.#agreements.run();
    } catch (err) {
      this.failure = installFailureText(err);
    } finally {
      this.busy = false;
    }
  };

  #renderInstall() {
    return html`<form class="panel" @submit=${this.#install}>
      <h2>${t('agreements.install.title')}</h2>
      <p class="hint" id="agreement-file-hint">${t('agreements.install.hint')}</p>
      <div class="field">
        <label for="agreement-file">${t('agreements.install.file')}</label>
        <input
          id="agreement-file"
          name="file"
          type="file"
          accept=".json,application/json"
          required
          aria-describedby="agreement-file-hint"
        />
      </div>
      ${this.failure ? html`<p class="message error" role="alert">${this.failure}</p>` : nothing}
      ${
        this.installed
          ? html`<p class="message success" role="status">
              ${t('agreements.install.done', { partner: this.installed.peer.name })}
              <a href=${paths.agreement(this.installed.id)}>${t('agreements.open')}</a>
            </p>`
          : nothing
      }
      <button type="submit" ?disabled=${this.busy}>${t('agreements.install.submit')}</button>
    </form>`;
  }

  #renderTable(agreements: AgreementSummary[]) {
    if (agreements.length === 0) return html`<p>${t('agreements.none')}</p>`;
    const now = Date.now();
    const scale = timelineScale(
      agreements.map((agreement) => agreement.validity),
      now,
    );
    return html`<div class="table-wrap">
      <table>
        <caption class="visually-hidden">
          ${t('nav.agreements')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t('agreements.partner')}</th>
            <th scope="col">${t('agreements.type')}</th>
            <th scope="col">${t('agreements.modes')}</th>
            <th scope="col">${t('agreements.statusLabel')}</th>
            <th scope="col">${t('agreements.validity')}</th>
            <th scope="col">${t('agreements.installedAt')}</th>
          </tr>
        </thead>
        <tbody>
          ${agreements.map(
            (agreement) =>
              html`<tr>
                <th scope="row">
                  <a href=${paths.agreement(agreement.id)}><bdi>${agreement.peer.name}</bdi></a>
                  <div class="hint">
                    ${agreement.peer.administration === 'WCO' ? 'WCO' : label('country', agreement.peer.administration)}
                    · ${t('agreements.versionN', { version: agreement.version })}
                  </div>
                </th>
                <td>${tOptional(`agreements.types.${agreement.type}`, agreement.type)}</td>
                <td>${formatList(agreement.modes.map(modeLabel))}</td>
                <td>${agreementStatusBadge(agreement.status)}</td>
                <td class="validity">${validityBar(agreement.validity, scale, agreement.status, now)}</td>
                <td>${formatDateTime(agreement.installedAt)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  override render() {
    const manage = can(this.#session.value, 'agreement:manage');
    return html`
      <h1>${t('nav.agreements')}</h1>
      <cen-proposal-list ?manage=${manage}></cen-proposal-list>
      <section aria-labelledby="installed">
        <h2 id="installed">${t('agreements.installed')}</h2>
        ${this.#agreements.render({
          pending: () => html`<p role="status">${t('app.loading')}</p>`,
          complete: (agreements) => this.#renderTable(agreements),
          error: (err) =>
            html`<p class="message error" role="alert">
              ${err instanceof ApiRequestError && err.status === 403 ? t('users.forbidden') : t('app.loadFailed')}
            </p>`,
        })}
      </section>
      ${manage ? this.#renderInstall() : nothing}
    `;
  }
}

customElements.define('cen-agreements', CenAgreements);

declare global {
  interface HTMLElementTagNameMap {
    'cen-agreements': CenAgreements;
  }
}
