import type { JsonObject } from './document.ts';

/**
 * A readable API reference rendered on the server from the OpenAPI document: one self-contained HTML
 * page, no script, no external assets. Every value from the document is escaped.
 */

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** Escapes, then shows `code spans` as <code>: the only markup the descriptions use. */
const prose = (text: unknown): string =>
  typeof text === 'string' ? escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>') : '';

const asObject = (value: unknown): JsonObject => (value && typeof value === 'object' ? (value as JsonObject) : {});

const refName = (ref: string): string => ref.slice(ref.lastIndexOf('/') + 1);

function typeLabel(schema: JsonObject): string {
  if (typeof schema.$ref === 'string') {
    const name = escapeHtml(refName(schema.$ref));
    return `<a href="#schema-${name}">${name}</a>`;
  }
  if (Array.isArray(schema.anyOf)) return schema.anyOf.map((item) => typeLabel(asObject(item))).join(' | ');
  if (Array.isArray(schema.enum))
    return schema.enum.map((value) => `<code>${escapeHtml(JSON.stringify(value))}</code>`).join(' | ');
  if (schema.const !== undefined) return `<code>${escapeHtml(JSON.stringify(schema.const))}</code>`;
  if (schema.type === 'array') return `${typeLabel(asObject(schema.items))}[]`;
  if (schema.type === 'object' && schema.additionalProperties && typeof schema.additionalProperties === 'object') {
    return `map of ${typeLabel(asObject(schema.additionalProperties))}`;
  }
  return escapeHtml(String(schema.type ?? 'any'));
}

function constraints(schema: JsonObject): string {
  const parts: string[] = [];
  if (schema.default !== undefined) parts.push(`default ${JSON.stringify(schema.default)}`);
  // zod marks every integer with the safe-integer range; that says nothing a reader needs.
  if (typeof schema.minimum === 'number' && schema.minimum > Number.MIN_SAFE_INTEGER) parts.push(`≥ ${schema.minimum}`);
  if (typeof schema.maximum === 'number' && schema.maximum < Number.MAX_SAFE_INTEGER) parts.push(`≤ ${schema.maximum}`);
  if (typeof schema.maxLength === 'number') parts.push(`at most ${schema.maxLength} characters`);
  if (typeof schema.pattern === 'string') parts.push(`matches ${schema.pattern}`);
  return parts.map(escapeHtml).join(', ');
}

/** A field's description followed by its limits, e.g. "Page size. (default 24, ≥ 1, ≤ 100)". */
function notes(description: unknown, schema: JsonObject): string {
  const limits = constraints(schema);
  return [prose(description), limits ? `<span class="limits">(${limits})</span>` : ''].filter(Boolean).join(' ');
}

type Row = { name: string; type: string; required: boolean; notes: string };

/** Property rows of an object schema; inline nested objects are flattened as `parent.child`. */
function propertyRows(schema: JsonObject, prefix = ''): Row[] {
  const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
  return Object.entries(asObject(schema.properties)).flatMap(([name, value]) => {
    const property = asObject(value);
    const row: Row = {
      name: prefix + name,
      type: property.type === 'object' && property.properties ? 'object' : typeLabel(property),
      required: required.has(name),
      notes: notes(property.description, property),
    };
    return property.type === 'object' && property.properties
      ? [row, ...propertyRows(property, `${prefix}${name}.`)]
      : [row];
  });
}

function table(headings: string[], rows: string[][]): string {
  if (rows.length === 0) return '<p class="none">None.</p>';
  const head = headings.map((heading) => `<th scope="col">${heading}</th>`).join('');
  const body = rows.map((cells) => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('\n');
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function operationSection(path: string, method: string, operation: JsonObject): string {
  const id = escapeHtml(String(operation.operationId));
  const parameters = (Array.isArray(operation.parameters) ? operation.parameters : []).map((value) => {
    const param = asObject(value);
    const schema = asObject(param.schema);
    return [
      `<code>${escapeHtml(String(param.name))}</code>`,
      escapeHtml(String(param.in)),
      typeLabel(schema),
      param.required ? 'yes' : 'no',
      notes(param.description, schema),
    ];
  });
  const responses = Object.entries(asObject(operation.responses)).map(([status, value]) => {
    const response = asObject(value);
    const [contentType, media] = Object.entries(asObject(response.content))[0] ?? ['', {}];
    const schema = asObject(asObject(media).schema);
    const body = schema.$ref ? typeLabel(schema) : escapeHtml(contentType);
    return [`<code>${escapeHtml(status)}</code>`, body, prose(response.description)];
  });
  const requestBody = asObject(operation.requestBody);
  const [bodyType, bodyMedia] = Object.entries(asObject(requestBody.content))[0] ?? ['', {}];
  const bodySchema = asObject(asObject(bodyMedia).schema);
  const body = bodySchema.$ref
    ? `<h4>Request body</h4>\n<p>JSON: ${typeLabel(bodySchema)}</p>`
    : bodyType
      ? `<h4>Request body</h4>\n<p><code>${escapeHtml(bodyType)}</code>${requestBody.description ? `: ${prose(requestBody.description)}` : ''}</p>`
      : '';
  return `<section id="op-${id}" class="operation">
<h3><span class="method">${escapeHtml(method.toUpperCase())}</span> <code>${escapeHtml(path)}</code></h3>
<p class="summary">${prose(operation.summary)}</p>
${operation.description ? `<p>${prose(operation.description)}</p>` : ''}
${Array.isArray(operation.security) ? '<p class="auth">Needs <code>Authorization: Bearer &lt;token&gt;</code> (a session token).</p>' : ''}
<h4>Parameters</h4>
${table(['Name', 'In', 'Type', 'Required', 'Notes'], parameters)}
${body}
<h4>Responses</h4>
${table(['Status', 'Body', 'Meaning'], responses)}
</section>`;
}

function schemaSection(name: string, schema: JsonObject): string {
  const id = escapeHtml(name);
  const content =
    schema.type === 'object'
      ? table(
          ['Field', 'Type', 'Required', 'Notes'],
          propertyRows(schema).map((row) => [
            `<code>${escapeHtml(row.name)}</code>`,
            row.type,
            row.required ? 'yes' : 'no',
            row.notes,
          ]),
        )
      : `<p>${typeLabel(schema)}</p>`;
  return `<section id="schema-${id}"><h3>${id}</h3>${schema.description ? `<p>${prose(schema.description)}</p>` : ''}${content}</section>`;
}

const STYLE = `
body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1f2937;background:#fff}
main{max-width:60rem;margin:0 auto;padding:1rem 1.5rem 4rem}
h1{margin-top:1.5rem}h2{margin-top:2.5rem;border-bottom:1px solid #e5e7eb}
code{font:0.9em ui-monospace,monospace;background:#f3f4f6;padding:0 .25em;border-radius:3px}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.95em}
th,td{text-align:left;vertical-align:top;border-bottom:1px solid #e5e7eb;padding:.35rem .5rem}
.operation{border:1px solid #e5e7eb;border-radius:6px;padding:0 1rem;margin:1rem 0}
.method{display:inline-block;background:#2563eb;color:#fff;border-radius:4px;padding:0 .4em;font-size:.85em}
.none,.limits{color:#6b7280}nav ul{columns:2}a{color:#1d4ed8}
`;

/** The whole reference page for an OpenAPI document built by `buildOpenApiDocument`. */
export function renderDocsPage(document: JsonObject): string {
  const info = asObject(document.info);
  const paths = Object.entries(asObject(document.paths)).flatMap(([path, item]) =>
    Object.entries(asObject(item)).map(([method, operation]) => ({ path, method, operation: asObject(operation) })),
  );
  const schemas = Object.entries(asObject(asObject(document.components).schemas));
  const nav = paths
    .map(({ path, method, operation }) => {
      const id = escapeHtml(String(operation.operationId));
      return `<li><a href="#op-${id}">${escapeHtml(method.toUpperCase())} ${escapeHtml(path)}</a></li>`;
    })
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(String(info.title))} reference</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escapeHtml(String(info.title))} <small>${escapeHtml(String(info.version))}</small></h1>
<p>${prose(info.description)}</p>
<p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI ${escapeHtml(String(document.openapi))}).</p>
<nav aria-label="Operations"><ul>${nav}</ul></nav>
<h2>Operations</h2>
${paths.map(({ path, method, operation }) => operationSection(path, method, operation)).join('\n')}
<h2>Schemas</h2>
${schemas.map(([name, schema]) => schemaSection(name, asObject(schema))).join('\n')}
</main>
</body>
</html>`;
}
