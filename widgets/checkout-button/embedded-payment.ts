import type { StripeEmbeddedCheckout } from '@stripe/stripe-js';

/**
 * Stripe's embedded Checkout inside our dialog. Stripe.js is imported and loaded only when a shopper gets this far,
 * so no other page pays for it. Its iframe goes into a child of the host element (light DOM, slotted into the dialog)
 * because Stripe documents mounting into the page's own DOM, and the host page's CSP and frame rules apply to it there.
 */
export class EmbeddedPayment {
  readonly #host: HTMLElement;
  readonly #slot: string;
  #checkout: StripeEmbeddedCheckout | null = null;
  #mountPoint: HTMLElement | null = null;
  /** Counts mounts and teardowns, so a mount that resolves after the dialog closed leaves nothing behind. */
  #generation = 0;

  constructor(host: HTMLElement, slot: string) {
    this.#host = host;
    this.#slot = slot;
  }

  get mounted(): boolean {
    return this.#checkout !== null;
  }

  /** Loads Stripe.js (once per page) and mounts the session. Throws when Stripe.js cannot be loaded. */
  async mount(publishableKey: string, clientSecret: string): Promise<void> {
    this.destroy();
    const generation = this.#generation;
    const { loadStripe } = await import('@stripe/stripe-js/dist/pure.mjs');
    const stripe = await loadStripe(publishableKey);
    if (!stripe) throw new Error('Stripe.js is not available on this page.');
    const checkout = await stripe.createEmbeddedCheckoutPage({
      fetchClientSecret: () => Promise.resolve(clientSecret),
    });
    if (generation !== this.#generation) {
      checkout.destroy();
      return;
    }
    const point = document.createElement('div');
    point.slot = this.#slot;
    this.#host.append(point);
    checkout.mount(point);
    this.#checkout = checkout;
    this.#mountPoint = point;
  }

  /** Takes the form out of the page; a new mount makes a new one (Stripe cannot mount a destroyed one again). */
  destroy(): void {
    this.#generation++;
    this.#checkout?.destroy();
    this.#mountPoint?.remove();
    this.#checkout = null;
    this.#mountPoint = null;
  }
}
