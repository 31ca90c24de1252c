import { html, type TemplateResult } from 'lit';

/**
 * ISO 3166-1 alpha-2 codes of places a parcel can go (uninhabited territories left out), packed two
 * letters each. Names come from the browser (`Intl.DisplayNames`), so no name list is shipped. The
 * server decides where it actually ships: a country without a zone answers `shipping_unavailable`.
 */
const CODES =
  'ADAEAFAGAIALAMAOARASATAUAWAXAZBABBBDBEBFBGBHBIBJBLBMBNBOBQBRBSBTBWBYBZCACCCDCFCGCHCICKCLCMCNCOCRCUCVCWCXCYCZDEDJDKDM' +
  'DODZECEEEGEHERESETFIFJFKFMFOFRGAGBGDGEGFGGGHGIGLGMGNGPGQGRGTGUGWGYHKHNHRHTHUIDIEILIMINIOIQIRISITJEJMJOJPKEKGKHKIKM' +
  'KNKPKRKWKYKZLALBLCLILKLRLSLTLULVLYMAMCMDMEMFMGMHMKMLMMMNMOMPMQMRMSMTMUMVMWMXMYMZNANCNENFNGNINLNONPNRNUNZOMPAPEPFPG' +
  'PHPKPLPMPNPRPSPTPWPYQARERORSRURWSASBSCSDSESGSHSISJSKSLSMSNSOSRSSSTSVSXSYSZTCTDTGTHTJTKTLTMTNTOTRTTTVTWTZUAUGUSUYUZ' +
  'VAVCVEVGVIVNVUWFWSYEYTZAZMZW';

export type Country = { code: string; name: string };

/** `codes` (e.g. from a `countries="US CA GB"` attribute) or every country, sorted by name for the shopper. */
export function countryList(codes?: string): Country[] {
  const list = codes?.trim() ? codes.toUpperCase().split(/[\s,]+/).filter(Boolean) : CODES.match(/../g) ?? [];
  const names = new Intl.DisplayNames(undefined, { type: 'region' });
  return list.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) => a.name.localeCompare(b.name));
}

/** The shopper's likely country from the browser language ("en-GB" → "GB"), when it is in `countries`. */
export function guessCountry(countries: Country[]): string {
  const region = new Intl.Locale(navigator.language).maximize().region ?? '';
  return countries.some((country) => country.code === region) ? region : '';
}

/** `<option>`s for a country `<select>`, with a first empty choice. */
export function renderCountryOptions(countries: Country[], selected: string, placeholder: string): TemplateResult {
  return html`<option value="" ?selected=${!selected}>${placeholder}</option>
    ${countries.map((country) => html`<option value=${country.code} ?selected=${country.code === selected}>${country.name}</option>`)}`;
}
