import * as z from 'zod/mini';
import { EditVersion } from './audit.ts';
import { CountryCode } from './country.ts';

const Count = (max: number) => z.number().check(z.int(), z.minimum(0), z.maximum(max));
/** Minor units of the store currency, or grams: what a band measures. Up to 10 000 000 (a $100 000 or 10 t band). */
const Measure = Count(10_000_000);
const Text = (max: number) => z.string().check(z.trim(), z.maxLength(max));

/** A rate band: `from` inclusive, `to` exclusive (null: no upper bound), in the method's basis; `price` in minor units. */
export const ShippingRateBand = z.strictObject({ from: Measure, to: z.nullable(Measure), price: Measure });
export type ShippingRateBand = z.infer<typeof ShippingRateBand>;

const methodFields = {
  name: z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(80)),
  description: Text(300),
  minDays: Count(365),
  maxDays: Count(365),
  /** What the bands measure: the discounted merchandise subtotal, or the parcel's weight in grams. */
  basis: z.enum(['subtotal', 'weight']),
  /** Free once the discounted merchandise subtotal reaches this (minor units); null: never free. */
  freeAbove: z.nullable(Measure),
  /** An inactive method is kept but not offered. */
  active: z.boolean(),
  /** Ascending and not overlapping; a parcel outside every band is not offered the method. */
  rates: z.array(ShippingRateBand).check(z.minLength(1), z.maxLength(50)),
};

export const AdminShippingMethod = z.object({ id: z.string(), ...methodFields });
export type AdminShippingMethod = z.infer<typeof AdminShippingMethod>;

export const AdminShippingZone = z.object({
  id: z.string(),
  name: z.string(),
  /** ISO 3166-1 codes; empty for the rest-of-world zone, which serves every country no zone names. */
  countries: z.array(z.string()),
  restOfWorld: z.boolean(),
  /** The currency of every price and of a subtotal basis. */
  currency: z.string(),
  methods: z.array(AdminShippingMethod),
  version: z.number().check(z.int()),
});
export type AdminShippingZone = z.infer<typeof AdminShippingZone>;

export const AdminShippingZoneList = z.object({ items: z.array(AdminShippingZone) });
export type AdminShippingZoneList = z.infer<typeof AdminShippingZoneList>;

/** A method in an edit: without `id` it is new; with one, it keeps its id (carts that chose it keep it). */
export const ShippingMethodInput = z.strictObject({
  id: z.optional(z.string().check(z.regex(/^[a-z0-9_]{1,64}$/, 'must be lowercase letters, digits and _'))),
  ...methodFields,
  description: z.optional(Text(300)),
  freeAbove: z.optional(z.nullable(Measure)),
  active: z.optional(z.boolean()),
});
export type ShippingMethodInput = z.infer<typeof ShippingMethodInput>;

const zoneFields = {
  name: z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(80)),
  countries: z.array(CountryCode).check(z.maxLength(250)),
  restOfWorld: z.optional(z.boolean()),
  methods: z.array(ShippingMethodInput).check(z.maxLength(20)),
};

/** `POST /api/admin/shipping-zones`. */
export const CreateShippingZoneBody = z.strictObject(zoneFields);
export type CreateShippingZoneBody = z.infer<typeof CreateShippingZoneBody>;

/** `PUT /api/admin/shipping-zones/{id}`: the whole zone as it should be, and the version it was read at. */
export const UpdateShippingZoneBody = z.strictObject({ version: EditVersion, ...zoneFields });
export type UpdateShippingZoneBody = z.infer<typeof UpdateShippingZoneBody>;
