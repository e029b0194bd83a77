/**
 * `<cen-publication-view publication-id=…>`: one publication as the WCO node signed it: title,
 * kind, who published it and when, the body (its small markup shown as elements, the text as
 * typed), the attachments to download; a withdrawn one says so and why, without body or files.
 * On the WCO node, for those who write them: who receives it, and publishing a draft or
 * withdrawing a published one.
 */
import { ContextConsumer } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { ApiRequestError } from './api/http.ts';
import {
  attachmentUrl,
  publishPublication,
  readPublication,
  withdrawPublication,
  type PublicationDetail,
} from './api/publications.ts';
import { exchangeStyles } from './exchange-parts.ts';
import { formatDateTime, LocaleController, t } from './i18n/index.ts';
import { kindLabel, publicationBody, publicationStyles, stateBadge } from './cen-publication-parts.ts';
import { paths } from './router.ts';
import { can, sessionContext } from './session-context.ts';
import { sharedStyles } from './styles.ts';

const sizeOf = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${(bytes / (1024 * 1024)).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;

export class CenPublicationView extends LitElement {
  static override styles = [sharedStyles, exchangeStyles, publicationStyles];

  static override properties = {
    publicationId: { type: String, attribute: 'publication-id' },
    detail: { state: true },
    status: { state: true },
    busy: { state: true },
    error: { state: true },
  };

  /** The publication to show. */
  declare publicationId: string;
  declare detail: PublicationDetail | undefined;
  declare status: 'loading' | 'ready' | 'not-found' | 'failed';
  declare busy: boolean;
  declare error: string | undefined;

  readonly #session = new ContextConsumer(this, { context: sessionContext, subscribe: true });

  constructor() {
    super();
    new LocaleController(this);
    this.publicationId = '';
    this.detail = undefined;
    this.status = 'loading';
    this.busy = false;
    this.error = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('publicationId') && this.publicationId) void this.#load();
  }

  async #load(): Promise<void> {
    this.status = 'loading';
    try {
      this.detail = await readPublication(this.publicationId);
      this.status = 'ready';
    } catch (err) {
      this.status = err instanceof ApiRequestError && err.status === 404 ? 'not-found' : 'failed';
    }
  }

  async #act(work: () => Promise<PublicationDetail>): Promise<void> {
    this.busy = true;
    this.error = undefined;
    try {
      this.detail = await work();
    } catch (err) {
      this.error = err instanceof Error ? err.message : String(err);
    } finally {
      this.busy = false;
    }
  }

  readonly #publish = () => this.#act(() => publishPublication(this.publicationId));

  readonly #withdraw = (event: SubmitEvent) => {
    event.preventDefault();
    const reason = new FormData(event.target as HTMLFormElement).get('reason');
    void this.#act(() =>
      withdrawPublication(this.publicationId, typeof reason === 'string' ? reason.trim() : ''),
    );
  };

  #renderManage(p: PublicationDetail) {
    const audience = p.audience;
    return html`<section class="panel">
      <h2>${t('publications.manageTitle')}</h2>
      ${
        audience
          ? html`<p>
              ${t('publications.audience')}:
              ${
                audience.all
                  ? t('publications.audienceAll')
                  : [...audience.countries, ...audience.nodeIds].map((entry) => html`<bdi>${entry}</bdi> `)
              }
            </p>`
          : nothing
      }
      ${
        p.state === 'draft'
          ? html`<button ?disabled=${this.busy} @click=${this.#publish}>${t('publications.publish')}</button>
              <p class="hint">${t('publications.publishHint')}</p>`
          : nothing
      }
      ${
        p.state === 'published'
          ? html`<form @submit=${this.#withdraw}>
              <label for="reason">${t('publications.withdrawReason')}</label>
              <input id="reason" name="reason" maxlength="500" />
              <div class="actions">
                <button class="danger" type="submit" ?disabled=${this.busy}>
                  ${t('publications.withdraw')}
                </button>
              </div>
            </form>`
          : nothing
      }
      ${this.error ? html`<p class="message error" role="alert">${this.error}</p>` : nothing}
    </section>`;
  }

  override render() {
    const back = html`<p><a href=${paths.publications}>${t('publications.back')}</a></p>`;
    if (this.status === 'loading')
      return html`${back}
        <p role="status">${t('app.loading')}</p>`;
    if (this.status === 'not-found')
      return html`${back}
        <p class="message error" role="alert">${t('publications.notFound')}</p>`;
    if (this.status === 'failed' || !this.detail)
      return html`${back}
        <p class="message error" role="alert">${t('publications.loadFailed')}</p>`;
    const p = this.detail;
    return html`${back}
      <h1><bdi>${p.title}</bdi></h1>
      <p class="meta">
        ${kindLabel(p.kind)} · <bdi>${p.from.name}</bdi> · ${formatDateTime(p.publishedAt ?? p.createdAt)}
        ${stateBadge(p.state)}
      </p>
      ${
        p.state === 'withdrawn'
          ? html`<p class="message warning" role="status">
              ${t('publications.withdrawnOn', { date: formatDateTime(p.withdrawnAt) })}
              ${p.withdrawalReason ? html`<br /><bdi>${p.withdrawalReason}</bdi>` : nothing}
            </p>`
          : nothing
      }
      ${p.body !== undefined ? html`<div class="body" lang=${p.language} dir="auto">${publicationBody(p.body)}</div>` : nothing}
      ${
        p.attachments.length > 0
          ? html`<h2>${t('publications.attachments')}</h2>
              <ul class="files">
                ${p.attachments.map(
                  (a) =>
                    html`<li>
                      <a href=${attachmentUrl(p.id, a.index)} download=${a.name}><bdi>${a.name}</bdi></a>
                      <span class="hint">(${sizeOf(a.size)})</span>
                    </li>`,
                )}
              </ul>`
          : nothing
      }
      ${can(this.#session.value, 'publication:manage') ? this.#renderManage(p) : nothing}`;
  }
}

customElements.define('cen-publication-view', CenPublicationView);

declare global {
  interface HTMLElementTagNameMap {
    'cen-publication-view': CenPublicationView;
  }
}
