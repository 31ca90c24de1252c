import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SAFE_SVG, UNSAFE_SVGS } from './test-support/samples.ts';
import { hasSvgRoot, svgProblem } from './svg-safety.ts';

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
    for (const text of ['<html><svg></svg></html>', '<!doctype html><svg>', '<svgfoo>', 'svg', '<?xml version="1.0"?><root/>', '<SVG>']) {
      assert.equal(hasSvgRoot(text), false, text);
    }
  });
});

describe('svgProblem', () => {
  test('ordinary drawings pass: fragments, gradients, embedded rasters, text that mentions things', () => {
    const drawings = [
      SAFE_SVG,
      '<svg xmlns="http://www.w3.org/2000/svg"><a href="#top"><text>Turn on = off, see http://example.com</text></a></svg>',
      '<svg xmlns="http://www.w3.org/2000/svg"><image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/></svg>',
      '<svg xmlns="http://www.w3.org/2000/svg"><rect style="fill: url( \'#g\' )" width="1" height="1"/></svg>',
      '<svg xmlns="http://www.w3.org/2000/svg" data-online="1"><g id="one"/></svg>',
    ];
    for (const svg of drawings) assert.equal(svgProblem(svg), null, svg);
  });

  test('every unsafe sample is refused with a reason', () => {
    for (const [what, svg] of UNSAFE_SVGS) assert.ok(svgProblem(svg), what);
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
    for (const svg of disguised) assert.ok(svgProblem(svg), svg);
  });
});
