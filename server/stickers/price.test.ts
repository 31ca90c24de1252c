import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { defaultStickerPrices } from '../seed/sticker-prices.ts';
import {
  billableAreaMm2,
  breakFor,
  listTotal,
  smallestTierTotal,
  stickerTotal,
  unitPrice,
  type StickerPriceInput,
} from './price.ts';

const { breaks } = defaultStickerPrices();
const threeInch: StickerPriceInput = {
  areaMm2: billableAreaMm2(76.2, 76.2, 645),
  factorsBp: [10_000, 10_000, 10_000],
  breaks,
};

describe('sticker price formula', () => {
  test('a 3 × 3 in white-vinyl die cut: 9 in² at the break rate, rounded half up once', () => {
    assert.equal(threeInch.areaMm2, 5806);
    // 50 × 5806 mm² ÷ 645.16 mm²/in² × 15.3 ¢/in² = 6884.48… → 6884
    assert.equal(stickerTotal(threeInch, 50), 6884);
    // 1000 × 5806 ÷ 645.16 × 4.9 = 44 096.66… → 44 097
    assert.equal(stickerTotal(threeInch, 1000), 44_097);
  });

  test('the area has a floor, and rounding is to whole mm²', () => {
    assert.equal(billableAreaMm2(10, 10, 645), 645);
    assert.equal(billableAreaMm2(30.25, 30, 0), 908);
    assert.equal(billableAreaMm2(30.3, 30, 0), 909);
  });

  test('custom quantities use the break at or below them; fewer than the smallest break use its rate', () => {
    assert.equal(breakFor(breaks, 1).quantity, 50);
    assert.equal(breakFor(breaks, 99).quantity, 50);
    assert.equal(breakFor(breaks, 100).quantity, 100);
    assert.equal(breakFor(breaks, 250).quantity, 200);
    assert.equal(breakFor(breaks, 99_999).quantity, 10_000);
  });

  test('a total is never more than a larger quantity costs', () => {
    // At the 50-rate, 99 stickers would list above 100 at the 100-rate: they cost what 100 do.
    assert.ok(listTotal(threeInch, 99, 15_300) > stickerTotal(threeInch, 100));
    assert.equal(stickerTotal(threeInch, 99), stickerTotal(threeInch, 100));
  });

  test('totals never fall as the quantity grows, for every quantity up to 12 000, with material and shape factors', () => {
    for (const factorsBp of [
      [10_000, 10_000, 10_000],
      [15_000, 9_300, 10_000],
      [8_500, 9_000, 10_000],
    ]) {
      for (const areaMm2 of [645, 2581, 5806, 258_064]) {
        const input = { areaMm2, factorsBp, breaks };
        let previous = 0;
        for (let quantity = 1; quantity <= 12_000; quantity++) {
          const total = stickerTotal(input, quantity);
          assert.ok(total >= previous, `${areaMm2} mm², ${factorsBp}: ${quantity} costs ${total} < ${previous}`);
          previous = total;
        }
      }
    }
  });

  test('unit prices fall along the breaks, and grow with area, material and shape', () => {
    const units = [50, 100, 200, 300, 500, 1000, 2000, 5000, 10_000].map((q) =>
      unitPrice(stickerTotal(threeInch, q), q),
    );
    for (let index = 1; index < units.length; index++)
      assert.ok((units[index] as number) < (units[index - 1] as number), String(units));
    assert.ok(stickerTotal({ ...threeInch, areaMm2: 10_000 }, 100) > stickerTotal(threeInch, 100));
    assert.ok(stickerTotal({ ...threeInch, factorsBp: [15_000, 10_000, 10_000] }, 100) > stickerTotal(threeInch, 100));
    assert.ok(stickerTotal({ ...threeInch, factorsBp: [10_000, 9_000, 10_000] }, 100) < stickerTotal(threeInch, 100));
  });

  test('the compare-at price uses the smallest tier; unit prices round half up', () => {
    assert.equal(smallestTierTotal(threeInch, 1000), listTotal(threeInch, 1000, 15_300));
    assert.equal(unitPrice(44_097, 1000), 44);
    assert.equal(unitPrice(45, 10), 5);
    assert.equal(unitPrice(44, 10), 4);
  });

  test('huge orders stay exact integers', () => {
    const total = stickerTotal({ areaMm2: 508 * 508, factorsBp: [15_000, 10_000, 10_000], breaks }, 100_000);
    assert.ok(Number.isSafeInteger(total) && total > 0);
  });
});
