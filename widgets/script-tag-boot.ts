/**
 * What the script tag evaluates before any element: `<shop-provider>`, and the page-wide storefront the tag
 * configures, so that `<product-grid>` works with no provider around it.
 */
import { createStorefront } from '../sdk/index.ts';
import { getDefaultStorefront, setDefaultStorefront } from './default-storefront.ts';
import './shop-provider/define.ts';

export function configure(apiUrl: string): void {
  // Loaded twice on a page: the first tag's configuration stands.
  if (!getDefaultStorefront()) setDefaultStorefront(createStorefront({ apiUrl }));
}
