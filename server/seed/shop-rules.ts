import type { NewShippingZone, NewShopRules, RulesRepository, ShippingMethod } from '../data/rules.ts';

/**
 * The example shop's pricing rules. The store prices everything in USD, whoever buys.
 *
 * Tax. US sales tax is added on top at checkout, by state, for the states listed (the rest are left
 * untaxed here): California does not tax separately stated shipping, the others do. Canada's 5 % GST is
 * added too. In the UK and the EU, prices are VAT-inclusive, as shoppers there expect: the price shown
 * is the price paid, and the VAT inside it (shipping included) is shown on the receipt.
 *
 * Shipping. Four zones, each with standard and express. In the US, standard is priced by subtotal and
 * free from $75; everywhere else rates go by parcel weight, and standard is free from $150.
 *
 * Codes. WELCOME10 (10 % off from $20), SAVE5 ($5 off), FREESHIP, an expired SUMMER24, ONEOFF15 that
 * works once in all, and FIRSTORDER that works once per customer email.
 */

const band = (from: number, to: number | null, price: number) => ({ from, to, price });

/** Weight bands in grams: under 1 kg, under 5 kg, under 20 kg; nothing heavier is shipped. */
const byWeight = (light: number, medium: number, heavy: number) => [
  band(0, 1000, light),
  band(1000, 5000, medium),
  band(5000, 20_000, heavy),
];

function methods(
  zone: string,
  standard: Omit<ShippingMethod, 'id' | 'name' | 'description'>,
  express: Omit<ShippingMethod, 'id' | 'name' | 'description'>,
): ShippingMethod[] {
  return [
    { id: `ship_${zone}_standard`, name: 'Standard', description: 'Tracked delivery.', ...standard },
    { id: `ship_${zone}_express`, name: 'Express', description: 'Tracked, priority handling.', ...express },
  ];
}

const EUROPE = [
  'GB',
  'IE',
  'FR',
  'DE',
  'NL',
  'BE',
  'LU',
  'AT',
  'CH',
  'IT',
  'ES',
  'PT',
  'DK',
  'SE',
  'NO',
  'FI',
  'PL',
  'CZ',
];

const zones: NewShippingZone[] = [
  {
    id: 'zone_us',
    name: 'United States',
    countries: ['US'],
    restOfWorld: false,
    methods: methods(
      'us',
      {
        minDays: 3,
        maxDays: 5,
        basis: 'subtotal',
        freeAbove: 7500,
        rates: [band(0, 2500, 499), band(2500, null, 699)],
      },
      { minDays: 1, maxDays: 2, basis: 'weight', freeAbove: null, rates: byWeight(1499, 2499, 3999) },
    ),
  },
  {
    id: 'zone_na',
    name: 'Canada and Mexico',
    countries: ['CA', 'MX'],
    restOfWorld: false,
    methods: methods(
      'na',
      { minDays: 5, maxDays: 10, basis: 'weight', freeAbove: 15_000, rates: byWeight(999, 1999, 3499) },
      { minDays: 2, maxDays: 4, basis: 'weight', freeAbove: null, rates: byWeight(2499, 3999, 5999) },
    ),
  },
  {
    id: 'zone_eu',
    name: 'Europe',
    countries: EUROPE,
    restOfWorld: false,
    methods: methods(
      'eu',
      { minDays: 5, maxDays: 9, basis: 'weight', freeAbove: 15_000, rates: byWeight(1299, 2499, 4499) },
      { minDays: 2, maxDays: 4, basis: 'weight', freeAbove: null, rates: byWeight(2999, 4999, 7999) },
    ),
  },
  {
    id: 'zone_world',
    name: 'Rest of the world',
    countries: [],
    restOfWorld: true,
    methods: methods(
      'world',
      { minDays: 7, maxDays: 21, basis: 'weight', freeAbove: 15_000, rates: byWeight(1999, 3499, 5999) },
      { minDays: 3, maxDays: 7, basis: 'weight', freeAbove: null, rates: byWeight(3999, 6999, 9999) },
    ),
  },
];

const code = (
  overrides: Partial<NewShopRules['discountCodes'][number]> &
    Pick<NewShopRules['discountCodes'][number], 'code' | 'kind'>,
) => ({
  value: 0,
  description: '',
  minSubtotal: 0,
  startsAt: null,
  endsAt: null,
  usageLimit: null,
  oncePerCustomer: false,
  active: true,
  ...overrides,
});

export function exampleShopRules(): NewShopRules {
  return {
    taxRates: [
      {
        country: 'US',
        region: 'CA',
        name: 'California sales tax',
        ratePpm: 72_500,
        inclusive: false,
        appliesToShipping: false,
      },
      {
        country: 'US',
        region: 'NY',
        name: 'New York sales tax',
        ratePpm: 88_750,
        inclusive: false,
        appliesToShipping: true,
      },
      {
        country: 'US',
        region: 'TX',
        name: 'Texas sales tax',
        ratePpm: 62_500,
        inclusive: false,
        appliesToShipping: true,
      },
      {
        country: 'US',
        region: 'WA',
        name: 'Washington sales tax',
        ratePpm: 65_000,
        inclusive: false,
        appliesToShipping: true,
      },
      { country: 'CA', name: 'GST', ratePpm: 50_000, inclusive: false, appliesToShipping: true },
      { country: 'GB', name: 'VAT', ratePpm: 200_000, inclusive: true, appliesToShipping: true },
      { country: 'DE', name: 'MwSt.', ratePpm: 190_000, inclusive: true, appliesToShipping: true },
      { country: 'FR', name: 'TVA', ratePpm: 200_000, inclusive: true, appliesToShipping: true },
      { country: 'NL', name: 'BTW', ratePpm: 210_000, inclusive: true, appliesToShipping: true },
    ],
    shippingZones: zones,
    discountCodes: [
      code({ code: 'WELCOME10', kind: 'percentage', value: 1000, minSubtotal: 2000 }),
      code({ code: 'SAVE5', kind: 'fixed_amount', value: 500 }),
      code({ code: 'FREESHIP', kind: 'free_shipping' }),
      code({
        code: 'SUMMER24',
        kind: 'percentage',
        value: 2000,
        startsAt: '2024-06-01T00:00:00.000Z',
        endsAt: '2024-09-01T00:00:00.000Z',
      }),
      code({
        code: 'ONEOFF15',
        kind: 'percentage',
        value: 1500,
        usageLimit: 1,
        description: '15% off, for one order only',
      }),
      code({
        code: 'FIRSTORDER',
        kind: 'fixed_amount',
        value: 1000,
        minSubtotal: 4000,
        oncePerCustomer: true,
        description: '$10 off your first order of $40 or more',
      }),
    ],
  };
}

/** Loads the example rules unless the shop already has rules of its own. */
export async function seedShopRules(rules: RulesRepository, data: NewShopRules = exampleShopRules()): Promise<boolean> {
  if (await rules.hasRules()) return false;
  await rules.insertRules(data);
  return true;
}
