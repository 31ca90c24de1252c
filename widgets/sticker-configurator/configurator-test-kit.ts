import { fixture, html, waitUntil } from '@open-wc/testing';
import '../test-support/define-all.ts';
import type { StickerQuoteBody, Storefront } from '../../sdk/index.ts';
import { isolatedStorefront } from '../test-support/cart-fixtures.ts';
import { STICKER_PRODUCT } from '../test-support/sticker-fixtures.ts';
import { query, queryAll, waitFor } from '../test-support/test-server.ts';
import type { StickerConfigurator } from './sticker-configurator.ts';

/** Helpers shared by the <sticker-configurator> tests. */

const isQuote = (input: RequestInfo | URL) =>
  String(input instanceof Request ? input.url : input).includes('/stickers/quote');

/**
 * A storefront that records the quote bodies it sends (aborted ones included); `rewrite` may change a
 * body on its way, as a tampering or buggy client would.
 */
export function quotingStorefront(rewrite = (body: StickerQuoteBody) => body): {
  storefront: Storefront;
  quotes: StickerQuoteBody[];
} {
  const quotes: StickerQuoteBody[] = [];
  const storefront = isolatedStorefront({
    fetch: async (input, init) => {
      if (!isQuote(input) || !(input instanceof Request)) return fetch(input, init);
      const body = (await input.clone().json()) as StickerQuoteBody;
      quotes.push(body);
      return fetch(new Request(input, { body: JSON.stringify(rewrite(body)) }), init);
    },
  });
  return { storefront, quotes };
}

/** The element once its options have loaded, priced or not. */
export async function mountForm(
  storefront: Storefront = isolatedStorefront(),
  product = STICKER_PRODUCT,
): Promise<StickerConfigurator> {
  const provider = await fixture(html`<shop-provider .storefront=${storefront}>
    <sticker-configurator product=${product}></sticker-configurator>
  </shop-provider>`);
  const element = provider.querySelector('sticker-configurator')!;
  await waitFor(element, '[part~="quote"]');
  return element;
}

/** The element once its first price has come. */
export async function mount(
  storefront: Storefront = isolatedStorefront(),
  product = STICKER_PRODUCT,
): Promise<StickerConfigurator> {
  const element = await mountForm(storefront, product);
  await waitFor(element, '[part~="total"]');
  return element;
}

/** Hands a file to the picker, as choosing one in the dialog does. */
export function chooseFile(element: StickerConfigurator, file: File): void {
  const input = query<HTMLInputElement>(element, '#file');
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
}

export const text = (element: StickerConfigurator, selector: string) =>
  query(element, selector).textContent!.replace(/\s+/g, ' ').trim();
export const pick = (element: StickerConfigurator, name: string, value: string) =>
  queryAll<HTMLInputElement>(element, `input[name="${name}"]`).find((input) => input.value === value)!;
export const offered = (element: StickerConfigurator, name: string) =>
  queryAll<HTMLInputElement>(element, `input[name="${name}"]`).map((input) => input.value);
export const settled = (element: StickerConfigurator) =>
  !query(element, '[part~="quote"]').classList.contains('updating');

/** Chooses the size preset labelled `label`, or "Custom size". */
export async function choosePreset(element: StickerConfigurator, label: string): Promise<void> {
  const select = query<HTMLSelectElement>(element, '#preset');
  const option = [...select.options].find((candidate) => candidate.text === label);
  if (!option) throw new Error(`No size preset "${label}"`);
  select.value = option.value;
  select.dispatchEvent(new Event('change'));
  await element.updateComplete;
}

/** Types into a number field, as a shopper does. */
export async function type(element: StickerConfigurator, selector: string, value: string): Promise<void> {
  const input = query<HTMLInputElement>(element, selector);
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await element.updateComplete;
}

export async function choose(element: StickerConfigurator, name: string, value: string): Promise<void> {
  pick(element, name, value).click();
  await element.updateComplete;
}

export const selectedPreset = (element: StickerConfigurator) => {
  const select = query<HTMLSelectElement>(element, '#preset');
  return select.options[select.selectedIndex]?.text;
};

export async function untilSettled(element: StickerConfigurator): Promise<void> {
  await waitUntil(() => settled(element), 'the quote never settled');
}
