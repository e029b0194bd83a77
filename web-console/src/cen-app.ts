/**
 * `<cen-app>`: the console's shell. It checks for a session, shows the sign-in screen until
 * there is one (keeping the URL, so a deep link opens its screen after sign-in), then the header
 * (navigation, language, sign-out), notices (password expiry) and the screen for the URL. Screens
 * are loaded on first use, so the first screen carries only the shell and sign-in.
 *
 * Events in: `cen-signed-in` from the sign-in screen, `cen-password-changed` from the password
 * screen, the window's `popstate`, `ROUTE_EVENT` and `SESSION_EXPIRED_EVENT`.
 */
import { ContextProvider } from '@lit/context';
import { css, html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ApiRequestError, SESSION_EXPIRED_EVENT, SESSION_RESTRICTED_EVENT } from './api/http.ts';
import { currentSession, signOut, type SessionResponse } from './api/session.ts';
import { setupPending } from './api/setup.ts';
import './cen-language-switcher.ts';
import './cen-sign-in.ts';
import { LocaleController, startI18n, t, type MessageKey } from './i18n/index.ts';
import {
  currentRoute,
  interceptLinkClicks,
  navigate,
  paths,
  ROUTE_EVENT,
  type Route,
  type Screen,
} from './router.ts';
import { can, sessionContext, type ConsoleSession } from './session-context.ts';
import { sharedStyles } from './styles.ts';

type Phase = 'starting' | 'signed-out' | 'signed-in' | 'unreachable';

type LazyScreen = Exclude<Screen, 'not-found'>;

const SCREEN_MODULES: Readonly<Record<LazyScreen, () => Promise<unknown>>> = {
  dashboard: () => import('./cen-dashboard.ts'),
  cases: () => import('./cen-case-list.ts'),
  'case-new': () => import('./cen-case-form.ts'),
  'case-edit': () => import('./cen-case-form.ts'),
  case: () => import('./cen-case-view.ts'),
  persons: () => import('./cen-party-list.ts'),
  person: () => import('./cen-person-view.ts'),
  'person-edit': () => import('./cen-person-form.ts'),
  businesses: () => import('./cen-party-list.ts'),
  business: () => import('./cen-business-view.ts'),
  'business-edit': () => import('./cen-business-form.ts'),
  users: () => import('./cen-users.ts'),
  audit: () => import('./cen-audit-log.ts'),
  peers: () => import('./cen-peers.ts'),
  agreements: () => import('./cen-agreements.ts'),
  agreement: () => import('./cen-agreement-view.ts'),
  proposal: () => import('./cen-proposal-view.ts'),
  inbox: () => import('./cen-inbox.ts'),
  'inbox-item': () => import('./cen-inbox-item.ts'),
  queries: () => import('./cen-queries.ts'),
  import: () => import('./cen-import.ts'),
  photos: () => import('./cen-photo-search.ts'),
  watchlists: () => import('./cen-watchlists.ts'),
  'watchlist-new': () => import('./cen-watchlist-form.ts'),
  watchlist: () => import('./cen-watchlist-form.ts'),
  notifications: () => import('./cen-notifications.ts'),
  stats: () => import('./cen-stats.ts'),
  global: () => import('./cen-global-search.ts'),
  'global-case': () => import('./cen-global-case.ts'),
  'global-stats': () => import('./cen-global-stats.ts'),
  'global-quality': () => import('./cen-global-quality.ts'),
  publications: () => import('./cen-publications.ts'),
  'publication-new': () => import('./cen-publication-form.ts'),
  publication: () => import('./cen-publication-view.ts'),
  forum: () => import('./cen-forum.ts'),
  'forum-thread': () => import('./cen-forum-thread.ts'),
  operations: () => import('./cen-operations.ts'),
  'operation-new': () => import('./cen-operation-admin.ts'),
  operation: () => import('./cen-operation-room.ts'),
  'operation-admin': () => import('./cen-operation-admin.ts'),
  password: () => import('./cen-password-change.ts'),
  'second-factor': () => import('./cen-totp-enrolment.ts'),
};

const SCREEN_TITLES: Readonly<Record<Screen, MessageKey>> = {
  dashboard: 'nav.dashboard',
  cases: 'nav.cases',
  'case-new': 'caseForm.newTitle',
  'case-edit': 'caseForm.editTitle',
  case: 'caseView.title',
  persons: 'people.persons',
  person: 'person.title',
  'person-edit': 'recordForm.editPerson',
  businesses: 'people.businesses',
  business: 'business.title',
  'business-edit': 'recordForm.editBusiness',
  users: 'nav.users',
  audit: 'nav.audit',
  peers: 'nav.peers',
  agreements: 'nav.agreements',
  agreement: 'agreements.title',
  proposal: 'proposals.reviewTitle',
  inbox: 'nav.inbox',
  'inbox-item': 'inbox.title',
  queries: 'nav.queries',
  import: 'imports.title',
  photos: 'photos.title',
  watchlists: 'watchlists.title',
  'watchlist-new': 'watchlists.newRule',
  watchlist: 'watchlists.rule',
  notifications: 'watchlists.notificationsTitle',
  stats: 'stats.title',
  global: 'globalCen.title',
  'global-case': 'globalCen.caseTitle',
  'global-stats': 'globalStats.title',
  'global-quality': 'globalQuality.title',
  publications: 'publications.title',
  'publication-new': 'publications.new',
  publication: 'publications.title',
  forum: 'forum.title',
  'forum-thread': 'forum.title',
  operations: 'operations.title',
  'operation-new': 'operations.createTitle',
  operation: 'operations.roomTitle',
  'operation-admin': 'operations.adminTitle',
  password: 'password.title',
  'second-factor': 'totp.title',
  'not-found': 'app.notFoundTitle',
};

/** A password expiring within this many days is announced after sign-in. */
export const PASSWORD_EXPIRY_NOTICE_DAYS = 10;

/** What the session must do before anything else: change the password, or enrol a second factor. */
type Restriction = 'password' | 'second-factor';

export class CenApp extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        min-block-size: 100vh;
        display: flex;
        flex-direction: column;
      }
      .skip {
        position: absolute;
        inset-inline-start: 0.5rem;
        inset-block-start: -3rem;
        background: #fff;
        padding: 0.5rem 1rem;
        z-index: 10;
      }
      .skip:focus {
        inset-block-start: 0.5rem;
      }
      header {
        background: var(--cen-primary, #0b4f8a);
        color: #fff;
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem 1.5rem;
        padding-block: 0.5rem;
        padding-inline: 1rem;
      }
      header a,
      header a:hover {
        color: #fff;
      }
      header :focus-visible {
        outline-color: #fff;
      }
      .brand {
        font-weight: 700;
        font-size: 1.15rem;
        text-decoration: none;
      }
      nav ul {
        list-style: none;
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 1rem;
        margin: 0;
        padding: 0;
      }
      nav a {
        text-decoration: none;
        padding-block: 0.25rem;
        border-block-end: 2px solid transparent;
      }
      nav a[aria-current='page'] {
        border-block-end-color: #fff;
      }
      .user {
        margin-inline-start: auto;
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem 1rem;
      }
      .user button.on-dark {
        background: transparent;
        color: #fff;
        border-color: #fff;
      }
      .user button.on-dark:hover {
        background: var(--cen-primary-dark, #083a66);
      }
      main {
        flex: 1;
        padding: 1.25rem;
        max-inline-size: 80rem;
        inline-size: 100%;
        margin-inline: auto;
      }
      main:focus {
        outline: none;
      }
    `,
  ];

  static override properties = {
    phase: { state: true },
    session: { state: true },
    route: { state: true },
    loadedScreens: { state: true },
    notice: { state: true },
    expiryDays: { state: true },
    inactivityDays: { state: true },
    restrictions: { state: true },
    setupPending: { state: true },
  };

  declare phase: Phase;
  declare session: ConsoleSession | undefined;
  declare route: Route;
  declare loadedScreens: ReadonlySet<Screen>;
  /** A message about the session shown above the sign-in form. */
  declare notice: MessageKey | undefined;
  /** Days left on the password, when it is close to expiring. */
  declare expiryDays: number | undefined;
  /** Days the account had left before an inactivity block, when this sign-in came close to it. */
  declare inactivityDays: number | undefined;
  /** Steps the node requires first, in order; the requested screen shows once they are done. */
  declare restrictions: readonly Restriction[];
  /** A node installed by the package, first boot: its one page is the setup (cen-setup.ts). */
  declare setupPending: boolean;

  readonly #sessionProvider = new ContextProvider(this, { context: sessionContext });
  #routeChanged = false;

  constructor() {
    super();
    new LocaleController(this);
    this.phase = 'starting';
    this.session = undefined;
    this.route = currentRoute();
    this.loadedScreens = new Set();
    this.notice = undefined;
    this.expiryDays = undefined;
    this.inactivityDays = undefined;
    this.restrictions = [];
    this.setupPending = false;
  }

  readonly #onRoute = () => {
    this.route = currentRoute();
    this.#routeChanged = true;
    void this.#loadScreen();
  };

  readonly #onSessionExpired = () => {
    if (this.phase !== 'signed-in') return;
    this.#setSession(undefined);
    this.notice = 'app.sessionEnded';
    this.phase = 'signed-out';
  };

  readonly #onSessionRestricted = (event: Event) => {
    const code = (event as CustomEvent<string>).detail;
    const restriction: Restriction = code === 'password_change_required' ? 'password' : 'second-factor';
    if (this.phase === 'signed-in' && !this.restrictions.includes(restriction)) {
      this.restrictions = [...this.restrictions, restriction];
    }
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.#onRoute);
    window.addEventListener(ROUTE_EVENT, this.#onRoute);
    window.addEventListener(SESSION_EXPIRED_EVENT, this.#onSessionExpired);
    window.addEventListener(SESSION_RESTRICTED_EVENT, this.#onSessionRestricted);
    document.addEventListener('click', interceptLinkClicks);
    void this.#start();
  }

  override disconnectedCallback(): void {
    window.removeEventListener('popstate', this.#onRoute);
    window.removeEventListener(ROUTE_EVENT, this.#onRoute);
    window.removeEventListener(SESSION_EXPIRED_EVENT, this.#onSessionExpired);
    window.removeEventListener(SESSION_RESTRICTED_EVENT, this.#onSessionRestricted);
    document.removeEventListener('click', interceptLinkClicks);
    super.disconnectedCallback();
  }

  async #start(): Promise<void> {
    await startI18n();
    this.setupPending = await setupPending();
    if (this.setupPending) void import('./cen-setup.ts');
    try {
      const session = await currentSession();
      if (session) this.#acceptSession(session);
      else this.phase = 'signed-out';
    } catch (err) {
      this.phase = err instanceof ApiRequestError && err.status !== 0 ? 'signed-out' : 'unreachable';
    }
  }

  #setSession(session: ConsoleSession | undefined): void {
    this.session = session;
    this.#sessionProvider.setValue(session);
  }

  #acceptSession(response: SessionResponse): void {
    this.#setSession({
      user: response.user,
      expiresAt: response.expiresAt,
      ...(Array.isArray(response.permissions) ? { permissions: response.permissions } : {}),
    });
    const soon = (days: unknown) =>
      typeof days === 'number' && days <= PASSWORD_EXPIRY_NOTICE_DAYS ? Math.max(0, days) : undefined;
    this.expiryDays = soon(response.passwordExpiresInDays);
    this.inactivityDays = soon(response.inactivityBlocksInDays);
    // The URL asked for stays as it is: its screen shows once the required steps are done.
    this.restrictions = [
      ...(response.mustChangePassword === true ? (['password'] as const) : []),
      ...(response.totpEnrolmentRequired === true ? (['second-factor'] as const) : []),
    ];
    this.notice = undefined;
    this.phase = 'signed-in';
    void this.#loadScreen();
    // The bell travels in a chunk of its own: the first screen stays small.
    if (can(this.session, 'watchlist:manage')) void import('./cen-notifications-bell.ts');
    if (can(this.session, 'publication:read')) void import('./cen-publications-badge.ts');
  }

  async #loadScreen(screen: Screen = this.route.screen): Promise<void> {
    if (screen === 'not-found' || this.loadedScreens.has(screen)) return;
    await SCREEN_MODULES[screen]();
    this.loadedScreens = new Set([...this.loadedScreens, screen]);
  }

  readonly #onSignedIn = (event: CustomEvent<SessionResponse>) => {
    this.#routeChanged = true;
    this.#acceptSession(event.detail);
  };

  readonly #onPasswordChanged = () => {
    this.expiryDays = undefined;
    this.#completed('password');
  };

  readonly #onTotpEnrolled = () => this.#completed('second-factor');

  #completed(step: Restriction): void {
    const wasRequired = this.restrictions.includes(step);
    this.restrictions = this.restrictions.filter((restriction) => restriction !== step);
    if (wasRequired) {
      this.#routeChanged = true;
      void this.#loadScreen();
    }
  }

  readonly #signOut = async () => {
    try {
      await signOut();
    } catch {
      // the session may already be gone on the node: signing out locally is what matters
    }
    this.#setSession(undefined);
    this.expiryDays = undefined;
    this.inactivityDays = undefined;
    this.restrictions = [];
    this.notice = 'app.signedOut';
    this.phase = 'signed-out';
    navigate(paths.dashboard, { replace: true });
  };

  readonly #skipToMain = (event: Event) => {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>('main')?.focus();
  };

  protected override updated(changed: PropertyValues<this>): void {
    const screen = this.phase === 'signed-in' ? this.route.screen : 'sign-in';
    const title = screen === 'sign-in' ? t('signIn.title') : t(SCREEN_TITLES[screen]);
    document.title = `${title} – ${t('app.name')}`;
    if (
      this.#routeChanged &&
      (changed.has('loadedScreens') || changed.has('route') || changed.has('phase'))
    ) {
      // After a navigation, keyboard and screen-reader users continue at the new content.
      this.#routeChanged = false;
      this.renderRoot.querySelector<HTMLElement>('main')?.focus();
    }
  }

  override render(): TemplateResult {
    if (this.phase === 'starting') return html`<main aria-busy="true"></main>`;
    if (this.phase === 'unreachable') {
      return html`<main id="main" tabindex="-1">
        <p class="message error" role="alert">${t('app.unreachable')}</p>
        <button @click=${() => location.reload()}>${t('app.retry')}</button>
      </main>`;
    }
    if (this.phase === 'signed-out') {
      return html`
        <a class="skip" href="#main" @click=${this.#skipToMain}>${t('app.skipToContent')}</a>
        <header>
          <span class="brand">${t('app.name')}</span>
          <div class="user"><cen-language-switcher></cen-language-switcher></div>
        </header>
        <main id="main" tabindex="-1">
          ${this.notice ? html`<p class="message" role="status">${t(this.notice)}</p>` : nothing}
          <cen-sign-in @cen-signed-in=${this.#onSignedIn}></cen-sign-in>
        </main>
      `;
    }
    const restricted = this.restrictions.length > 0;
    return html`
      <a class="skip" href="#main" @click=${this.#skipToMain}>${t('app.skipToContent')}</a>
      <header>
        <a class="brand" href="/">${t('app.name')}</a>
        ${restricted || this.setupPending ? nothing : this.#renderNav()}
        <div class="user">
          <cen-language-switcher></cen-language-switcher>
          ${
            !restricted && can(this.session, 'watchlist:manage')
              ? html`<cen-notifications-bell></cen-notifications-bell>`
              : nothing
          }
          <span>${t('app.signedInAs', { username: this.session?.user.username ?? '' })}</span>
          <button class="on-dark" @click=${this.#signOut}>${t('app.signOut')}</button>
        </div>
      </header>
      <main id="main" tabindex="-1">
        ${restricted || this.setupPending ? nothing : this.#renderNotices()}
        ${
          restricted
            ? this.#renderRestriction(this.restrictions[0]!)
            : this.setupPending
              ? html`<cen-setup></cen-setup>`
              : this.#renderScreen()
        }
      </main>
    `;
  }

  #renderNotices() {
    return html`${
      this.expiryDays === undefined
        ? nothing
        : html`<p class="message warning" role="status">
            ${
              this.expiryDays === 0
                ? t('app.passwordExpiresToday')
                : t('app.passwordExpiresIn', { count: this.expiryDays })
            }
            <a href=${paths.password}>${t('app.changePasswordNow')}</a>
          </p>`
    }
    ${
      this.inactivityDays === undefined
        ? nothing
        : html`<p class="message" role="status">
            ${t('app.inactivityNotice', { count: this.inactivityDays })}
          </p>`
    }`;
  }

  /** The one screen a restricted session may use; the requested URL waits behind it. */
  #renderRestriction(restriction: Restriction): TemplateResult {
    if (restriction === 'password') {
      return this.#renderLoaded(
        'password',
        () =>
          html`<cen-password-change
            forced
            @cen-password-changed=${this.#onPasswordChanged}
          ></cen-password-change>`,
      );
    }
    return this.#renderLoaded(
      'second-factor',
      () => html`<cen-totp-enrolment forced @cen-totp-enrolled=${this.#onTotpEnrolled}></cen-totp-enrolment>`,
    );
  }

  #renderNav(): TemplateResult {
    const screen = this.route.screen;
    const link = (href: string, key: MessageKey, current: boolean) =>
      html`<li><a href=${href} aria-current=${current ? 'page' : 'false'}>${t(key)}</a></li>`;
    return html`<nav aria-label=${t('nav.label')}>
      <ul>
        ${
          can(this.session, 'case:read')
            ? html`${link(paths.dashboard, 'nav.dashboard', screen === 'dashboard')}
              ${link(paths.cases(), 'nav.cases', screen === 'cases' || screen === 'case')}`
            : nothing
        }
        ${can(this.session, 'case:write') ? link(paths.newCase, 'nav.newCase', screen === 'case-new') : nothing}
        ${can(this.session, 'import') ? link(paths.import, 'imports.nav', screen === 'import') : nothing}
        ${can(this.session, 'case:read') ? link(paths.photos(), 'photos.nav', screen === 'photos') : nothing}
        ${
          can(this.session, 'nominal:read')
            ? html`${link(paths.persons(), 'people.persons', screen === 'persons' || screen === 'person' || screen === 'person-edit')}
              ${link(paths.businesses(), 'people.businesses', screen === 'businesses' || screen === 'business' || screen === 'business-edit')}`
            : nothing
        }
        ${can(this.session, 'inbox:read') ? link(paths.inbox(), 'nav.inbox', screen === 'inbox' || screen === 'inbox-item') : nothing}
        ${
          can(this.session, 'query:run') || can(this.session, 'evidence:read')
            ? link(paths.queries, 'nav.queries', screen === 'queries')
            : nothing
        }
        ${
          can(this.session, 'watchlist:manage')
            ? link(
                paths.watchlists,
                'watchlists.title',
                screen === 'watchlists' || screen === 'watchlist' || screen === 'watchlist-new',
              )
            : nothing
        }
        ${can(this.session, 'stats:read') ? link(paths.stats(), 'stats.nav', screen === 'stats') : nothing}
        ${can(this.session, 'global:read') ? link(paths.global(), 'globalCen.nav', screen === 'global' || screen === 'global-case') : nothing}
        ${can(this.session, 'global:read') ? link(paths.globalStats(), 'globalStats.nav', screen === 'global-stats') : nothing}
        ${
          // Data quality per member and the ITR tables live on the WCO node, for its own staff.
          this.session?.user.role.startsWith('wco-') &&
          (can(this.session, 'global:read') || can(this.session, 'global:manage'))
            ? link(paths.globalQuality(), 'globalQuality.nav', screen === 'global-quality')
            : nothing
        }
        ${
          can(this.session, 'publication:read') || can(this.session, 'publication:manage')
            ? html`<li>
                <a
                  href=${paths.publications}
                  aria-current=${screen === 'publications' || screen === 'publication' || screen === 'publication-new' ? 'page' : 'false'}
                  >${t('publications.nav')} <cen-publications-badge></cen-publications-badge
                ></a>
              </li>`
            : nothing
        }
        ${can(this.session, 'forum:read') ? link(paths.forum, 'forum.nav', screen === 'forum' || screen === 'forum-thread') : nothing}
        ${
          can(this.session, 'operation:read')
            ? link(paths.operations, 'operations.nav', screen.startsWith('operation'))
            : nothing
        }
        ${can(this.session, 'peer:read') ? link(paths.peers, 'nav.peers', screen === 'peers') : nothing}
        ${
          can(this.session, 'agreement:read')
            ? link(
                paths.agreements,
                'nav.agreements',
                screen === 'agreements' || screen === 'agreement' || screen === 'proposal',
              )
            : nothing
        }
        ${can(this.session, 'user:read') ? link(paths.users, 'nav.users', screen === 'users') : nothing}
        ${can(this.session, 'audit:read') ? link(paths.audit, 'nav.audit', screen === 'audit') : nothing}
      </ul>
    </nav>`;
  }

  #renderLoaded(screen: LazyScreen, template: () => TemplateResult): TemplateResult {
    if (!this.loadedScreens.has(screen)) {
      void this.#loadScreen(screen);
      return html`<p role="status">${t('app.loading')}</p>`;
    }
    return template();
  }

  #renderScreen(): TemplateResult {
    const route = this.route;
    switch (route.screen) {
      case 'dashboard':
        return this.#renderLoaded('dashboard', () => html`<cen-dashboard></cen-dashboard>`);
      case 'cases':
        return this.#renderLoaded('cases', () => html`<cen-case-list .query=${route.query}></cen-case-list>`);
      case 'case-new':
        return this.#renderLoaded('case-new', () => html`<cen-case-form></cen-case-form>`);
      case 'case-edit':
        return this.#renderLoaded(
          'case-edit',
          () => html`<cen-case-form .caseId=${route.id}></cen-case-form>`,
        );
      case 'case':
        return this.#renderLoaded('case', () => html`<cen-case-view .caseId=${route.id}></cen-case-view>`);
      case 'person':
        return this.#renderLoaded(
          'person',
          () => html`<cen-person-view .personId=${route.id}></cen-person-view>`,
        );
      case 'business':
        return this.#renderLoaded(
          'business',
          () => html`<cen-business-view .businessId=${route.id}></cen-business-view>`,
        );
      case 'persons':
        return this.#renderLoaded(
          'persons',
          () => html`<cen-party-list kind="person" .query=${route.query}></cen-party-list>`,
        );
      case 'businesses':
        return this.#renderLoaded(
          'businesses',
          () => html`<cen-party-list kind="business" .query=${route.query}></cen-party-list>`,
        );
      case 'person-edit':
        return this.#renderLoaded(
          'person-edit',
          () => html`<cen-person-form .recordId=${route.id}></cen-person-form>`,
        );
      case 'business-edit':
        return this.#renderLoaded(
          'business-edit',
          () => html`<cen-business-form .recordId=${route.id}></cen-business-form>`,
        );
      case 'users':
        return this.#renderLoaded('users', () => html`<cen-users></cen-users>`);
      case 'audit':
        return this.#renderLoaded('audit', () => html`<cen-audit-log></cen-audit-log>`);
      case 'peers':
        return this.#renderLoaded('peers', () => html`<cen-peers></cen-peers>`);
      case 'agreements':
        return this.#renderLoaded('agreements', () => html`<cen-agreements></cen-agreements>`);
      case 'agreement':
        return this.#renderLoaded(
          'agreement',
          () => html`<cen-agreement-view .agreementId=${route.id}></cen-agreement-view>`,
        );
      case 'proposal':
        return this.#renderLoaded(
          'proposal',
          () => html`<cen-proposal-view .proposalId=${route.id}></cen-proposal-view>`,
        );
      case 'inbox':
        return this.#renderLoaded('inbox', () => html`<cen-inbox .query=${route.query}></cen-inbox>`);
      case 'inbox-item':
        return this.#renderLoaded(
          'inbox-item',
          () => html`<cen-inbox-item .owner=${route.owner} .itemId=${route.id}></cen-inbox-item>`,
        );
      case 'queries':
        return this.#renderLoaded('queries', () => html`<cen-queries></cen-queries>`);
      case 'import':
        return this.#renderLoaded('import', () => html`<cen-import></cen-import>`);
      case 'photos':
        return this.#renderLoaded(
          'photos',
          () => html`<cen-photo-search .query=${route.query}></cen-photo-search>`,
        );
      case 'watchlists':
        return this.#renderLoaded('watchlists', () => html`<cen-watchlists></cen-watchlists>`);
      case 'watchlist-new':
        return this.#renderLoaded('watchlist-new', () => html`<cen-watchlist-form></cen-watchlist-form>`);
      case 'watchlist':
        return this.#renderLoaded(
          'watchlist',
          () => html`<cen-watchlist-form .ruleId=${route.id}></cen-watchlist-form>`,
        );
      case 'notifications':
        return this.#renderLoaded('notifications', () => html`<cen-notifications></cen-notifications>`);
      case 'stats':
        return this.#renderLoaded('stats', () => html`<cen-stats .query=${route.query}></cen-stats>`);
      case 'global':
        return this.#renderLoaded(
          'global',
          () => html`<cen-global-search .query=${route.query}></cen-global-search>`,
        );
      case 'global-case':
        return this.#renderLoaded(
          'global-case',
          () => html`<cen-global-case .member=${route.member} .caseId=${route.id}></cen-global-case>`,
        );
      case 'global-stats':
        return this.#renderLoaded(
          'global-stats',
          () => html`<cen-global-stats .query=${route.query}></cen-global-stats>`,
        );
      case 'global-quality':
        return this.#renderLoaded(
          'global-quality',
          () => html`<cen-global-quality .query=${route.query}></cen-global-quality>`,
        );
      case 'publications':
        return this.#renderLoaded('publications', () => html`<cen-publications></cen-publications>`);
      case 'publication-new':
        return this.#renderLoaded(
          'publication-new',
          () => html`<cen-publication-form></cen-publication-form>`,
        );
      case 'publication':
        return this.#renderLoaded(
          'publication',
          () => html`<cen-publication-view .publicationId=${route.id}></cen-publication-view>`,
        );
      case 'forum':
        return this.#renderLoaded('forum', () => html`<cen-forum></cen-forum>`);
      case 'forum-thread':
        return this.#renderLoaded(
          'forum-thread',
          () => html`<cen-forum-thread .threadId=${route.id}></cen-forum-thread>`,
        );
      case 'operations':
        return this.#renderLoaded('operations', () => html`<cen-operations></cen-operations>`);
      case 'operation-new':
        return this.#renderLoaded('operation-new', () => html`<cen-operation-admin></cen-operation-admin>`);
      case 'operation':
        return this.#renderLoaded(
          'operation',
          () => html`<cen-operation-room .operationId=${route.id}></cen-operation-room>`,
        );
      case 'operation-admin':
        return this.#renderLoaded(
          'operation-admin',
          () => html`<cen-operation-admin .operationId=${route.id}></cen-operation-admin>`,
        );
      case 'password':
        return this.#renderLoaded(
          'password',
          () =>
            html`<cen-password-change
              @cen-password-changed=${this.#onPasswordChanged}
            ></cen-password-change>`,
        );
      case 'second-factor':
        return this.#renderLoaded(
          'second-factor',
          () => html`<cen-totp-enrolment @cen-totp-enrolled=${this.#onTotpEnrolled}></cen-totp-enrolment>`,
        );
      case 'not-found':
        return html`<h1>${t('app.notFoundTitle')}</h1>
          <p>${t('app.notFound')}</p>
          <p><a href="/">${t('nav.dashboard')}</a></p>`;
    }
  }
}

customElements.define('cen-app', CenApp);

declare global {
  interface HTMLElementTagNameMap {
    'cen-app': CenApp;
  }
}
