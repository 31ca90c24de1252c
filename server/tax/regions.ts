import { matchRegion, subdivisionsOf, type Address, type CountryAddressFormat } from '../../sdk/schemas/index.ts';
import type { RulesRepository } from '../data/rules.ts';
import { ValidationError } from '../errors.ts';

/**
 * The region of a destination, as tax rates are keyed: the code from the country's list ("Texas" →
 * "TX"), or the free text where the country has no list. Null when none was given (a cart's estimate
 * may leave it open). Throws `validation_failed` on `path` when the country has a list and the text
 * names none of it.
 */
export function normalizeRegion(country: string, region: string | null | undefined, path: string): string | null {
  if (!region?.trim()) return null;
  const matched = matchRegion(country, region);
  if (matched !== null && typeof matched === 'object') throw new ValidationError([{ path, message: matched.problem }]);
  return matched;
}

/** Whether an address in the country must name its region: it has a list, or the shop's tax rates differ by region. */
export async function regionRequired(rules: RulesRepository, country: string): Promise<boolean> {
  return subdivisionsOf(country) !== undefined || (await rules.hasRegionalTaxRates(country));
}

/**
 * The region of an order's shipping address, which the wire schema has already matched against the
 * country's list (and required there): what is left is requiring it where the shop's tax rates differ
 * by region in a country without a list. `validation_failed` on `path` then.
 */
export async function checkedAddressRegion(
  rules: RulesRepository,
  address: Address,
  path: string,
): Promise<string | null> {
  const region = address.region?.trim() || null;
  if (!region && (await rules.hasRegionalTaxRates(address.country))) {
    throw new ValidationError([{ path, message: `State or region is required for ${address.country} addresses` }]);
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
