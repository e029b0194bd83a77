/**
 * `<cen-photo-gallery>`: the photos section of a case. Thumbnails with their captions; each
 * opens large with what the node knows of it (size, where it was taken if the officer kept the
 * position, who added it) and a link to similar photos of other cases. Officers who may edit the
 * case add a photo by dropping it on the section or choosing a file, with a caption and whether
 * the WCO may see it and the position be kept, and remove one.
 *
 * The photo never goes anywhere but this node: the preview of a chosen file is a local `blob:`
 * URL, and the node judges the file by its content and strips its metadata.
 *
 * Properties in: `caseId`, `photos` (the case's), `editable`. Events out: `cen-case-changed`
 * (detail: the case as stored after an upload or a removal).
 */
import { css, html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Case, PhotoMeta } from '../../protocol/records.ts';
import { ApiRequestError } from './api/http.ts';
import { photoUrl, removePhoto, uploadPhoto } from './api/photos.ts';
import { formatDateTime, formatNumber, LocaleController, t, type MessageKey } from './i18n/index.ts';
import { paths } from './router.ts';
import { sharedStyles } from './styles.ts';

/** What the node accepts (it checks the bytes; the browser's filter only helps the officer). */
const ACCEPTED_TYPES = 'image/jpeg,image/png,image/webp';
const CAPTION_MAX = 500;

type Outcome = { kind: 'success' | 'error'; key: MessageKey };

export const CASE_CHANGED_EVENT = 'cen-case-changed';

/** Why an upload was refused, in the officer's language. */
export function uploadErrorKey(err: unknown): MessageKey {
  if (!(err instanceof ApiRequestError)) return 'photos.uploadFailed';
  if (err.status === 415) return 'photos.unsupported';
  if (err.status === 413) return 'photos.tooLarge';
  if (err.status === 404) return 'photos.caseGone';
  if (err.code === 'validation_failed') return 'photos.invalidFields';
  if (err.status === 400) return 'photos.unreadable';
  return 'photos.uploadFailed';
}

export const photoStyles = css`
  ul.thumbs {
    list-style: none;
    margin: 0 0 1rem;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr));
    gap: 1rem;
  }
  ul.thumbs li {
    display: flex;
    flex-direction: column;
    gap: 0.35rem;
  }
  button.thumb {
    background: #f3f5f7;
    border: 1px solid var(--cen-line, #d0d4d9);
    padding: 0;
    inline-size: 100%;
    aspect-ratio: 4 / 3;
    display: flex;
    align-items: center;
    justify-content: center;
    overflow: hidden;
  }
  button.thumb:hover {
    background: #e8eef5;
  }
  button.thumb img {
    max-inline-size: 100%;
    max-block-size: 100%;
    object-fit: contain;
  }
  .caption {
    font-size: 0.9rem;
    overflow-wrap: anywhere;
  }
`;

/** The dialog a photo opens large in (`#photo-dialog`), room left under the photo for what follows it. */
export const photoDialogStyles = css`
  dialog {
    border: 1px solid var(--cen-line, #d0d4d9);
    border-radius: var(--cen-radius, 4px);
    padding: 1rem 1.25rem;
    max-inline-size: min(64rem, 95vw);
    inline-size: 100%;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 55%);
  }
  dialog h2 {
    margin-block-start: 0;
  }
  dialog img.large {
    display: block;
    max-inline-size: 100%;
    max-block-size: 55vh;
    margin-inline: auto;
    margin-block-end: 1rem;
  }
`;

/** Shows the `#photo-dialog` of `root` as a modal, unless it is open already. */
export function showPhotoDialog(root: ParentNode): void {
  const dialog = root.querySelector<HTMLDialogElement>('#photo-dialog');
  if (dialog && !dialog.open) dialog.showModal();
}

export function closePhotoDialog(root: ParentNode): void {
  root.querySelector<HTMLDialogElement>('#photo-dialog')?.close();
}

/** The photo as it was uploaded, in a tab of its own. */
export function openOriginalLink(href: string): TemplateResult {
  return html`<a class="button secondary" href=${href} target="_blank" rel="noopener"
    >${t('photos.openOriginal')}</a
  >`;
}

export function closePhotoButton(root: ParentNode): TemplateResult {
  return html`<button type="button" class="secondary" @click=${() => closePhotoDialog(root)}>
    ${t('photos.close')}
  </button>`;
}

export class CenPhotoGallery extends LitElement {
  static override styles = [
    sharedStyles,
    photoStyles,
    photoDialogStyles,
    css`
      :host {
        margin-block: 1rem;
      }
      h2 {
        margin-block-start: 0;
      }
      .drop {
        border: 2px dashed var(--cen-border, #6b6b6b);
        border-radius: var(--cen-radius, 4px);
        padding: 1rem;
      }
      .drop.over {
        border-color: var(--cen-primary, #0b4f8a);
        background: #e8eef5;
      }
      .drop .preview {
        max-inline-size: 12rem;
        max-block-size: 9rem;
        display: block;
        margin-block-end: 0.5rem;
      }
      .checks label {
        font-weight: 400;
        display: flex;
        align-items: center;
      }
    `,
  ];

  static override properties = {
    caseId: { attribute: 'case-id' },
    photos: { attribute: false },
    editable: { type: Boolean },
    chosen: { state: true },
    preview: { state: true },
    dragging: { state: true },
    busy: { state: true },
    outcome: { state: true },
    opened: { state: true },
  };

  declare caseId: string;
  declare photos: readonly PhotoMeta[];
  /** The signed-in user may add and remove photos of this case. */
  declare editable: boolean;
  declare chosen: File | undefined;
  /** A `blob:` URL of the chosen file, revoked when another is chosen. */
  declare preview: string | undefined;
  declare dragging: boolean;
  declare busy: boolean;
  declare outcome: Outcome | undefined;
  /** The photo shown large. */
  declare opened: PhotoMeta | undefined;

  constructor() {
    super();
    new LocaleController(this);
    this.caseId = '';
    this.photos = [];
    this.editable = false;
    this.chosen = undefined;
    this.preview = undefined;
    this.dragging = false;
    this.busy = false;
    this.outcome = undefined;
    this.opened = undefined;
  }

  override disconnectedCallback(): void {
    if (this.preview) URL.revokeObjectURL(this.preview);
    super.disconnectedCallback();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('opened') && this.opened) showPhotoDialog(this.renderRoot);
  }

  #choose(file: File | undefined): void {
    if (this.preview) URL.revokeObjectURL(this.preview);
    this.chosen = file;
    // Only what the browser can show is previewed; the node still judges every file by its bytes.
    this.preview =
      file && ACCEPTED_TYPES.split(',').includes(file.type) ? URL.createObjectURL(file) : undefined;
    this.outcome = undefined;
  }

  readonly #onFileInput = (event: Event) => {
    this.#choose((event.target as HTMLInputElement).files?.[0]);
  };

  readonly #onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    this.dragging = true;
  };

  readonly #onDragLeave = () => {
    this.dragging = false;
  };

  readonly #onDrop = (event: DragEvent) => {
    event.preventDefault();
    this.dragging = false;
    const file = event.dataTransfer?.files[0];
    if (file) this.#choose(file);
  };

  #changed(updated: Case): void {
    this.dispatchEvent(
      new CustomEvent<Case>(CASE_CHANGED_EVENT, { detail: updated, bubbles: true, composed: true }),
    );
  }

  readonly #upload = async (event: SubmitEvent) => {
    event.preventDefault();
    const file = this.chosen;
    if (!file || this.busy) {
      this.outcome = { kind: 'error', key: 'photos.noFile' };
      return;
    }
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const caption = typeof data.get('caption') === 'string' ? (data.get('caption') as string).trim() : '';
    this.busy = true;
    this.outcome = undefined;
    try {
      const result = await uploadPhoto(this.caseId, file, {
        ...(caption ? { caption } : {}),
        shareWithWco: data.get('shareWithWco') === 'on',
        keepGps: data.get('keepGps') === 'on',
      });
      form.reset();
      this.#choose(undefined);
      this.outcome = { kind: 'success', key: result.added ? 'photos.uploaded' : 'photos.already' };
      this.#changed(result.case);
    } catch (err) {
      this.outcome = { kind: 'error', key: uploadErrorKey(err) };
    } finally {
      this.busy = false;
    }
  };

  readonly #remove = async (photo: PhotoMeta) => {
    if (!confirm(t('photos.confirmRemove'))) return;
    this.busy = true;
    try {
      const result = await removePhoto(this.caseId, photo.hash);
      closePhotoDialog(this.renderRoot);
      this.outcome = { kind: 'success', key: 'photos.removed' };
      this.#changed(result.case);
    } catch {
      this.outcome = { kind: 'error', key: 'photos.removeFailed' };
    } finally {
      this.busy = false;
    }
  };

  readonly #onDialogClose = () => {
    this.opened = undefined;
  };

  #altOf(photo: PhotoMeta): string {
    return photo.caption ? t('photos.alt', { caption: photo.caption }) : t('photos.altNoCaption');
  }

  #renderThumbs() {
    if (this.photos.length === 0) return html`<p class="hint">${t('photos.none')}</p>`;
    return html`<ul class="thumbs">
      ${this.photos.map(
        (photo) =>
          html`<li>
            <button
              type="button"
              class="thumb"
              data-hash=${photo.hash}
              aria-label=${t('photos.open', { alt: this.#altOf(photo) })}
              @click=${() => (this.opened = photo)}
            >
              <img src=${photoUrl(photo.hash, true)} alt="" loading="lazy" />
            </button>
            ${photo.caption ? html`<span class="caption" dir="auto">${photo.caption}</span>` : nothing}
          </li>`,
      )}
    </ul>`;
  }

  #renderUpload() {
    return html`<form
      class="drop ${this.dragging ? 'over' : ''}"
      novalidate
      @submit=${this.#upload}
      @dragover=${this.#onDragOver}
      @dragleave=${this.#onDragLeave}
      @drop=${this.#onDrop}
    >
      <h3>${t('photos.add')}</h3>
      <p class="hint" id="photo-hint">${t('photos.dropHint')}</p>
      ${this.preview ? html`<img class="preview" src=${this.preview} alt=${t('photos.previewAlt')} />` : nothing}
      <div class="field">
        <label for="photo-file">${t('photos.chooseFile')}</label>
        <input
          id="photo-file"
          name="file"
          type="file"
          accept=${ACCEPTED_TYPES}
          aria-describedby="photo-hint"
          @change=${this.#onFileInput}
        />
        ${this.chosen ? html`<div class="hint" role="status">${t('photos.chosen', { name: this.chosen.name })}</div>` : nothing}
      </div>
      <div class="field">
        <label for="photo-caption">${t('photos.caption')}</label>
        <input
          id="photo-caption"
          name="caption"
          maxlength=${CAPTION_MAX}
          dir="auto"
          aria-describedby="caption-hint"
        />
        <div class="hint" id="caption-hint">${t('photos.captionHint')}</div>
      </div>
      <div class="field checks">
        <label><input type="checkbox" name="shareWithWco" />${t('photos.shareWithWco')}</label>
        <label
          ><input type="checkbox" name="keepGps" aria-describedby="gps-hint" />${t('photos.keepGps')}</label
        >
        <div class="hint" id="gps-hint">${t('photos.keepGpsHint')}</div>
      </div>
      <div class="actions">
        <button type="submit" ?disabled=${this.busy}>
          ${this.busy ? t('photos.uploading') : t('photos.upload')}
        </button>
      </div>
    </form>`;
  }

  #renderDetails(photo: PhotoMeta) {
    return html`<dl class="fields">
      ${
        photo.width && photo.height
          ? html`<dt>${t('photos.dimensions')}</dt>
              <dd>
                ${t('photos.pixels', { width: formatNumber(photo.width), height: formatNumber(photo.height) })}
              </dd>`
          : nothing
      }
      ${
        photo.bytes
          ? html`<dt>${t('photos.fileSize')}</dt>
              <dd>${t('photos.kilobytes', { size: formatNumber(Math.ceil(photo.bytes / 1024)) })}</dd>`
          : nothing
      }
      ${
        photo.gps
          ? html`<dt>${t('photos.position')}</dt>
              <dd><bdi class="mono">${photo.gps.lat.toFixed(5)}, ${photo.gps.lon.toFixed(5)}</bdi></dd>`
          : nothing
      }
      <dt>${t('photos.sharing')}</dt>
      <dd>${photo.shareWithWco ? t('photos.sharedWithWco') : t('photos.notShared')}</dd>
      ${
        photo.uploadedAt
          ? html`<dt>${t('photos.added')}</dt>
              <dd>
                ${t('photos.addedBy', { user: photo.uploadedBy ?? '', date: formatDateTime(photo.uploadedAt) })}
              </dd>`
          : nothing
      }
      <dt>${t('photos.hash')}</dt>
      <dd><bdi class="mono" title=${photo.hash}>${photo.hash.slice(0, 16)}</bdi></dd>
    </dl>`;
  }

  #renderDialog() {
    const photo = this.opened;
    const similar = photo
      ? paths.photos(new URLSearchParams({ similar: photo.hash, case: this.caseId }))
      : '';
    return html`<dialog id="photo-dialog" aria-labelledby="photo-title" @close=${this.#onDialogClose}>
      ${
        photo
          ? html`<h2 id="photo-title" dir="auto">${photo.caption ?? t('photos.altNoCaption')}</h2>
              <img class="large" src=${photoUrl(photo.hash)} alt=${this.#altOf(photo)} />
              ${this.#renderDetails(photo)}
              <div class="actions">
                <a class="button secondary" href=${similar} @click=${() => closePhotoDialog(this.renderRoot)}
                  >${t('photos.similar')}</a
                >
                ${openOriginalLink(photoUrl(photo.hash))}
                ${
                  this.editable
                    ? html`<button
                        type="button"
                        class="danger"
                        ?disabled=${this.busy}
                        @click=${() => this.#remove(photo)}
                      >
                        ${t('photos.remove')}
                      </button>`
                    : nothing
                }
                ${closePhotoButton(this.renderRoot)}
              </div>`
          : nothing
      }
    </dialog>`;
  }

  override render() {
    return html`<section class="panel" aria-labelledby="photos-heading">
      <h2 id="photos-heading">${t('photos.section')}</h2>
      ${this.#renderThumbs()}
      ${
        this.outcome
          ? html`<p
              class="message ${this.outcome.kind}"
              role=${this.outcome.kind === 'error' ? 'alert' : 'status'}
            >
              ${t(this.outcome.key)}
            </p>`
          : nothing
      }
      ${this.editable ? this.#renderUpload() : nothing} ${this.#renderDialog()}
    </section>`;
  }
}

customElements.define('cen-photo-gallery', CenPhotoGallery);

declare global {
  interface HTMLElementTagNameMap {
    'cen-photo-gallery': CenPhotoGallery;
  }
}
