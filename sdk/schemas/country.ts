import * as z from 'zod/mini';

/** ISO 3166-1 alpha-2: every officially assigned code, packed two letters each. */
const ISO_3166_1 =
  'ADAEAFAGAIALAMAOAQARASATAUAWAXAZBABBBDBEBFBGBHBIBJBLBMBNBOBQBRBSBTBVBWBYBZCACCCDCFCGCHCICKCLCMCNCOCRCUCVCWCXCYCZ' +
  'DEDJDKDMDODZECEEEGEHERESETFIFJFKFMFOFRGAGBGDGEGFGGGHGIGLGMGNGPGQGRGSGTGUGWGYHKHMHNHRHTHUIDIEILIMINIOIQIRISITJEJM' +
  'JOJPKEKGKHKIKMKNKPKRKWKYKZLALBLCLILKLRLSLTLULVLYMAMCMDMEMFMGMHMKMLMMMNMOMPMQMRMSMTMUMVMWMXMYMZNANCNENFNGNINLNONP' +
  'NRNUNZOMPAPEPFPGPHPKPLPMPNPRPSPTPWPYQARERORSRURWSASBSCSDSESGSHSISJSKSLSMSNSOSRSSSTSVSXSYSZTCTDTFTGTHTJTKTLTMTNTO' +
  'TRTTTVTWTZUAUGUMUSUYUZVAVCVEVGVIVNVUWFWSYEYTZAZMZW';
const COUNTRY_CODES = new Set(ISO_3166_1.match(/../g));

export function isCountryCode(code: string): boolean {
  return COUNTRY_CODES.has(code);
}

const NOT_A_COUNTRY = 'Country must be an ISO 3166-1 alpha-2 code, such as "US"';

/** A country as its ISO 3166-1 alpha-2 code, in capitals ("US"); two capitals that name no country (XX) are refused. */
export const CountryCode = z
  .string()
  .check(z.regex(/^[A-Z]{2}$/, { message: NOT_A_COUNTRY, abort: true }), z.refine(isCountryCode, NOT_A_COUNTRY));

export const Region = z.object({ code: z.string(), name: z.string() });

/** `GET /api/countries/{code}`: what an address in the country needs for its region. */
export const CountryAddressFormat = z.object({
  code: z.string(),
  /** What the region field is called ("State", "Province"); a generic "State / province" where there is no list. */
  regionLabel: z.string(),
  /** Whether an order's shipping address must name a region: always where there is a list, and where tax differs by region. */
  regionRequired: z.boolean(),
  /** The regions an address may name, by ISO 3166-2 code (without the country prefix); empty: the region is free text. */
  regions: z.array(Region),
});
export type CountryAddressFormat = z.infer<typeof CountryAddressFormat>;
