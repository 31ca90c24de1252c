import { createContext } from '@lit/context';
import type { Storefront } from '../sdk/index.ts';

/**
 * The storefront `<shop-provider>` hands to its descendants. A string key (not a symbol) so a
 * provider and a consumer from two copies of the bundle on one page still find each other.
 */
export const storefrontContext = createContext<Storefront | undefined>('storelet-storefront');
