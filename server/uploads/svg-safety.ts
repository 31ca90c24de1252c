import { withoutDoctype } from './svg-prolog.ts';

/**
 * What an uploaded SVG may contain. An SVG is a document that can run script, load other resources and
 * embed HTML; a design needs none of that. Rather than clean the file, anything active or external is
 * refused with a reason (only the DOCTYPE is taken out, before checking and drawing), and previews are
 * rasterized, so even a missed trick never runs in a browser.
 */

/** XML's own numeric and predefined references, decoded so `&#106;avascript:` is seen as what it is. */
function decodeReferences(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff)))
    .replace(/&#(\d+);?/g, (_, decimal: string) => String.fromCodePoint(Math.min(Number(decimal), 0x10ffff)))
    .replace(
      /&(lt|gt|quot|apos|amp);/g,
      (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name] ?? '',
    );
}

/** CSS's own escapes (`u\72l(`, `@\69mport`), decoded for the stylesheet checks. */
function decodeCssEscapes(text: string): string {
  return text.replace(
    /\\(?:([0-9a-f]{1,6})\s?|([^\n0-9a-f]))/gi,
    (_, hex: string | undefined, char: string | undefined) =>
      hex ? String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff)) : (char ?? ''),
  );
}

/** Embedded rasters and fonts (`font/woff2`, and the older `application/font-woff` kind), with parameters. */
const EMBEDDED =
  /^data:(?:image\/(?:png|jpe?g|gif|webp)|font\/[a-z0-9.+-]+|application\/(?:x-)?font-[a-z0-9.+-]+)(?:;[a-z0-9.+-]+=[a-z0-9.+-]+)*;base64,/;

/** A reference that stays inside the file: a fragment, or an embedded raster image or font. */
function isLocalReference(value: string): boolean {
  const compact = value.replace(/[\s\0]/g, '').toLowerCase();
  return compact.startsWith('#') || EMBEDDED.test(compact);
}

/** An optional namespace prefix: XML names may hold dots and more, so anything up to the colon. */
const PREFIX = String.raw`(?:[^\s:<>/"'=]+:)?`;

const ELEMENTS: [RegExp, string][] = [
  [new RegExp(String.raw`<${PREFIX}script[\s>/]`, 'i'), 'a <script> element'],
  [new RegExp(String.raw`<${PREFIX}foreignObject[\s>/]`, 'i'), 'a <foreignObject> element'],
  [new RegExp(String.raw`<${PREFIX}(?:iframe|embed|object|handler|listener)[\s>/]`, 'i'), 'embedded content'],
  // Left by withoutDoctype: a DOCTYPE of another form, or one that is not before the root.
  [/<!DOCTYPE|<!ENTITY/i, 'a DOCTYPE or entity declarations'],
  [/<\?xml-stylesheet/i, 'an external stylesheet'],
];

const LINK = new RegExp(String.raw`[\s/"']${PREFIX}(?:href|src)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)`, 'gi');
/** <set>/<animate> could point a link anywhere after this check has read it. */
const ANIMATED_LINK = new RegExp(String.raw`[\s/"']attributeName\s*=\s*["']?\s*${PREFIX}(?:href|src)\b`, 'i');

/** Why the SVG, its DOCTYPE taken out, is refused, or null when it is safe to keep and to rasterize. */
function svgProblem(source: string): string | null {
  const text = decodeReferences(source);
  for (const [pattern, reason] of ELEMENTS) if (pattern.test(text)) return reason;
  // Browsers skip control characters inside a URL scheme (`java\x01script:`), so they are removed before the check.
  // eslint-disable-next-line no-control-regex
  if (/(?:java|vb)script\s*:|data\s*:\s*text\/html/i.test(text.replace(/[\0-\x1f]/g, ''))) return 'a script URL';
  // Quoted values are skipped whole: a `>` inside one does not end the tag. Nothing after the tag name
  // is required to match (an unclosed quote or tag runs to the end), so no start is scanned twice.
  for (const [tag] of text.matchAll(/<[^!?<](?:[^<>"']|"[^"]*"?|'[^']*'?)*>?/g)) {
    if (/[\s/"']on[a-z]+\s*=/i.test(tag)) return 'an event-handler attribute';
    if (ANIMATED_LINK.test(tag)) return 'an animated link';
    for (const match of tag.matchAll(LINK)) {
      if (!isLocalReference((match[1] ?? '').replace(/^["']|["']$/g, ''))) return 'an external reference';
    }
  }
  const css = decodeCssEscapes(text);
  if (/@import/i.test(css)) return 'an external stylesheet';
  // An unclosed `url(` runs to the end rather than failing, for the same reason.
  for (const match of css.matchAll(/url\s*\(([^)]*)\)?/gi)) {
    if (!isLocalReference((match[1] ?? '').trim().replace(/^["']|["']$/g, ''))) return 'an external reference';
  }
  // image-set() also takes a URL as a plain string.
  for (const match of css.matchAll(/image-set\s*\(([^)]*)\)?/gi)) {
    for (const [, , value] of (match[1] ?? '').matchAll(/(["'])(.*?)\1/g))
      if (!isLocalReference(value ?? '')) return 'an external reference';
  }
  return null;
}

/** The SVG to rasterize (as checked: without its DOCTYPE, entities expanded), or why it is refused. */
export function checkSvg(source: string): { svg: string } | { problem: string } {
  const prepared = withoutDoctype(source);
  if ('problem' in prepared) return prepared;
  const problem = svgProblem(prepared.svg);
  return problem === null ? prepared : { problem };
}
