import { Hono } from 'hono';
import { AuditLogPage, AuditLogQuery } from '../../sdk/schemas/index.ts';
import { decodeCursor, encodeCursor } from '../data/cursor.ts';
import type { AppEnv } from '../http/env.ts';
import { defineRoute, mountRoute } from '../http/route.ts';
import { ADMIN_ONLY, errorResponse } from '../openapi/responses.ts';
import type { Shop } from '../shop/shop.ts';

export const adminAuditLogRoute = defineRoute({
  method: 'get',
  path: '/admin/audit-log',
  operationId: 'adminListAuditLog',
  tag: 'Admin',
  summary: 'Who changed what, newest first',
  description:
    'Each entry has the record before and after the change: `before` is null for a create, `after` for a delete.',
  query: AuditLogQuery,
  queryDescriptions: {
    entity: 'Only changes of this kind of record.',
    entityId: 'Only changes of this record.',
    limit: 'Page size.',
    cursor: '`nextCursor` of the previous page, with the same filters.',
  },
  security: 'bearer',
  responses: {
    200: { description: 'A page of entries.', body: AuditLogPage },
    400: errorResponse('`validation_failed` or `invalid_cursor`.'),
    ...ADMIN_ONLY,
  },
});

export const AUDIT_LOG_ROUTES = [adminAuditLogRoute];

/** `/api/admin/audit-log`; the admin check is mounted on `/api/admin/*` by the app. */
export function auditLogRoutes(shop: Shop): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  mountRoute(app, adminAuditLogRoute, async (c, { query }) => {
    const filter = { entity: query.entity, entityId: query.entityId };
    const scope = { sort: 'audit_log' as const, q: JSON.stringify(filter) };
    const after = query.cursor ? decodeCursor(query.cursor, scope, 'string') : null;
    const rows = await shop.data.audit.list(filter, after, query.limit + 1);
    const items = rows.slice(0, query.limit);
    const last = items.at(-1);
    const nextCursor = rows.length > query.limit && last ? encodeCursor(scope, { key: last.at, id: last.id }) : null;
    return c.json({ items, nextCursor }, 200);
  });
  return app;
}
