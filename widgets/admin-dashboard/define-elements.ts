import { defineElement } from '../shared/define-element.ts';
import { AdminDashboard } from './admin-dashboard.ts';
import { AdminSignIn } from './admin-sign-in.ts';

/**
 * Defines `<admin-dashboard>` and its sign-in form; each screen's elements are defined by the screen's own chunk
 * when it opens (admin-screens.ts). The sign-in form first, so the dashboard's first render finds it defined.
 */
export function defineAdminDashboard(): void {
  defineElement('admin-sign-in', AdminSignIn);
  defineElement('admin-dashboard', AdminDashboard);
}
