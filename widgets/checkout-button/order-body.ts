import type { Address, CreateOrderBody, PaymentMode } from '../../sdk/index.ts';

/**
 * Where the payment page sends the shopper back: the `return-url` attribute resolved against this page,
 * or this page itself without its query and fragment (which may hold an old order's parameters).
 */
export function returnUrlOf(returnUrl: string): string {
  return new URL(returnUrl || location.origin + location.pathname, location.href).href;
}

/** The checkout form's fields as the order request; optional address fields are left out when blank. */
export function readOrderBody(
  form: HTMLFormElement,
  cartId: string,
  returnUrl: string,
  paymentMode: PaymentMode,
): CreateOrderBody {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? '').trim();
  const shippingAddress: Address = {
    name: text('name'),
    line1: text('line1'),
    city: text('city'),
    postalCode: text('postalCode'),
    country: text('country'),
  };
  for (const optional of ['line2', 'region', 'phone'] as const)
    if (text(optional)) shippingAddress[optional] = text(optional);
  return {
    cartId,
    email: text('email'),
    shippingAddress,
    shippingMethod: text('shippingMethod'),
    returnUrl: returnUrlOf(returnUrl),
    paymentMode,
  };
}
