import type { CallOptions } from '../catalog.ts';
import type { Http } from '../http.ts';
import type { AuditLogPage, AuditLogParams } from '../schemas/audit.ts';

export type AdminAuditLogApi = {
  /** One page of admin changes, newest first, for one kind of record or one record. */
  list(query?: AuditLogParams, options?: CallOptions): Promise<AuditLogPage>;
};

export function adminAuditLogApi({
  http,
  guard,
}: {
  http: Http;
  guard<T>(call: () => Promise<T>): Promise<T>;
}): AdminAuditLogApi {
  return {
    list: (query = {}, options = {}) =>
      guard(() =>
        http.request('get', 'admin/audit-log', 'auditLogPage', { searchParams: query, signal: options.signal }),
      ),
  };
}
