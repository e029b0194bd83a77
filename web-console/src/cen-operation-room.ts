/**
 * `<cen-operation-room operation-id=…>`: the operation room. The thread, oldest first, grows by
 * itself: the screen follows the node's live feed (Server-Sent Events), and after a dropped
 * connection it resumes after the last entry it showed, so nothing shows twice or goes missing.
 * Each message shows its author, their administration and the time in the reader's locale; free
 * text is shown as text, never markup; a report's vocabulary codes are shown in the reader's
 * language. When the organiser changes the template, the report form follows at once. What the
 * reader has seen is acknowledged (this node's read receipt). An officer attaches up to four
 * photos to a message (each uploaded to this node at once, which strips its metadata; previews
 * are local `blob:` URLs); messages show their photos' thumbnails, which open large in the
 * shared photo dialog.
 */
import { ContextConsumer } from '@lit/context';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { OPERATION_LIMITS } from '../../protocol/api.ts';
import type { ValidationIssue } from '../../protocol/validation-types.ts';
import { ApiRequestError, issuesOf } from './api/http.ts';
import {
  followThread,
  getOperation,
  markRead,
  postMessage,
  operationPhotoUrl,
  promoteReport,
  readThread,
  uploadOperationPhoto,
  type OperationDetail,
  type OperationOutgoing,
  type OperationPhoto,
  type OperationThreadEntry,
  type ThreadFeed,
} from './api/operations.ts';

/** What the node accepts (it checks the bytes; the browser's filter only helps the officer). */
const ACCEPTED_TYPES = 'image/jpeg,image/png,image/webp';

/** A photo uploaded for the message being written, with its local preview. */
interface Attachment {
  hash: string;
  name: string;
  preview: string;
}
import {
  fieldTitle,
  nodeName,
  operationStyles,
  reportControls,
  stateText,
  valueText,
} from './cen-operation-parts.ts';
import { readReport } from './cen-operation-report.ts';
import {
  closePhotoButton,
  openOriginalLink,
  photoDialogStyles,
  photoStyles,
  showPhotoDialog,
  uploadErrorKey,
} from './cen-photo-gallery.ts';
import { failureSummary } from './form-summary.ts';
import { formatDateTime, LocaleController, t } from './i18n/index.ts';
import { navigate, paths } from './router.ts';
import { can, sessionContext } from './session-context.ts';
import { sharedStyles } from './styles.ts';

export class CenOperationRoom extends LitElement {
  static override styles = [
    sharedStyles,
    operationStyles,
    photoStyles,
    photoDialogStyles,
    css`
      ul.thumbs.small {
        grid-template-columns: repeat(auto-fill, minmax(7rem, 1fr));
        gap: 0.5rem;
        margin-block: 0.25rem;
      }
      ol.thread {
        list-style: none;
        padding: 0;
        margin: 0;
        display: flex;
        flex-direction: column;
        gap: 0.5rem;
      }
      ol.thread > li {
        border: 1px solid #ccd6e0;
        border-radius: 0.4rem;
        padding: 0.5rem 0.75rem;
        background: #fff;
      }
      ol.thread > li.change {
        background: #f3f5f8;
        font-style: italic;
      }
      ol.thread > li.waiting {
        border-style: dashed;
      }
      .text {
        white-space: pre-wrap;
        overflow-wrap: anywhere;
        margin-block: 0.25rem;
      }
      dl.report {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.15rem 1rem;
        margin-block: 0.25rem;
      }
      dl.report dt {
        font-weight: 600;
      }
      dl.report dd {
        margin: 0;
      }
      .composer {
        display: grid;
        gap: 1rem;
        margin-block-start: 1rem;
      }
    `,
  ];

  static override properties = {
    operationId: { type: String, attribute: 'operation-id' },
    detail: { state: true },
    entries: { state: true },
    outgoing: { state: true },
    status: { state: true },
    failure: { state: true },
    live: { state: true },
    sending: { state: true },
    messageError: { state: true },
    reportIssues: { state: true },
    reportError: { state: true },
    announcement: { state: true },
    routeLengths: { state: true },
    promoting: { state: true },
    promoteError: { state: true },
    attachments: { state: true },
    attaching: { state: true },
    photoError: { state: true },
    viewing: { state: true },
  };

  /** The operation to show. */
  declare operationId: string;
  declare detail: OperationDetail | undefined;
  declare entries: OperationThreadEntry[];
  declare outgoing: OperationOutgoing[];
  declare status: 'loading' | 'ready' | 'not-found' | 'failed';
  declare failure: string | undefined;
  /** Whether the live feed is connected now. */
  declare live: boolean;
  declare sending: boolean;
  declare messageError: string | undefined;
  declare reportIssues: ValidationIssue[];
  declare reportError: string | undefined;
  /** Read out by screen readers when a new entry arrives. */
  declare announcement: string;
  /** How many country selects each route field shows. */
  declare routeLengths: ReadonlyMap<string, number>;
  /** The report being made a case now, and why the last attempt failed (by message id). */
  declare promoting: string | undefined;
  declare promoteError: { id: string; message: string } | undefined;
  /** Photos uploaded for the message being written. */
  declare attachments: Attachment[];
  declare attaching: boolean;
  declare photoError: string | undefined;
  /** The photo open in the dialog. */
  declare viewing: OperationPhoto | undefined;

  readonly #session = new ContextConsumer(this, { context: sessionContext, subscribe: true });
  #feed: ThreadFeed | undefined;
  /** The receipt this screen sent last (or is sending). */
  #readSent = 0;

  constructor() {
    super();
    new LocaleController(this);
    this.operationId = '';
    this.detail = undefined;
    this.entries = [];
    this.outgoing = [];
    this.status = 'loading';
    this.failure = undefined;
    this.live = false;
    this.sending = false;
    this.messageError = undefined;
    this.reportIssues = [];
    this.reportError = undefined;
    this.announcement = '';
    this.routeLengths = new Map();
    this.promoting = undefined;
    this.promoteError = undefined;
    this.attachments = [];
    this.attaching = false;
    this.photoError = undefined;
    this.viewing = undefined;
  }

  override disconnectedCallback(): void {
    this.#clearAttachments();
    this.#feed?.close();
    this.#feed = undefined;
    document.removeEventListener('visibilitychange', this.#onVisible);
    super.disconnectedCallback();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.#onVisible);
  }

  readonly #onVisible = () => this.#acknowledge();

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('operationId') && this.operationId) void this.#load();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('entries')) this.#acknowledge();
  }

  async #load(): Promise<void> {
    this.#feed?.close();
    this.status = 'loading';
    const id = this.operationId;
    try {
      const detail = await getOperation(id);
      const entries: OperationThreadEntry[] = [];
      let after = 0;
      let outgoing: OperationOutgoing[] = [];
      for (;;) {
        const page = await readThread(id, after);
        entries.push(...page.items);
        outgoing = page.outgoing;
        if (page.nextAfter === undefined) break;
        after = page.nextAfter;
      }
      if (id !== this.operationId) return;
      this.detail = detail;
      this.entries = entries;
      this.outgoing = outgoing;
      this.#readSent = detail.readUpTo ?? 0;
      this.status = 'ready';
      this.#feed = followThread(
        id,
        entries.at(-1)?.seq ?? 0,
        (entry) => this.#arrived(entry),
        (open) => (this.live = open),
      );
    } catch (err) {
      this.failure = err instanceof ApiRequestError ? err.message : String(err);
      this.status = err instanceof ApiRequestError && err.status === 404 ? 'not-found' : 'failed';
    }
  }

  #arrived(entry: OperationThreadEntry): void {
    if (this.entries.some((e) => e.seq === entry.seq)) return;
    this.entries = [...this.entries, entry];
    if (entry.kind === 'message') {
      // Our own message has been numbered: it is no longer on its way.
      this.outgoing = this.outgoing.filter((o) => o.id !== entry.id);
      this.announcement = t('operations.newMessage', {
        author: entry.author ?? '',
        node: this.detail ? nodeName(this.detail.definition, entry.from) : entry.from,
      });
    } else {
      // The definition changed (members, template, close): read the new one.
      void this.#refreshDetail();
    }
  }

  async #refreshDetail(): Promise<void> {
    try {
      this.detail = await getOperation(this.operationId);
    } catch {
      // the thread stays readable; the next change tries again
    }
  }

  /** Tells the node how far the reader has seen, while the page is in view. */
  #acknowledge(): void {
    const last = this.entries.at(-1)?.seq ?? 0;
    if (last <= this.#readSent || document.visibilityState !== 'visible' || this.status !== 'ready') return;
    this.#readSent = last;
    markRead(this.operationId, last).catch(() => {
      // Not worth an error on screen: the next entry acknowledges again.
      this.#readSent = Math.min(this.#readSent, last - 1);
    });
  }

  #clearAttachments(): void {
    for (const a of this.attachments) URL.revokeObjectURL(a.preview);
    this.attachments = [];
  }

  /** Uploads each chosen file now: the node judges it, and the message names what it kept. */
  readonly #attach = async (event: Event) => {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    this.photoError = undefined;
    const room = OPERATION_LIMITS.photos - this.attachments.length;
    if (files.length > room)
      this.photoError = t('operations.tooManyPhotos', { max: OPERATION_LIMITS.photos });
    this.attaching = true;
    try {
      for (const file of files.slice(0, Math.max(room, 0))) {
        try {
          const photo = await uploadOperationPhoto(this.operationId, file);
          if (this.attachments.some((a) => a.hash === photo.hash)) continue;
          this.attachments = [
            ...this.attachments,
            { hash: photo.hash, name: file.name, preview: URL.createObjectURL(file) },
          ];
        } catch (err) {
          this.photoError = t(uploadErrorKey(err));
        }
      }
    } finally {
      this.attaching = false;
    }
  };

  #detach(hash: string): void {
    const gone = this.attachments.find((a) => a.hash === hash);
    if (gone) URL.revokeObjectURL(gone.preview);
    this.attachments = this.attachments.filter((a) => a.hash !== hash);
  }

  async #view(photo: OperationPhoto): Promise<void> {
    this.viewing = photo;
    await this.updateComplete;
    showPhotoDialog(this.renderRoot);
  }

  async #send(message: {
    text?: string;
    report?: Record<string, unknown>;
    photos?: string[];
  }): Promise<boolean> {
    this.sending = true;
    try {
      const posted = await postMessage(this.operationId, message as Parameters<typeof postMessage>[1]);
      if (posted.state === 'queued') {
        const page = await readThread(this.operationId, this.entries.at(-1)?.seq ?? 0);
        this.outgoing = page.outgoing;
      }
      return true;
    } finally {
      this.sending = false;
    }
  }

  readonly #sendText = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const value = new FormData(form).get('text');
    const text = typeof value === 'string' ? value.trim() : '';
    this.messageError = undefined;
    const photos = this.attachments.map((a) => a.hash);
    if (!text && photos.length === 0) {
      this.messageError = t('operations.emptyOrPhotos');
      return;
    }
    try {
      if (await this.#send({ ...(text ? { text } : {}), ...(photos.length > 0 ? { photos } : {}) })) {
        form.reset();
        this.#clearAttachments();
        this.photoError = undefined;
      }
    } catch (err) {
      this.messageError = err instanceof ApiRequestError ? err.message : String(err);
    }
  };

  readonly #sendReport = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const fields = this.detail?.definition.template.fields ?? [];
    const data = new FormData(form);
    // The node's rule names, worded as its answers are; half a quantity is the console's finding.
    const { report, issues } = readReport(data, fields, (rule) =>
      rule === 'quantity-incomplete' ? t('operations.quantityIncomplete') : rule,
    );
    const noteValue = data.get('note');
    const note = typeof noteValue === 'string' ? noteValue.trim() : '';
    this.reportIssues = issues;
    this.reportError = undefined;
    if (issues.length > 0) {
      this.reportError = t('operations.fixFields');
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#form-status')?.focus();
      return;
    }
    try {
      if (await this.#send({ report, ...(note ? { text: note } : {}) })) {
        form.reset();
        this.routeLengths = new Map();
      }
    } catch (err) {
      this.reportIssues = issuesOf(err);
      this.reportError = err instanceof ApiRequestError ? err.message : String(err);
    }
  };

  /** Makes one of this node's reports a draft case, then opens it in the case form. */
  async #makeCase(messageId: string): Promise<void> {
    this.promoting = messageId;
    this.promoteError = undefined;
    try {
      const { caseId } = await promoteReport(this.operationId, messageId);
      navigate(paths.editCase(caseId));
    } catch (err) {
      this.promoteError = {
        id: messageId,
        message: err instanceof ApiRequestError ? err.message : String(err),
      };
      void this.#refreshDetail();
    } finally {
      this.promoting = undefined;
    }
  }

  /** On this node's own reports: make it a case, or open the case made of it. */
  #renderMakeCase(entry: OperationThreadEntry) {
    const detail = this.detail!;
    if (!entry.report || !entry.id || entry.from !== detail.self || !can(this.#session.value, 'case:write'))
      return nothing;
    const id = entry.id;
    const made = detail.promotions?.[id];
    return html`<div class="actions">
      ${
        made
          ? html`<a href=${paths.case(made)}>${t('operations.openCase')}</a>`
          : html`<button
              type="button"
              ?disabled=${this.promoting !== undefined}
              @click=${() => void this.#makeCase(id)}
            >
              ${t('operations.makeCase')}
            </button>`
      }
      ${
        this.promoteError?.id === id
          ? html`<p class="message error" role="alert">${this.promoteError.message}</p>`
          : nothing
      }
    </div>`;
  }

  #focusField(path: string): void {
    const key = path.replace(/^report\./, '');
    this.renderRoot.querySelector<HTMLElement>(`#report-${CSS.escape(key)}`)?.focus();
  }

  override render() {
    const back = html`<p><a href=${paths.operations}>${t('operations.back')}</a></p>`;
    if (this.status === 'loading')
      return html`${back}
        <p role="status">${t('app.loading')}</p>`;
    if (this.status === 'not-found')
      return html`${back}
        <p class="message error" role="alert">${t('operations.notFound')}</p>`;
    if (this.status === 'failed' || !this.detail)
      return html`${back}
        <p class="message error" role="alert">${this.failure}</p>`;
    const detail = this.detail;
    const definition = detail.definition;
    const writable =
      can(this.#session.value, 'operation:post') &&
      detail.state === 'active' &&
      (detail.role === 'organiser' || detail.status === 'accepted');
    return html`${back}
      <h1><bdi>${definition.name}</bdi></h1>
      <p class="hint">
        ${stateText(detail.state)} · ${t('operations.organiser')}:
        <bdi>${nodeName(definition, definition.organiser.nodeId)}</bdi> ·
        <span class="live" role="status"
          >${this.live ? t('operations.live') : t('operations.reconnecting')}</span
        >
        ${
          can(this.#session.value, 'operation:manage')
            ? html` · <a href=${paths.operationAdmin(definition.id)}>${t('operations.manage')}</a>`
            : nothing
        }
      </p>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      <h2>${t('operations.thread')}</h2>
      ${this.entries.length === 0 && this.outgoing.length === 0 ? html`<p>${t('operations.empty')}</p>` : nothing}
      <ol class="thread">
        ${this.entries.map((entry) => this.#renderEntry(entry))}
        ${this.outgoing.map((out) => this.#renderOutgoing(out))}
      </ol>
      ${
        writable
          ? this.#renderComposer()
          : detail.state !== 'active'
            ? html`<p class="message">${t('operations.closedNotice')}</p>`
            : nothing
      }
      ${this.#renderPhotoDialog()}`;
  }

  #renderReport(report: Record<string, unknown> | undefined) {
    if (!report || !this.detail) return nothing;
    const fields = this.detail.definition.template.fields;
    return html`<dl class="report">
      ${Object.entries(report).map(([key, value]) => {
        const field = fields.find((f) => f.key === key);
        return html`<dt>${field ? fieldTitle(field) : key}</dt>
          <dd dir="auto">${valueText(field, value as never)}</dd>`;
      })}
    </dl>`;
  }

  #renderEntry(entry: OperationThreadEntry) {
    const definition = this.detail!.definition;
    if (entry.kind === 'operation') {
      return html`<li class="change" data-seq=${entry.seq}>
        ${
          entry.definitionVersion === 1
            ? t('operations.created')
            : t('operations.definitionChanged', { version: entry.definitionVersion ?? '' })
        }
        ·
        <time datetime=${entry.at}>${formatDateTime(entry.at)}</time>
      </li>`;
    }
    return html`<li class="message" data-seq=${entry.seq}>
      <div class="hint">
        <strong><bdi>${entry.author ?? ''}</bdi></strong> · <bdi>${nodeName(definition, entry.from)}</bdi> ·
        <time datetime=${entry.at}>${formatDateTime(entry.at)}</time>
      </div>
      ${entry.text ? html`<p class="text" dir="auto">${entry.text}</p>` : nothing}
      ${this.#renderPhotos(entry.photos, entry.author ?? '')} ${this.#renderReport(entry.report)}
      ${this.#renderMakeCase(entry)}
    </li>`;
  }

  #renderPhotos(photos: readonly OperationPhoto[] | undefined, author: string) {
    if (!photos || photos.length === 0) return nothing;
    return html`<ul class="thumbs small">
      ${photos.map(
        (photo, i) =>
          html`<li>
            <button type="button" class="thumb" @click=${() => void this.#view(photo)}>
              <img
                src=${operationPhotoUrl(this.operationId, photo.hash, true)}
                alt=${t('operations.photoAlt', { n: i + 1, author })}
                loading="lazy"
              />
            </button>
          </li>`,
      )}
    </ul>`;
  }

  #renderPhotoDialog() {
    const photo = this.viewing;
    const full = photo ? operationPhotoUrl(this.operationId, photo.hash) : '';
    return html`<dialog
      id="photo-dialog"
      aria-labelledby="photo-dialog-title"
      @close=${() => (this.viewing = undefined)}
    >
      <h2 id="photo-dialog-title">${t('operations.photoTitle')}</h2>
      ${photo ? html`<img class="large" src=${full} alt="" />` : nothing}
      <div class="actions">
        ${photo ? openOriginalLink(full) : nothing} ${closePhotoButton(this.renderRoot)}
      </div>
    </dialog>`;
  }

  #renderOutgoing(out: OperationOutgoing) {
    return html`<li class="message waiting">
      <div class="hint">
        <strong><bdi>${out.author}</bdi></strong> ·
        <time datetime=${out.at}>${formatDateTime(out.at)}</time> ·
        ${
          out.state === 'refused'
            ? html`<span class="field-error"
                >${t('operations.refused', { reason: out.refusal?.message ?? '' })}</span
              >`
            : t('operations.queued')
        }
      </div>
      ${out.text ? html`<p class="text" dir="auto">${out.text}</p>` : nothing}
      ${this.#renderReport(out.report)}
    </li>`;
  }

  #renderComposer() {
    const fields = this.detail!.definition.template.fields;
    return html`<div class="composer">
      <form class="panel" @submit=${this.#sendText} novalidate>
        <h2 id="message-title">${t('operations.composer')}</h2>
        <label for="message">${t('operations.message')}</label>
        <textarea
          id="message"
          name="text"
          dir="auto"
          maxlength=${OPERATION_LIMITS.text}
          aria-describedby=${this.messageError ? 'message-error' : nothing}
        ></textarea>
        ${
          this.messageError
            ? html`<p class="message error" role="alert" id="message-error">${this.messageError}</p>`
            : nothing
        }
        <div class="field">
          <label for="attach">${t('operations.attachPhotos')}</label>
          <input
            id="attach"
            type="file"
            accept=${ACCEPTED_TYPES}
            multiple
            aria-describedby="attach-hint"
            ?disabled=${this.attaching || this.attachments.length >= OPERATION_LIMITS.photos}
            @change=${this.#attach}
          />
          <p class="hint" id="attach-hint">${t('operations.attachHint', { max: OPERATION_LIMITS.photos })}</p>
          ${this.attaching ? html`<p role="status">${t('operations.attaching')}</p>` : nothing}
          ${this.photoError ? html`<p class="message error" role="alert">${this.photoError}</p>` : nothing}
          ${
            this.attachments.length > 0
              ? html`<ul class="thumbs small attachments">
                  ${this.attachments.map(
                    (a) =>
                      html`<li>
                        <img src=${a.preview} alt="" />
                        <button type="button" class="secondary" @click=${() => this.#detach(a.hash)}>
                          ${t('operations.removeAttachment', { name: a.name })}
                        </button>
                      </li>`,
                  )}
                </ul>`
              : nothing
          }
        </div>
        <div class="actions">
          <button type="submit" ?disabled=${this.sending || this.attaching}>${t('operations.send')}</button>
        </div>
      </form>
      ${
        fields.length > 0
          ? html`<form class="panel report-form" @submit=${this.#sendReport} novalidate>
              <h2>${t('operations.report')}</h2>
              <p class="hint">${t('operations.reportIntro')}</p>
              ${
                this.reportError
                  ? failureSummary({
                      text: this.reportError,
                      issues: this.reportIssues,
                      fieldName: (path) => {
                        const field = fields.find((f) => `report.${f.key}` === path);
                        return field ? fieldTitle(field) : path;
                      },
                      focusField: (path) => this.#focusField(path),
                    })
                  : nothing
              }
              ${reportControls(fields, this.reportIssues, this.routeLengths, (key) => {
                this.routeLengths = new Map([
                  ...this.routeLengths,
                  [key, (this.routeLengths.get(key) ?? 2) + 1],
                ]);
              })}
              <div class="field">
                <label for="note">${t('operations.note')}</label>
                <textarea id="note" name="note" dir="auto" maxlength=${OPERATION_LIMITS.text}></textarea>
              </div>
              <div class="actions">
                <button type="submit" ?disabled=${this.sending}>${t('operations.sendReport')}</button>
              </div>
            </form>`
          : nothing
      }
    </div>`;
  }
}

customElements.define('cen-operation-room', CenOperationRoom);

declare global {
  interface HTMLElementTagNameMap {
    'cen-operation-room': CenOperationRoom;
  }
}
