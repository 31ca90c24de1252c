import { toStoreletError, type Cart } from '../../sdk/index.ts';

/** What the form does with a failed order request. */
export type CheckoutFailure = {
  /** The server's code, or the SDK's for a failure without an answer; sent with `storelet-error`. */
  code: string;
  /** Shown at the top of the form. */
  message: string;
  /** Field name (as in the form) to the server's message about it. */
  fields: Record<string, string>;
  /** The outcome is unknown (no answer, or the server broke): the same submission must reuse its key. */
  uncertain: boolean;
  /** The cart changed on the server (stock, shipping): fetch it again so the drawer shows why. */
  reloadCart: boolean;
  /** The cart is gone (already an order, or expired): forget it on this device. */
  forgetCart: boolean;
};

/** `shippingAddress.postalCode` → `postalCode`: the form's fields are named after the address's keys. */
function fieldName(path: string): string {
  return path.replace(/^(body\.)?shippingAddress\./, '');
}

function lineTitle(cart: Cart | null, variantId: unknown): string {
  const line = cart?.lines.find((candidate) => candidate.variantId === variantId);
  return line ? `${line.title}${line.variantTitle ? ` (${line.variantTitle})` : ''}: ` : '';
}

export function describeCheckoutError(error: unknown, cart: Cart | null): CheckoutFailure {
  const e = toStoreletError(error, 'Something went wrong. Please try again.');
  const failure: CheckoutFailure = {
    code: e.code,
    message: '',
    fields: {},
    uncertain: false,
    reloadCart: false,
    forgetCart: false,
  };
  switch (e.code) {
    case 'validation_failed': {
      const issues = Array.isArray(e.details['issues'])
        ? (e.details['issues'] as Array<{ path: string; message: string }>)
        : [];
      for (const issue of issues) failure.fields[fieldName(issue.path)] ??= issue.message;
      return { ...failure, message: issues.length ? 'Please check the highlighted fields.' : e.message };
    }
    case 'out_of_stock':
      return {
        ...failure,
        message: `${lineTitle(cart, e.details['variantId'])}${e.message} Your cart has been updated.`,
        reloadCart: true,
      };
    case 'shipping_unavailable':
      return { ...failure, message: e.message, fields: { shippingMethod: e.message }, reloadCart: true };
    case 'cart_completed':
    case 'cart_not_found':
      return { ...failure, message: e.message, forgetCart: true };
    case 'network_error':
    case 'timeout':
      return {
        ...failure,
        message: 'The shop could not be reached. Check your connection and try again: you will not be charged twice.',
        uncertain: true,
      };
    case 'unexpected_error':
      // Nothing says whether the order was placed: a retry must carry the same key.
      return { ...failure, message: e.message, uncertain: true };
    default:
      // A 5xx or "still processing" leaves the outcome open; a retry must carry the same key.
      return { ...failure, message: e.message, uncertain: e.status >= 500 || e.code === 'conflict' };
  }
}
