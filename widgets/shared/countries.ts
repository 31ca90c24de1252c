import { html, type TemplateResult } from 'lit';

/**
 * ISO 3166-1 alpha-2 codes of places a parcel can go (uninhabited territories left out), as a bitmap
 * in base64: bit (first letter × 26 + second letter) is set for each code. A third of the size of the
 * codes spelled out, gzipped. Names come from the browser (`Intl.DisplayNames`), so no name list is
 * shipped. The server decides where it actually ships: a country without a zone answers `shipping_unavailable`.
 */
const CODE_BITS =
  'eFne7u893d4nP4QVgNQADgBcCbCfuxUAiQYYeA9AQAMAHSv0QYFP/fz/1yVLCAABQDyPUwEAAEAAUfH95zqzn5pBAARXhUAAAkAAAAAAEAAIBEAAAQ==';

function allCodes(): string[] {
  const bits = atob(CODE_BITS);
  const codes: string[] = [];
  for (let i = 0; i < 676; i++)
    if ((bits.charCodeAt(i >> 3) >> (i & 7)) & 1) codes.push(String.fromCharCode(65 + i / 26, 65 + (i % 26)));
  return codes;
}

export type Country = { code: string; name: string };

/** `codes` (e.g. from a `countries="US CA GB"` attribute) or every country, sorted by name for the shopper. */
export function countryList(codes?: string): Country[] {
  const list = codes?.trim()
    ? codes
        .toUpperCase()
        .split(/[\s,]+/)
        .filter(Boolean)
    : allCodes();
  const names = new Intl.DisplayNames(undefined, { type: 'region' });
  return list.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) => a.name.localeCompare(b.name));
}

/** The shopper's likely country from the browser language ("en-GB" → "GB"), when it is in `countries`. */
export function guessCountry(countries: Country[]): string {
  const region = new Intl.Locale(navigator.language).maximize().region ?? '';
  return countries.some((country) => country.code === region) ? region : '';
}

/** `<option>`s for a country `<select>` (or a region one: the same shape), with a first empty choice. */
export function renderCountryOptions(countries: Country[], selected: string, placeholder: string): TemplateResult {
  return html`<option value="" ?selected=${!selected}>${placeholder}</option>
    ${countries.map((country) => html`<option value=${country.code} ?selected=${country.code === selected}>${country.name}</option>`)}`;
}
