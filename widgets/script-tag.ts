/**
 * Entry of the script-tag bundle (dist/storelet.js): defines every element and configures the
 * page-wide storefront from the tag itself, so `<product-grid>` works with no provider around it:
 *
 *   <script src="https://shop.example.com/storelet.js" data-api="https://shop.example.com"></script>
 *
 * Without `data-api`, the shop is the origin the script was loaded from.
 */
import { createStorefront } from '../sdk/index.ts';
import { getDefaultStorefront, setDefaultStorefront } from './default-storefront.ts';
import './index.ts';

function configureFromScriptTag(): void {
  const script = document.currentScript;
  if (!(script instanceof HTMLScriptElement)) return;
  const apiUrl = script.dataset['api'] || (script.src ? new URL(script.src).origin : '');
  // Loaded twice on a page: the first tag's configuration stands.
  if (!apiUrl || getDefaultStorefront()) return;
  setDefaultStorefront(createStorefront({ apiUrl }));
}

configureFromScriptTag();
