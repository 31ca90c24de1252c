import * as z from 'zod/mini';
import { CountryCode } from './country.ts';
import { matchRegion } from './subdivisions.ts';

/** No control characters or bidirectional overrides: they would garble labels, emails and carriers' systems. */
export const printable = () =>
  z.regex(/^[^\p{Cc}\u202a-\u202e\u2066-\u2069]*$/u, 'must not contain control characters');

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max), printable());
const optionalText = (max: number) => z.optional(z.string().check(z.trim(), z.maxLength(max), printable()));

/**
 * Where the country's addresses name a region from a fixed list (US states, Canadian provinces…), the
 * region must be one of them, given by code or name in any case ("TX", " texas "); it comes out as the
 * code, the form tax rates and carriers use. Elsewhere it stays the free text that was sent.
 */
const regionOfCountry = z.check<{ country: string; region?: string | undefined }>((payload) => {
  const { country, region } = payload.value;
  // The fields' own checks may have failed: this one only reads what they let through.
  if (typeof country !== 'string' || (region !== undefined && typeof region !== 'string')) return;
  const matched = matchRegion(country, region);
  if (matched === null) return;
  if (typeof matched === 'string') {
    payload.value.region = matched;
    return;
  }
  payload.issues.push({ code: 'custom', input: region, path: ['region'], message: matched.problem });
});

/** A postal address. `country` is ISO 3166-1 alpha-2 ("US"); `region` a state or province code where it matters. */
export const Address = z
  .object({
    name: text(120),
    line1: text(200),
    line2: optionalText(200),
    city: text(120),
    region: optionalText(80),
    postalCode: text(20),
    country: CountryCode,
    phone: optionalText(40),
  })
  .check(regionOfCountry);
export type Address = z.infer<typeof Address>;

export const Email = z.string().check(z.trim(), z.maxLength(254), z.email());
