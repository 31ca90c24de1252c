import { ContextEvent } from '@lit/context';
import type { Storefront } from '../../sdk/index.ts';
import { storefrontContext } from '../context.ts';
import { getDefaultStorefront } from '../default-storefront.ts';

/**
 * The storefront an element on the page belongs to: what its nearest `<shop-provider>` answers
 * (providers answer context requests synchronously), else the page-wide default. Lets document-level
 * listeners act for the right shop when two shops share a page.
 */
export function storefrontOf(element: EventTarget | undefined): Storefront | undefined {
  let found: Storefront | undefined;
  if (element instanceof Element) {
    element.dispatchEvent(new ContextEvent(storefrontContext, element, (value) => (found = value)));
  }
  return found ?? getDefaultStorefront();
}

/** The element that sent an event, seen through shadow roots (the event may have been retargeted). */
export function eventOrigin(event: Event): EventTarget | undefined {
  return event.composedPath()[0];
}
