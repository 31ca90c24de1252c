/**
 * Stripe's request bodies are `application/x-www-form-urlencoded` with bracket notation, as the
 * `stripe` package writes them: `line_items[0][price_data][currency]=usd`. This turns such a body
 * back into the nested params object, and gives typed, Stripe-worded access to its fields.
 */

export type FormValue = string | FormValue[] | FormObject;
export type FormObject = { [key: string]: FormValue };

/** A parameter error, answered like Stripe does: 400 `invalid_request_error` naming the param. */
export class StripeParamError extends Error {
  override name = 'StripeParamError';
  constructor(
    readonly param: string,
    message: string,
    readonly code = 'parameter_invalid',
  ) {
    super(message);
  }
}

function keyPath(key: string): string[] {
  const match = /^([^[\]]+)((?:\[[^[\]]+\])*)$/.exec(key);
  if (!match) throw new StripeParamError(key, `Invalid parameter name: ${key}`);
  const [, head = '', rest = ''] = match;
  return [head, ...[...rest.matchAll(/\[([^[\]]+)\]/g)].map((part) => part[1] ?? '')];
}

type Tree = { [key: string]: Tree | string };

/** Objects whose keys are exactly 0..n-1 were arrays on the client, as Stripe's encoder writes them. */
function toFormValue(node: Tree | string): FormValue {
  if (typeof node === 'string') return node;
  const keys = Object.keys(node);
  const entries = keys.map((key) => [key, toFormValue(node[key] as Tree | string)] as const);
  if (keys.length > 0 && keys.every((key, index) => key === String(index))) return entries.map(([, value]) => value);
  return Object.fromEntries(entries);
}

export function parseStripeForm(body: string): FormObject {
  const root: Tree = {};
  for (const [key, value] of new URLSearchParams(body)) {
    const path = keyPath(key);
    let node = root;
    path.forEach((part, index) => {
      const last = index === path.length - 1;
      const existing = node[part];
      if (last) {
        if (existing !== undefined) throw new StripeParamError(key, `Parameter ${key} was given more than once.`);
        node[part] = value;
        return;
      }
      if (typeof existing === 'string')
        throw new StripeParamError(key, `Invalid hash: ${path.slice(0, index + 1).join('.')}`);
      node = existing ?? (node[part] = {});
    });
  }
  return toFormValue(root) as FormObject;
}

/** Typed reads of parsed params; `where` is the param path used in error messages. */
export const read = {
  object(value: FormValue | undefined, where: string): FormObject | undefined {
    if (value === undefined) return undefined;
    if (typeof value === 'string' || Array.isArray(value))
      throw new StripeParamError(where, `Invalid object: ${where}`);
    return value;
  },
  list(value: FormValue | undefined, where: string): FormValue[] | undefined {
    if (value === undefined) return undefined;
    if (!Array.isArray(value)) throw new StripeParamError(where, `Invalid array: ${where}`);
    return value;
  },
  string(value: FormValue | undefined, where: string): string | undefined {
    if (value === undefined) return undefined;
    if (typeof value !== 'string') throw new StripeParamError(where, `Invalid string: ${where}`);
    return value;
  },
  integer(value: FormValue | undefined, where: string): number | undefined {
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || !/^-?\d+$/.test(value)) {
      throw new StripeParamError(where, `Invalid integer: ${String(value)}`, 'parameter_invalid_integer');
    }
    return Number(value);
  },
  metadata(value: FormValue | undefined, where: string): Record<string, string> {
    const object = read.object(value, where) ?? {};
    return Object.fromEntries(
      Object.entries(object).map(([key, item]) => [key, read.string(item, `${where}[${key}]`) ?? '']),
    );
  },
};

export function required<T>(value: T | undefined, where: string): T {
  if (value === undefined) throw new StripeParamError(where, `Missing required param: ${where}.`, 'parameter_missing');
  return value;
}

/** Stripe refuses parameters it doesn't know; so does the fake, which catches typos in our calls. */
export function onlyKnown(params: FormObject, known: readonly string[], where = ''): void {
  for (const key of Object.keys(params)) {
    if (!known.includes(key)) {
      const name = where ? `${where}[${key}]` : key;
      throw new StripeParamError(name, `Received unknown parameter: ${name}`, 'parameter_unknown');
    }
  }
}
