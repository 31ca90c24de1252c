import { findSubdivision, subdivisionsOf, type Address, type CountryAddressFormat } from '../../sdk/schemas/index.ts';
import type { RulesRepository } from '../data/rules.ts';
import { ValidationError } from '../errors.ts';

/**
 * The region of a destination, as tax rates are keyed: the code from the country's list ("Texas" →
 * "TX"), or the free text where the country has no list. Null when none was given.
 * Throws `validation_failed` on `path` when the country has a list and the text names none of it.
 */
export function normalizeRegion(country: string, region: string | null | undefined, path: string): string | null {
  const trimmed = region?.trim();
  if (!trimmed) return null;
  const list = subdivisionsOf(country);
  if (!list) return trimmed;
  const found = findSubdivision(country, list, trimmed);
  if (!found) throw new ValidationError([{ path, message: `"${trimmed}" is not a ${country} ${list.label.toLowerCase()}` }]);
  return found.code;
}

/** Whether an address in the country must name its region: it has a list, or the shop's tax rates differ by region. */
export async function regionRequired(rules: RulesRepository, country: string): Promise<boolean> {
  return subdivisionsOf(country) !== undefined || (await rules.hasRegionalTaxRates(country));
}

/**
 * The region of an order's shipping address, checked against the country and the shop's tax rules;
 * `validation_failed` on `path` when it is missing where tax depends on it, or names no region of the country.
 */
export async function checkedAddressRegion(rules: RulesRepository, address: Address, path: string): Promise<string | null> {
  const region = normalizeRegion(address.country, address.region, path);
  if (!region && (await regionRequired(rules, address.country))) {
    const label = subdivisionsOf(address.country)?.label ?? 'State or region';
    throw new ValidationError([{ path, message: `${label} is required for ${address.country} addresses` }]);
  }
  return region;
}

/** What an address form needs to ask for the region of an address in `country`. */
export async function countryAddressFormat(rules: RulesRepository, country: string): Promise<CountryAddressFormat> {
  const list = subdivisionsOf(country);
  return {
    code: country,
    regionLabel: list?.label ?? 'State / province',
    regionRequired: await regionRequired(rules, country),
    regions: list?.subdivisions ?? [],
  };
}
