import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { atom } from 'nanostores';
import type { AdminClient, AdminSession } from '../../sdk/admin/index.ts';
import { toStoreletError, type StoreletError } from '../../sdk/index.ts';
import { emit } from '../events.ts';
import { renderNoShop } from '../shared/no-shop.ts';
import { baseStyles, controlStyles, stateStyles } from '../shared/styles.ts';
import { StoreController } from '../store-controller.ts';
import { StorefrontController } from '../storefront-controller.ts';
import { adminClientFor, defaultAdminApi } from './admin-clients.ts';
import { readRoute, routeHref, type Route } from './admin-route.ts';
import { FIRST_SCREEN, SCREENS, type ScreenModule } from './admin-screens.ts';
import type { AdminSignIn } from './admin-sign-in.ts';
import { styles } from './admin-dashboard.styles.ts';
import { adminStyles } from './admin-styles.ts';
import { saveFile } from './save-file.ts';

const SIGNED_OUT = atom<AdminSession>({ status: 'signed-out' });
/** What the dashboard shows: the sign-in form, a kept token being checked, or the screens. */
type View = 'sign-in' | 'identifying' | 'screens';
/** The screens' chunks once loaded, so coming back to a screen shows it at once. */
const loadedScreens = new Map<string, ScreenModule>();
/** The open screen's code: being imported, imported, or failed (a network error). */
type ScreenCode = { name: string } & (
  { phase: 'loading' } | { phase: 'ready'; module: ScreenModule } | { phase: 'error'; error: StoreletError }
);

/**
 * @summary The store owner's side: sign in, then the screens named in the navigation: orders (find one, see its
 * customer, lines, sticker specs and designs, download each design's original file to print, ship it) and reviews
 * (moderate, reply, choose whether new reviews wait for approval).
 *
 * The shop is the `api` attribute, else the nearest `<shop-provider>`'s, else the admin script tag's.
 * The session token is kept in the page's localStorage (per shop); the server decides who is an admin.
 * The open screen is kept in the page's URL (`?screen=reviews`), so a reload keeps it and Back and Forward work;
 * each screen's code is imported when the screen first opens.
 *
 * @event storelet-admin-sign-in - Signed in.
 * @event storelet-admin-sign-out - Signed out, or the session ended (`reason`).
 * @event storelet-admin-order-open - An order was opened.
 * @event storelet-admin-order-close - The open order was left for the list.
 * @event storelet-admin-design-download - A design was downloaded.
 * @event storelet-admin-shipment - A parcel was shipped, corrected, cancelled, refreshed or given an event.
 * @event storelet-error - A request failed.
 *
 * Besides the parts below, the parts of `<admin-order-list>`, `<admin-order-view>` and `<admin-reviews>` are
 * exported under the same names, e.g. `::part(design)`.
 *
 * @csspart bar - The title bar.
 * @csspart account - Who is signed in.
 * @csspart sign-out - The sign-out button.
 * @csspart nav - The navigation between screens.
 * @csspart nav-link - A screen's link; the open one has `aria-current="page"`.
 * @csspart sign-in-panel - The sign-in form's element.
 * @csspart sign-in - The sign-in form.
 * @csspart input - Its fields.
 * @csspart submit - Its button.
 * @csspart notice - Why the admin was signed out.
 * @csspart error - Why the sign-in was refused, or the state shown when the session or a screen could not be loaded.
 * @csspart status - "Checking your session…", "Loading…".
 * @csspart retry - The error state's "Try again" button.
 * @csspart not-found - The state shown when the URL names no screen of the dashboard.
 * @csspart list - The order list.
 * @csspart order - The open order.
 * @csspart product-list - The products screen's list.
 * @csspart product - The products screen's open product, or the new one's form.
 * @csspart categories - The categories screen.
 * @csspart low-stock - The low-stock screen.
 * @csspart audit-log - The audit log screen.
 * @csspart reviews - The reviews screen.
 * @csspart button - Every button.
 *
 * @cssproperty --admin-dashboard-max-width - Widest the dashboard grows (72rem).
 * @cssproperty --admin-dashboard-thumb-size - Size of line and design thumbnails (3.5rem).
 * @cssproperty --admin-dashboard-issue-color - Colour of the payment-issue flag (the danger colour).
 */
export class AdminDashboard extends LitElement {
  static override styles = [baseStyles, controlStyles, stateStyles, adminStyles, styles];

  /** Base URL of the shop server; the nearest `<shop-provider>`'s when empty. */
  @property() api = '';
  /** An admin client to use instead of one made from `api` (its own storage, fetch…). */
  @property({ attribute: false }) client: AdminClient | undefined;
  /** Saves a downloaded design; a download link on an object URL by default. */
  @property({ attribute: false }) save: (file: Blob, fileName: string) => void = saveFile;

  @state() private route: Route = readRoute();
  @state() private code: ScreenCode | undefined;
  @state() private notice = '';
  @state() private signingOut = false;
  @state() private accountError = '';
  @query('admin-sign-in') private signInForm?: AdminSignIn;
  @query('#dashboard-title') private heading?: HTMLElement;

  private readonly storefront = new StorefrontController(this);
  private readonly session = new StoreController<AdminSession>(this, SIGNED_OUT);
  private wasSignedIn = false;
  private asked: AdminClient | undefined;
  private view: View | undefined;
  /** Set when the view or the screen changes under the keyboard's focus, which would otherwise drop to the page. */
  private moveFocus = false;
  private readonly onPopState = () => {
    const route = readRoute();
    if (route.screen !== this.route.screen && this.matches(':focus-within')) this.moveFocus = true;
    this.route = route;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.route = readRoute();
    window.addEventListener('popstate', this.onPopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
  }

  private get resolved(): AdminClient | undefined {
    if (this.client) return this.client;
    const apiUrl = this.api || this.storefront.value?.apiUrl || defaultAdminApi();
    return apiUrl ? adminClientFor(apiUrl) : undefined;
  }

  private get screenName(): string {
    return this.route.screen || FIRST_SCREEN;
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const client = this.resolved;
    this.session.setStore(client?.$session ?? SIGNED_OUT);
    const session = this.session.value;
    if (session.status === 'signed-in') {
      this.wasSignedIn = true;
      if (!session.account && client && this.asked !== client) void this.identify(client);
    } else {
      // Signed out by the server (expired, revoked) rather than by the button: say why the form is back.
      if (this.wasSignedIn && !this.signingOut) {
        this.notice = 'Your session has ended. Sign in again to continue.';
        emit(this, 'storelet-admin-sign-out', { reason: 'expired' });
      }
      this.wasSignedIn = false;
    }
    const view: View = session.status === 'signed-out' ? 'sign-in' : session.account ? 'screens' : 'identifying';
    // Only a change the person was in the middle of: a first render or a page they are elsewhere on keeps its focus.
    if (this.view !== undefined && view !== this.view && this.matches(':focus-within')) this.moveFocus = true;
    this.view = view;
    if (view === 'screens' && this.code?.name !== this.screenName && SCREENS[this.screenName]) this.loadScreen();
  }

  protected override updated(): void {
    if (!this.moveFocus || this.view === 'identifying') return;
    this.moveFocus = false;
    // Signed in, or another screen: its heading. Signed out (by the button or the server): the form's first field.
    if (this.view === 'screens') this.heading?.focus();
    else void this.signInForm?.focusStart();
  }

  /** Imports the open screen's chunk, the first time it opens. */
  private loadScreen(): void {
    const name = this.screenName;
    const loaded = loadedScreens.get(name);
    if (loaded) {
      this.code = { name, phase: 'ready', module: loaded };
      return;
    }
    this.code = { name, phase: 'loading' };
    SCREENS[name]!.load().then(
      (module) => {
        loadedScreens.set(name, module);
        if (this.code?.name === name) this.code = { name, phase: 'ready', module };
      },
      (error: unknown) => {
        const failed = toStoreletError(error, 'The dashboard could not load this screen. Check the connection.');
        if (this.code?.name === name) this.code = { name, phase: 'error', error: failed };
      },
    );
  }

  /** Shows `route` and adds it to the page's history. */
  private navigate(route: Route): void {
    history.pushState(history.state, '', routeHref(route));
    this.route = route;
  }

  /** A screen's link: the dashboard moves without reloading the page, unless the link is to open elsewhere. */
  private follow(event: MouseEvent, screen: string): void {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    if (screen !== this.screenName || this.route.path) this.navigate({ screen, path: '' });
    this.moveFocus = true;
    this.requestUpdate();
  }

  /** A kept token from an earlier visit: ask the server whose it is (and whether it still works). */
  private async identify(client: AdminClient): Promise<void> {
    this.asked = client;
    this.accountError = '';
    try {
      await client.account();
    } catch (error) {
      this.accountError = toStoreletError(error).message;
      this.asked = undefined;
    }
  }

  private async signOut(client: AdminClient): Promise<void> {
    if (this.signingOut) return;
    this.signingOut = true;
    try {
      await client.signOut();
      this.notice = '';
      emit(this, 'storelet-admin-sign-out', { reason: 'user' });
    } finally {
      this.signingOut = false;
    }
  }

  protected override render(): TemplateResult {
    const client = this.resolved;
    if (!client) return renderNoShop();
    const session = this.session.value;
    if (session.status === 'signed-out') {
      return html`<admin-sign-in part="sign-in-panel" exportparts="sign-in, input, submit, error, notice, button" .client=${client}
        .notice=${this.notice} @storelet-admin-sign-in=${() => (this.notice = '')}></admin-sign-in>`;
    }
    if (!session.account) return this.renderIdentifying(client);
    const current = this.screenName;
    return html`<div part="bar" class="bar">
        <h2 id="dashboard-title" class="title" tabindex="-1">${SCREENS[current]?.label ?? 'Page not found'}</h2>
        <div class="who">
          <span part="account" class="meta">Signed in as <strong>${session.account.email}</strong></span>
          <button part="sign-out button" class="button secondary" type="button" aria-disabled=${this.signingOut ? 'true' : 'false'}
            @click=${() => void this.signOut(client)}>${this.signingOut ? 'Signing out…' : 'Sign out'}</button>
        </div>
      </div>
      <nav part="nav" class="nav" aria-label="Store admin">
        <ul>
          ${Object.entries(SCREENS).map(
            ([name, screen]) =>
              html`<li><a part="nav-link" href=${routeHref({ screen: name, path: '' })} aria-current=${name === current ? 'page' : nothing}
                @click=${(event: MouseEvent) => this.follow(event, name)}>${screen.label}</a></li>`,
          )}
        </ul>
      </nav>
      ${this.renderScreen(client)}`;
  }

  private renderScreen(client: AdminClient): TemplateResult {
    const code = this.code;
    if (!SCREENS[this.screenName]) {
      return html`<div part="not-found" class="state">
        <p class="state-title">This page is not part of the dashboard.</p>
        <p class="state-text">The address may be mistyped or out of date. Choose a screen above.</p>
      </div>`;
    }
    if (!code || code.phase === 'loading') return html`<p part="status" class="state" role="status">Loading…</p>`;
    if (code.phase === 'error') {
      return html`<div part="error" class="state error" role="alert">
        <p class="state-title">This screen could not be loaded.</p>
        <p class="state-text">${code.error.message}</p>
        <button part="retry button" class="button secondary" type="button" @click=${() => this.loadScreen()}>Try again</button>
      </div>`;
    }
    const screen = this.screenName;
    return code.module.renderScreen({
      client,
      path: this.route.path,
      navigate: (path) => this.navigate({ screen, path }),
      save: this.save,
    });
  }

  private renderIdentifying(client: AdminClient): TemplateResult {
    if (!this.accountError) {
      return html`<p part="status" class="state" role="status">Checking your session…</p>`;
    }
    return html`<div part="error" class="state error" role="alert">
      <p class="state-title">Your account could not be loaded.</p>
      <p class="state-text">${this.accountError}</p>
      <button part="retry button" class="button secondary" type="button" @click=${() => void this.identify(client)}>Try again</button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-dashboard': AdminDashboard;
  }
}
