import { ErrorBody } from '../../sdk/schemas/index.ts';
import type { RouteResponse } from '../http/route.ts';

/** A documented error answer: the shared error body, with what its codes mean here. */
export const errorResponse = (description: string): RouteResponse => ({ description, body: ErrorBody });

export const UNAUTHORIZED = errorResponse(
  '`unauthorized`: no `Authorization: Bearer <token>`, or its session expired or was signed out (`WWW-Authenticate: Bearer`).',
);
export const FORBIDDEN = errorResponse('`forbidden`: the token is valid but its account is not an admin.');
export const BAD_JSON_BODY = errorResponse('`validation_failed`, `invalid_json` or `unsupported_media_type`.');

/** What every `/api/admin/*` route may answer before its handler runs: the app checks the admin first. */
export const ADMIN_ONLY = { 401: UNAUTHORIZED, 403: FORBIDDEN } as const;

/** The `Idempotency-Key` header of a write that moves money, `unique` per what a client sends it for. */
export const idempotencyKeyHeader = (unique: string) => ({
  name: 'Idempotency-Key',
  required: false,
  description: `Up to 255 visible ASCII characters, unique per ${unique}. Answers are kept for 24 hours.`,
});

/** The 409 of an edit made against an older version of what it edits. */
export const VERSION_CONFLICT = errorResponse(
  '`version_conflict`: someone changed it since `version` was read; `details.currentVersion` is the version now. Nothing was changed.',
);
