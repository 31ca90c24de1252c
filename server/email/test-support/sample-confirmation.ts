import type { OrderConfirmationInput } from '../order-confirmation.ts';

/** A realistic confirmation input; tests override what they look at. */
export function sampleConfirmation(overrides: Partial<OrderConfirmationInput> = {}): OrderConfirmationInput {
  const usd = (amount: number) => ({ amount, currency: 'USD' });
  return {
    shopName: 'Sticker Shop',
    orderNumber: 'SL-10042',
    email: 'ada@example.com',
    lines: [
      {
        title: 'Mountain tee',
        variantTitle: 'M / Navy',
        quantity: 2,
        unitPrice: usd(2500),
        total: usd(5000),
        imageUrl: 'https://shop.example.com/images/tee.jpg',
      },
      {
        title: 'Die-cut sticker',
        variantTitle: '3 in × 3 in, vinyl',
        quantity: 50,
        unitPrice: usd(89),
        total: usd(4450),
      },
    ],
    totals: {
      subtotal: usd(9450),
      discount: usd(945),
      shipping: usd(599),
      tax: usd(680),
      total: usd(9784),
    },
    discountCode: 'WELCOME10',
    shippingAddress: {
      name: 'Ada Lovelace',
      line1: '12 Analytical Row',
      line2: 'Flat 3',
      city: 'Portland',
      region: 'OR',
      postalCode: '97201',
      country: 'US',
    },
    shippingMethodName: 'Standard',
    orderUrl: 'https://shop.example.com/orders/ord_123?token=abc.def',
    ...overrides,
  };
}
