/**
 * What comes before an SVG's root element: whether there is one, and the DOCTYPE taken out. Design
 * tools write a DOCTYPE naming the SVG 1.1 DTD, and Illustrator declares namespace URIs as entities in
 * it; the DTD is never needed to draw the file, and entities are how XML reads other files.
 */

/** Removes a byte-order mark, the XML declaration, comments and whitespace before the root element. */
function prolog(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/^(?:\s+|<\?xml[^>]*\?>|<!--[\s\S]*?-->)*/, '');
}

/** Whether the text's root element is `<svg>` (after a DOCTYPE, which `withoutDoctype` deals with). */
export function hasSvgRoot(text: string): boolean {
  // `[^>[]*` already takes the spaces before `>`: a second `\s*` there would backtrack quadratically.
  const rest = prolog(text).replace(/^<!DOCTYPE\s+svg\b[^>[]*(?:\[[\s\S]*?\]\s*)?>/i, '');
  // prolog() again rather than a pattern that must then find `<svg`: on failure, lazy comments
  // followed by a required match backtrack through every way of grouping them (exponential).
  return /^<svg[\s>/]/.test(prolog(rest));
}

const LITERAL = String.raw`(?:"[^"]*"|'[^']*')`;
/** `<!DOCTYPE svg>`, with an optional public or system id and an optional internal subset (captured). */
const DOCTYPE = new RegExp(
  String.raw`^<!DOCTYPE\s+svg(?:\s+(?:PUBLIC\s+${LITERAL}\s+${LITERAL}|SYSTEM\s+${LITERAL}))?\s*(?:\[([^\]]*)\]\s*)?>`,
  'i',
);
/** One part of an internal subset: space, a comment, or a general entity with a literal value. */
const SUBSET_PART = /\s+|<!--[\s\S]*?-->|<!ENTITY\s+([A-Za-z_][\w.-]*)\s+(?:"([^"]*)"|'([^']*)')\s*>/y;
const REFERENCE = /&([A-Za-z_][\w.-]*);/g;

/** Illustrator declares about ten namespace URIs; these bounds leave room and keep expansion small. */
const MAX_ENTITIES = 64;
const MAX_ENTITY_LENGTH = 1024;
const MAX_EXPANSION = 1024 * 1024;

type Outcome<T> = { problem: string } | T;

/** Why a subset part that is not a plain entity is refused. */
function subsetProblem(rest: string): string {
  if (/^<!ENTITY\s+%/i.test(rest)) return 'a parameter entity declaration';
  if (/^<!ENTITY\s+\S+\s+(?:SYSTEM|PUBLIC)\b/i.test(rest)) return 'an external entity declaration';
  if (/^<!ENTITY/i.test(rest)) return 'an entity declaration that is not plain text';
  return 'DOCTYPE declarations other than plain-text entities';
}

/**
 * The entities of an internal subset that declares nothing else. Values may not hold `&`, `%` or `<`,
 * so nothing expands into markup or another reference; quotes are kept as references, so a value
 * means the same in an attribute as it does in text.
 */
function plainEntities(subset: string): Outcome<{ entities: Map<string, string> }> {
  const entities = new Map<string, string>();
  let at = 0;
  while (at < subset.length) {
    SUBSET_PART.lastIndex = at;
    const part = SUBSET_PART.exec(subset);
    if (!part) return { problem: subsetProblem(subset.slice(at)) };
    at = SUBSET_PART.lastIndex;
    const [, name, doubleQuoted, singleQuoted] = part;
    const value = doubleQuoted ?? singleQuoted;
    if (name === undefined || value === undefined) continue;
    if (/[&%<]/.test(value)) return { problem: 'an entity declaration that is not plain text' };
    if (value.length > MAX_ENTITY_LENGTH)
      return { problem: `an entity value longer than ${MAX_ENTITY_LENGTH} characters` };
    if (entities.size === MAX_ENTITIES) return { problem: `more than ${MAX_ENTITIES} entity declarations` };
    // XML keeps the first declaration of a name.
    if (!entities.has(name)) entities.set(name, value.replace(/"/g, '&quot;').replace(/'/g, '&apos;'));
  }
  return { entities };
}

/** The text with each declared entity's references replaced by its value, within a bound on the growth. */
function expand(text: string, entities: Map<string, string>): Outcome<{ svg: string }> {
  if (entities.size === 0) return { svg: text };
  const parts: string[] = [];
  let last = 0;
  let growth = 0;
  for (const reference of text.matchAll(REFERENCE)) {
    const value = entities.get(reference[1] ?? '');
    if (value === undefined) continue;
    growth += value.length - reference[0].length;
    if (growth > MAX_EXPANSION) return { problem: 'entity references that expand to too much text' };
    parts.push(text.slice(last, reference.index), value);
    last = reference.index + reference[0].length;
  }
  parts.push(text.slice(last));
  return { svg: parts.join('') };
}

/**
 * The SVG without its DOCTYPE, with the plain-text entities its internal subset declares expanded, so
 * what is checked is what is drawn and no renderer is ever asked to load a DTD. A DOCTYPE of another
 * form is left in place (and refused by the safety check).
 */
export function withoutDoctype(text: string): Outcome<{ svg: string }> {
  const rest = prolog(text);
  const doctype = DOCTYPE.exec(rest);
  if (!doctype) return { svg: text };
  const subset = doctype[1] === undefined ? { entities: new Map<string, string>() } : plainEntities(doctype[1]);
  if ('problem' in subset) return subset;
  const body = expand(rest.slice(doctype[0].length), subset.entities);
  if ('problem' in body) return body;
  return { svg: text.slice(0, text.length - rest.length) + body.svg };
}
