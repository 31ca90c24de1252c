import type { Money } from './schemas/money.ts';

const formatters = new Map<string, Intl.NumberFormat>();

/** Formats minor units for people, e.g. `{ amount: 1299, currency: "USD" }` → "$12.99". */
export function formatMoney(money: Money, locale?: string): string {
  const key = `${locale ?? ''}|${money.currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency });
    formatters.set(key, formatter);
  }
  const digits = formatter.resolvedOptions().maximumFractionDigits ?? 2;
  return formatter.format(money.amount / 10 ** digits);
}
