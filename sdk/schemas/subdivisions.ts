/**
 * The states, provinces and territories of the countries whose postal addresses name one, with their
 * ISO 3166-2 codes (without the country prefix). Kept out of browser bundles: widgets ask the server
 * (`GET /api/countries/{code}`) for a country's list.
 */

export type Subdivision = { code: string; name: string };
export type SubdivisionList = {
  /** What an address form calls the field: "State", "Province". */
  label: string;
  subdivisions: Subdivision[];
};

const list = (label: string, entries: string): SubdivisionList => ({
  label,
  subdivisions: entries.split(';').map((entry) => {
    const [code = '', name = ''] = entry.split('=');
    return { code, name };
  }),
});

const SUBDIVISIONS: Record<string, SubdivisionList> = {
  US: list(
    'State',
    'AL=Alabama;AK=Alaska;AZ=Arizona;AR=Arkansas;CA=California;CO=Colorado;CT=Connecticut;DE=Delaware;' +
      'DC=District of Columbia;FL=Florida;GA=Georgia;HI=Hawaii;ID=Idaho;IL=Illinois;IN=Indiana;IA=Iowa;KS=Kansas;' +
      'KY=Kentucky;LA=Louisiana;ME=Maine;MD=Maryland;MA=Massachusetts;MI=Michigan;MN=Minnesota;MS=Mississippi;' +
      'MO=Missouri;MT=Montana;NE=Nebraska;NV=Nevada;NH=New Hampshire;NJ=New Jersey;NM=New Mexico;NY=New York;' +
      'NC=North Carolina;ND=North Dakota;OH=Ohio;OK=Oklahoma;OR=Oregon;PA=Pennsylvania;RI=Rhode Island;' +
      'SC=South Carolina;SD=South Dakota;TN=Tennessee;TX=Texas;UT=Utah;VT=Vermont;VA=Virginia;WA=Washington;' +
      'WV=West Virginia;WI=Wisconsin;WY=Wyoming;AS=American Samoa;GU=Guam;MP=Northern Mariana Islands;' +
      'PR=Puerto Rico;VI=U.S. Virgin Islands;UM=U.S. Minor Outlying Islands;AA=Armed Forces Americas;' +
      'AE=Armed Forces Europe;AP=Armed Forces Pacific',
  ),
  CA: list(
    'Province',
    'AB=Alberta;BC=British Columbia;MB=Manitoba;NB=New Brunswick;NL=Newfoundland and Labrador;NS=Nova Scotia;' +
      'NT=Northwest Territories;NU=Nunavut;ON=Ontario;PE=Prince Edward Island;QC=Quebec;SK=Saskatchewan;YT=Yukon',
  ),
  AU: list(
    'State',
    'ACT=Australian Capital Territory;NSW=New South Wales;NT=Northern Territory;QLD=Queensland;SA=South Australia;' +
      'TAS=Tasmania;VIC=Victoria;WA=Western Australia',
  ),
};

/** The country's list, or undefined where addresses carry no region from a fixed list. */
export function subdivisionsOf(country: string): SubdivisionList | undefined {
  return Object.hasOwn(SUBDIVISIONS, country) ? SUBDIVISIONS[country] : undefined;
}

/** Letters only, in capitals, accents dropped: " québec " and "QUEBEC", "N.Y." and "ny" compare equal. */
const comparable = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z]+/g, '')
    .toUpperCase();

/**
 * The code of the subdivision that `text` names, by its code ("TX", "us-tx") or its name (" Texas "),
 * in any case and spacing; undefined when it names none of `list`.
 */
export function findSubdivision(country: string, list: SubdivisionList, text: string): Subdivision | undefined {
  const wanted = comparable(text.trim().replace(new RegExp(`^${country}-`, 'i'), ''));
  return wanted
    ? list.subdivisions.find((entry) => entry.code === wanted || comparable(entry.name) === wanted)
    : undefined;
}

/**
 * A region as addresses in `country` hold it: the list's code ("Texas" → "TX") or, where the country
 * has no list, the text itself; null when none was given; `{ problem }` when it names none of the list
 * or is missing where the list makes it required. One rule for the wire schema and the server's carts.
 */
export function matchRegion(country: string, region: string | null | undefined): string | null | { problem: string } {
  const text = region?.trim();
  const list = subdivisionsOf(country);
  if (!list) return text || null;
  if (!text) return { problem: `${list.label} is required for ${country} addresses` };
  return (
    findSubdivision(country, list, text)?.code ?? {
      problem: `"${text}" is not a ${country} ${list.label.toLowerCase()}`,
    }
  );
}
