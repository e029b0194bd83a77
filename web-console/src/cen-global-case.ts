/**
 * `<cen-global-case>`: one case of the WCO's global CEN, read-only: the anonymised projection its
 * member contributed, every code labelled in the reader's language (the case view's parts), which
 * member reported it and when the WCO node received it, and the photos the member shared, as
 * thumbnails that open full size. Nothing here is editable or sendable: the case stays the
 * member's, and what the global CEN holds of it carries no names, narrative or national references.
 *
 * Properties in: `member` (the contributing node's id), `caseId`.
 */
import { Task } from '@lit/task';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import type { GlobalCase } from '../../protocol/api.ts';
import type { PhotoMeta } from '../../protocol/records.ts';
import { getGlobalCase, globalFailureOf, globalPhotoUrl } from './api/global.ts';
import {
  casePartStyles,
  renderCaseGeneral,
  renderCaseItems,
  renderCaseOffenders,
  renderCasePlace,
} from './case-parts.ts';
import {
  closePhotoButton,
  openOriginalLink,
  photoDialogStyles,
  photoStyles,
  showPhotoDialog,
} from './cen-photo-gallery.ts';
import { formatDate, formatDateTime, formatList, formatNumber, LocaleController, t } from './i18n/index.ts';
import { label } from './i18n/vocabulary.ts';
import { fieldRow } from './record-parts.ts';
import { loadingStatus } from './list-parts.ts';
import { paths } from './router.ts';
import { sharedStyles } from './styles.ts';

export class CenGlobalCase extends LitElement {
  static override styles = [
    sharedStyles,
    casePartStyles,
    photoStyles,
    photoDialogStyles,
    css`
      .member {
        font-size: 1.05rem;
      }
      /* Nothing under the photo here but its two buttons. */
      dialog img.large {
        max-block-size: 70vh;
      }
    `,
  ];

  static override properties = {
    member: {},
    caseId: { attribute: 'case-id' },
    opened: { state: true },
  };

  declare member: string;
  declare caseId: string;
  /** The photo shown full size, by its position among the case's photos (from 1). */
  declare opened: number | undefined;

  readonly #case = new Task(this, {
    task: ([member, id], { signal }) => getGlobalCase(member, id, signal),
    args: () => [this.member, this.caseId] as const,
  });

  constructor() {
    super();
    new LocaleController(this);
    this.member = '';
    this.caseId = '';
    this.opened = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('opened') && this.opened !== undefined) showPhotoDialog(this.renderRoot);
  }

  readonly #onDialogClose = () => {
    const number = this.opened;
    this.opened = undefined;
    // Keyboard users continue from the thumbnail they opened.
    if (number !== undefined)
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>(`button.thumb[data-number="${number}"]`)?.focus(),
      );
  };

  #altOf(photo: PhotoMeta, number: number): string {
    return photo.width && photo.height
      ? t('globalCen.photoAlt', {
          number: formatNumber(number),
          width: formatNumber(photo.width),
          height: formatNumber(photo.height),
        })
      : t('globalCen.photoAltNoSize', { number: formatNumber(number) });
  }

  #renderPhotos(photos: readonly PhotoMeta[]) {
    return html`<section class="panel" aria-labelledby="photos-heading">
      <h2 id="photos-heading">${t('globalCen.photos')}</h2>
      ${
        photos.length === 0
          ? html`<p class="hint">${t('globalCen.noPhotos')}</p>`
          : html`<ul class="thumbs">
              ${photos.map(
                (photo, index) =>
                  html`<li data-hash=${photo.hash}>
                    <button
                      type="button"
                      class="thumb"
                      data-number=${index + 1}
                      aria-label=${t('globalCen.openPhoto', { number: formatNumber(index + 1) })}
                      @click=${() => (this.opened = index + 1)}
                    >
                      <img src=${globalPhotoUrl(photo.hash, true)} alt="" loading="lazy" />
                    </button>
                  </li>`,
              )}
            </ul>`
      }
    </section>`;
  }

  #renderDialog(photos: readonly PhotoMeta[]) {
    const number = this.opened;
    const photo = number === undefined ? undefined : photos[number - 1];
    return html`<dialog id="photo-dialog" aria-labelledby="photo-title" @close=${this.#onDialogClose}>
      ${
        photo && number !== undefined
          ? html`<h2 id="photo-title">${t('globalCen.photoTitle', { number: formatNumber(number) })}</h2>
              <img class="large" src=${globalPhotoUrl(photo.hash)} alt=${this.#altOf(photo, number)} />
              <div class="actions">
                ${openOriginalLink(globalPhotoUrl(photo.hash))} ${closePhotoButton(this.renderRoot)}
              </div>`
          : nothing
      }
    </dialog>`;
  }

  #renderMember(found: GlobalCase) {
    const c = found.case;
    const handling = c.handling;
    return html`<section class="panel" aria-labelledby="member-heading">
      <h2 id="member-heading">${t('globalCen.contribution')}</h2>
      <dl class="fields">
        ${fieldRow('globalCen.member', html`<span data-field="member">${label('country', found.member.country)}${found.member.name ? html` · <bdi>${found.member.name}</bdi>` : nothing}</span>`)}
        ${fieldRow('globalCen.receivedAt', html`<span data-field="receivedAt">${formatDateTime(found.receivedAt)}</span>`)}
        ${fieldRow('globalCen.version', formatNumber(found.version))}
        ${fieldRow('fields.handlingCode', label('handlingCode', handling?.code))}
        ${fieldRow('fields.sourceEvaluation', label('sourceEvaluation', handling?.source))}
        ${fieldRow(
          'fields.informationReliability',
          handling?.reliability === undefined
            ? undefined
            : label('informationReliability', String(handling.reliability)),
        )}
      </dl>
      <p class="hint">${t('globalCen.anonymised')}</p>
    </section>`;
  }

  #renderCase(found: GlobalCase) {
    const c = found.case;
    const photos = c.photos ?? [];
    const commodities = formatList((c.items ?? []).map((item) => label('commodity', item.commodity)));
    return html`
      <h1>${t('globalCen.caseTitle')}</h1>
      <p class="member">
        ${t('globalCen.reportedBy', {
          country: label('country', found.member.country),
          date: formatDate(c.seizureDate),
          commodities,
        })}
      </p>
      <div class="sections">${this.#renderMember(found)} ${renderCaseGeneral(c)}</div>
      <div class="sections">${renderCasePlace(c, { received: true })}</div>
      ${renderCaseItems(c)} ${renderCaseOffenders(c)} ${this.#renderPhotos(photos)}
      ${this.#renderDialog(photos)}
    `;
  }

  #renderFailure(error: unknown) {
    const failure = globalFailureOf(error);
    const key =
      failure === 'unreachable'
        ? 'globalCen.unreachable'
        : failure === 'no-agreement'
          ? 'globalCen.noAgreement'
          : failure === 'not-found'
            ? 'globalCen.notFound'
            : 'app.loadFailed';
    return html`<h1>${t('globalCen.caseTitle')}</h1>
      <p class="message ${failure === 'other' ? 'error' : 'warning'}" role="alert" data-failure=${failure}>
        ${t(key)}
      </p>`;
  }

  override render() {
    return html`
      ${this.#case.render({
        pending: loadingStatus,
        complete: (found) => this.#renderCase(found),
        error: (error) => this.#renderFailure(error),
      })}
      <p><a href=${paths.global()}>${t('globalCen.back')}</a></p>
    `;
  }
}

customElements.define('cen-global-case', CenGlobalCase);

declare global {
  interface HTMLElementTagNameMap {
    'cen-global-case': CenGlobalCase;
  }
}
