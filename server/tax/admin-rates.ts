import type { AdminTaxRate, CreateTaxRateBody, UpdateTaxRateBody } from '../../sdk/schemas/index.ts';
import type { AdminEdit, TaxRateRecord } from '../data/rules-admin.ts';
import { NotFoundError } from '../errors.ts';
import type { Shop } from '../shop/shop.ts';
import { normalizeRegion } from './regions.ts';

/**
 * The admin's tax rates. A new rate counts from the next price the server makes: carts and checkout read
 * the rates on every quote, so nothing is cached to clear.
 */

export function toAdminTaxRate(rate: TaxRateRecord): AdminTaxRate {
  return {
    id: rate.id,
    country: rate.country,
    region: rate.region,
    name: rate.name,
    ratePpm: rate.ratePpm,
    inclusive: rate.inclusive,
    appliesToShipping: rate.appliesToShipping,
    version: rate.version,
  };
}

export async function readTaxRate(shop: Shop, id: string): Promise<AdminTaxRate> {
  const rate = await shop.data.rules.findTaxRate(id);
  if (!rate) throw new NotFoundError('The tax rate');
  return toAdminTaxRate(rate);
}

/**
 * A region is stored as the tax lookup keys it: the code of the country's list ("Virginia" → "VA", refused
 * when it names none of it), or the free text in capitals where the country has no list.
 */
export async function createTaxRate(shop: Shop, body: CreateTaxRateBody, edit: AdminEdit): Promise<AdminTaxRate> {
  const region = normalizeRegion(body.country, body.region, 'region')?.toUpperCase() ?? null;
  const rate = await shop.data.rules.createTaxRate(
    {
      country: body.country,
      region,
      name: body.name,
      ratePpm: body.ratePpm,
      inclusive: body.inclusive ?? false,
      appliesToShipping: body.appliesToShipping ?? false,
    },
    edit,
  );
  return toAdminTaxRate(rate);
}

export async function updateTaxRate(
  shop: Shop,
  id: string,
  { version, ...change }: UpdateTaxRateBody,
  edit: AdminEdit,
): Promise<AdminTaxRate> {
  return toAdminTaxRate(await shop.data.rules.updateTaxRate(id, version, change, edit));
}
