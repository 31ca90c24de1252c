import { expect, waitUntil } from '@open-wc/testing';
import { query, queryAll, waitFor } from '../test-support/test-server.ts';
import {
  choose,
  chooseFile,
  choosePreset,
  mount,
  mountForm,
  quotingStorefront,
  selectedPreset,
  text,
  type,
  untilSettled,
} from './configurator-test-kit.ts';
import type { StickerConfigurator } from './sticker-configurator.ts';

/** A 20 × 20 PNG: a square design, so any wide or tall shape shows whether it is contained or cropped. */
async function squarePng(): Promise<File> {
  const canvas = Object.assign(document.createElement('canvas'), { width: 20, height: 20 });
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#2563eb';
  context.fillRect(0, 0, 20, 20);
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((value) => resolve(value!), 'image/png'));
  return new File([blob], 'square.png', { type: 'image/png' });
}

/** The shape's box, the image element's box, and the box its pixels are painted in (object-fit). */
function measure(element: StickerConfigurator) {
  const shape = query(element, '.sticker').getBoundingClientRect();
  const image = query<HTMLImageElement>(element, '[part~="design"]');
  const box = image.getBoundingClientRect();
  const style = getComputedStyle(image);
  const inner = {
    width: box.width - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight),
    height: box.height - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom),
  };
  const scale =
    style.objectFit === 'contain'
      ? Math.min(inner.width / image.naturalWidth, inner.height / image.naturalHeight)
      : NaN;
  return {
    shape,
    box,
    painted: { width: image.naturalWidth * scale, height: image.naturalHeight * scale },
    objectPosition: style.objectPosition,
  };
}

describe('<sticker-configurator> sizes and preview', () => {
  it('contains the design, whole and centred, in a wide and in a tall shape', async () => {
    const element = await mount();
    chooseFile(element, await squarePng());
    const image = await waitFor<HTMLImageElement>(element, '[part~="design"]', 10_000);
    await waitUntil(() => image.complete && image.naturalWidth > 0, 'the thumbnail did not load');
    await choose(element, 'shape', 'rectangle');
    await choosePreset(element, '4 × 2 in');
    const wide = measure(element);
    expect(wide.shape.width / wide.shape.height).to.be.closeTo(2, 0.02);
    await choosePreset(element, 'Custom size');
    await type(element, '#width', '2');
    await type(element, '#height', '4');
    const tall = measure(element);
    expect(tall.shape.height / tall.shape.width).to.be.closeTo(2, 0.02);
    for (const [name, { shape, box, painted, objectPosition }] of Object.entries({ wide, tall })) {
      // The image covers exactly the shape's box, and its pixels fit inside it: nothing is cut off.
      for (const side of ['left', 'top', 'width', 'height'] as const)
        expect(box[side]).to.be.closeTo(shape[side], 1, `${name} ${side}`);
      expect(painted.width).to.be.at.most(shape.width + 0.5, name);
      expect(painted.height).to.be.at.most(shape.height + 0.5, name);
      expect(Math.max(painted.width / shape.width, painted.height / shape.height)).to.be.closeTo(
        1,
        0.01,
        `${name} fills one side`,
      );
      expect(objectPosition).to.equal('50% 50%');
    }
  });

  it('offers a circle or a square only equal sides, and the select always says the size priced', async () => {
    const { storefront, quotes } = quotingStorefront();
    const element = await mount(storefront);
    await choose(element, 'shape', 'rectangle');
    await choosePreset(element, '4 × 2 in');
    await untilSettled(element);
    await choose(element, 'shape', 'circle');
    // The 4 × 2 in preset is not offered: the select says a custom size, of one side, 4 in.
    expect(selectedPreset(element)).to.equal('Custom size');
    const presets = queryAll<HTMLOptionElement>(element, '#preset option').map((option) => option.text);
    expect(presets).to.include.members(['2 × 2 in', '4 × 4 in', '50 × 50 mm']).and.not.to.include('4 × 2 in');
    expect(queryAll<HTMLInputElement>(element, '[part~="size-input"]').map((input) => input.value)).to.deep.equal([
      '4',
    ]);
    await untilSettled(element);
    expect(text(element, '.preview figcaption')).to.match(/^Circle · 4 × 4 in/);
    expect(quotes.at(-1)).to.include({ shape: 'circle', width: 4, height: 4, unit: 'in' });

    await type(element, '#width', '3');
    await untilSettled(element);
    expect(quotes.at(-1)).to.include({ width: 3, height: 3 });
    expect(text(element, '.preview figcaption')).to.match(/^Circle · 3 × 3 in/);
    await choosePreset(element, '5 × 5 in');
    await choose(element, 'shape', 'square');
    expect(selectedPreset(element)).to.equal('5 × 5 in', 'a square preset stays chosen');
  });

  it('keeps the chosen size exact when the unit is switched, and orders what is typed in the new one', async () => {
    const { storefront, quotes } = quotingStorefront();
    const element = await mount(storefront);
    await choose(element, 'shape', 'rectangle');
    await choosePreset(element, 'Custom size');
    await type(element, '#width', '3');
    await type(element, '#height', '2');
    await untilSettled(element);
    const total = text(element, '[part~="total"]');
    const asked = quotes.length;
    await choose(element, 'unit', 'mm');
    const field = (id: string) => query<HTMLInputElement>(element, id).value;
    expect([field('#width'), field('#height')]).to.deep.equal(['76.2', '50.8']);
    expect(text(element, '.preview figcaption')).to.match(/^Rectangle · 76.2 × 50.8 mm/);
    await choose(element, 'unit', 'in');
    expect([field('#width'), field('#height')]).to.deep.equal(['3', '2']);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(quotes.length).to.equal(asked, 'switching units asks no new price');
    expect(text(element, '[part~="total"]')).to.equal(total);

    await choose(element, 'unit', 'mm');
    await type(element, '#width', '80');
    await untilSettled(element);
    expect(quotes.at(-1)).to.include({ width: 80, height: 50.8, unit: 'mm' });
  });

  it('says at once that a quantity is beyond what the shop prints, and shows the server’s own words for a refused field', async () => {
    const { storefront, quotes } = quotingStorefront();
    const element = await mount(storefront);
    await untilSettled(element);
    const asked = quotes.length;
    for (const amount of ['200000', '0']) {
      await type(element, '#amount', amount);
      expect(text(element, '[part~="quote-error"]')).to.equal('Enter a quantity from 1 to 100,000.');
    }
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(quotes.length).to.equal(asked, 'nothing was asked');

    const refused = await mountForm(quotingStorefront((body) => ({ ...body, quantity: 100_001 })).storefront);
    await waitUntil(() => text(refused, '[part~="quote-error"]') !== '', 'the server did not refuse the quantity');
    expect(text(refused, '[part~="quote-error"]')).to.equal('Too big: expected number to be <=100000');
  });
});
