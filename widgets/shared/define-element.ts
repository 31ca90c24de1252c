/** Tags already warned about, so a page that loads a second copy of the bundle hears it once per tag. */
const warned = new Set<string>();

/**
 * Registers a tag unless it already is: the bundle may be loaded twice on a page, and a second
 * `customElements.define` of the same name would throw. A tag held by another class (a second copy
 * of Storelet, or another library using the name) is left to it, with one warning, since the page then
 * runs code other than this copy's.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const defined = customElements.get(tag);
  if (!defined) {
    customElements.define(tag, element);
    return;
  }
  if (defined === element || warned.has(tag)) return;
  warned.add(tag);
  console.warn(
    `Storelet: <${tag}> is already defined by another script, which keeps it. ` +
      'Is Storelet loaded twice, or does another library use this tag name?',
  );
}
