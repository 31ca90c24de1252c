import { Hono, type Context } from 'hono';
import {
  AddTrackingEventBody,
  AdminShipment,
  AdminShipmentList,
  CreateShipmentBody,
  OrderLookupBody,
  OrderAccessQuery,
  OrderLookupResult,
  ShipmentList,
  UpdateShipmentBody,
  WebhookAck,
} from '../../sdk/schemas/index.ts';
import { emailKey } from '../accounts/view.ts';
import { signedIn } from '../auth/bearer.ts';
import type { Actor } from '../data/shipments.ts';
import { NotFoundError } from '../errors.ts';
import type { AppEnv } from '../http/env.ts';
import { defineRoute, mountRoute } from '../http/route.ts';
import { BAD_JSON_BODY, errorResponse, FORBIDDEN, UNAUTHORIZED } from '../openapi/responses.ts';
import { findAccessibleOrder } from '../orders/read-order.ts';
import type { Shop } from '../shop/shop.ts';
import { createLookupThrottle, LOOKUP_LIMITS, lookupOrder } from './lookup.ts';
import {
  addTrackingEvent,
  cancelShipment,
  correctShipment,
  createShipment,
  listAdminShipments,
  refreshShipment,
} from './service.ts';
import { shopperShipments } from './order-shipments.ts';
import { handleTrackingWebhook } from './webhook.ts';

const ORDER_PARAM = { orderId: 'The order’s id (`ord_…`).' };
const SHIPMENT_PARAMS = { ...ORDER_PARAM, shipmentId: 'The shipment’s id (`shp_…`).' };
const ORDER_NOT_FOUND = errorResponse('`not_found`: no such order.');
const SHIPMENT_NOT_FOUND = errorResponse(
  '`not_found`: no such order; `shipment_not_found`: no such shipment of this order.',
);
const CANCELLED = errorResponse('`shipment_cancelled`: the shipment was cancelled.');
const NO_STORE = { 'Cache-Control': 'no-store' };

export const listShipmentsRoute = defineRoute({
  method: 'get',
  path: '/orders/:orderId/shipments',
  operationId: 'listOrderShipments',
  tag: 'Shipments',
  summary: 'An order’s parcels and their tracking',
  description:
    'Opened like the order: `?token=` from checkout, the emailed link or `POST /api/orders/lookup`. Cancelled shipments are left out.',
  params: ORDER_PARAM,
  query: OrderAccessQuery,
  responses: {
    200: { description: 'Oldest parcel first, each with its timeline (oldest event first).', body: ShipmentList },
    404: errorResponse('`not_found`: no such order, or the token does not open it (one answer for both).'),
  },
});

export const lookupOrderRoute = defineRoute({
  method: 'post',
  path: '/orders/lookup',
  operationId: 'lookupOrder',
  tag: 'Shipments',
  summary: 'Find an order by its number and email',
  description:
    'For guests: answers the order’s id and a token that opens it for a day. A wrong number and a wrong email get the ' +
    'same 404. At most 10 tries per order number, 10 per email and 30 per caller in 10 minutes.',
  body: OrderLookupBody,
  responses: {
    200: { description: 'The order and its access token.', body: OrderLookupResult },
    400: BAD_JSON_BODY,
    404: errorResponse('`not_found`: no order has this number and email.'),
    429: errorResponse('`rate_limited`: too many lookups; `Retry-After` gives the seconds to wait.'),
  },
});

export const trackingWebhookRoute = defineRoute({
  method: 'post',
  path: '/webhooks/tracking',
  operationId: 'trackingWebhook',
  tag: 'Shipments',
  summary: 'The tracking service’s webhook',
  description:
    'EasyPost `tracker.updated` events, signed with `X-Hmac-Signature: hmac-sha256-hex=<HMAC-SHA256 of the raw body>`. ' +
    'Each event acts once; a late event adds to the timeline without moving a parcel backwards.',
  rawBody: { contentType: 'application/json', description: 'An EasyPost Event whose `result` is a Tracker.' },
  responses: {
    200: { description: 'Received.', body: WebhookAck },
    400: errorResponse('`invalid_signature`: the signature is missing or does not match.'),
    404: errorResponse('`not_found`: no tracking service is configured (the manual provider).'),
  },
});

const adminResponses = (
  ok: { status: 200 | 201; description: string },
  extra: Record<number, ReturnType<typeof errorResponse>> = {},
) => ({
  [ok.status]: { description: ok.description, body: AdminShipment },
  401: UNAUTHORIZED,
  403: FORBIDDEN,
  ...extra,
});

export const adminListShipmentsRoute = defineRoute({
  method: 'get',
  path: '/admin/orders/:orderId/shipments',
  operationId: 'adminListShipments',
  tag: 'Admin',
  summary: 'An order’s shipments, cancelled ones included, with who did what',
  security: 'bearer',
  params: ORDER_PARAM,
  responses: {
    200: { description: 'Oldest first.', body: AdminShipmentList },
    401: UNAUTHORIZED,
    403: FORBIDDEN,
    404: ORDER_NOT_FOUND,
  },
});

export const adminCreateShipmentRoute = defineRoute({
  method: 'post',
  path: '/admin/orders/:orderId/shipments',
  operationId: 'adminCreateShipment',
  tag: 'Admin',
  summary: 'Ship lines of a paid order with a carrier and tracking number',
  description:
    'Partial shipments are fine; a unit never ships twice, requests sent at once included. The number is checked against the ' +
    'carrier’s format where it has one, registered with the tracking service (or later, if the service is down), and the ' +
    'shopper gets the shipping email.',
  security: 'bearer',
  params: ORDER_PARAM,
  body: CreateShipmentBody,
  responses: adminResponses(
    { status: 201, description: 'The shipment.' },
    {
      400: errorResponse(
        '`validation_failed` (a line not of this order, or named twice) or `invalid_tracking_number`.',
      ),
      404: ORDER_NOT_FOUND,
      409: errorResponse(
        '`order_not_shippable`: unpaid or cancelled; `line_already_shipped`: `details.remaining` units are left.',
      ),
    },
  ),
});

export const adminCorrectShipmentRoute = defineRoute({
  method: 'patch',
  path: '/admin/orders/:orderId/shipments/:shipmentId',
  operationId: 'adminCorrectShipment',
  tag: 'Admin',
  summary: 'Correct a carrier or tracking number entered by mistake',
  description: 'The shipment is tracked again from the start under the new number.',
  security: 'bearer',
  params: SHIPMENT_PARAMS,
  body: UpdateShipmentBody,
  responses: adminResponses(
    { status: 200, description: 'The corrected shipment.' },
    {
      400: errorResponse('`validation_failed` or `invalid_tracking_number`.'),
      404: SHIPMENT_NOT_FOUND,
      409: CANCELLED,
    },
  ),
});

export const adminCancelShipmentRoute = defineRoute({
  method: 'post',
  path: '/admin/orders/:orderId/shipments/:shipmentId/cancel',
  operationId: 'adminCancelShipment',
  tag: 'Admin',
  summary: 'Cancel a shipment entered by mistake',
  description: 'Its units may ship again; the shipment stays in the admin’s list with its history.',
  security: 'bearer',
  params: SHIPMENT_PARAMS,
  responses: adminResponses(
    { status: 200, description: 'The cancelled shipment.' },
    { 404: SHIPMENT_NOT_FOUND, 409: CANCELLED },
  ),
});

export const adminAddTrackingEventRoute = defineRoute({
  method: 'post',
  path: '/admin/orders/:orderId/shipments/:shipmentId/events',
  operationId: 'adminAddTrackingEvent',
  tag: 'Admin',
  summary: 'Record a tracking event by hand (the manual provider; "Mark delivered")',
  security: 'bearer',
  params: SHIPMENT_PARAMS,
  body: AddTrackingEventBody,
  responses: adminResponses(
    { status: 200, description: 'The shipment with the event.' },
    {
      400: BAD_JSON_BODY,
      404: SHIPMENT_NOT_FOUND,
      409: CANCELLED,
    },
  ),
});

export const adminRefreshShipmentRoute = defineRoute({
  method: 'post',
  path: '/admin/orders/:orderId/shipments/:shipmentId/refresh',
  operationId: 'adminRefreshShipment',
  tag: 'Admin',
  summary: 'Ask the tracking service about a shipment now',
  security: 'bearer',
  params: SHIPMENT_PARAMS,
  responses: adminResponses(
    { status: 200, description: 'The shipment as the service sees it.' },
    {
      400: errorResponse('`validation_failed`: the shipment is tracked by hand.'),
      404: SHIPMENT_NOT_FOUND,
      409: CANCELLED,
      502: errorResponse('`tracking_unavailable`: the tracking service could not be reached.'),
    },
  ),
});

export const SHIPMENT_ROUTES = [
  listShipmentsRoute,
  lookupOrderRoute,
  trackingWebhookRoute,
  adminListShipmentsRoute,
  adminCreateShipmentRoute,
  adminCorrectShipmentRoute,
  adminCancelShipmentRoute,
  adminAddTrackingEventRoute,
  adminRefreshShipmentRoute,
];

/** The admin who sent the request (the app's `requireAdmin` has run on every `/api/admin/*`). */
function actor(c: Context<AppEnv>): Actor {
  const { account } = signedIn(c);
  return { id: account.id, email: account.email };
}

const callerKey = (c: Context<AppEnv>) => `ip:${c.env?.incoming?.socket.remoteAddress ?? 'unknown'}`;

/** Shipments for the owner (`/api/admin/…`), the shopper (`/api/orders/…`) and the tracking service (`/api/webhooks/tracking`). */
export function shipmentRoutes(shop: Shop): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const throttle = createLookupThrottle();

  mountRoute(app, listShipmentsRoute, async (c, { params, query }) => {
    const order = await findAccessibleOrder(shop, params.orderId, query.token);
    return c.json({ items: await shopperShipments(shop, order) }, 200, NO_STORE);
  });

  mountRoute(app, lookupOrderRoute, async (c, { body }) => {
    throttle(
      [
        [callerKey(c), LOOKUP_LIMITS.perCaller],
        [`number:${body.number.trim().toUpperCase()}`, LOOKUP_LIMITS.perNumber],
        [`email:${emailKey(body.email)}`, LOOKUP_LIMITS.perEmail],
      ],
      shop.now().getTime(),
    );
    return c.json(await lookupOrder(shop, body), 200, NO_STORE);
  });

  mountRoute(app, trackingWebhookRoute, async (c) => {
    if (shop.tracking.name === 'manual') throw new NotFoundError('A tracking service');
    await handleTrackingWebhook(shop, await c.req.text(), (name) => c.req.header(name));
    return c.json({ received: true as const }, 200);
  });

  mountRoute(app, adminListShipmentsRoute, async (c, { params }) =>
    c.json({ items: await listAdminShipments(shop, params.orderId) }, 200),
  );
  mountRoute(app, adminCreateShipmentRoute, async (c, { params, body }) =>
    c.json(await createShipment(shop, params.orderId, body, actor(c)), 201),
  );
  mountRoute(app, adminCorrectShipmentRoute, async (c, { params, body }) =>
    c.json(await correctShipment(shop, params.orderId, params.shipmentId, body, actor(c)), 200),
  );
  mountRoute(app, adminCancelShipmentRoute, async (c, { params }) =>
    c.json(await cancelShipment(shop, params.orderId, params.shipmentId, actor(c)), 200),
  );
  mountRoute(app, adminAddTrackingEventRoute, async (c, { params, body }) =>
    c.json(await addTrackingEvent(shop, params.orderId, params.shipmentId, body, actor(c)), 200),
  );
  mountRoute(app, adminRefreshShipmentRoute, async (c, { params }) =>
    c.json(await refreshShipment(shop, params.orderId, params.shipmentId, actor(c)), 200),
  );

  return app;
}
