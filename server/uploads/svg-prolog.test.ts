import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { hasSvgRoot, withoutDoctype } from './svg-prolog.ts';

describe('hasSvgRoot', () => {
  test('an svg root after a BOM, XML declaration, comments or a DOCTYPE', () => {
    for (const text of [
      '<svg xmlns="http://www.w3.org/2000/svg"/>',
      '\uFEFF<?xml version="1.0"?>\n<!-- hi -->\n<svg>',
      '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x.dtd"><svg>',
      '<!DOCTYPE svg [<!ENTITY a "b">]>\n<svg>',
    ]) {
      assert.ok(hasSvgRoot(text), text);
    }
  });

  test('anything else is not an SVG', () => {
    for (const text of [
      '<html><svg></svg></html>',
      '<!doctype html><svg>',
      '<svgfoo>',
      'svg',
      '<?xml version="1.0"?><root/>',
      '<SVG>',
    ]) {
      assert.equal(hasSvgRoot(text), false, text);
    }
  });
});

const svg = (doctype: string, body = '<svg xmlns="http://www.w3.org/2000/svg"/>') =>
  `<?xml version="1.0"?>\n<!-- x -->\n${doctype}\n${body}`;

describe('withoutDoctype', () => {
  test('takes out a DOCTYPE with a public or system id, or none, keeping what comes before', () => {
    const publicId =
      '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">';
    assert.deepEqual(withoutDoctype(svg(publicId)), { svg: svg('') });
    assert.deepEqual(withoutDoctype(svg("<!DOCTYPE svg SYSTEM 'svg10.dtd' >")), { svg: svg('') });
    assert.deepEqual(withoutDoctype(svg('<!DOCTYPE svg>')), { svg: svg('') });
  });

  test('expands the plain-text entities of an internal subset, quotes kept as references', () => {
    const doctype = `<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x.dtd" [
      <!-- Illustrator's namespaces -->
      <!ENTITY ns_svg "http://www.w3.org/2000/svg">
      <!ENTITY said 'say "hi"'>
      <!ENTITY ns_svg "ignored: the first declaration counts">
    ]>`;
    const result = withoutDoctype(
      svg(doctype, '<svg xmlns="&ns_svg;"><text title="&said;">&said; &unknown;</text></svg>'),
    );
    assert.deepEqual(result, {
      svg: svg(
        '',
        '<svg xmlns="http://www.w3.org/2000/svg"><text title="say &quot;hi&quot;">say &quot;hi&quot; &unknown;</text></svg>',
      ),
    });
  });

  test('refuses any other declaration, saying which', () => {
    const refusals: Record<string, string> = {
      '<!ENTITY x SYSTEM "file:///etc/passwd">': 'an external entity declaration',
      '<!ENTITY x PUBLIC "-//x" "http://evil.example/x">': 'an external entity declaration',
      '<!ENTITY % p "x">': 'a parameter entity declaration',
      '<!ENTITY a "&b;">': 'an entity declaration that is not plain text',
      '<!ENTITY a "<g/>">': 'an entity declaration that is not plain text',
      '<!ENTITY a "50%">': 'an entity declaration that is not plain text',
      '<!ELEMENT svg ANY>': 'DOCTYPE declarations other than plain-text entities',
      '<!ATTLIST svg onload CDATA "alert(1)">': 'DOCTYPE declarations other than plain-text entities',
      [`<!ENTITY a "${'x'.repeat(1025)}">`]: 'an entity value longer than 1024 characters',
      [Array.from({ length: 65 }, (_, index) => `<!ENTITY e${index} "x">`).join('')]:
        'more than 64 entity declarations',
    };
    for (const [subset, problem] of Object.entries(refusals))
      assert.deepEqual(withoutDoctype(svg(`<!DOCTYPE svg [${subset}]>`)), { problem }, subset);
  });

  test('bounds the text expansion adds', () => {
    const body = `<svg xmlns="http://www.w3.org/2000/svg"><text>${'&a;'.repeat(2000)}</text></svg>`;
    assert.deepEqual(withoutDoctype(svg(`<!DOCTYPE svg [<!ENTITY a "${'x'.repeat(1000)}">]>`, body)), {
      problem: 'entity references that expand to too much text',
    });
    assert.ok('svg' in withoutDoctype(svg(`<!DOCTYPE svg [<!ENTITY a "${'x'.repeat(100)}">]>`, body)));
  });

  test('leaves a DOCTYPE of another form in place, for the safety check to refuse', () => {
    for (const text of [
      svg('<!DOCTYPE svg PUBLIC "only-a-public-id">'),
      svg('<!DOCTYPE svg [<!ENTITY a "]">]>'),
      '<svg><!DOCTYPE svg></svg>',
    ]) {
      assert.deepEqual(withoutDoctype(text), { svg: text });
    }
  });
});
