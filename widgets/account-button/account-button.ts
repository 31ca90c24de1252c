import { LitElement, css, html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { atom } from 'nanostores';
import type { CustomerSession } from '../../sdk/account-api.ts';
import { emit } from '../events.ts';
import { baseStyles } from '../shared/styles.ts';
import { StoreController } from '../store-controller.ts';
import { StorefrontController } from '../storefront-controller.ts';

/** "Ada Lovelace" → "AL"; an account without a name shows its email's first letter. */
export function initials(name: string | null, email: string): string {
  const words = (name ?? '').trim().split(/\s+/).filter(Boolean);
  const letters = words.length ? [words[0], words.length > 1 ? words.at(-1) : ''] : [email];
  return letters
    .map((word) => [...(word ?? '')][0] ?? '')
    .join('')
    .toUpperCase();
}

/**
 * @summary A header button for the customer's account: "Sign in", or the customer's initials once signed in.
 *
 * Clicking sends `storelet-account-open` (cancelable); then, unless cancelled, it goes to `href` (the page with
 * the `<account-panel>`), or brings the page's `<account-panel>` into view and focuses its heading.
 *
 * @event storelet-account-open - The shopper asked for their account. Cancelable.
 * @csspart button - The button.
 * @csspart initials - The signed-in customer's initials.
 * @csspart initials - The signed-in customer's initials.
 */
export class AccountButton extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: inline-block;
      }
      .button {
        font: inherit;
        border: 1px solid var(--_border);
        background: var(--_surface);
        color: var(--_text);
        border-radius: 999px;
        padding: 0.4rem 0.9rem;
        cursor: pointer;
      }
      .initials {
        display: inline-grid;
        place-items: center;
        min-width: 2em;
        font-weight: 700;
        color: var(--_accent);
      }
    `,
  ];

  /** The account page; without it, the page's own `<account-panel>` is shown. */
  @property() href = '';

  private readonly session = new StoreController<CustomerSession>(
    this,
    atom<CustomerSession>({ status: 'signed-out' }),
  );
  private readonly storefront = new StorefrontController(this, (shop) => {
    if (!shop) return;
    this.session.setStore(shop.account.$session);
    // After a reload only the token is known: ask whose it is, for the initials.
    if (shop.account.$session.get().status === 'signed-in') void shop.account.account().catch(() => undefined);
  });

  private open(): void {
    const signedIn = this.session.value.status === 'signed-in';
    if (emit(this, 'storelet-account-open', { signedIn }, { cancelable: true }).defaultPrevented) return;
    if (this.href) {
      location.assign(this.href);
      return;
    }
    const panel = document.querySelector('account-panel');
    if (!panel) return;
    panel.scrollIntoView({ block: 'start' });
    panel.shadowRoot?.querySelector<HTMLElement>('#account-heading')?.focus();
  }

  protected override render(): TemplateResult {
    const session = this.session.value;
    const account = session.status === 'signed-in' ? session.account : null;
    if (!this.storefront.value || session.status === 'signed-out') {
      return html`<button part="button" class="button" type="button" @click=${() => this.open()}>Sign in</button>`;
    }
    const label = account ? `Your account (${account.name ?? account.email})` : 'Your account';
    // The name is spoken from hidden text, not aria-label: the visible initials need not be part of it then.
    return html`<button part="button" class="button" type="button" @click=${() => this.open()}>
      <span part="initials" class="initials" aria-hidden="true">${account ? initials(account.name, account.email) : '…'}</span>
      <span class="visually-hidden">${label}</span>
    </button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'account-button': AccountButton;
  }
}
