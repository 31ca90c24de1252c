import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { atom } from 'nanostores';
import type { AdminClient, AdminSession } from '../../sdk/admin/index.ts';
import { toStoreletError } from '../../sdk/index.ts';
import { emit, type AdminOrderDetail } from '../events.ts';
import { renderNoShop } from '../shared/no-shop.ts';
import { baseStyles, controlStyles, stateStyles } from '../shared/styles.ts';
import { StoreController } from '../store-controller.ts';
import { StorefrontController } from '../storefront-controller.ts';
import { adminClientFor, defaultAdminApi } from './admin-clients.ts';
import type { AdminOrderList } from './admin-order-list.ts';
import type { AdminSignIn } from './admin-sign-in.ts';
import { styles } from './admin-dashboard.styles.ts';
import { adminStyles } from './admin-styles.ts';
import { saveFile } from './save-file.ts';

const SIGNED_OUT = atom<AdminSession>({ status: 'signed-out' });
/** What the dashboard shows: the sign-in form, a kept token being checked, or the orders. */
type View = 'sign-in' | 'identifying' | 'orders';
const LIST_PARTS =
  'toolbar, search, payment-filter, orders, order-row, open-order, load-more, empty, error, badge, payment-issue-flag';
const ORDER_PARTS =
  'back, heading, payment-issue, customer, email, address, phone, copy-address, lines, line, line-image, line-title, line-spec, line-file, line-total, designs, design, design-image, design-name, design-facts, design-sha256, copy-sha256, download, download-error, totals, total, badge, error';

/**
 * @summary The store owner's side: sign in, find orders, open one to see its customer, lines, sticker
 * specs and designs, and download each design's original file to print.
 *
 * The shop is the `api` attribute, else the nearest `<shop-provider>`'s, else the admin script tag's.
 * The session token is kept in the page's localStorage (per shop); the server decides who is an admin.
 *
 * @event storelet-admin-sign-in - Signed in.
 * @event storelet-admin-sign-out - Signed out, or the session ended (`reason`).
 * @event storelet-admin-order-open - An order was opened.
 * @event storelet-admin-order-close - The open order was left for the list.
 * @event storelet-admin-design-download - A design was downloaded.
 * @event storelet-admin-shipment - A parcel was shipped, corrected, cancelled, refreshed or given an event.
 * @event storelet-error - A request failed.
 *
 * Besides the parts below, the parts of `<admin-order-list>` and `<admin-order-view>` are exported under the
 * same names, e.g. `::part(design)`.
 *
 * @csspart bar - The title bar.
 * @csspart account - Who is signed in.
 * @csspart sign-out - The sign-out button.
 * @csspart sign-in-panel - The sign-in form's element.
 * @csspart sign-in - The sign-in form.
 * @csspart input - Its fields.
 * @csspart submit - Its button.
 * @csspart notice - Why the admin was signed out.
 * @csspart error - Why the sign-in was refused, or the state shown when the session could not be checked.
 * @csspart status - "Checking your session…".
 * @csspart retry - The error state's "Try again" button.
 * @csspart list - The order list.
 * @csspart order - The open order.
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

  @state() private openOrder: AdminOrderDetail | undefined;
  @state() private notice = '';
  @state() private signingOut = false;
  @state() private accountError = '';
  @query('admin-order-list') private list?: AdminOrderList;
  @query('admin-sign-in') private signInForm?: AdminSignIn;
  @query('#dashboard-title') private heading?: HTMLElement;

  private readonly storefront = new StorefrontController(this);
  private readonly session = new StoreController<AdminSession>(this, SIGNED_OUT);
  private wasSignedIn = false;
  private asked: AdminClient | undefined;
  private view: View | undefined;
  /** Set when the view changes under the keyboard's focus, which would otherwise drop to the page. */
  private moveFocus = false;

  private get resolved(): AdminClient | undefined {
    if (this.client) return this.client;
    const apiUrl = this.api || this.storefront.value?.apiUrl || defaultAdminApi();
    return apiUrl ? adminClientFor(apiUrl) : undefined;
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
      this.openOrder = undefined;
    }
    const view: View = session.status === 'signed-out' ? 'sign-in' : session.account ? 'orders' : 'identifying';
    // Only a change the person was in the middle of: a first render or a page they are elsewhere on keeps its focus.
    if (this.view !== undefined && view !== this.view && this.matches(':focus-within')) this.moveFocus = true;
    this.view = view;
  }

  protected override updated(): void {
    if (!this.moveFocus || this.view === 'identifying') return;
    this.moveFocus = false;
    // Signed in: the orders' heading. Signed out (by the button or the server): the form's first field.
    if (this.view === 'orders') this.heading?.focus();
    else void this.signInForm?.focusStart();
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

  private async closeOrder(): Promise<void> {
    const orderId = this.openOrder?.orderId;
    this.openOrder = undefined;
    await this.updateComplete;
    if (orderId) await this.list?.focusOrder(orderId);
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
    return html`<div part="bar" class="bar">
        <h2 id="dashboard-title" class="title" tabindex="-1">Orders</h2>
        <div class="who">
          <span part="account" class="meta">Signed in as <strong>${session.account.email}</strong></span>
          <button part="sign-out button" class="button secondary" type="button" aria-disabled=${this.signingOut ? 'true' : 'false'}
            @click=${() => void this.signOut(client)}>${this.signingOut ? 'Signing out…' : 'Sign out'}</button>
        </div>
      </div>
      <admin-order-list part="list" exportparts=${LIST_PARTS} .client=${client} ?hidden=${this.openOrder !== undefined}
        @storelet-admin-order-open=${(event: CustomEvent<AdminOrderDetail>) => (this.openOrder = event.detail)}></admin-order-list>
      ${
        this.openOrder
          ? html`<admin-order-view part="order" exportparts=${ORDER_PARTS} .client=${client} .orderId=${this.openOrder.orderId}
            .save=${this.save} @storelet-admin-order-close=${() => void this.closeOrder()}></admin-order-view>`
          : nothing
      }`;
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
