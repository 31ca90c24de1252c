/**
 * Entry of the admin bundle (dist/storelet-admin.js): defines <admin-dashboard> and points dashboards
 * with no `api` at the shop named by the tag's `data-api`, else the origin the script came from:
 *
 *   <script src="https://shop.example.com/storelet-admin.js"></script>
 */
import { setDefaultAdminApi } from './admin-clients.ts';
import './define.ts';

const script = document.currentScript;
if (script instanceof HTMLScriptElement) {
  const apiUrl = script.dataset['api'] || (script.src ? new URL(script.src).origin : '');
  if (apiUrl) setDefaultAdminApi(apiUrl);
}
