/**
 * `<cen-setup>`: the one page of a node whose setup is pending (installed by the package, first
 * boot). The first administrator, once the one-time password is changed and a second factor
 * enrolled, gives the administration's name, its role and country and where the node listens;
 * the node then starts as configured and this page says where it answers and what comes next.
 *
 * Events out: none; on success the page offers the link to the configured node.
 */
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { live } from 'lit/directives/live.js';
import { HEALTH_PATH, type InterfaceAddress, type ValidationIssue } from '../../protocol/api.ts';
import { ApiRequestError, issuesOf } from './api/http.ts';
import {
  completeSetup,
  setupStatus,
  type SetupRequest,
  type SetupResponse,
  type SetupStatusResponse,
} from './api/setup.ts';
import { LocaleController, t, type MessageKey } from './i18n/index.ts';
import { options } from './i18n/vocabulary.ts';
import { sharedStyles } from './styles.ts';

type FieldKey = 'name' | 'role' | 'country' | 'apiHost' | 'apiPort' | 'p2pHost' | 'p2pPort';
const FIELD_KEYS: readonly string[] = ['name', 'role', 'country', 'apiHost', 'apiPort', 'p2pHost', 'p2pPort'];

/** What the administrator has typed so far: kept here so a re-render (a new language) loses nothing. */
type Draft = Record<Exclude<FieldKey, 'role'>, string>;

/**
 * A refusal in the page's language where the node's rule is known (node/setup.ts names them);
 * otherwise the node's own English sentence, which still says what is wrong.
 */
function problemText(issue: ValidationIssue): string {
  const port = issue.path === 'apiPort' || issue.path === 'p2pPort';
  const host = issue.path === 'apiHost' || issue.path === 'p2pHost';
  if (issue.path === 'name' && ['required', 'min'].includes(issue.rule))
    return t('setup.problems.nameMissing');
  if (issue.path === 'country') {
    return issue.rule === 'required' ? t('setup.problems.countryMissing') : t('setup.problems.country');
  }
  if (port && issue.rule === 'port-same') return t('setup.problems.portSame');
  if (port && issue.rule === 'port-in-use') return t('setup.problems.portInUse');
  if (port && ['required', 'type', 'min', 'max'].includes(issue.rule)) return t('setup.problems.port');
  if (host && issue.rule === 'address') return t('setup.problems.address');
  if (host && issue.rule === 'plain-http') return t('setup.problems.plainHttp');
  return issue.message;
}

/** How long the page waits for the configured node to answer before offering the link anyway. */
const READY_TIMEOUT_MS = 30_000;

export class CenSetup extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      form {
        max-inline-size: 40rem;
      }
      fieldset {
        margin-block: 1rem;
        border: 1px solid var(--border, #ccc);
        padding: 0.75rem 1rem;
      }
      .pair {
        display: flex;
        flex-wrap: wrap;
        gap: 1rem;
      }
      .pair .field {
        flex: 1 1 12rem;
      }
    `,
  ];

  static override properties = {
    status: { state: true },
    role: { state: true },
    issues: { state: true },
    failure: { state: true },
    busy: { state: true },
    result: { state: true },
    ready: { state: true },
    draft: { state: true },
  };

  declare status: SetupStatusResponse | undefined;
  declare role: 'national' | 'wco';
  declare issues: ValidationIssue[];
  declare failure: string | undefined;
  declare busy: boolean;
  declare result: SetupResponse | undefined;
  /** The configured node answers at the result's URL. */
  declare ready: boolean;
  declare draft: Draft;
  /** After a refusal, the keyboard goes to the first field refused. */
  #focusIssue = false;

  constructor() {
    super();
    new LocaleController(this);
    this.status = undefined;
    this.role = 'national';
    this.issues = [];
    this.failure = undefined;
    this.busy = false;
    this.result = undefined;
    this.ready = false;
    this.draft = { name: '', country: '', apiHost: '', apiPort: '', p2pHost: '', p2pPort: '' };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#load();
  }

  async #load(): Promise<void> {
    try {
      const status = await setupStatus();
      // The addresses offered are where the node answers now: keeping them keeps it reachable.
      this.draft = {
        ...this.draft,
        apiHost: status.current.apiHost,
        apiPort: String(status.current.apiPort || 443),
        p2pPort: String(status.current.p2pPort || 9090),
      };
      this.status = status;
    } catch (err) {
      this.failure =
        err instanceof ApiRequestError && err.status === 0 ? t('app.unreachable') : t('setup.failed');
    }
  }

  #set(key: keyof Draft) {
    return (event: Event) => {
      this.draft = { ...this.draft, [key]: (event.target as HTMLInputElement | HTMLSelectElement).value };
    };
  }

  /** An empty or malformed port goes as 0, which the node refuses next to its field. */
  static #port(value: string): number {
    return /^\d+$/.test(value.trim()) ? Number(value.trim()) : 0;
  }

  readonly #submit = async (event: SubmitEvent) => {
    event.preventDefault();
    this.failure = undefined;
    this.issues = [];
    const draft = this.draft;
    const p2pHost = draft.p2pHost.trim();
    const request: SetupRequest = {
      name: draft.name.trim(),
      role: this.role,
      ...(this.role === 'national' && draft.country ? { country: draft.country } : {}),
      apiHost: draft.apiHost.trim(),
      apiPort: CenSetup.#port(draft.apiPort),
      ...(p2pHost ? { p2pHost } : {}),
      p2pPort: CenSetup.#port(draft.p2pPort),
    };
    this.busy = true;
    try {
      this.result = await completeSetup(request);
      void this.#waitUntilReady(this.result);
    } catch (err) {
      const issues = issuesOf(err);
      if (issues.length > 0) {
        this.issues = issues;
        this.#focusIssue = true;
      } else if (err instanceof ApiRequestError && err.status === 409) this.failure = t('setup.alreadyDone');
      else if (err instanceof ApiRequestError && err.status === 0) this.failure = t('app.unreachable');
      else this.failure = t('setup.failed');
    } finally {
      this.busy = false;
    }
  };

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('result') && this.result) {
      // The form is gone: screen readers and the keyboard continue at the outcome.
      this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
    } else if (this.#focusIssue) {
      this.#focusIssue = false;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid=true]')?.focus();
    }
  }

  /** On the same address, the page waits for the configured node, then offers to go on. */
  async #waitUntilReady(result: SetupResponse): Promise<void> {
    if (result.moved) return;
    const deadline = Date.now() + READY_TIMEOUT_MS;
    while (Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      try {
        const health = (await (await fetch(HEALTH_PATH)).json()) as { status?: string; setup?: string };
        if (health.status === 'ok' && health.setup === undefined) break;
      } catch {
        // the node is between its restricted and its full services
      }
    }
    this.ready = true;
  }

  #issuesOf(key: FieldKey): ValidationIssue[] {
    return this.issues.filter((issue) => issue.path === key);
  }

  #field(key: FieldKey, label: MessageKey, help: MessageKey, control: (describedBy: string) => unknown) {
    const issues = this.#issuesOf(key);
    const helpId = `${key}-help`;
    const errorId = `${key}-error`;
    return html`<div class="field">
      <label for=${key}>${t(label)}</label>
      ${control(issues.length > 0 ? `${helpId} ${errorId}` : helpId)}
      <div class="hint" id=${helpId}>${t(help)}</div>
      ${
        issues.length > 0
          ? html`<div class="field-error" id=${errorId}>
              ${issues.map((issue) => html`<div>${problemText(issue)}</div>`)}
            </div>`
          : nothing
      }
    </div>`;
  }

  #input(
    key: keyof Draft,
    extra: { inputmode?: string; list?: string; required?: boolean; autocomplete?: string } = {},
  ) {
    return (describedBy: string) =>
      html`<input
        id=${key}
        name=${key}
        type="text"
        .value=${live(this.draft[key])}
        @input=${this.#set(key)}
        inputmode=${extra.inputmode ?? nothing}
        autocomplete=${extra.autocomplete ?? 'off'}
        list=${extra.list ?? nothing}
        ?required=${extra.required ?? true}
        aria-invalid=${this.#issuesOf(key).length > 0 ? 'true' : 'false'}
        aria-describedby=${describedBy}
      />`;
  }

  #addressList(interfaces: readonly InterfaceAddress[]) {
    return html`<datalist id="addresses">
      <option value="0.0.0.0">${t('setup.everyAddress')}</option>
      <option value="127.0.0.1">${t('setup.loopbackOnly')}</option>
      ${interfaces.map((entry) => html`<option value=${entry.address}>${entry.name}</option>`)}
    </datalist>`;
  }

  /**
   * A full load, not the console's in-page navigation: the page loaded by the pending node knows
   * only the setup, and the configured node's console starts afresh (same session, same address).
   */
  readonly #openConfigured = (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    location.assign((event.currentTarget as HTMLAnchorElement).href);
  };

  #renderResult(result: SetupResponse) {
    const url = `${result.url}/`;
    return html`<h1 tabindex="-1">${t('setup.doneTitle')}</h1>
      <p class="message success" role="status">${t('setup.done', { name: result.name, url })}</p>
      ${result.signInAgain ? html`<p>${t('setup.signInAgain')}</p>` : nothing}
      <p class="next">${t('setup.next')}</p>
      ${
        result.moved || this.ready
          ? html`<p><a class="button" href=${url} @click=${this.#openConfigured}>${t('setup.open')}</a></p>`
          : html`<p role="status" aria-busy="true">${t('setup.starting')}</p>`
      }`;
  }

  override render() {
    if (this.result) return this.#renderResult(this.result);
    const status = this.status;
    const unplaced = this.issues.filter((issue) => !FIELD_KEYS.includes(issue.path));
    return html`
      <h1>${t('setup.title')}</h1>
      <p>${t('setup.intro')}</p>
      ${this.failure ? html`<p class="message error" role="alert">${this.failure}</p>` : nothing}
      ${
        unplaced.length > 0
          ? html`<div class="message error" role="alert">
              ${unplaced.map((issue) => html`<div>${problemText(issue)}</div>`)}
            </div>`
          : nothing
      }
      ${
        status === undefined
          ? nothing
          : html`<form @submit=${this.#submit} novalidate>
              ${this.#addressList(status.interfaces)}
              <fieldset>
                <legend>${t('setup.administration')}</legend>
                ${this.#field(
                  'name',
                  'setup.name',
                  'setup.nameHelp',
                  this.#input('name', { autocomplete: 'organization' }),
                )}
                ${this.#field(
                  'role',
                  'setup.role',
                  'setup.roleHelp',
                  (describedBy) =>
                    html`<select
                      id="role"
                      aria-describedby=${describedBy}
                      @change=${(event: Event) => {
                        this.role = (event.target as HTMLSelectElement).value === 'wco' ? 'wco' : 'national';
                      }}
                    >
                      <option value="national" ?selected=${this.role === 'national'}>
                        ${t('setup.roleNational')}
                      </option>
                      <option value="wco" ?selected=${this.role === 'wco'}>${t('setup.roleWco')}</option>
                    </select>`,
                )}
                ${
                  this.role === 'national'
                    ? this.#field(
                        'country',
                        'setup.country',
                        'setup.countryHelp',
                        (describedBy) =>
                          html`<select
                            id="country"
                            required
                            aria-invalid=${this.#issuesOf('country').length > 0 ? 'true' : 'false'}
                            aria-describedby=${describedBy}
                            @change=${this.#set('country')}
                          >
                            <option value="" .selected=${live(this.draft.country === '')}>
                              ${t('setup.chooseCountry')}
                            </option>
                            ${options('country').map(
                              (o) =>
                                html`<option value=${o.code} .selected=${live(o.code === this.draft.country)}>
                                  ${o.label}
                                </option>`,
                            )}
                          </select>`,
                      )
                    : nothing
                }
              </fieldset>
              <fieldset>
                <legend>${t('setup.addresses')}</legend>
                <p class="hint">${t('setup.addressesHelp', { url: status.current.url })}</p>
                ${status.tls ? nothing : html`<p class="hint">${t('setup.plainHttpHint')}</p>`}
                ${
                  status.interfaces.length === 0
                    ? nothing
                    : html`<p class="hint interfaces">
                        ${t('setup.interfaces')}
                        ${status.interfaces.map(
                          (entry, i) =>
                            html`${i > 0 ? ', ' : ''}<bdi class="mono">${entry.address}</bdi>
                              (${entry.name})`,
                        )}
                      </p>`
                }
                <div class="pair">
                  ${this.#field(
                    'apiHost',
                    'setup.apiHost',
                    'setup.apiHostHelp',
                    this.#input('apiHost', { list: 'addresses' }),
                  )}
                  ${this.#field(
                    'apiPort',
                    'setup.apiPort',
                    'setup.apiPortHelp',
                    this.#input('apiPort', { inputmode: 'numeric' }),
                  )}
                </div>
                <div class="pair">
                  ${this.#field(
                    'p2pHost',
                    'setup.p2pHost',
                    'setup.p2pHostHelp',
                    this.#input('p2pHost', { list: 'addresses', required: false }),
                  )}
                  ${this.#field(
                    'p2pPort',
                    'setup.p2pPort',
                    'setup.p2pPortHelp',
                    this.#input('p2pPort', { inputmode: 'numeric' }),
                  )}
                </div>
              </fieldset>
              <div class="actions">
                <button type="submit" ?disabled=${this.busy}>${t('setup.submit')}</button>
              </div>
            </form>`
      }
    `;
  }
}

customElements.define('cen-setup', CenSetup);
