/**
 * The admin loader's first chunk (dist/storelet-admin/admin-….js): the dashboard's frame and sign-in form. The shop
 * is set before the tag is defined, so a dashboard already on the page renders against it from its first update.
 */
import { setDefaultAdminApi } from './admin-clients.ts';
import { defineAdminDashboard } from './define-elements.ts';

export function start(apiUrl: string): void {
  setDefaultAdminApi(apiUrl);
  defineAdminDashboard();
}
