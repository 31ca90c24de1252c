import { expect, waitUntil } from '@open-wc/testing';
import { pngFile } from '../test-support/sticker-fixtures.ts';
import { query, waitFor } from '../test-support/test-server.ts';
import { choose, chooseFile, choosePreset, mount, text, type, untilSettled } from './configurator-test-kit.ts';
import type { StickerConfigurator } from './sticker-configurator.ts';

const field = (element: StickerConfigurator, selector: string) => query<HTMLInputElement>(element, selector);
const marked = (element: StickerConfigurator, selector: string) => [
  field(element, selector).getAttribute('aria-invalid'),
  field(element, selector).getAttribute('aria-describedby'),
];

describe('<sticker-configurator> refused sizes and quantities', () => {
  it('ties an out-of-range side to its field, shows no stale total, and keeps the preview printable', async () => {
    const element = await mount();
    await untilSettled(element);
    const priced = text(element, '[part~="total"]');
    expect(priced).to.match(/^\$\d/);
    await choose(element, 'shape', 'rectangle');
    await choosePreset(element, 'Custom size');
    await type(element, '#height', '0.5');
    await type(element, '#width', '30');
    await waitUntil(
      () => /Each side must be from 0.5 in to 20 in/.test(text(element, '[part~="quote-error"]')),
      'the server did not refuse the size',
    );
    expect(marked(element, '#width')).to.deep.equal(['true', 'quote-error']);
    expect(marked(element, '#height')).to.deep.equal([null, null], 'the height is in range');
    expect(text(element, '#quote-error')).to.match(/Each side must be/);
    expect(text(element, '[part~="total"]')).to.equal('—');
    expect(element.shadowRoot!.querySelector('[part~="unit-price"]')).to.equal(null);
    // 30 × 0.5 is 60:1; the shop prints at most 20 in over 0.5 in, 40:1.
    const box = query(element, '.sticker').getBoundingClientRect();
    expect(box.width / box.height).to.be.closeTo(40, 1);
    await expect(element).to.be.accessible();

    await type(element, '#width', '6');
    await untilSettled(element);
    await waitUntil(() => text(element, '[part~="total"]') !== '—', 'a valid size was not priced');
    expect(marked(element, '#width')).to.deep.equal([null, null]);
    expect(text(element, '[part~="total"]')).to.match(/^\$\d/);
  });

  it('ties a quantity past the maximum to the quantity field, and a blank side to its own', async () => {
    const element = await mount();
    await untilSettled(element);
    await type(element, '#amount', '999999');
    expect(text(element, '[part~="quote-error"]')).to.match(/^Enter a quantity from 1 to [\d,]+\.$/);
    expect(marked(element, '#amount')).to.deep.equal(['true', 'quote-error']);
    expect(text(element, '[part~="total"]')).to.equal('—');
    await expect(element).to.be.accessible();
    await type(element, '#amount', '100');
    expect(marked(element, '#amount')).to.deep.equal([null, null]);

    await choosePreset(element, 'Custom size');
    await type(element, '#height', '');
    expect(text(element, '[part~="quote-error"]')).to.equal('Enter a width and a height.');
    expect(marked(element, '#height')).to.deep.equal(['true', 'quote-error']);
    expect(marked(element, '#width')).to.deep.equal([null, null]);
  });

  it('says "an" before a shape that starts with a vowel', async () => {
    const element = await mount();
    chooseFile(element, await pngFile());
    await waitFor(element, '[part~="design"]', 10_000);
    await choose(element, 'shape', 'oval');
    expect(query(element, '[part~="design"]').getAttribute('alt')).to.equal('Your design as an oval sticker');
    await choose(element, 'shape', 'circle');
    expect(query(element, '[part~="design"]').getAttribute('alt')).to.equal('Your design as a circle sticker');
  });
});
