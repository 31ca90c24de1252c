import type { Money, StickerQuote, StickerShape, StickerSpec } from '../../sdk/schemas/index.ts';
import type { StickerMaterial, StickerPriceTables } from '../data/stickers.ts';
import { ValidationError } from '../errors.ts';
import { SizeOutOfRangeError, StickerOptionUnavailableError } from './errors.ts';
import {
  billableAreaMm2,
  MM_PER_INCH,
  smallestTierTotal,
  stickerTotal,
  unitPrice,
  type StickerPriceInput,
} from './price.ts';

/** A spec checked against the shop's tables, with what pricing and display need. */
export type CheckedSticker = {
  spec: StickerSpec;
  material: StickerMaterial;
  widthMm: number;
  heightMm: number;
  price: StickerPriceInput;
  /** "Die cut · 3 × 3 in · White vinyl · Gloss". */
  summary: string;
};

export function toMillimetres(value: number, unit: StickerSpec['unit']): number {
  return unit === 'in' ? value * MM_PER_INCH : value;
}

const fromMillimetres = (mm: number, unit: StickerSpec['unit']) => (unit === 'in' ? mm / MM_PER_INCH : mm);

const round2 = (value: number) => Math.round(value * 100) / 100;

/** 3, 2.5, 76.2: at most two decimals, no trailing zeros. */
const formatSize = (value: number) => String(round2(value));

/** Float error only, so that 0.5 in (12.700000000000001 mm) passes a 12.7 mm limit and 12.69 mm does not. */
const FLOAT_SLACK_MM = 1e-6;

/** Shapes whose width and height are one measure (a circle's diameter, a square's side). */
const EQUAL_SIDED: ReadonlySet<StickerShape> = new Set(['circle', 'square']);

/** `validation_failed` on `quantity` above the shop's maximum (the wire schema only knows the absolute one). */
export function checkStickerQuantity(tables: StickerPriceTables, quantity: number): void {
  if (quantity > tables.limits.maxQuantity) {
    throw new ValidationError([
      { path: 'quantity', message: `Too big: expected number to be <=${tables.limits.maxQuantity}` },
    ]);
  }
}

/**
 * Checks a spec against the tables: `sticker_option_unavailable` for an unknown material or shape or a
 * finish the material does not take, `validation_failed` on `height` for a circle or square whose sides
 * differ, `size_out_of_range` for a side outside the limits (compared in millimetres, said in the
 * spec's unit).
 */
export function checkSticker(tables: StickerPriceTables, spec: StickerSpec): CheckedSticker {
  const material = tables.materials.find((candidate) => candidate.code === spec.material);
  if (!material) {
    throw new StickerOptionUnavailableError(`The material ${spec.material} is not offered.`, {
      field: 'material',
      value: spec.material,
      available: tables.materials.map((candidate) => candidate.code),
    });
  }
  const shape = tables.shapes.find((candidate) => candidate.code === spec.shape);
  if (!shape) {
    throw new StickerOptionUnavailableError(`The shape ${spec.shape} is not offered.`, {
      field: 'shape',
      value: spec.shape,
      available: tables.shapes.map((candidate) => candidate.code),
    });
  }
  const finish = tables.finishes.find((candidate) => candidate.code === spec.finish);
  if (!finish || !material.finishes.includes(spec.finish)) {
    throw new StickerOptionUnavailableError(`${material.name} does not come with a ${spec.finish} finish.`, {
      field: 'finish',
      value: spec.finish,
      available: material.finishes,
    });
  }
  const { limits } = tables;
  const widthMm = toMillimetres(spec.width, spec.unit);
  const heightMm = toMillimetres(spec.height, spec.unit);
  const outside = (side: number) =>
    side < limits.minSideMm - FLOAT_SLACK_MM || side > limits.maxSideMm + FLOAT_SLACK_MM;
  if (outside(widthMm) || outside(heightMm)) {
    const inUnit = (mm: number) => round2(fromMillimetres(mm, spec.unit));
    throw new SizeOutOfRangeError({
      widthMm: round2(widthMm),
      heightMm: round2(heightMm),
      minSideMm: limits.minSideMm,
      maxSideMm: limits.maxSideMm,
      unit: spec.unit,
      minSide: inUnit(limits.minSideMm),
      maxSide: inUnit(limits.maxSideMm),
    });
  }
  // After the range: "make the height 0 in" would be no help for a width that is itself out of range.
  if (EQUAL_SIDED.has(shape.code) && spec.width !== spec.height) {
    const message = `A ${shape.name.toLowerCase()} sticker has equal sides: make the height ${formatSize(spec.width)} ${spec.unit}, like the width.`;
    throw new ValidationError([{ path: 'height', message }], message);
  }
  return {
    spec,
    material,
    widthMm,
    heightMm,
    price: {
      areaMm2: billableAreaMm2(widthMm, heightMm, limits.minBillableAreaMm2),
      factorsBp: [material.factorBp, shape.factorBp, finish.factorBp],
      breaks: tables.breaks,
    },
    summary: [
      shape.name,
      `${formatSize(spec.width)} × ${formatSize(spec.height)} ${spec.unit}`,
      material.name,
      finish.name,
    ].join(' · '),
  };
}

/** The standard tiers a quote lists: the shop's tier breaks up to its maximum quantity. */
export function quantityTiers(tables: StickerPriceTables): number[] {
  return tables.breaks
    .filter((entry) => entry.tier && entry.quantity <= tables.limits.maxQuantity)
    .map((entry) => entry.quantity);
}

/** `POST /api/stickers/quote`: the price of a checked sticker, with the saving and the price-break table. */
export function quoteSticker(
  tables: StickerPriceTables,
  spec: StickerSpec,
  quantity: number,
  currency: string,
): StickerQuote {
  const checked = checkSticker(tables, spec);
  checkStickerQuantity(tables, quantity);
  const money = (amount: number): Money => ({ amount, currency });
  const total = stickerTotal(checked.price, quantity);
  const compareAt = Math.max(smallestTierTotal(checked.price, quantity), total);
  const saving = compareAt - total;
  return {
    spec,
    quantity,
    unitPrice: money(unitPrice(total, quantity)),
    total: money(total),
    compareAtTotal: money(compareAt),
    saving: money(saving),
    // Rounded down, so the saving is never overstated.
    savingPercent: compareAt > 0 ? Math.floor((saving * 100) / compareAt) : 0,
    breaks: quantityTiers(tables).map((tier) => {
      const tierTotal = stickerTotal(checked.price, tier);
      return { quantity: tier, unitPrice: money(unitPrice(tierTotal, tier)), total: money(tierTotal) };
    }),
  };
}
