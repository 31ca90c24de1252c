import type {
  AdminProduct,
  CreateProductBody,
  FieldIssue,
  ProductOption,
  UpdateProductBody,
  VariantInput,
} from '../../../sdk/schemas/index.ts';
import type { ImageWrite, NewAdminProduct, ProductChange, VariantWrite } from '../../data/catalog-admin.ts';
import { LOW_STOCK_THRESHOLD } from '../../data/catalog.ts';
import { ValidationError } from '../../errors.ts';

/** Turning the owner's product bodies into writes, and the checks that need the whole product at once. */

/** A URL handle made from a title: "Café Crème Mug" → `cafe-creme-mug`. */
export function handleFromText(text: string, fallback: string): string {
  const handle = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 80)
    .replace(/^-+|-+$/g, '');
  return handle || fallback;
}

function toVariantWrite(input: VariantInput, existing: VariantWrite | undefined): VariantWrite {
  return {
    ...(input.id === undefined ? {} : { id: input.id }),
    sku: input.sku,
    title: input.title,
    options: input.options,
    price: input.price,
    compareAtPrice: input.compareAtPrice === undefined ? (existing?.compareAtPrice ?? null) : input.compareAtPrice,
    weightGrams: input.weightGrams ?? existing?.weightGrams ?? 0,
    lowStockThreshold: input.lowStockThreshold ?? existing?.lowStockThreshold ?? LOW_STOCK_THRESHOLD,
    imageIndex: input.imageIndex === undefined ? (existing?.imageIndex ?? null) : input.imageIndex,
    initialStock: input.initialStock ?? 0,
  };
}

/** A stored variant as a write that keeps it as it is. */
function keptVariant(variant: AdminProduct['variants'][number]): VariantWrite {
  return {
    id: variant.id,
    sku: variant.sku,
    title: variant.title,
    options: variant.options,
    price: variant.price.amount,
    compareAtPrice: variant.compareAtPrice?.amount ?? null,
    weightGrams: variant.weightGrams,
    lowStockThreshold: variant.stock.lowStockThreshold,
    imageIndex: variant.imageIndex,
    initialStock: 0,
  };
}

/** Problems with a product's options, variants and images taken together, as field issues. */
function productIssues(options: ProductOption[], variants: VariantWrite[], imageCount: number): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const names = new Set(options.map((option) => option.name));
  if (names.size !== options.length) issues.push({ path: 'options', message: 'option names must differ' });
  const skus = new Set<string>();
  const combinations = new Set<string>();
  variants.forEach((variant, index) => {
    const at = `variants.${index}`;
    if (skus.has(variant.sku)) issues.push({ path: `${at}.sku`, message: 'SKUs must differ' });
    skus.add(variant.sku);
    const keys = Object.keys(variant.options);
    if (keys.length !== names.size || keys.some((key) => !names.has(key))) {
      issues.push({ path: `${at}.options`, message: `must give a value for each option: ${[...names].join(', ')}` });
    }
    for (const option of options) {
      const value = variant.options[option.name];
      if (value !== undefined && !option.values.includes(value)) {
        issues.push({ path: `${at}.options.${option.name}`, message: `must be one of ${option.values.join(', ')}` });
      }
    }
    const combination = JSON.stringify(options.map((option) => variant.options[option.name] ?? null));
    if (combinations.has(combination))
      issues.push({ path: `${at}.options`, message: 'another variant has these values' });
    combinations.add(combination);
    if (variant.imageIndex !== null && variant.imageIndex >= imageCount) {
      issues.push({ path: `${at}.imageIndex`, message: `the product has ${imageCount} images` });
    }
  });
  return issues;
}

function refuse(issues: FieldIssue[]): void {
  if (issues.length > 0) throw new ValidationError(issues);
}

export function newProductWrite(body: CreateProductBody): NewAdminProduct {
  const options = body.options ?? [];
  const variants = body.variants.map((variant, index) => {
    if (variant.id !== undefined)
      refuse([{ path: `variants.${index}.id`, message: 'a new product has no variants yet' }]);
    return toVariantWrite(variant, undefined);
  });
  refuse(productIssues(options, variants, 0));
  return {
    handle: body.handle ?? handleFromText(body.title, 'product'),
    handleIsDerived: body.handle === undefined,
    title: body.title,
    description: body.description ?? '',
    categoryId: body.categoryId,
    tags: body.tags ?? [],
    status: body.status ?? 'draft',
    options,
    variants,
  };
}

/** The change a body asks of `current`, checked against the product it would make. */
export function productChange(current: AdminProduct, body: UpdateProductBody): ProductChange {
  const { version: _version, variants: variantInputs, images: imageInputs, ...fields } = body;
  const change: ProductChange = { ...fields };
  const stored = new Map(current.variants.map((variant) => [variant.id, keptVariant(variant)]));
  const issues: FieldIssue[] = [];
  if (variantInputs) {
    change.variants = variantInputs.map((input, index) => {
      const existing = input.id === undefined ? undefined : stored.get(input.id);
      if (input.id !== undefined && !existing)
        issues.push({ path: `variants.${index}.id`, message: 'not a variant of this product' });
      if (existing && input.initialStock !== undefined) {
        issues.push({
          path: `variants.${index}.initialStock`,
          message: 'an existing variant’s stock changes through the stock routes',
        });
      }
      return toVariantWrite(input, existing);
    });
  }
  if (imageInputs) {
    const byUrl = new Map(current.images.map((image) => [image.url, image]));
    change.images = imageInputs.flatMap((input, index): ImageWrite[] => {
      const image = byUrl.get(input.url);
      if (image) return [{ ...image, alt: input.alt }];
      issues.push({ path: `images.${index}.url`, message: 'not an image of this product' });
      return [];
    });
  }
  refuse(issues);
  refuse(
    productIssues(
      change.options ?? current.options,
      change.variants ?? [...stored.values()],
      (change.images ?? current.images).length,
    ),
  );
  return change;
}
