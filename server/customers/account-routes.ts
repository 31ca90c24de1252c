import { Hono } from 'hono';
import {
  Account,
  AccountCart,
  AccountOrder,
  AccountOrderList,
  AccountOrderQuery,
  ChangePasswordBody,
  ClaimCartBody,
  DeleteAccountBody,
  SaveAddressBody,
  SavedAddress,
  SavedAddressList,
  UpdateProfileBody,
} from '../../sdk/schemas/index.ts';
import { requireAccount, signedIn } from '../auth/bearer.ts';
import type { AppEnv } from '../http/env.ts';
import { defineRoute, mountRoute } from '../http/route.ts';
import { BAD_JSON_BODY, errorResponse, UNAUTHORIZED } from '../openapi/responses.ts';
import type { Shop } from '../shop/shop.ts';
import { claimCart } from './account-cart.ts';
import { listAccountOrders, readAccountOrder } from './account-orders.ts';
import { addAddress, listAddresses, removeAddress, updateAddress } from './addresses.ts';
import { changePassword, deleteAccount, updateProfile } from './profile.ts';

const WRONG_PASSWORD = errorResponse('`invalid_credentials`: the password is not right.');
const NOT_YOURS = errorResponse(
  '`not_found`: no such object among this account’s (another customer’s answers the same).',
);
const bearer = { security: 'bearer' as const, tag: 'Account' };

export const updateProfileRoute = defineRoute({
  ...bearer,
  method: 'patch',
  path: '/account',
  operationId: 'updateProfile',
  summary: 'Change the name on the account',
  body: UpdateProfileBody,
  responses: { 200: { description: 'The account.', body: Account }, 400: BAD_JSON_BODY, 401: UNAUTHORIZED },
});

export const changePasswordRoute = defineRoute({
  ...bearer,
  method: 'put',
  path: '/account/password',
  operationId: 'changePassword',
  summary: 'Change the password',
  description: 'Needs the current password. Every other session of the account is signed out; this one stays.',
  body: ChangePasswordBody,
  responses: { 204: { description: 'Changed.' }, 400: BAD_JSON_BODY, 401: WRONG_PASSWORD },
});

export const deleteAccountRoute = defineRoute({
  ...bearer,
  method: 'delete',
  path: '/account',
  operationId: 'deleteAccount',
  summary: 'Delete the account',
  description:
    'Needs the password. Removes the account, its sessions and addresses; its orders stay with the shop for its books, ' +
    'no longer linked to an account.',
  body: DeleteAccountBody,
  responses: { 204: { description: 'Deleted.' }, 400: BAD_JSON_BODY, 401: WRONG_PASSWORD },
});

export const listAddressesRoute = defineRoute({
  ...bearer,
  method: 'get',
  path: '/account/addresses',
  operationId: 'listAddresses',
  summary: 'The address book',
  responses: { 200: { description: 'Oldest first; one is the default.', body: SavedAddressList }, 401: UNAUTHORIZED },
});

export const addAddressRoute = defineRoute({
  ...bearer,
  method: 'post',
  path: '/account/addresses',
  operationId: 'addAddress',
  summary: 'Add an address',
  description:
    'Checked by the checkout’s rules. The first address, or one sent with `isDefault: true`, becomes the default.',
  body: SaveAddressBody,
  responses: { 201: { description: 'Saved.', body: SavedAddress }, 400: BAD_JSON_BODY, 401: UNAUTHORIZED },
});

export const updateAddressRoute = defineRoute({
  ...bearer,
  method: 'put',
  path: '/account/addresses/:addressId',
  operationId: 'updateAddress',
  summary: 'Replace an address, or make it the default',
  params: { addressId: 'The saved address.' },
  body: SaveAddressBody,
  responses: {
    200: { description: 'Saved.', body: SavedAddress },
    400: BAD_JSON_BODY,
    401: UNAUTHORIZED,
    404: NOT_YOURS,
  },
});

export const removeAddressRoute = defineRoute({
  ...bearer,
  method: 'delete',
  path: '/account/addresses/:addressId',
  operationId: 'removeAddress',
  summary: 'Remove an address',
  description: 'When it was the default, the newest remaining address becomes the default.',
  params: { addressId: 'The saved address.' },
  responses: { 204: { description: 'Removed.' }, 401: UNAUTHORIZED, 404: NOT_YOURS },
});

export const claimCartRoute = defineRoute({
  ...bearer,
  method: 'post',
  path: '/account/cart',
  operationId: 'claimCart',
  summary: 'Make the browser’s cart the customer’s (at sign-in)',
  description:
    'The guest cart becomes the customer’s, taking in the lines of the cart the account had; quantities above ' +
    'the stock are lowered with a notice. `cartId: null` answers the account’s cart, if any.',
  body: ClaimCartBody,
  responses: {
    200: { description: 'The customer’s cart, or null.', body: AccountCart },
    400: BAD_JSON_BODY,
    401: UNAUTHORIZED,
  },
});

export const listAccountOrdersRoute = defineRoute({
  ...bearer,
  method: 'get',
  path: '/account/orders',
  operationId: 'listAccountOrders',
  summary: 'The customer’s orders',
  description:
    'Newest first, keyset paging. Guest orders with the account’s email are here once the email is verified.',
  query: AccountOrderQuery,
  queryDescriptions: {
    limit: 'Orders per page, 1 to 50 (24 by default).',
    cursor: 'The `nextCursor` of the page before.',
  },
  responses: {
    200: { description: 'A page of orders.', body: AccountOrderList },
    400: errorResponse('`validation_failed`, `invalid_cursor`.'),
    401: UNAUTHORIZED,
  },
});

export const getAccountOrderRoute = defineRoute({
  ...bearer,
  method: 'get',
  path: '/account/orders/:orderId',
  operationId: 'getAccountOrder',
  summary: 'One of the customer’s orders',
  params: { orderId: 'The order id (`ord_…`).' },
  responses: {
    200: { description: 'The order and its invoice.', body: AccountOrder },
    401: UNAUTHORIZED,
    404: NOT_YOURS,
  },
});

export const ACCOUNT_SELF_ROUTES = [
  updateProfileRoute,
  changePasswordRoute,
  deleteAccountRoute,
  listAddressesRoute,
  addAddressRoute,
  updateAddressRoute,
  removeAddressRoute,
  claimCartRoute,
  listAccountOrdersRoute,
  getAccountOrderRoute,
];

/** `/api/account/*`: everything the signed-in customer owns. Every object is looked up within their account. */
export function accountSelfRoutes(shop: Shop): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const authenticated = requireAccount(shop);
  app.use('/account/*', async (c, next) => {
    c.header('Cache-Control', 'no-store');
    await next();
  });
  const me = (c: Parameters<typeof signedIn>[0]) => signedIn(c).account;

  mountRoute(app, updateProfileRoute, authenticated, async (c, { body }) =>
    c.json(await updateProfile(shop, me(c), body.name), 200),
  );
  mountRoute(app, changePasswordRoute, authenticated, async (c, { body }) => {
    const { account, sessionId } = signedIn(c);
    await changePassword(shop, account, sessionId, body);
    return c.body(null, 204);
  });
  mountRoute(app, deleteAccountRoute, authenticated, async (c, { body }) => {
    await deleteAccount(shop, me(c), body.password);
    return c.body(null, 204);
  });
  mountRoute(app, listAddressesRoute, authenticated, async (c) =>
    c.json({ items: await listAddresses(shop, me(c)) }, 200),
  );
  mountRoute(app, addAddressRoute, authenticated, async (c, { body }) =>
    c.json(await addAddress(shop, me(c), body), 201),
  );
  mountRoute(app, updateAddressRoute, authenticated, async (c, { params, body }) =>
    c.json(await updateAddress(shop, me(c), params.addressId, body), 200),
  );
  mountRoute(app, removeAddressRoute, authenticated, async (c, { params }) => {
    await removeAddress(shop, me(c), params.addressId);
    return c.body(null, 204);
  });
  mountRoute(app, claimCartRoute, authenticated, async (c, { body }) =>
    c.json(await claimCart(shop, me(c), body.cartId), 200),
  );
  mountRoute(app, listAccountOrdersRoute, authenticated, async (c, { query }) =>
    c.json(await listAccountOrders(shop, me(c), query), 200),
  );
  mountRoute(app, getAccountOrderRoute, authenticated, async (c, { params }) =>
    c.json(await readAccountOrder(shop, me(c), params.orderId), 200),
  );
  return app;
}
