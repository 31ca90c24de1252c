import type { Money } from './schemas/money.ts';

const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(currency: string, locale: string | undefined, maximumFractionDigits?: number): Intl.NumberFormat {
  const key = `${locale ?? ''}|${currency}|${maximumFractionDigits ?? ''}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const options: Intl.NumberFormatOptions = { style: 'currency', currency };
    if (maximumFractionDigits !== undefined) options.maximumFractionDigits = maximumFractionDigits;
    formatter = new Intl.NumberFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

const minorDigits = (currency: string, locale?: string) =>
  formatterFor(currency, locale).resolvedOptions().maximumFractionDigits ?? 2;

/** Formats minor units for people, e.g. `{ amount: 1299, currency: "USD" }` → "$12.99". */
export function formatMoney(money: Money, locale?: string): string {
  return formatterFor(money.currency, locale).format(money.amount / 10 ** minorDigits(money.currency, locale));
}

/**
 * The price of one unit of a line that costs `total` for `quantity`, exact where it is not a whole minor
 * unit (up to 4 fraction digits): 100 stickers for $103.45 are "$1.0345" each, not a rounded "$1.03".
 */
export function formatUnitPrice(total: Money, quantity: number, locale?: string): string {
  const digits = minorDigits(total.currency, locale);
  const exact = total.amount / Math.max(1, quantity);
  if (Number.isInteger(exact)) return formatMoney({ amount: exact, currency: total.currency }, locale);
  return formatterFor(total.currency, locale, Math.max(digits, 4)).format(exact / 10 ** digits);
}
