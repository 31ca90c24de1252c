/**
 * Loads an element's code the first time its tag appears: in the document, or in the shadow root of one of
 * our elements (a `<product-detail>` that turns out to show a `<sticker-configurator>`). Shoelace's
 * autoloader does the same; this one also looks into our own shadow roots, where a document observer cannot see.
 */

/** Tags claimed on this page by any copy of the loader (the script tag twice, or the tag and the npm package). */
const claimedKey = Symbol.for('storelet.autoload.claimed');
type Holder = { [claimedKey]?: Set<string> };
const claimed: Set<string> = ((globalThis as Holder)[claimedKey] ??= new Set());

export type LoadElement = (tag: string) => Promise<unknown>;

/**
 * Watches the document and calls `load` once per tag of `tags` that appears, and not at all
 * for a tag that is already defined or that another copy of the loader took. Errors of `load` are reported on
 * the console: a chunk that fails to load must not stop the others.
 */
export function autoload(tags: readonly string[], load: LoadElement): void {
  const mine = new Set(tags);
  const selector = tags.join(',');
  const watched = new WeakSet<Node>();
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
  });

  // Once every tag is on its way, there is nothing left to look for.
  const allClaimed = () => tags.every((tag) => claimed.has(tag) || customElements.get(tag));

  function found(element: Element): void {
    const tag = element.localName;
    if (!claimed.has(tag) && !customElements.get(tag)) {
      claimed.add(tag);
      load(tag).catch((error: unknown) => console.error(`Storelet could not load <${tag}>.`, error));
      if (allClaimed()) observer.disconnect();
    }
    // Its shadow root exists once it is defined and connected; what it renders may hold more of our tags.
    void customElements.whenDefined(tag).then(() => element.shadowRoot && watch(element.shadowRoot));
  }

  function scan(node: Element | Document | ShadowRoot): void {
    if (node instanceof Element && mine.has(node.localName)) found(node);
    for (const element of node.querySelectorAll(selector)) found(element);
  }

  function watch(node: Document | ShadowRoot): void {
    if (watched.has(node) || allClaimed()) return;
    watched.add(node);
    observer.observe(node, { childList: true, subtree: true });
    scan(node);
  }

  watch(document);
}
