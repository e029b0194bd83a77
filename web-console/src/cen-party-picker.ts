/**
 * `<cen-party-picker>`: finds an existing person or business to link to a case. The officer
 * types a name, or a document or registration number (text with a digit in it); the node is asked
 * once typing pauses, and the matches show with what tells namesakes apart. It follows the ARIA
 * combobox pattern: the text field owns a listbox, arrow keys move through the matches, Enter
 * picks one, Escape closes the list (or clears the text), and the number found is announced.
 *
 * Properties in: `kind` ('person' | 'business').
 * Events out: `cen-party-picked` with `{ id, name, role }` (role '' when none was chosen).
 *
 * @example
 *   html`<cen-party-picker kind="person" @cen-party-picked=${(e) => link(e.detail)}></cen-party-picker>`
 */
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import type { Business, Person } from '../../protocol/records.ts';
import { searchBusinesses } from './api/businesses.ts';
import { searchPersons } from './api/persons.ts';
import { LocaleController, t } from './i18n/index.ts';
import { options } from './i18n/vocabulary.ts';
import { businessSearchOf, personSearchOf } from './party-search.ts';
import { businessDetails, personDetails, personName } from './party-parts.ts';
import { sharedStyles } from './styles.ts';

/** Typing pause before asking the node: each search is audited, so not one per keystroke. */
export const SEARCH_DELAY_MS = 300;
/** Enough to tell a match from its namesakes; a longer list means the text should be longer. */
const MAX_RESULTS = 10;

export interface PartyPicked {
  id: string;
  name: string;
  role: string;
}

interface Match {
  id: string;
  name: string;
  details: string[];
}

type SearchState = 'idle' | 'searching' | 'done' | 'failed';

const matchOfPerson = (person: Person): Match => ({
  id: person.id,
  name: personName(person),
  details: personDetails(person),
});
const matchOfBusiness = (business: Business): Match => ({
  id: business.id,
  name: business.name,
  details: businessDetails(business),
});

export class CenPartyPicker extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .combo {
        position: relative;
      }
      [role='listbox'] {
        list-style: none;
        margin: 0;
        padding: 0;
        max-inline-size: 32rem;
        border: 1px solid var(--cen-border, #6b6b6b);
        border-radius: var(--cen-radius, 4px);
        background: #fff;
        max-block-size: 18rem;
        overflow: auto;
      }
      [role='option'] {
        padding-block: 0.4rem;
        padding-inline: 0.6rem;
        cursor: pointer;
        border-block-end: 1px solid var(--cen-line, #d0d4d9);
      }
      [role='option']:last-child {
        border-block-end: none;
      }
      [role='option'][aria-selected='true'] {
        background: var(--cen-primary, #0b4f8a);
        color: #fff;
        outline: 2px solid var(--cen-primary-dark, #083a66);
      }
      [role='option'] .details {
        display: block;
        font-size: 0.9rem;
      }
      .status {
        margin-block: 0.25rem 0;
        font-size: 0.9rem;
      }
    `,
  ];

  static override properties = {
    kind: { reflect: true },
    text: { state: true },
    found: { state: true },
    open: { state: true },
    active: { state: true },
    state: { state: true },
    picked: { state: true },
  };

  declare kind: 'person' | 'business';
  declare text: string;
  declare found: Match[];
  declare open: boolean;
  /** Index of the highlighted match, -1 for none. */
  declare active: number;
  declare state: SearchState;
  /** The name last linked, announced once. */
  declare picked: string | undefined;

  #timer: ReturnType<typeof setTimeout> | undefined;
  #abort: AbortController | undefined;

  constructor() {
    super();
    new LocaleController(this);
    this.kind = 'person';
    this.text = '';
    this.found = [];
    this.open = false;
    this.active = -1;
    this.state = 'idle';
    this.picked = undefined;
  }

  override disconnectedCallback(): void {
    clearTimeout(this.#timer);
    this.#abort?.abort();
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('kind')) this.#reset();
  }

  #reset(): void {
    clearTimeout(this.#timer);
    this.#abort?.abort();
    this.found = [];
    this.open = false;
    this.active = -1;
    this.state = 'idle';
  }

  readonly #onInput = (event: Event) => {
    this.text = (event.target as HTMLInputElement).value;
    this.picked = undefined;
    this.#reset();
    if (this.text.trim().length < 2) return;
    this.#timer = setTimeout(() => void this.#search(this.text), SEARCH_DELAY_MS);
  };

  async #search(text: string): Promise<void> {
    const abort = new AbortController();
    this.#abort = abort;
    this.state = 'searching';
    try {
      const matches =
        this.kind === 'person'
          ? (await searchPersons({ ...personSearchOf(text), limit: MAX_RESULTS }, abort.signal)).items.map(
              matchOfPerson,
            )
          : (
              await searchBusinesses({ ...businessSearchOf(text), limit: MAX_RESULTS }, abort.signal)
            ).items.map(matchOfBusiness);
      if (abort.signal.aborted) return;
      this.found = matches;
      this.open = matches.length > 0;
      this.active = -1;
      this.state = 'done';
    } catch {
      if (abort.signal.aborted) return;
      this.found = [];
      this.open = false;
      this.state = 'failed';
    }
  }

  #pick(match: Match): void {
    const role = this.renderRoot.querySelector<HTMLSelectElement>('#role')?.value ?? '';
    this.dispatchEvent(
      new CustomEvent<PartyPicked>('cen-party-picked', { detail: { id: match.id, name: match.name, role } }),
    );
    this.text = '';
    this.#reset();
    this.picked = match.name;
  }

  readonly #onKeyDown = (event: KeyboardEvent) => {
    const count = this.found.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (count === 0) return;
        event.preventDefault();
        const down = event.key === 'ArrowDown';
        if (!this.open) {
          this.open = true;
          this.active = down ? 0 : count - 1;
        } else if (this.active === -1) {
          this.active = down ? 0 : count - 1;
        } else {
          this.active = (this.active + (down ? 1 : count - 1)) % count;
        }
        void this.updateComplete.then(() =>
          this.renderRoot.querySelector(`#option-${this.active}`)?.scrollIntoView({ block: 'nearest' }),
        );
        return;
      }
      case 'Enter': {
        // Enter never submits the case form from here: it either picks or does nothing.
        event.preventDefault();
        const match = this.open ? this.found[this.active] : undefined;
        if (match) this.#pick(match);
        return;
      }
      case 'Escape': {
        if (this.open) {
          event.preventDefault();
          this.open = false;
          this.active = -1;
        } else if (this.text !== '') {
          event.preventDefault();
          this.text = '';
          this.#reset();
        }
        return;
      }
    }
  };

  #statusText(): string {
    const person = this.kind === 'person';
    if (this.picked !== undefined) return t('picker.linked', { name: this.picked });
    switch (this.state) {
      case 'idle':
        return '';
      case 'searching':
        return t('picker.searching');
      case 'failed':
        return t('picker.failed');
      case 'done':
        if (this.found.length === 0) return t(person ? 'picker.noPersons' : 'picker.noBusinesses');
        return t(person ? 'picker.personsFound' : 'picker.businessesFound', { count: this.found.length });
    }
  }

  override render() {
    const person = this.kind === 'person';
    const activeId = this.open && this.active >= 0 ? `option-${this.active}` : undefined;
    return html`<div class="grid">
        <div class="field combo">
          <label id="search-label" for="search"
            >${t(person ? 'picker.findPerson' : 'picker.findBusiness')}</label
          >
          <input
            id="search"
            type="text"
            role="combobox"
            autocomplete="off"
            spellcheck="false"
            dir="auto"
            aria-autocomplete="list"
            aria-expanded=${this.open ? 'true' : 'false'}
            aria-controls="matches"
            aria-activedescendant=${activeId ?? nothing}
            aria-describedby="search-hint"
            .value=${this.text}
            @input=${this.#onInput}
            @keydown=${this.#onKeyDown}
            @blur=${() => {
              this.open = false;
              this.active = -1;
            }}
            @focus=${() => {
              if (this.found.length > 0) this.open = true;
            }}
          />
          <div class="hint" id="search-hint">${t(person ? 'picker.personHint' : 'picker.businessHint')}</div>
          <ul id="matches" role="listbox" aria-labelledby="search-label" ?hidden=${!this.open}>
            ${this.found.map(
              (match, index) =>
                html`<li
                  id=${`option-${index}`}
                  role="option"
                  aria-selected=${index === this.active ? 'true' : 'false'}
                  @mousedown=${(event: Event) => event.preventDefault()}
                  @click=${() => this.#pick(match)}
                >
                  <bdi>${match.name}</bdi>
                  ${match.details.length > 0 ? html`<span class="details">${match.details.map((detail, i) => html`${i > 0 ? ' · ' : ''}<bdi>${detail}</bdi>`)}</span>` : nothing}
                </li>`,
            )}
          </ul>
          <p class="status" role="status">${this.#statusText()}</p>
        </div>
        <div class="field">
          <label for="role">${t(person ? 'fields.personRole' : 'fields.businessRole')}</label>
          <select id="role">
            <option value="">${t('form.choose')}</option>
            ${options(person ? 'personRole' : 'businessRole').map((option) => html`<option value=${option.code}>${option.label}</option>`)}
          </select>
        </div>
      </div>
      <p class="hint">${t('picker.pickHint')}</p>`;
  }
}

customElements.define('cen-party-picker', CenPartyPicker);

declare global {
  interface HTMLElementTagNameMap {
    'cen-party-picker': CenPartyPicker;
  }
}
