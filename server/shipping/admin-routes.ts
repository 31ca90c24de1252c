import { Hono } from 'hono';
import {
  AdminShippingZone,
  AdminShippingZoneList,
  CreateShippingZoneBody,
  DeleteQuery,
  UpdateShippingZoneBody,
} from '../../sdk/schemas/index.ts';
import { adminEdit } from '../admin/admin-edit.ts';
import type { AppEnv } from '../http/env.ts';
import { defineRoute, mountRoute } from '../http/route.ts';
import { ADMIN_ONLY, errorResponse, VERSION_CONFLICT } from '../openapi/responses.ts';
import type { Shop } from '../shop/shop.ts';
import { createZone, readZone, replaceZone, toAdminZone } from './admin-zones.ts';

const ZONE_ID = { zoneId: 'The zone id (`zone_…`).' };
const NOT_FOUND = errorResponse('`not_found`: no zone has this id.');
const INVALID = errorResponse(
  '`validation_failed` naming the field: a country listed twice, days or bands out of order, overlapping bands, ' +
    'countries on the rest-of-world zone or none on another.',
);
const TAKEN = errorResponse(
  '`conflict`: a country is in another zone (`details.country`, `details.zoneId`), a method id is another zone’s, ' +
    'or another zone is the rest of the world.',
);

export const listShippingZonesRoute = defineRoute({
  method: 'get',
  path: '/admin/shipping-zones',
  operationId: 'adminListShippingZones',
  tag: 'Admin',
  summary: 'Every shipping zone, with its methods and rate bands',
  description: 'Named zones by name, then the rest-of-world zone. Inactive methods are listed too.',
  security: 'bearer',
  responses: { 200: { description: 'The zones.', body: AdminShippingZoneList }, ...ADMIN_ONLY },
});

export const createShippingZoneRoute = defineRoute({
  method: 'post',
  path: '/admin/shipping-zones',
  operationId: 'adminCreateShippingZone',
  tag: 'Admin',
  summary: 'Add a shipping zone',
  description:
    'Countries (or the rest of the world) and the methods offered there, each priced by bands of the discounted ' +
    'subtotal or of the parcel’s weight, and free from an optional subtotal. A method without an `id` gets one. ' +
    'Counts from the next quote. Audited.',
  body: CreateShippingZoneBody,
  security: 'bearer',
  responses: {
    201: { description: 'The zone.', body: AdminShippingZone },
    400: INVALID,
    409: TAKEN,
    ...ADMIN_ONLY,
  },
});

export const getShippingZoneRoute = defineRoute({
  method: 'get',
  path: '/admin/shipping-zones/:zoneId',
  operationId: 'adminGetShippingZone',
  tag: 'Admin',
  summary: 'A shipping zone',
  params: ZONE_ID,
  security: 'bearer',
  responses: { 200: { description: 'The zone.', body: AdminShippingZone }, 404: NOT_FOUND, ...ADMIN_ONLY },
});

export const replaceShippingZoneRoute = defineRoute({
  method: 'put',
  path: '/admin/shipping-zones/:zoneId',
  operationId: 'adminReplaceShippingZone',
  tag: 'Admin',
  summary: 'Edit a shipping zone as a whole',
  description:
    'The zone as it should be: methods left out are removed (a cart that had chosen one is offered the others), ' +
    'methods sent with their `id` keep it. Orders already placed keep the shipping they were charged. Audited.',
  params: ZONE_ID,
  body: UpdateShippingZoneBody,
  security: 'bearer',
  responses: {
    200: { description: 'The zone as it is now.', body: AdminShippingZone },
    400: INVALID,
    404: NOT_FOUND,
    409: errorResponse(`${VERSION_CONFLICT.description} Or ${TAKEN.description}`),
    ...ADMIN_ONLY,
  },
});

export const deleteShippingZoneRoute = defineRoute({
  method: 'delete',
  path: '/admin/shipping-zones/:zoneId',
  operationId: 'adminDeleteShippingZone',
  tag: 'Admin',
  summary: 'Remove a shipping zone and its methods',
  description: 'Its countries fall to the rest-of-world zone, or cannot be shipped to without one. Audited.',
  params: ZONE_ID,
  query: DeleteQuery,
  queryDescriptions: { version: 'The `version` of the zone as last read.' },
  security: 'bearer',
  responses: { 204: { description: 'Removed.' }, 404: NOT_FOUND, 409: VERSION_CONFLICT, ...ADMIN_ONLY },
});

export const ADMIN_SHIPPING_ROUTES = [
  listShippingZonesRoute,
  createShippingZoneRoute,
  getShippingZoneRoute,
  replaceShippingZoneRoute,
  deleteShippingZoneRoute,
];

/** `/api/admin/shipping-zones`; the app checks the admin on `/api/admin/*` before these run. */
export function adminShippingRoutes(shop: Shop): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  mountRoute(app, listShippingZonesRoute, async (c) => {
    const zones = await shop.data.rules.listShippingZones();
    return c.json({ items: zones.map((zone) => toAdminZone(zone, shop.settings.currency)) }, 200);
  });
  mountRoute(app, createShippingZoneRoute, async (c, { body }) =>
    c.json(await createZone(shop, body, adminEdit(c, shop)), 201),
  );
  mountRoute(app, getShippingZoneRoute, async (c, { params }) => c.json(await readZone(shop, params.zoneId), 200));
  mountRoute(app, replaceShippingZoneRoute, async (c, { params, body }) =>
    c.json(await replaceZone(shop, params.zoneId, body, adminEdit(c, shop)), 200),
  );
  mountRoute(app, deleteShippingZoneRoute, async (c, { params, query }) => {
    await shop.data.rules.deleteShippingZone(params.zoneId, query.version, adminEdit(c, shop));
    return c.body(null, 204);
  });
  return app;
}
