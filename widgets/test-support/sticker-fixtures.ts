import type { Cart, Storefront } from '../../sdk/index.ts';

/** A small PNG drawn on a canvas, as a shopper's design. */
export async function pngFile(name = 'logo.png'): Promise<File> {
  const canvas = Object.assign(document.createElement('canvas'), { width: 120, height: 80 });
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#e11d48';
  context.beginPath();
  context.arc(60, 40, 35, 0, Math.PI * 2);
  context.fill();
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((value) => resolve(value!), 'image/png'));
  return new File([blob], name, { type: 'image/png' });
}

/** The seeded custom die-cut sticker product, whose single variant takes sticker lines. */
export const STICKER_PRODUCT = 'custom-die-cut-stickers';

/** A cart holding `quantity` custom circle stickers of a freshly uploaded design, as the configurator adds them. */
export async function stickerCart(storefront: Storefront, quantity = 50): Promise<Cart> {
  const cart = await storefront.cart.ensureCart();
  const upload = await storefront.uploads.create(cart.id, await pngFile());
  const product = await storefront.products.get(STICKER_PRODUCT);
  const sticker = {
    uploadId: upload.id,
    shape: 'circle',
    width: 3,
    height: 3,
    unit: 'in',
    material: 'white_vinyl',
    finish: 'gloss',
  } as const;
  return storefront.cart.addSticker(product.variants[0]!.id, quantity, sticker);
}
