import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { ProductList, ProductSummary } from '../../sdk/schemas/index.ts';
import { startTestServer, type TestServer } from '../test-support/server.ts';

/** What shoppers type, against the example shop's own catalog. */
let server: TestServer;
before(async () => {
  server = await startTestServer({ seed: 'none', config: { seed: 'example' } });
});
after(() => server.close());

async function search(q: string, extra = ''): Promise<ProductSummary[]> {
  const response = await server.get<ProductList>(`/api/products?limit=100&q=${encodeURIComponent(q)}${extra}`);
  assert.equal(response.status, 200, response.text);
  return response.body.items;
}

const handles = async (q: string) => (await search(q)).map((item) => item.handle).sort();

const TEES = ['halftone-long-sleeve-tee', 'heavyweight-pocket-tee', 'kids-rainbow-tee', 'organic-cotton-tee'];

describe('search in the example shop', () => {
  test('plurals find their singulars', async () => {
    assert.deepEqual(await handles('tees'), TEES);
    assert.deepEqual(await handles('tshirts'), TEES, 'the tees are tagged tshirt');
    assert.deepEqual(await handles('sweatshirts'), ['printed-crewneck-sweatshirt']);
    assert.deepEqual(await handles('mugs'), await handles('mug'));
  });

  test('a hyphenated word also finds it written as one', async () => {
    assert.deepEqual(await handles('t-shirt'), TEES);
    assert.deepEqual(await handles('T-Shirts'), TEES);
    assert.deepEqual(await handles('roll-top'), ['roll-top-backpack'], 'the phrase form still matches the title');
  });

  test('colours and sizes of variants are searched', async () => {
    assert.deepEqual(await handles('navy tee'), ['organic-cotton-tee']);
    assert.deepEqual(await handles('navy hoodie'), ['letterpress-logo-hoodie']);
    assert.deepEqual(await handles('black hoodie'), [], 'no hoodie comes in black');
    assert.deepEqual(await handles('oatmeal tee'), ['organic-cotton-tee']);
    assert.ok((await handles('15oz mug')).includes('good-morning-type-mug'));
  });

  test('a word in the title ranks above the same word among the colours', async () => {
    // "Speckled Stoneware Mug" has it in the title; the Embroidered Dad Cap only comes in Stone.
    const stone = (await search('stone')).map((item) => item.handle);
    assert.equal(stone[0], 'speckled-stoneware-mug');
    assert.ok(stone.indexOf('embroidered-dad-cap') > 0);
  });
});

describe('name sort in the example shop', () => {
  test('leading punctuation and case do not move a title', async () => {
    const names = (await search('', '&sort=name_asc')).map((item) => item.title);
    const mug = names.indexOf('"Good Morning" Type Mug');
    assert.ok(mug > 0, 'not first for its quote mark');
    assert.match(names[mug - 1]!, /^G/);
    assert.ok(names.slice(0, mug).every((title) => title.localeCompare('Good', 'en', { sensitivity: 'base' }) < 0));
  });
});
