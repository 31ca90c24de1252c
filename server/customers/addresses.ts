import type { Account, Address, SaveAddressBody, SavedAddress } from '../../sdk/schemas/index.ts';
import type { AddressRecord } from '../data/customers.ts';
import { newId } from '../data/ids.ts';
import { NotFoundError, ValidationError } from '../errors.ts';
import type { Shop } from '../shop/shop.ts';
import { checkedAddressRegion } from '../tax/regions.ts';

/** Addresses one book holds: plenty for a person, bounded for the server. */
export const MAX_ADDRESSES = 20;

/** The address as checkout would take it: the schema's rules, then the region where tax needs one. */
export async function checkedAddress(shop: Shop, address: Address, path: string): Promise<Address> {
  await checkedAddressRegion(shop.data.rules, address, `${path}.region`);
  return address;
}

export function toSavedAddress(record: AddressRecord): SavedAddress {
  return { id: record.id, address: record.address, isDefault: record.isDefault, createdAt: record.createdAt };
}

export async function listAddresses(shop: Shop, account: Account): Promise<SavedAddress[]> {
  return (await shop.data.customers.listAddresses(account.id)).map(toSavedAddress);
}

export async function addAddress(shop: Shop, account: Account, body: SaveAddressBody): Promise<SavedAddress> {
  const address = await checkedAddress(shop, body.address, 'address');
  const at = shop.now().toISOString();
  const record = {
    id: newId('adr'),
    userId: account.id,
    address,
    isDefault: body.isDefault ?? false,
    createdAt: at,
    updatedAt: at,
  };
  const saved = await shop.data.customers.insertAddress(record, MAX_ADDRESSES);
  if (!saved)
    throw new ValidationError([
      { path: 'address', message: `An address book holds at most ${MAX_ADDRESSES} addresses.` },
    ]);
  return toSavedAddress(saved);
}

/** Another customer's address, like one that does not exist, is 404. */
export async function updateAddress(
  shop: Shop,
  account: Account,
  id: string,
  body: SaveAddressBody,
): Promise<SavedAddress> {
  const address = await checkedAddress(shop, body.address, 'address');
  const saved = await shop.data.customers.updateAddress(account.id, id, {
    address,
    makeDefault: body.isDefault === true,
    now: shop.now().toISOString(),
  });
  if (!saved) throw new NotFoundError('The address');
  return toSavedAddress(saved);
}

export async function removeAddress(shop: Shop, account: Account, id: string): Promise<void> {
  if (!(await shop.data.customers.deleteAddress(account.id, id))) throw new NotFoundError('The address');
}
