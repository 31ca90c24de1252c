import { expect } from '@open-wc/testing';
import type { Product, Variant } from '../../sdk/index.ts';
import { defaultVariant, findVariant, selectValue, valueState } from './variant-selection.ts';

const usd = (amount: number) => ({ amount, currency: 'USD' });
function variant(id: string, size: string, colour: string, available: number): Variant {
  return {
    id,
    sku: id,
    title: `${size} / ${colour}`,
    options: { Size: size, Colour: colour },
    price: usd(1000),
    compareAtPrice: null,
    stock: { state: available === 0 ? 'sold_out' : available <= 5 ? 'low_stock' : 'in_stock', available },
    imageIndex: null,
  };
}

// S comes only in Red (sold out); M in Red and Blue; L only in Blue.
const product: Product = {
  id: 'prod_1',
  handle: 'tee',
  title: 'Tee',
  kind: 'standard',
  category: { id: 'cat_1', handle: 'apparel', name: 'Apparel' },
  price: usd(1000),
  priceMax: usd(1000),
  compareAtPrice: null,
  image: null,
  stockState: 'in_stock',
  createdAt: '2026-01-01T00:00:00Z',
  rating: null,
  reviewCount: 0,
  description: '',
  tags: [],
  images: [],
  options: [
    { name: 'Size', values: ['S', 'M', 'L'] },
    { name: 'Colour', values: ['Red', 'Blue'] },
  ],
  variants: [
    variant('v_s_red', 'S', 'Red', 0),
    variant('v_m_red', 'M', 'Red', 9),
    variant('v_m_blue', 'M', 'Blue', 2),
    variant('v_l_blue', 'L', 'Blue', 7),
  ],
};

describe('variant selection', () => {
  it('starts on the first variant in stock', () => {
    expect(defaultVariant(product)?.id).to.equal('v_m_red');
  });

  it('tells available, sold-out and unavailable values apart', () => {
    const mRed = { Size: 'M', Colour: 'Red' };
    expect(valueState(product, mRed, 'Size', 'S')).to.equal('sold_out');
    expect(valueState(product, mRed, 'Size', 'L')).to.equal('unavailable');
    expect(valueState(product, mRed, 'Colour', 'Blue')).to.equal('available');
    expect(findVariant(product, { Size: 'L', Colour: 'Red' })).to.equal(undefined);
  });

  it('keeps the other choices when the combination exists, else moves to the closest one', () => {
    expect(selectValue(product, { Size: 'M', Colour: 'Red' }, 'Colour', 'Blue')?.id).to.equal('v_m_blue');
    expect(selectValue(product, { Size: 'M', Colour: 'Red' }, 'Size', 'L')?.id).to.equal('v_l_blue');
    expect(selectValue(product, { Size: 'L', Colour: 'Blue' }, 'Colour', 'Red')?.id).to.equal('v_m_red');
    expect(selectValue(product, { Size: 'M', Colour: 'Red' }, 'Size', 'XL')).to.equal(undefined);
  });
});
