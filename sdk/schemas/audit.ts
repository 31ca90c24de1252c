import * as z from 'zod/mini';

export const EditVersion = z.int().check(z.minimum(1));
export type EditVersion = z.infer<typeof EditVersion>;
export const AUDIT_ENTITIES = ['tax_rate', 'shipping_zone', 'discount_code', 'sticker_prices'] as const;
