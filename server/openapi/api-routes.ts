import { ACCOUNT_ROUTES } from '../accounts/routes.ts';
import type { RouteSpec } from '../http/route.ts';
import { RECOMMENDATION_ROUTES } from '../recommendations/routes.ts';
import { ADMIN_REVIEW_ROUTES } from '../reviews/admin-routes.ts';
import { REVIEW_ROUTES } from '../reviews/routes.ts';

/** Every `/api` route described with `defineRoute`: the OpenAPI document is made from this list. */
export const API_ROUTES: RouteSpec[] = [...ACCOUNT_ROUTES, ...REVIEW_ROUTES, ...ADMIN_REVIEW_ROUTES, ...RECOMMENDATION_ROUTES];
