import type { OwnReview } from '../../../sdk/schemas/index.ts';
import { cartWith, checkout, payWithTestGateway } from '../../test-support/checkout.ts';
import type { TestResponse, TestServer } from '../../test-support/server.ts';

/** A paid order's proof of purchase, as the checkout hands it to the browser. */
export type Bought = { orderId: string; accessToken: string };

/** Buys one of each product and pays with the test gateway. */
export async function buy(
  server: TestServer,
  handles: string[],
  email = 'ada@example.com',
  pay = true,
): Promise<Bought> {
  const cart = await cartWith(
    server,
    handles.map((handle): [string, number] => [handle, 1]),
  );
  const result = await checkout(server, cart.id, { email });
  if (pay) await payWithTestGateway(result, 'approve');
  return { orderId: result.order.id, accessToken: result.accessToken };
}

export const proofQuery = (bought: Bought) =>
  `orderId=${bought.orderId}&token=${encodeURIComponent(bought.accessToken)}`;

export function postReview(
  server: TestServer,
  product: string,
  bought: Bought | null,
  body: object = { rating: 5, title: 'Lovely', body: 'Just right.' },
  init: RequestInit = {},
): Promise<TestResponse<OwnReview>> {
  const query = bought ? `?${proofQuery(bought)}` : '';
  return server.send<OwnReview>(`/api/products/${product}/reviews${query}`, body, init);
}
