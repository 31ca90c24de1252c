/**
 * Registers a tag unless it already is: the bundle may be loaded twice on a page, and a second
 * `customElements.define` of the same name would throw.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
