import { ACCOUNT_ROUTES } from '../accounts/routes.ts';
import { ACCOUNT_SELF_ROUTES } from '../customers/account-routes.ts';
import { CUSTOMER_ROUTES } from '../customers/routes.ts';
import type { RouteSpec } from '../http/route.ts';
import { INVOICE_ROUTES } from '../invoices/routes.ts';

/** Every `/api` route described with `defineRoute`: the OpenAPI document is made from this list. */
export const API_ROUTES: RouteSpec[] = [...ACCOUNT_ROUTES, ...CUSTOMER_ROUTES, ...ACCOUNT_SELF_ROUTES, ...INVOICE_ROUTES];
