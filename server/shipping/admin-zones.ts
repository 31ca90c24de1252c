import type { AdminShippingZone, CreateShippingZoneBody, UpdateShippingZoneBody } from '../../sdk/schemas/index.ts';
import { newId } from '../data/ids.ts';
import type { AdminEdit, ShippingZoneInput, ShippingZoneRecord } from '../data/rules-admin.ts';
import { NotFoundError } from '../errors.ts';
import type { Shop } from '../shop/shop.ts';
import { checkZone } from './zone-checks.ts';

/**
 * The admin's shipping zones. A zone is edited whole (its countries, methods and bands), and counts from
 * the next quote: carts and checkout read the methods on every price.
 */

export function toAdminZone(zone: ShippingZoneRecord, currency: string): AdminShippingZone {
  return { ...zone, currency };
}

function toInput(id: string, body: CreateShippingZoneBody): ShippingZoneInput {
  checkZone(body);
  return {
    id,
    name: body.name,
    countries: body.countries,
    restOfWorld: body.restOfWorld ?? false,
    methods: body.methods.map((method) => ({
      id: method.id ?? newId('ship'),
      name: method.name,
      description: method.description ?? '',
      minDays: method.minDays,
      maxDays: method.maxDays,
      basis: method.basis,
      freeAbove: method.freeAbove ?? null,
      active: method.active ?? true,
      rates: method.rates,
    })),
  };
}

export async function readZone(shop: Shop, id: string): Promise<AdminShippingZone> {
  const zone = await shop.data.rules.findShippingZone(id);
  if (!zone) throw new NotFoundError('The shipping zone');
  return toAdminZone(zone, shop.settings.currency);
}

export async function createZone(
  shop: Shop,
  body: CreateShippingZoneBody,
  edit: AdminEdit,
): Promise<AdminShippingZone> {
  const zone = await shop.data.rules.createShippingZone(toInput(newId('zone'), body), edit);
  return toAdminZone(zone, shop.settings.currency);
}

export async function replaceZone(
  shop: Shop,
  id: string,
  { version, ...body }: UpdateShippingZoneBody,
  edit: AdminEdit,
): Promise<AdminShippingZone> {
  const zone = await shop.data.rules.replaceShippingZone(toInput(id, body), version, edit);
  return toAdminZone(zone, shop.settings.currency);
}
