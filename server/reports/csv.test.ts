import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { adminAuth } from '../shipments/test-support/ship.ts';
import { cartWith, checkout, payWithTestGateway } from '../test-support/checkout.ts';
import { startTestServer, type TestServer } from '../test-support/server.ts';
import { csvCell, decimalAmount } from './csv.ts';
import { insertOrders } from './test-support/sales-fixture.ts';

/** The orders CSV: the admin list's filters, streamed, and safe to open in a spreadsheet. */

describe('csvCell', () => {
  test('a cell a spreadsheet would run as a formula is prefixed with a quote', () => {
    for (const text of ['=HYPERLINK("http://evil","x")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'])
      assert.ok(csvCell(text).replace(/^"/, '').startsWith(`'${text[0]}`), JSON.stringify(csvCell(text)));
    assert.equal(csvCell('=1+1'), "'=1+1");
    assert.equal(csvCell('a,b'), '"a,b"');
    assert.equal(csvCell('say "hi"'), '"say ""hi"""');
    assert.equal(csvCell('plain'), 'plain');
    assert.equal(csvCell(-5), '-5', 'numbers are numbers');
    assert.equal(csvCell(null), '');
  });

  test('amounts are decimals in the currency’s precision', () => {
    assert.deepEqual(
      [decimalAmount(1299, 'USD'), decimalAmount(5, 'EUR'), decimalAmount(1500, 'JPY'), decimalAmount(-250, 'USD')],
      ['12.99', '0.05', '1500', '-2.50'],
    );
  });
});

describe('GET /api/admin/exports/orders', () => {
  let server: TestServer;
  let auth: RequestInit;
  const numbers: string[] = [];

  before(async () => {
    server = await startTestServer();
    server.sqlite.prepare('UPDATE variants SET stocked = 1000').run();
    auth = await adminAuth(server);
    for (const email of ['ada@example.com', 'grace@example.com']) {
      const result = await checkout(server, (await cartWith(server, [['lantern-mug', 1]])).id, { email });
      numbers.push(result.order.number);
      if (email === 'ada@example.com') await payWithTestGateway(result, 'approve');
    }
    // Emails no checkout would accept, as an import or an old version might have left them.
    insertOrders(
      server.sqlite,
      ['=cmd|calc!A1', '+1+1', '-2+3', '@SUM(A1)'].map((email, index) => ({
        id: `evil${index}`,
        email,
        paidAt: null,
        paymentStatus: 'pending',
        total: 100,
        lines: [{ productId: 'P', quantity: 1, total: 100 }],
      })),
    );
  });
  after(() => server.close());

  test('streams every order as CSV, with formulas defused', async () => {
    const response = await server.get<string>('/api/admin/exports/orders', auth);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/csv/);
    assert.match(
      response.headers.get('content-disposition') ?? '',
      /^attachment; filename="orders-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const rows = response.text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    assert.equal(
      rows[0],
      'number,created_at,paid_at,email,status,payment_status,fulfillment_status,items,designs,total,currency,payment_issue',
    );
    assert.equal(rows.length, 7);
    for (const email of ['=cmd|calc!A1', '+1+1', '-2+3', '@SUM(A1)'])
      assert.ok(
        rows.some((row) => row.includes(`,'${email},`)),
        email,
      );
    assert.ok(!rows.slice(1).some((row) => /,[=+\-@]/.test(row)), 'no cell starts a formula');
  });

  test('with the list’s filters', async () => {
    const paid = await server.get<string>('/api/admin/exports/orders?paymentStatus=paid', auth);
    const rows = paid.text.trimEnd().split('\r\n').slice(1);
    assert.equal(rows.length, 1);
    assert.ok(rows[0]?.startsWith(`${numbers[0]},`));
    const searched = await server.get<string>(`/api/admin/exports/orders?q=grace`, auth);
    assert.equal(searched.text.trimEnd().split('\r\n').length, 2);
  });

  test('many orders stream page by page, each once', async () => {
    insertOrders(
      server.sqlite,
      Array.from({ length: 1203 }, (_, index) => ({
        id: `bulk${String(index).padStart(5, '0')}`,
        paidAt: new Date(Date.UTC(2026, 0, 1) + index * 60_000).toISOString(),
        total: 100,
        lines: [{ productId: 'P', quantity: 1, total: 100 }],
      })),
    );
    const response = await server.get<string>('/api/admin/exports/orders', auth);
    const rows = response.text.trimEnd().split('\r\n').slice(1);
    assert.equal(rows.length, 1203 + 6);
    assert.equal(new Set(rows.map((row) => row.split(',')[0])).size, rows.length);
  });
});
