import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { orderConfirmationEmail } from './order-confirmation.ts';
import { sampleConfirmation } from './test-support/sample-confirmation.ts';

describe('orderConfirmationEmail', () => {
  it('addresses the shopper and names the order in the subject', () => {
    const email = orderConfirmationEmail(sampleConfirmation());
    assert.equal(email.to, 'ada@example.com');
    assert.equal(email.subject, 'Order SL-10042 confirmed – Sticker Shop');
  });

  it('puts lines, totals, address and the order link in the text body', () => {
    const { text } = orderConfirmationEmail(sampleConfirmation());
    for (const expected of [
      'Order SL-10042',
      'View your order: https://shop.example.com/orders/ord_123?token=abc.def',
      '- Mountain tee (M / Navy)\n  2 × $25.00 = $50.00',
      '- Die-cut sticker (3 in × 3 in, vinyl)\n  50 × $0.89 = $44.50',
      'Subtotal: $94.50',
      'Discount (WELCOME10): −$9.45',
      'Shipping (Standard): $5.99',
      'Tax: $6.80',
      'Total: $97.84',
      'Ada Lovelace\n12 Analytical Row\nFlat 3\nPortland OR 97201\nUnited States',
    ]) {
      assert.ok(text.includes(expected), `text body lacks ${JSON.stringify(expected)}`);
    }
  });

  it('renders the same figures, the thumbnail and the link in the HTML body', () => {
    const { html } = orderConfirmationEmail(sampleConfirmation());
    assert.match(html, /^<!doctype html>/);
    assert.ok(html.includes('href="https://shop.example.com/orders/ord_123?token=abc.def"'));
    assert.ok(html.includes('<img src="https://shop.example.com/images/tee.jpg"'));
    for (const figure of ['$50.00', '$44.50', '$94.50', '−$9.45', '$5.99', '$6.80', '$97.84', 'United States']) {
      assert.ok(html.includes(figure), `HTML body lacks ${figure}`);
    }
    assert.match(html, /role="presentation"/);
  });

  it('escapes every interpolated value in the HTML body', () => {
    const hostile = '<script>alert("x")</script>';
    const input = sampleConfirmation({ shopName: `Shop ${hostile}`, orderNumber: 'SL-1"><b>' });
    const [first, second] = input.lines;
    assert.ok(first && second);
    input.lines = [{ ...first, title: `Tee ${hostile}`, variantTitle: `<img src=x onerror=alert(1)>` }, second];
    input.shippingAddress = { ...input.shippingAddress, name: `Ada ${hostile}` };
    const { html, text } = orderConfirmationEmail(input);
    assert.ok(!html.includes('<script>'), 'raw <script> in HTML');
    assert.ok(!html.includes('<img src=x'), 'raw attribute injection in HTML');
    assert.ok(!html.includes('"><b>'), 'attribute breakout in HTML');
    assert.ok(html.includes('Tee &#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62;'));
    // The text body is plain text: nothing to escape, and it says exactly what the shopper typed.
    assert.ok(text.includes(`Tee ${hostile}`));
  });

  it('leaves out images that are not absolute http(s) URLs', () => {
    const input = sampleConfirmation();
    const [first] = input.lines;
    assert.ok(first);
    input.lines = [{ ...first, imageUrl: 'javascript:alert(1)' }];
    assert.ok(!orderConfirmationEmail(input).html.includes('<img'));
  });

  it('refuses an order link that is not an http(s) URL', () => {
    assert.throws(() => orderConfirmationEmail(sampleConfirmation({ orderUrl: 'javascript:alert(1)' })), /orderUrl/);
  });

  it('formats money in the currency’s own precision and hides empty rows', () => {
    const yen = (amount: number) => ({ amount, currency: 'JPY' });
    const { text } = orderConfirmationEmail(
      sampleConfirmation({
        lines: [{ title: 'Mug', quantity: 1, unitPrice: yen(1500), total: yen(1500) }],
        totals: {
          subtotal: yen(1500),
          discount: yen(0),
          shipping: yen(0),
          tax: yen(136),
          taxIncluded: true,
          total: yen(1500),
        },
        discountCode: null,
      }),
    );
    assert.ok(text.includes('- Mug\n  1 × ¥1,500 = ¥1,500'));
    assert.ok(text.includes('Shipping (Standard): Free'));
    assert.ok(text.includes('Tax (included): ¥136'));
    assert.ok(!text.includes('Discount'));
  });
});

describe('orderConfirmationEmail with a custom sticker', () => {
  it('shows the specs, the design file name and the design thumbnail in both bodies', () => {
    const input = sampleConfirmation();
    const [first, second] = input.lines;
    assert.ok(first && second);
    input.lines = [
      first,
      {
        ...second,
        variantTitle: 'Die cut · 3 × 3 in · White vinyl · Gloss',
        design: 'logo <final>.png',
        imageUrl: 'https://shop.example.com/api/uploads/upl_1/preview.png?sig=abc',
      },
    ];
    const { text, html } = orderConfirmationEmail(input);
    assert.ok(
      text.includes(
        '- Die-cut sticker (Die cut · 3 × 3 in · White vinyl · Gloss)\n  Design: logo <final>.png\n  50 × $0.89 = $44.50',
      ),
      text,
    );
    assert.ok(html.includes('<img src="https://shop.example.com/api/uploads/upl_1/preview.png?sig=abc"'));
    assert.ok(html.includes('Design: logo &#60;final&#62;.png'));
  });

  it('says a unit price is approximate when a quoted total is not a whole number of cents each', () => {
    const usd = (amount: number) => ({ amount, currency: 'USD' });
    const input = sampleConfirmation({
      lines: [{ title: 'Die-cut sticker', quantity: 300, unitPrice: usd(37), total: usd(11_055) }],
    });
    const { text, html } = orderConfirmationEmail(input);
    assert.ok(text.includes('- Die-cut sticker\n  300 at about $0.37 each = $110.55'), text);
    assert.ok(html.includes('300 at about $0.37 each'));
  });
});
