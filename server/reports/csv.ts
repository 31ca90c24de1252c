/**
 * CSV cells (RFC 4180) that a spreadsheet opens as text: a cell starting with `=`, `+`, `-`, `@`, a tab or a
 * carriage return would be read as a formula (OWASP's CSV injection), so it is prefixed with `'`.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value) : FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: readonly (string | number | null)[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

const digits = new Map<string, number>();

/** Minor units as a plain decimal in the currency's precision (`1299` USD → `12.99`), for a spreadsheet to sum. */
export function decimalAmount(amount: number, currency: string): string {
  let places = digits.get(currency);
  if (places === undefined) {
    places =
      new Intl.NumberFormat('en-US', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    digits.set(currency, places);
  }
  if (places === 0) return String(amount);
  const sign = amount < 0 ? '-' : '';
  const text = String(Math.abs(amount)).padStart(places + 1, '0');
  return `${sign}${text.slice(0, -places)}.${text.slice(-places)}`;
}
