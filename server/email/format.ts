import type { Address } from '../../sdk/schemas/address.ts';
import type { Money } from '../../sdk/schemas/money.ts';

/**
 * Formatting for messages the server writes itself. The wire leaves formatting to clients; an email
 * has no client code, so the server formats once, in the shop's locale.
 */

const moneyFormats = new Map<string, Intl.NumberFormat>();

/** Minor units to text in the currency's own precision: `{ amount: 1299, currency: "USD" }` → "$12.99", JPY has none. */
export function formatMoney(money: Money, locale: string): string {
  const key = `${locale}|${money.currency}`;
  let format = moneyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency });
    moneyFormats.set(key, format);
  }
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(money.amount / 10 ** digits);
}

/** An address as the lines a label shows: name, street, "city region postcode", country name. */
export function addressLines(address: Address, locale: string): string[] {
  const country = new Intl.DisplayNames([locale], { type: 'region' }).of(address.country) ?? address.country;
  const cityLine = [address.city, address.region, address.postalCode].filter(Boolean).join(' ');
  return [address.name, address.line1, address.line2, cityLine, country].filter((line): line is string =>
    Boolean(line),
  );
}

/** Only absolute http(s) URLs go into links and images: mail clients can't resolve anything else safely. */
export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
