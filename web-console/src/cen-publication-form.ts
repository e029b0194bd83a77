/**
 * `<cen-publication-form>`: the WCO's composer. Kind, title, language, body (plain text: blank
 * lines separate paragraphs, `- ` starts a list item, `**…**` is bold), who receives it (every
 * member, or listed countries and node ids) and attachments; saved as a draft, which the
 * publication's screen then publishes.
 */
import { html, LitElement, nothing } from 'lit';
import { PUBLICATION_KINDS, PUBLICATION_LIMITS, type PublicationKind } from '../../protocol/api.ts';
import { ApiRequestError } from './api/http.ts';
import { createPublication, type CreatePublicationRequest } from './api/publications.ts';
import { LANGUAGE_NAMES, LANGUAGES, LocaleController, t, type Language } from './i18n/index.ts';
import { kindLabel } from './cen-publication-parts.ts';
import { navigate, paths } from './router.ts';
import { sharedStyles } from './styles.ts';

const listOf = (text: string) =>
  text
    .split(/[\s,;]+/)
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);

export class CenPublicationForm extends LitElement {
  static override styles = [sharedStyles];

  static override properties = {
    everyone: { state: true },
    busy: { state: true },
    error: { state: true },
  };

  declare everyone: boolean;
  declare busy: boolean;
  declare error: string | undefined;

  constructor() {
    super();
    new LocaleController(this);
    this.everyone = true;
    this.busy = false;
    this.error = undefined;
  }

  readonly #submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const text = (name: string) => {
      const value = form.get(name);
      return typeof value === 'string' ? value : '';
    };
    const input: CreatePublicationRequest = {
      kind: text('kind') as PublicationKind,
      title: text('title'),
      body: text('body'),
      language: text('language') as Language,
      audience: this.everyone
        ? { all: true, countries: [], nodeIds: [] }
        : {
            all: false,
            countries: listOf(text('countries')).map((code) => code.toUpperCase()),
            nodeIds: listOf(text('nodeIds')),
          },
    };
    const files = form.getAll('attachments').filter((f): f is File => f instanceof File && f.size > 0);
    this.busy = true;
    this.error = undefined;
    try {
      const draft = await createPublication(input, files);
      navigate(paths.publication(draft.id));
    } catch (err) {
      this.error =
        err instanceof ApiRequestError && Array.isArray(err.details)
          ? (err.details as { path: string; message: string }[])
              .map((d) => `${d.path}: ${d.message}`)
              .join('; ')
          : err instanceof Error
            ? err.message
            : String(err);
    } finally {
      this.busy = false;
    }
  };

  override render() {
    return html`<p><a href=${paths.publications}>${t('publications.back')}</a></p>
      <h1>${t('publications.new')}</h1>
      <form @submit=${this.#submit}>
        <div class="field">
          <label for="kind">${t('publications.kind')}</label>
          <select id="kind" name="kind">
            ${PUBLICATION_KINDS.map((kind) => html`<option value=${kind}>${kindLabel(kind)}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="title">${t('publications.titleField')}</label>
          <input id="title" name="title" required maxlength=${PUBLICATION_LIMITS.title} />
        </div>
        <div class="field">
          <label for="language">${t('publications.language')}</label>
          <select id="language" name="language">
            ${LANGUAGES.map((language) => html`<option value=${language}>${LANGUAGE_NAMES[language]}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="body">${t('publications.body')}</label>
          <textarea
            id="body"
            name="body"
            required
            maxlength=${PUBLICATION_LIMITS.body}
            aria-describedby="body-hint"
          ></textarea>
          <p class="hint" id="body-hint">${t('publications.bodyHint')}</p>
        </div>
        <fieldset class="field">
          <legend>${t('publications.audience')}</legend>
          <label
            ><input
              type="radio"
              name="audience"
              .checked=${this.everyone}
              @change=${() => (this.everyone = true)}
            />${t('publications.audienceAll')}</label
          >
          <label
            ><input
              type="radio"
              name="audience"
              .checked=${!this.everyone}
              @change=${() => (this.everyone = false)}
            />${t('publications.audienceListed')}</label
          >
          ${
            this.everyone
              ? nothing
              : html`<label for="countries">${t('publications.countries')}</label>
                  <input id="countries" name="countries" placeholder="KE, TZ" />
                  <label for="nodeIds">${t('publications.nodeIds')}</label>
                  <textarea id="nodeIds" name="nodeIds"></textarea>`
          }
        </fieldset>
        <div class="field">
          <label for="attachments">${t('publications.attachments')}</label>
          <input
            id="attachments"
            name="attachments"
            type="file"
            multiple
            accept=".pdf,.png,.jpg,.jpeg,.webp,.xlsx,.txt"
            aria-describedby="attachments-hint"
          />
          <p class="hint" id="attachments-hint">${t('publications.attachmentsHint')}</p>
        </div>
        ${this.error ? html`<p class="message error" role="alert">${this.error}</p>` : nothing}
        <div class="actions">
          <button type="submit" ?disabled=${this.busy}>${t('publications.saveDraft')}</button>
        </div>
      </form>`;
  }
}

customElements.define('cen-publication-form', CenPublicationForm);

declare global {
  interface HTMLElementTagNameMap {
    'cen-publication-form': CenPublicationForm;
  }
}
