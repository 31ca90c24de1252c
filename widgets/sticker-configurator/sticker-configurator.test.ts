import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { isolatedStorefront } from '../test-support/cart-fixtures.ts';
import { pngFile } from '../test-support/sticker-fixtures.ts';
import { query, queryAll, waitFor } from '../test-support/test-server.ts';
import { chooseFile, mount, offered, pick, quotingStorefront, settled, text } from './configurator-test-kit.ts';
import type { StickerConfigurator } from './sticker-configurator.ts';

/** Records whether `selector` ever appears in the shadow root, however briefly. */
function watchFor(element: StickerConfigurator, selector: string): () => boolean {
  let seen = false;
  const observer = new MutationObserver(() => (seen ||= Boolean(element.shadowRoot!.querySelector(selector))));
  observer.observe(element.shadowRoot!, { childList: true, subtree: true, attributes: true });
  return () => (observer.disconnect(), seen);
}

describe('<sticker-configurator>', () => {
  it('offers only the shape or material a product is made for; attributes choose among what it takes', async () => {
    const circle = await mount(isolatedStorefront(), 'custom-circle-stickers');
    expect(offered(circle, 'shape')).to.deep.equal(['circle']);
    expect(pick(circle, 'shape', 'circle').checked).to.equal(true);
    expect(offered(circle, 'material')).to.include.members(['white_vinyl', 'holographic', 'paper']);
    const holographic = await mount(isolatedStorefront(), 'custom-holographic-stickers');
    expect(offered(holographic, 'material')).to.deep.equal(['holographic']);
    expect(offered(holographic, 'shape')).to.have.length(6);
    expect(pick(holographic, 'shape', 'die_cut').checked).to.equal(true);
    const generic = await mount(isolatedStorefront(), 'custom-die-cut-stickers');
    expect([offered(generic, 'shape').length, offered(generic, 'material').length]).to.deep.equal([6, 6]);

    const mountWith = async (product: string) => {
      const provider = await fixture(html`<shop-provider .storefront=${isolatedStorefront()}>
        <sticker-configurator product=${product} shape="oval" material="paper"></sticker-configurator>
      </shop-provider>`);
      const element = provider.querySelector('sticker-configurator')!;
      await waitFor(element, '[part~="total"]');
      await waitUntil(() => settled(element), 'the quote never settled');
      return element;
    };
    const chosen = await mountWith('custom-die-cut-stickers');
    expect([pick(chosen, 'shape', 'oval').checked, pick(chosen, 'material', 'paper').checked]).to.deep.equal([
      true,
      true,
    ]);
    const limited = await mountWith('custom-circle-stickers');
    expect(pick(limited, 'shape', 'circle').checked).to.equal(true);
    expect(pick(limited, 'material', 'paper').checked).to.equal(true);
    expect(text(limited, '.preview figcaption')).to.match(/^Circle · 2 × 2 in · Paper · Matte$/);
    expect(text(limited, '[part~="quote-error"]')).to.equal('');
  });

  it('is accessible and prices the default sticker (no product named), with unit prices on the quantity tiers', async () => {
    const element = await mount(isolatedStorefront(), '');
    await waitUntil(() => settled(element));
    await expect(element).to.be.accessible();
    expect(text(element, '[part~="total"]')).to.match(/^\$\d/);
    expect(text(element, '[part~="unit-price"]')).to.match(/each · 50 stickers/);
    expect(text(element, '[part~="quantity"] fieldset')).to.match(/100\s*\$[\d.]+ each/);
    const add = query<HTMLButtonElement>(element, '[part~="add-to-cart"]');
    expect(add.disabled).to.equal(true);
    expect(text(element, '#why')).to.equal('Upload your design first.');
  });

  it('updates the price as options change, debounced, keeping the last price shown meanwhile', async () => {
    const { storefront, quotes } = quotingStorefront();
    const element = await mount(storefront);
    await waitUntil(() => settled(element));
    const before = text(element, '[part~="total"]');
    const asked = quotes.length;
    for (const tier of ['100', '200', '300', '500']) {
      pick(element, 'quantity', tier).click();
      await element.updateComplete;
      // Never blank: the old figure stays, marked as updating.
      expect(text(element, '[part~="total"]')).to.equal(before);
      expect(query(element, '[part~="quote"]').getAttribute('aria-busy')).to.equal('true');
    }
    await waitUntil(() => settled(element), 'the quote never settled');
    expect(quotes.length - asked).to.equal(1, 'one request for a burst of changes');
    expect(text(element, '[part~="unit-price"]')).to.contain('500 stickers');
    expect(text(element, '[part~="total"]')).not.to.equal(before);
    expect(text(element, '[part~="saving"]')).to.match(/You save \$[\d.,]+ \(\d+%\)/);
  });

  it('offers only the finishes a material allows, and says at once when a custom size is out of range', async () => {
    const element = await mount();
    pick(element, 'material', 'holographic').click();
    await element.updateComplete;
    expect(queryAll<HTMLInputElement>(element, 'input[name="finish"]').map((input) => input.value)).to.deep.equal([
      'gloss',
    ]);
    const preset = query<HTMLSelectElement>(element, '#preset');
    preset.value = '-1';
    preset.dispatchEvent(new Event('change'));
    await element.updateComplete;
    const width = query<HTMLInputElement>(element, '#width');
    width.value = '0.1';
    width.dispatchEvent(new Event('input'));
    await element.updateComplete;
    await waitUntil(
      () => /Each side must be from 0.5 in to 20 in/.test(text(element, '[part~="quote-error"]')),
      'the server did not refuse the size',
    );
    expect(query(element, '[part~="total"]')).to.exist;
    pick(element, 'unit', 'mm').click();
    await element.updateComplete;
    expect(query<HTMLInputElement>(element, '#width').value).to.equal('2.5');
    width.value = '80';
    width.dispatchEvent(new Event('input'));
    await waitUntil(() => settled(element), 'a valid custom size was not priced');
    expect(text(element, '[part~="unit-price"]')).to.match(/each/);
    await expect(element).to.be.accessible();
  });

  it('leaves the format to the server: content that is not a design is refused, a JPEG named .jfif is taken', async () => {
    const element = await mount();
    chooseFile(element, new File(['<html><script>alert(1)</script></html>'], 'cat.png', { type: 'image/png' }));
    await waitUntil(
      () => text(element, '[part~="upload-error"]') !== '' && !element.shadowRoot!.querySelector('[part~="progress"]'),
    );
    expect(text(element, '[part~="upload-error"]')).to.match(/is not a design format we accept/);
    expect(query<HTMLButtonElement>(element, '[part~="add-to-cart"]').disabled).to.equal(true);
    await expect(element).to.be.accessible();
    const canvas = new OffscreenCanvas(40, 30);
    canvas.getContext('2d')!.fillRect(0, 0, 40, 30);
    chooseFile(element, new File([await canvas.convertToBlob({ type: 'image/jpeg' })], 'photo.jfif'));
    await waitFor(element, '[part~="design"]', 10_000);
    expect(text(element, '[part~="file"]')).to.contain('photo.jfif').and.to.contain('JPEG');
    expect(text(element, '[part~="upload-error"]')).to.equal('');
  });

  it('uploads a design with progress, previews it in the shape, and adds the sticker to the cart', async () => {
    const storefront = isolatedStorefront();
    const element = await mount(storefront);
    const sawProgress = watchFor(element, '[part~="progress"] progress');
    chooseFile(element, await pngFile());
    const image = await waitFor<HTMLImageElement>(element, '[part~="design"]', 10_000);
    await waitUntil(() => image.complete && image.naturalWidth > 0, 'the thumbnail did not load');
    expect(sawProgress(), 'a progress bar while uploading').to.equal(true);
    expect(text(element, '[part~="file"]')).to.contain('logo.png');
    pick(element, 'shape', 'circle').click();
    await element.updateComplete;
    expect(query(element, '.sticker').classList.contains('circle')).to.equal(true);
    await waitUntil(
      () => !query<HTMLButtonElement>(element, '[part~="add-to-cart"]').disabled,
      'add to cart stayed disabled',
    );
    await expect(element).to.be.accessible();
    setTimeout(() => query<HTMLButtonElement>(element, '[part~="add-to-cart"]').click());
    const change = await oneEvent(element, 'storelet-cart-change');
    const line = change.detail.cart.lines[0]!;
    expect(line.quantity).to.equal(50);
    expect(line.sticker?.shape).to.equal('circle');
    expect(line.sticker?.upload.fileName).to.equal('logo.png');
    expect(storefront.cart.$cart.get()?.itemCount).to.equal(1, 'one run of stickers is one item in the cart');
  });

  it('shows the type, name and size of a design without a preview (PDF), drawn at the chosen proportions', async () => {
    const element = await mount();
    const pdf = [
      '%PDF-1.4',
      '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
      '2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj',
      'trailer << /Root 1 0 R >>',
      '%%EOF',
    ].join('\n');
    chooseFile(element, new File([pdf], 'artwork.pdf', { type: 'application/pdf' }));
    await waitFor(element, '[part~="file"]', 10_000);
    expect(text(element, '.stand-in')).to.match(/^PDF\s*artwork\.pdf\s*\d+ KB$/);
    pick(element, 'shape', 'rectangle').click();
    const preset = query<HTMLSelectElement>(element, '#preset');
    preset.value = String([...preset.options].findIndex((option) => option.text === '4 × 2 in'));
    preset.dispatchEvent(new Event('change'));
    await element.updateComplete;
    const box = query(element, '.sticker').getBoundingClientRect();
    expect(box.width / box.height).to.be.closeTo(2, 0.05);
    await expect(element).to.be.accessible();
  });

  it('takes a dropped file, and a cancelled upload leaves no design and says so', async () => {
    const element = await mount();
    const zone = query(element, '[part~="dropzone"]');
    const transfer = new DataTransfer();
    transfer.items.add(await pngFile('dropped.png'));
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    expect(zone.classList.contains('over')).to.equal(true);
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    expect(zone.classList.contains('over')).to.equal(false);
    await element.updateComplete;
    const cancel = query<HTMLButtonElement>(element, '[part~="cancel"]');
    expect(text(element, '[part~="progress"] label')).to.match(/^Uploading dropped\.png… \d+%$/);
    cancel.click();
    await element.updateComplete;
    expect(text(element, '[part~="upload-error"]')).to.equal('Upload cancelled.');
    expect(element.shadowRoot!.querySelector('[part~="design"], [part~="progress"]')).to.equal(null);
    expect(query<HTMLButtonElement>(element, '[part~="add-to-cart"]').disabled).to.equal(true);
    // The file field is back, for another try.
    expect(query<HTMLInputElement>(element, '#file').type).to.equal('file');
  });

  it('is usable from the keyboard: arrow keys move through the shapes and the price follows', async () => {
    const element = await mount();
    await waitUntil(() => settled(element));
    pick(element, 'shape', 'die_cut').focus();
    await sendKeys({ press: 'ArrowRight' });
    await element.updateComplete;
    expect(pick(element, 'shape', 'circle').checked).to.equal(true);
    expect(element.shadowRoot!.activeElement).to.equal(pick(element, 'shape', 'circle'));
    await waitUntil(() => settled(element));
    expect(text(element, '.preview figcaption')).to.match(/^Circle · 2 × 2 in/);
    // The hidden file field is in the tab order and named by its visible label.
    const file = query<HTMLInputElement>(element, '#file');
    file.focus();
    expect(element.shadowRoot!.activeElement).to.equal(file);
    expect(file.labels?.[0]?.textContent?.trim()).to.equal('Choose a file');
  });
});
