import type { Http } from './http.ts';
import type { AddCartLineBody, Cart, UpdateCartBody } from './schemas/cart.ts';

/** The cart endpoints, one call each. Every answer is the whole cart as the server priced it. */
export type CartApi = {
  create(body?: { country?: string }): Promise<Cart>;
  get(cartId: string): Promise<Cart>;
  update(cartId: string, body: UpdateCartBody): Promise<Cart>;
  addLine(cartId: string, body: AddCartLineBody): Promise<Cart>;
  updateLine(cartId: string, lineId: string, quantity: number): Promise<Cart>;
  removeLine(cartId: string, lineId: string): Promise<Cart>;
  applyDiscount(cartId: string, code: string): Promise<Cart>;
  removeDiscount(cartId: string): Promise<Cart>;
};

export function cartApi(http: Http): CartApi {
  const path = (cartId: string, rest = '') => `carts/${encodeURIComponent(cartId)}${rest}`;
  return {
    create: (body = {}) => http.request('post', 'carts', 'cart', { json: body }),
    get: (cartId) => http.request('get', path(cartId), 'cart'),
    update: (cartId, body) => http.request('patch', path(cartId), 'cart', { json: body }),
    addLine: (cartId, body) => http.request('post', path(cartId, '/lines'), 'cart', { json: body }),
    updateLine: (cartId, lineId, quantity) =>
      http.request('patch', path(cartId, `/lines/${encodeURIComponent(lineId)}`), 'cart', { json: { quantity } }),
    removeLine: (cartId, lineId) =>
      http.request('delete', path(cartId, `/lines/${encodeURIComponent(lineId)}`), 'cart'),
    applyDiscount: (cartId, code) => http.request('put', path(cartId, '/discount'), 'cart', { json: { code } }),
    removeDiscount: (cartId) => http.request('delete', path(cartId, '/discount'), 'cart'),
  };
}
