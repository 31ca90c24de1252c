import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { atom } from 'nanostores';
import {
  isStoreletError,
  toStoreletError,
  type AccountOrder,
  type AccountOrderSummary,
  type SavedAddress,
  type Storefront,
} from '../../sdk/index.ts';
import type { CustomerSession } from '../../sdk/account-api.ts';
import { emit } from '../events.ts';
import { field } from '../checkout-button/form-field.ts';
import { renderNoShop } from '../shared/no-shop.ts';
import { baseStyles, controlStyles } from '../shared/styles.ts';
import { StoreController } from '../store-controller.ts';
import { StorefrontController } from '../storefront-controller.ts';
import { addressFields, emailOnlyForm, newPasswordForm, readAddress, signInForm, signUpForm } from './account-forms.ts';
import { addressesView, ordersView, profileView } from './account-views.ts';
import { styles } from './account-panel.styles.ts';
import { ReturnFormController } from '../order-status/return-form.ts';

export const ACCOUNT_VIEWS = [
  'sign-in',
  'sign-up',
  'forgot',
  'reset',
  'verify',
  'orders',
  'addresses',
  'profile',
] as const;
export type AccountView = (typeof ACCOUNT_VIEWS)[number];
const SIGNED_IN_VIEWS: AccountView[] = ['orders', 'addresses', 'profile'];
const TITLES: Record<AccountView, string> = {
  'sign-in': 'Sign in',
  'sign-up': 'Create an account',
  forgot: 'Forgot your password?',
  reset: 'Choose a new password',
  verify: 'Confirm your email',
  orders: 'Your orders',
  addresses: 'Your addresses',
  profile: 'Your account',
};
const SIGNED_OUT: CustomerSession = { status: 'signed-out' };
const ORDERS_PAGE = 10;

/**
 * @summary The customer's account: sign in, sign up, forgot and reset password, verify email, profile,
 * addresses, and the order history with invoices and tracking.
 *
 * Each view is reachable by the `view` attribute, so a host can put them on separate pages; signed out,
 * a signed-in view shows the sign-in form, and signing in comes back to it. Opened from a mailed link
 * (`?storelet_verify=…`, `?storelet_reset=…` on the page's URL) it shows that link's view.
 *
 * @event storelet-sign-in - The customer signed in (`detail.account`).
 * @event storelet-sign-out - The customer signed out, deleted the account, or the session ended (`detail.reason`).
 * @event storelet-error - A request failed; the panel shows the message too.
 * @event storelet-return-request - The customer asked to return lines of a delivered order.
 *
 * @csspart heading - The view's title.
 * @csspart nav - The signed-in tabs.
 * @csspart form - A form.
 * @csspart input - A field's control.
 * @csspart field-error - A field's message.
 * @csspart submit - A form's button.
 * @csspart message - The panel's status or error line.
 * @csspart orders - The order list.
 * @csspart order - One order.
 * @csspart invoice - An invoice button.
 * @csspart tracking - A link to the order's tracking.
 * @csspart addresses - The address book.
 * @csspart panel - The panel around the current view.
 * @csspart button - Every button.
 * @csspart delete - "Delete account" and "Remove" buttons.
 * @csspart sign-out - The sign-out button.
 * @csspart empty - An empty list.
 * @csspart order-number - An order's number.
 * @csspart order-total - An order's total.
 * @csspart payment-status - An order's payment status.
 * @csspart fulfillment-status - An order's fulfilment status.
 * @csspart more - "Show more orders".
 * @csspart address-item - One saved address.
 * @csspart address - An address as text.
 * @csspart default-badge - The default address mark.
 * @csspart add-address - "Add an address".
 * @csspart email - The account's email.
 * @csspart unverified - The "not verified yet" notice and its resend button.
 * @csspart error - An error message.
 * @csspart returns-toggle - "Returns and refunds" on a delivered or refunded order.
 * @csspart aftercare - An order's returns and refunds, and the return form.
 * @csspart return-form - The return request form.
 */
export class AccountPanel extends LitElement {
  static override styles = [baseStyles, controlStyles, styles];

  /** Which view to show: sign-in, sign-up, forgot, reset, verify, orders, addresses or profile. */
  @property({ reflect: true }) view: AccountView = 'orders';
  /** Where an order's tracking is shown (`<order-tracker>`): `{id}` and `{number}` are filled in. No link when empty. */
  @property({ attribute: 'tracking-href' }) trackingHref = '';

  @state() private errors: Record<string, string> = {};
  @state() private message = '';
  @state() private failed = false;
  @state() private busy = false;
  @state() private orders: AccountOrderSummary[] = [];
  @state() private ordersCursor: string | null = null;
  @state() private ordersLoaded = false;
  @state() private addresses: SavedAddress[] = [];
  /** The order whose returns and refunds are open, loaded in full. */
  @state() private aftercare: AccountOrder | null = null;
  @state() private editing: string | null = null;
  /** The token of the mailed link this page was opened with. */
  private linkToken = '';

  // Signed out until a storefront is found; then its customer's session.
  private readonly session = new StoreController<CustomerSession>(this, atom(SIGNED_OUT));
  private readonly storefront = new StorefrontController(this, (shop) => this.bind(shop));
  private readonly returnForm = new ReturnFormController(this, {
    requested: (orderId, returnId) => {
      emit(this, 'storelet-return-request', { orderId, returnId });
      void this.openAftercare(orderId, true);
    },
    failed: (code, message) => emit(this, 'storelet-error', { code, message }),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    const params = new URLSearchParams(location.search);
    const verify = params.get('storelet_verify');
    const reset = params.get('storelet_reset');
    if (verify) [this.view, this.linkToken] = ['verify', verify];
    else if (reset) [this.view, this.linkToken] = ['reset', reset];
    this.bind(this.storefront.value);
  }

  private bind(shop: Storefront | undefined): void {
    if (!shop) return;
    this.session.setStore(shop.account.$session);
    if (this.signedIn) void shop.account.account().then((account) => (account ? this.load() : undefined));
    if (this.view === 'verify' && this.linkToken) void this.verify(shop);
  }

  private get shop(): Storefront | undefined {
    return this.storefront.value;
  }

  private get signedIn(): boolean {
    return this.session.value.status === 'signed-in';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('view')) {
      this.errors = {};
      this.editing = null;
      if (!changed.get('view') || changed.get('view') !== this.view) this.message = '';
      if (this.signedIn) void this.load();
    }
  }

  /** Loads what the current signed-in view shows. */
  private async load(): Promise<void> {
    const shop = this.shop;
    if (!shop || !this.signedIn) return;
    await this.run(async () => {
      if (this.view === 'orders' && !this.ordersLoaded) {
        const page = await shop.account.orders.list({ limit: ORDERS_PAGE });
        [this.orders, this.ordersCursor, this.ordersLoaded] = [page.items, page.nextCursor, true];
      } else if (this.view === 'addresses') this.addresses = await shop.account.addresses.list();
    }, false);
  }

  /** Runs a request, showing "please wait", then its error (with the server's field messages) or `done`. */
  private async run(request: () => Promise<void>, busy = true, done = ''): Promise<boolean> {
    if (this.busy) return false;
    this.busy = busy;
    this.errors = {};
    try {
      await request();
      [this.message, this.failed] = [done, false];
      return true;
    } catch (error) {
      const { code, message, details } = isStoreletError(error)
        ? error
        : { code: 'unexpected_error', message: String(error), details: undefined };
      const issues = (details as { issues?: { path: string; message: string }[] } | undefined)?.issues ?? [];
      this.errors = Object.fromEntries(
        issues.map((issue) => [issue.path.split('.').at(-1) ?? issue.path, issue.message]),
      );
      [this.message, this.failed] = [message, true];
      if (code === 'unauthorized') this.signedOut('expired');
      emit(this, 'storelet-error', { code, message });
      return false;
    } finally {
      this.busy = false;
    }
  }

  private signedOut(reason: 'user' | 'expired' | 'deleted'): void {
    [this.orders, this.ordersLoaded, this.addresses] = [[], false, []];
    emit(this, 'storelet-sign-out', { reason });
  }

  private form(event: SubmitEvent): FormData {
    event.preventDefault();
    return new FormData(event.target as HTMLFormElement);
  }

  private async signIn(event: SubmitEvent): Promise<void> {
    const data = this.form(event);
    const shop = this.shop;
    if (!shop) return;
    const done = await this.run(async () => {
      const account = await shop.account.signIn({
        email: String(data.get('email')),
        password: String(data.get('password')),
      });
      emit(this, 'storelet-sign-in', { account });
    });
    if (!done) return;
    // Back to the view that was asked for (its data loads then), or the orders.
    if (SIGNED_IN_VIEWS.includes(this.view)) await this.load();
    else this.view = 'orders';
  }

  private async signUp(event: SubmitEvent): Promise<void> {
    const data = this.form(event);
    const shop = this.shop;
    if (!shop) return;
    const email = String(data.get('email'));
    const password = String(data.get('password'));
    const signedUp = await this.run(async () => {
      await shop.account.signUp({ name: readAddress(data).name, email, password, address: readAddress(data) });
    });
    if (!signedUp) return;
    // The answer is the same for a known email: signing in tells whether this password opens an account.
    const signedIn = await this.run(async () => {
      const account = await shop.account.signIn({ email, password });
      emit(this, 'storelet-sign-in', { account });
    }, true);
    if (signedIn) {
      this.view = 'orders';
      this.message = 'Welcome! Check your inbox to confirm your email.';
    } else this.message = 'Check your inbox: we sent you an email.';
  }

  private async forgot(event: SubmitEvent): Promise<void> {
    const data = this.form(event);
    const shop = this.shop;
    if (!shop) return;
    await this.run(
      async () => {
        this.message = (await shop.account.requestPasswordReset(String(data.get('email')))).message;
      },
      true,
      'If an account has this email, we sent it a link to choose a new password.',
    );
  }

  private async reset(event: SubmitEvent): Promise<void> {
    const data = this.form(event);
    const shop = this.shop;
    if (!shop) return;
    const done = await this.run(() => shop.account.resetPassword(this.linkToken, String(data.get('password'))));
    if (done) {
      this.view = 'sign-in';
      this.message = 'Your password is changed. Sign in with it.';
    }
  }

  private async verify(shop: Storefront): Promise<void> {
    await this.run(
      async () => {
        await shop.account.verifyEmail(this.linkToken);
      },
      true,
      'Thank you: your email is confirmed.',
    );
  }

  private async saveAddress(event: SubmitEvent, saved: SavedAddress | null): Promise<void> {
    const data = this.form(event);
    const shop = this.shop;
    if (!shop) return;
    const address = readAddress(data);
    const isDefault = data.get('isDefault') === 'on';
    const done = await this.run(
      async () => {
        if (saved) await shop.account.addresses.update(saved.id, address, isDefault || undefined);
        else await shop.account.addresses.add(address, isDefault);
        this.addresses = await shop.account.addresses.list();
      },
      true,
      'Address saved.',
    );
    if (done) this.editing = null;
  }

  /** Opens (or, asked again, closes) an order's returns and refunds; `reload` refreshes the open one. */
  private async openAftercare(orderId: string, reload = false): Promise<void> {
    const shop = this.shop;
    if (!shop) return;
    if (!reload && this.aftercare?.id === orderId) {
      this.aftercare = null;
      return;
    }
    try {
      this.aftercare = await shop.account.orders.get(orderId);
    } catch (error) {
      const { code, message } = toStoreletError(error);
      this.message = message;
      this.failed = true;
      emit(this, 'storelet-error', { code, message });
    }
  }

  private async invoice(order: AccountOrderSummary): Promise<void> {
    const shop = this.shop;
    if (!shop || !order.invoice) return;
    const number = order.invoice.number;
    await this.run(async () => {
      const blob = await shop.account.orders.invoice(order.id);
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = `${number}.pdf`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
    }, false);
  }

  private async profileChange(event: SubmitEvent, kind: 'name' | 'password' | 'delete'): Promise<void> {
    const data = this.form(event);
    const shop = this.shop;
    if (!shop) return;
    const text = (name: string) => String(data.get(name) ?? '');
    if (kind === 'name')
      await this.run(async () => void (await shop.account.updateProfile(text('name'))), true, 'Name saved.');
    if (kind === 'password') {
      const change = { currentPassword: text('currentPassword'), newPassword: text('password') };
      await this.run(
        () => shop.account.changePassword(change),
        true,
        'Password changed. Your other devices are signed out.',
      );
    }
    if (kind === 'delete' && (await this.run(() => shop.account.deleteAccount(text('password'))))) {
      this.signedOut('deleted');
      this.view = 'sign-in';
      this.message = 'Your account is deleted.';
    }
  }

  private async signOut(): Promise<void> {
    await this.shop?.account.signOut();
    this.signedOut('user');
    this.view = 'sign-in';
  }

  private link(view: AccountView, label: string): TemplateResult {
    return html`<button class="link" type="button" @click=${() => (this.view = view)}>${label}</button>`;
  }

  private renderSignedIn(): TemplateResult {
    const account = this.session.value.status === 'signed-in' ? this.session.value.account : null;
    const formState = (onSubmit: (event: SubmitEvent) => void) => ({ errors: this.errors, busy: this.busy, onSubmit });
    switch (this.view) {
      case 'addresses': {
        const editing = this.addresses.find((saved) => saved.id === this.editing) ?? null;
        const form = html`<form part="form" class="form" @submit=${(event: SubmitEvent) => this.saveAddress(event, editing)}>
          ${addressFields(this.errors, editing?.address)}
          <label class="wide check"><input type="checkbox" name="isDefault" ?checked=${editing?.isDefault ?? false} /> Use as my default address</label>
          <button part="submit button" class="button submit" type="submit" ?disabled=${this.busy}>Save address</button>
          <button class="button secondary" type="button" @click=${() => (this.editing = null)}>Cancel</button>
        </form>`;
        return addressesView({
          addresses: this.addresses,
          editing: this.editing,
          onEdit: (id) => (this.editing = id),
          onDefault: (saved) =>
            void this.run(async () => {
              await this.shop?.account.addresses.update(saved.id, saved.address, true);
              this.addresses = (await this.shop?.account.addresses.list()) ?? [];
            }),
          onRemove: (saved) =>
            void this.run(
              async () => {
                await this.shop?.account.addresses.remove(saved.id);
                this.addresses = this.addresses.filter((item) => item.id !== saved.id);
              },
              true,
              'Address removed.',
            ),
          form,
        });
      }
      case 'profile':
        if (!account) return html`<p class="message" role="status">Loading…</p>`;
        return profileView(
          account,
          () =>
            void this.run(
              async () => void (await this.shop?.account.resendVerification()),
              true,
              'Check your inbox for a new link.',
            ),
          html`<form part="form" class="form" @submit=${(event: SubmitEvent) => this.profileChange(event, 'name')}>
            ${field('name', 'Name', { autocomplete: 'name', required: true, maxlength: 120, wide: true, value: account.name ?? '' }, this.errors)}
            <button part="submit button" class="button submit" type="submit" ?disabled=${this.busy}>Save name</button>
          </form>`,
          newPasswordForm(
            formState((event) => this.profileChange(event, 'password')),
            true,
            'Change password',
          ),
          html`<form part="form" class="form" @submit=${(event: SubmitEvent) => this.profileChange(event, 'delete')}>
            ${field('password', 'Your password, to confirm', { type: 'password', autocomplete: 'current-password', required: true, maxlength: 1024, wide: true }, {})}
            <button part="delete button" class="button danger" type="submit" ?disabled=${this.busy}>Delete my account</button>
          </form>`,
        );
      default:
        return ordersView({
          orders: this.orders,
          more: this.ordersCursor !== null,
          loading: !this.ordersLoaded || this.busy,
          trackingHref: this.trackingHref,
          onInvoice: (order) => void this.invoice(order),
          openAftercare: this.aftercare?.id ?? null,
          onAftercare: (order) => void this.openAftercare(order.id),
          aftercare: (orderId) => {
            const shop = this.shop;
            if (!shop || this.aftercare?.id !== orderId) return nothing;
            return this.returnForm.render((id, body) => shop.account.orders.requestReturn(id, body), this.aftercare);
          },
          onMore: () =>
            void this.run(async () => {
              const page = await this.shop?.account.orders.list({
                limit: ORDERS_PAGE,
                cursor: this.ordersCursor ?? undefined,
              });
              if (page) [this.orders, this.ordersCursor] = [[...this.orders, ...page.items], page.nextCursor];
            }),
        });
    }
  }

  private renderSignedOut(view: AccountView): TemplateResult {
    const formState = (onSubmit: (event: SubmitEvent) => void) => ({ errors: this.errors, busy: this.busy, onSubmit });
    switch (view) {
      case 'sign-up':
        return signUpForm(
          formState((event) => this.signUp(event)),
          html`<p class="wide">Have an account? ${this.link('sign-in', 'Sign in')}</p>`,
        );
      case 'forgot':
        return emailOnlyForm(
          formState((event) => this.forgot(event)),
          'Email me a link',
          html`<p class="wide">${this.link('sign-in', 'Back to sign in')}</p>`,
        );
      case 'reset':
        return newPasswordForm(
          formState((event) => this.reset(event)),
          false,
          'Save my new password',
        );
      case 'verify':
        return html`<p class="wide">${this.busy ? 'Confirming…' : nothing} ${this.link(this.signedIn ? 'orders' : 'sign-in', 'Continue')}</p>`;
      default:
        return signInForm(
          formState((event) => this.signIn(event)),
          html`<p class="wide">${this.link('forgot', 'Forgot your password?')} · New here? ${this.link('sign-up', 'Create an account')}</p>`,
        );
    }
  }

  protected override render(): TemplateResult {
    if (!this.shop) return renderNoShop();
    const signedIn = this.signedIn;
    // A signed-in view asked for while signed out shows the sign-in form; signing in comes back to it.
    const shown: AccountView = SIGNED_IN_VIEWS.includes(this.view) && !signedIn ? 'sign-in' : this.view;
    return html`<section part="panel" class="panel" aria-labelledby="account-heading">
      <h2 id="account-heading" part="heading" class="heading" tabindex="-1">${TITLES[shown]}</h2>
      ${
        signedIn
          ? html`<nav part="nav" class="nav" aria-label="Account">
            ${SIGNED_IN_VIEWS.map(
              (
                view,
              ) => html`<button class="tab" type="button" aria-current=${view === shown ? 'page' : 'false'} @click=${() => (this.view = view)}>
                ${TITLES[view].replace('Your ', '').replace(/^./, (char) => char.toUpperCase())}
              </button>`,
            )}
            <button part="sign-out" class="tab" type="button" @click=${() => this.signOut()}>Sign out</button>
          </nav>`
          : nothing
      }
      <p part="message" class="message ${this.failed ? 'error' : ''}" role=${this.failed ? 'alert' : 'status'}>${this.message}</p>
      ${signedIn && SIGNED_IN_VIEWS.includes(shown) ? this.renderSignedIn() : this.renderSignedOut(shown)}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'account-panel': AccountPanel;
  }
}
