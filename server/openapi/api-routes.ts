import { ACCOUNT_ROUTES } from '../accounts/routes.ts';
import type { RouteSpec } from '../http/route.ts';
import { SHIPMENT_ROUTES } from '../shipments/routes.ts';

/** Every `/api` route described with `defineRoute`: the OpenAPI document is made from this list. */
export const API_ROUTES: RouteSpec[] = [...ACCOUNT_ROUTES, ...SHIPMENT_ROUTES];
