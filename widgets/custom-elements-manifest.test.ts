// custom-elements.json against the elements it describes. `npm test` builds first; run `npm run build` before
// running this file alone. Sources are read as the test server serves them (TypeScript compiled, comments dropped),
// so a word in a comment never counts as a part, a slot or an event.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import './test-support/define-all.ts';
import './admin-dashboard/define.ts';
import { SCREENS } from './admin-dashboard/admin-screens.ts';
import type { StoreletEventName } from './events.ts';
import { apiUrl } from './test-support/test-server.ts';

type Documented = { name: string; description?: string };
type ElementDoc = {
  kind: string;
  name: string;
  tagName?: string;
  summary?: string;
  description?: string;
  attributes?: Documented[];
  events?: Documented[];
  cssParts?: Documented[];
  cssProperties?: Documented[];
  slots?: Documented[];
};
type Manifest = { modules: { path: string; declarations?: ElementDoc[] }[] };

/** Every event in widgets/events.ts: the type makes this list exactly the map's keys, no more, no fewer. */
const EVENTS = {
  'storelet-add-to-cart': true,
  'storelet-product-select': true,
  'storelet-variant-change': true,
  'storelet-search': true,
  'storelet-error': true,
  'storelet-cart-open': true,
  'storelet-cart-change': true,
  'storelet-before-checkout': true,
  'storelet-checkout-start': true,
  'storelet-payment-redirect': true,
  'storelet-order-status': true,
  'storelet-admin-sign-in': true,
  'storelet-admin-sign-out': true,
  'storelet-admin-order-open': true,
  'storelet-admin-order-close': true,
  'storelet-admin-design-download': true,
  'storelet-shipment-update': true,
  'storelet-admin-shipment': true,
  'storelet-admin-product-open': true,
  'storelet-admin-product-close': true,
  'storelet-admin-product-save': true,
  'storelet-sign-in': true,
  'storelet-sign-out': true,
  'storelet-account-open': true,
  'storelet-review-submit': true,
  'storelet-review-delete': true,
  'storelet-payment-embedded': true,
  'storelet-return-request': true,
} satisfies Record<StoreletEventName, true>;

// The dashboard's screens define their elements when they open: all of them, here.
await Promise.all(Object.values(SCREENS).map((screen) => screen.load()));

const response = await fetch('/dist/custom-elements.json');
if (!response.ok) throw new Error('dist/custom-elements.json is missing: run npm run build');
const manifest = (await response.json()) as Manifest;
const elements = manifest.modules.flatMap((module) =>
  (module.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .map((declaration) => ({ path: module.path, doc: declaration })),
);

const served = new Map<string, Promise<string>>();
function source(path: string): Promise<string> {
  let text = served.get(path);
  if (!text) {
    text = fetch(`/${path}`).then((answer) => {
      if (!answer.ok) throw new Error(`${path}: HTTP ${answer.status}`);
      return answer.text();
    });
    served.set(path, text);
  }
  return text;
}

const moduleOfTag = new Map(elements.map(({ path, doc }) => [doc.tagName!, path]));

/**
 * The module and every module of widgets/ it imports, directly or not, for which `follow` says yes; with `rendered`,
 * also the modules of the elements it renders (whose composed events come out of it); with `lazy`, also the modules
 * it imports on demand (`import('./…')`, the dashboard's screens).
 */
async function sources(
  path: string,
  follow: (path: string) => boolean,
  rendered = false,
  lazy = false,
): Promise<Map<string, string>> {
  const imports = lazy
    ? /(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+\.ts)["']/g
    : /(?:from|import)\s*["'](\.{1,2}\/[^"']+\.ts)["']/g;
  const found = new Map<string, string>();
  const pending = [path];
  while (pending.length) {
    const next = pending.pop()!;
    if (found.has(next)) continue;
    const text = await source(next);
    found.set(next, text);
    for (const [, specifier] of text.matchAll(imports)) {
      const imported = new URL(specifier!, `http://x/${next}`).pathname.slice(1);
      if (imported.startsWith('widgets/') && follow(imported)) pending.push(imported);
    }
    if (!rendered) continue;
    for (const [, tag] of text.matchAll(/<([a-z]+-[a-z-]+)[\s>]/g)) {
      const module = moduleOfTag.get(tag!);
      if (module && follow(module)) pending.push(module);
    }
  }
  return found;
}

/** The part names templates set: `part="a b"`, `exportparts="a, b"`, and `part="choices ${name}"` as `choices`. */
function partsIn(text: string): Set<string> {
  const parts = new Set<string>();
  for (const [, list] of text.matchAll(/\b(?:export)?parts?="([^"]*)"/g)) {
    for (const token of list!.replace(/\$\{[^}]*\}/g, ' ').split(/[\s,]+/)) if (token) parts.add(token);
  }
  return parts;
}

function slotsIn(text: string): Set<string> {
  const slots = new Set<string>();
  for (const [tag] of text.matchAll(/<slot\b[^>]*>/g)) slots.add(/\bname="([^"]+)"/.exec(tag!)?.[1] ?? '');
  return slots;
}

function eventsIn(text: string): Set<string> {
  return new Set([...text.matchAll(/\bemit\(\s*this,\s*["'](storelet-[a-z-]+)["']/g)].map(([, name]) => name!));
}

const names = (list: Documented[] | undefined) => (list ?? []).map((entry) => entry.name);
const folderOf = (path: string) => path.slice(0, path.lastIndexOf('/') + 1);

describe('custom-elements.json', () => {
  it('describes every element the package defines', async () => {
    const provider = await fixture(html`<shop-provider api=${apiUrl}></shop-provider>`);
    await expect(provider).to.be.accessible();
    const tags = elements.map(({ doc }) => doc.tagName);
    expect(tags).to.include.members([
      'shop-provider',
      'product-grid',
      'product-detail',
      'cart-button',
      'cart-drawer',
      'checkout-button',
      'order-status',
      'sticker-configurator',
      'admin-dashboard',
    ]);
    for (const { doc } of elements) {
      expect(customElements.get(doc.tagName!), `<${doc.tagName}> is not defined`).to.not.equal(undefined);
      expect(doc.summary ?? doc.description, `<${doc.tagName}> has no summary`)
        .to.be.a('string')
        .and.not.equal('');
      const entries = [doc.attributes, doc.events, doc.cssParts, doc.cssProperties, doc.slots].flatMap(
        (list) => list ?? [],
      );
      const undescribed = entries.filter((entry) => !entry.description).map((entry) => entry.name || '(default slot)');
      expect(undescribed, `<${doc.tagName}> documents these without a word`).to.deep.equal([]);
    }
  });

  for (const { path, doc } of elements) {
    const tag = doc.tagName!;
    describe(`<${tag}>`, () => {
      // What the element renders: its module, and what it imports from its own folder and widgets/shared.
      const inFolder = (module: string) => module.startsWith(folderOf(path)) || module.startsWith('widgets/shared/');
      const own = (rendered = false) => sources(path, inFolder, rendered);
      // Everything it runs, e.g. the checkout button inside a drawer, or the dashboard's screens.
      const all = (rendered = false) => sources(path, () => true, rendered, true);

      it('documents exactly the attributes it observes', async () => {
        const element = await fixture(
          html`<shop-provider api=${apiUrl}>${document.createElement(tag)}</shop-provider>`,
        );
        await expect(element).to.be.accessible();
        const Element = customElements.get(tag) as unknown as typeof LitElement;
        expect(names(doc.attributes)).to.have.members(Element.observedAttributes);
      });

      it('sends each documented event, each declared in events.ts, and documents each event it sends', async () => {
        const sent = new Set([...(await all(true)).values()].flatMap((text) => [...eventsIn(text)]));
        for (const name of names(doc.events)) {
          expect(Object.keys(EVENTS), `${name} is not in events.ts`).to.include(name);
          expect([...sent], `<${tag}> never sends ${name}`).to.include(name);
        }
        const sentByOwn = new Set([...(await own(true)).values()].flatMap((text) => [...eventsIn(text)]));
        expect(names(doc.events)).to.include.members([...sentByOwn]);
      });

      it('renders each documented part and documents each part it renders', async () => {
        const rendered = new Set([...(await own()).values()].flatMap((text) => [...partsIn(text)]));
        expect(names(doc.cssParts)).to.include.members([...rendered]);
        const reachable = new Set([...(await all()).values()].flatMap((text) => [...partsIn(text)]));
        const unseen = names(doc.cssParts).filter((part) => !reachable.has(part));
        if (!unseen.length) return;
        // Named at run time (`part="choices ${name}"`): shown by the element itself, against the test shop.
        const element = document.createElement(tag);
        await fixture(html`<shop-provider api=${apiUrl}>${element}</shop-provider>`);
        const shown = () =>
          new Set([...(element.shadowRoot?.querySelectorAll('[part]') ?? [])].flatMap((node) => [...node.part]));
        const timeout = 8_000;
        await waitUntil(() => unseen.every((part) => shown().has(part)), `<${tag}> never showed ${unseen.join(', ')}`, {
          timeout,
        });
      });

      it('reads each documented CSS custom property in its styles', () => {
        const Element = customElements.get(tag) as unknown as typeof LitElement;
        const css = Element.elementStyles.map((style) => ('cssText' in style ? style.cssText : '')).join('\n');
        const unread = names(doc.cssProperties).filter((property) => !css.includes(`var(${property}`));
        expect(unread, `<${tag}> never reads these`).to.deep.equal([]);
      });

      it('has each documented slot and documents each slot it has', async () => {
        const slots = new Set([...(await own()).values()].flatMap((text) => [...slotsIn(text)]));
        expect(names(doc.slots)).to.have.members([...slots]);
      });
    });
  }
});
