import { atom, type ReadableAtom, type WritableAtom } from 'nanostores';
import type { Storefront } from '../sdk/index.ts';

const key = Symbol.for('storelet.default-storefront');
type Holder = { [key]?: WritableAtom<Storefront | undefined> };

// Kept on globalThis so that when the bundle is loaded twice, both copies share one default.
const $default: WritableAtom<Storefront | undefined> = ((globalThis as Holder)[key] ??= atom<Storefront | undefined>(
  undefined,
));

/** The page-wide storefront used by elements that have no `<shop-provider>` ancestor. */
export const $defaultStorefront: ReadableAtom<Storefront | undefined> = $default;

/** Sets the page-wide default; elements already on the page pick it up at once. */
export function setDefaultStorefront(storefront: Storefront | undefined): void {
  $default.set(storefront);
}

export function getDefaultStorefront(): Storefront | undefined {
  return $default.get();
}
