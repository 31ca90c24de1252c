import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ILLUSTRATOR_SVG, SAFE_SVG, UNSAFE_SVGS } from './test-support/samples.ts';
import { checkSvg } from './svg-safety.ts';

/** Why `checkSvg` refuses an SVG, or null when it takes it. */
function problemOf(svg: string): string | null {
  const checked = checkSvg(svg);
  return 'problem' in checked ? checked.problem : null;
}

describe('checkSvg', () => {
  test('ordinary drawings pass: fragments, gradients, embedded rasters, text that mentions things', () => {
    const drawings = [
      SAFE_SVG,
      '<svg xmlns="http://www.w3.org/2000/svg"><a href="#top"><text>Turn on = off, see http://example.com</text></a></svg>',
      '<svg xmlns="http://www.w3.org/2000/svg"><image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/></svg>',
      '<svg xmlns="http://www.w3.org/2000/svg"><rect style="fill: url( \'#g\' )" width="1" height="1"/></svg>',
      '<svg xmlns="http://www.w3.org/2000/svg" data-online="1"><g id="one"/></svg>',
      ILLUSTRATOR_SVG,
      '<svg xmlns="http://www.w3.org/2000/svg"><style>@font-face { src: url("data:application/font-woff;charset=utf-8;base64,d09G") }</style></svg>',
      '<svg xmlns="http://www.w3.org/2000/svg"><image href="data:image/jpg;base64,/9j/" width="1" height="1"/></svg>',
    ];
    for (const svg of drawings) assert.equal(problemOf(svg), null, svg);
  });

  test('what is drawn is what was checked: the DOCTYPE out, entities expanded', () => {
    const checked = checkSvg(ILLUSTRATOR_SVG);
    assert.ok('svg' in checked);
    assert.doesNotMatch(checked.svg, /<!DOCTYPE|<!ENTITY|&ns_/);
    assert.match(
      checked.svg,
      /^<\?xml version="1.0" encoding="utf-8"\?>\n<!-- Generator[^\n]*\n\n<svg version="1.1" xmlns:x="http:\/\/ns.adobe.com\/Extensibility\/1.0\/"/,
    );
  });

  test('refusals name what is wrong', () => {
    assert.equal(
      problemOf(UNSAFE_SVGS.find(([what]) => what === 'external entity')?.[1] ?? ''),
      'an external entity declaration',
    );
    assert.equal(
      problemOf(
        '<svg xmlns="http://www.w3.org/2000/svg"><style>@font-face { src: url(https://evil.example/f.woff2) }</style></svg>',
      ),
      'an external reference',
    );
    assert.equal(
      problemOf(
        '<svg xmlns="http://www.w3.org/2000/svg"><image href="data:image/svg+xml;base64,PHN2Zz4=" width="1" height="1"/></svg>',
      ),
      'an external reference',
    );
  });

  test('every unsafe sample is refused with a reason', () => {
    for (const [what, svg] of UNSAFE_SVGS) assert.ok(problemOf(svg), what);
  });

  test('disguises do not help', () => {
    const disguised = [
      '<svg><a href=" JaVaScRiPt:alert(1)"/></svg>',
      '<svg><a href="java\tscript:alert(1)"/></svg>',
      '<svg><a href="&#x6A;avascript:alert(1)"/></svg>',
      '<svg><a xlink:href=javascript:alert(1)/></svg>',
      '<svg><image src="https://evil.example/x.png"/></svg>',
      '<svg><rect\nonmouseover="alert(1)"/></svg>',
      '<svg><image href="data:image/svg+xml;base64,PHN2Zz4="/></svg>',
      '<svg><a href="data:text/html,<script>alert(1)</script>"/></svg>',
    ];
    for (const svg of disguised) assert.ok(problemOf(svg), svg);
  });
});
