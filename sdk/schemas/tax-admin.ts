import * as z from 'zod/mini';
import { EditVersion } from './audit.ts';
import { CountryCode } from './country.ts';

/** Parts per million: 72 500 is 7.25 %, and 8.875 % is exactly 88 750 (basis points cannot hold it). */
const RatePpm = z.number().check(z.int(), z.minimum(0), z.maximum(1_000_000));
const RateName = z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(80));

/** A tax rate as the shop's admin sees it: one per country, or per region of a country. */
export const AdminTaxRate = z.object({
  id: z.string(),
  country: z.string(),
  /** The region's code (`VA`) or text; null for the country-wide rate, which a region's own rate overrides. */
  region: z.nullable(z.string()),
  name: z.string(),
  ratePpm: z.number().check(z.int()),
  /** Prices already include the tax (VAT): the tax is the part of them that is the state's. */
  inclusive: z.boolean(),
  /** Shipping is taxed too. */
  appliesToShipping: z.boolean(),
  version: z.number().check(z.int()),
});
export type AdminTaxRate = z.infer<typeof AdminTaxRate>;

export const AdminTaxRateList = z.object({ items: z.array(AdminTaxRate) });
export type AdminTaxRateList = z.infer<typeof AdminTaxRateList>;

export const AdminTaxRateQuery = z.strictObject({ country: z.optional(CountryCode) });
export type AdminTaxRateQuery = z.infer<typeof AdminTaxRateQuery>;

/** `POST /api/admin/tax-rates`. A region is matched against the country's list where it has one ("Virginia" → "VA"). */
export const CreateTaxRateBody = z.strictObject({
  country: CountryCode,
  region: z.optional(z.nullable(z.string().check(z.trim(), z.maxLength(60)))),
  name: RateName,
  ratePpm: RatePpm,
  inclusive: z.optional(z.boolean()),
  appliesToShipping: z.optional(z.boolean()),
});
export type CreateTaxRateBody = z.infer<typeof CreateTaxRateBody>;

/** `PATCH /api/admin/tax-rates/{id}`: the version read, and the fields to change. The destination stays. */
export const UpdateTaxRateBody = z.strictObject({
  version: EditVersion,
  name: z.optional(RateName),
  ratePpm: z.optional(RatePpm),
  inclusive: z.optional(z.boolean()),
  appliesToShipping: z.optional(z.boolean()),
});
export type UpdateTaxRateBody = z.infer<typeof UpdateTaxRateBody>;
