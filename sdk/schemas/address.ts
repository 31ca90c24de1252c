import * as z from 'zod/mini';

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

/** A postal address. `country` is ISO 3166-1 alpha-2 ("US"); `region` a state or province code where it matters. */
export const Address = z.object({
  name: text(120),
  line1: text(200),
  line2: z.optional(z.string().check(z.trim(), z.maxLength(200))),
  city: text(120),
  region: z.optional(z.string().check(z.trim(), z.maxLength(80))),
  postalCode: text(20),
  country: z.string().check(z.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code')),
  phone: z.optional(z.string().check(z.trim(), z.maxLength(40))),
});
export type Address = z.infer<typeof Address>;

export const Email = z.string().check(z.trim(), z.maxLength(254), z.email());
