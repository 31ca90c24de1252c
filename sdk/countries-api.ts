import type { Http } from './http.ts';
import type { CountryAddressFormat } from './schemas/country.ts';

export type CountriesApi = {
  /** How an address in the country names its region: the states or provinces to choose from, and whether one is needed. */
  addressFormat(country: string): Promise<CountryAddressFormat>;
};

/** The server lets browsers cache the answers for a while, so asking again as the shopper switches country is cheap. */
export function countriesApi(http: Http): CountriesApi {
  return {
    addressFormat: (country) => http.request('get', `countries/${encodeURIComponent(country)}`, 'countryAddressFormat'),
  };
}
