const digitsByCurrency = new Map<string, number>();

function fractionDigits(currency: string): number {
  let digits = digitsByCurrency.get(currency);
  if (digits === undefined) {
    const format = new Intl.NumberFormat('en', { style: 'currency', currency });
    digits = format.resolvedOptions().maximumFractionDigits ?? 2;
    digitsByCurrency.set(currency, digits);
  }
  return digits;
}

/** What a shopper types (major units, "12.50") as the API's integer minor units (1250 for USD, 12 for JPY). */
export function toMinorUnits(major: number, currency: string): number {
  return Math.round(major * 10 ** fractionDigits(currency));
}

/** The currency's symbol for labels, e.g. "$" or "€", falling back to the code. */
export function currencySymbol(currency: string, locale?: string): string {
  const parts = new Intl.NumberFormat(locale, { style: 'currency', currency }).formatToParts(0);
  return parts.find((part) => part.type === 'currency')?.value ?? currency;
}
