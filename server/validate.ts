import type { Context } from 'hono';
import * as z from 'zod';
import type { FieldIssue } from '../sdk/schemas/index.ts';
import { InvalidJsonError, UnsupportedMediaTypeError, ValidationError } from './errors.ts';

// zod/mini ships without messages ("Invalid input"); the server can afford the English ones.
z.config(z.locales.en());

const MAX_KEY_ECHO = 100;

function toFieldIssues(error: z.core.$ZodError): FieldIssue[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.map(String).join('.');
    // A strict schema reports every unknown key in one issue on the parent; name each key as its own field,
    // cut short so that a client cannot make the answer as long as the query it sent.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: [path, key.slice(0, MAX_KEY_ECHO)].filter(Boolean).join('.'),
        message: 'is unknown',
      }));
    }
    return [{ path, message: issue.message }];
  });
}

/** Parses `data` with a (full or mini) zod schema, or throws a 400 `validation_failed` naming each bad field. */
export function parseWith<S extends z.core.$ZodType>(schema: S, data: unknown): z.output<S> {
  const result = z.safeParse(schema, data);
  if (!result.success) throw new ValidationError(toFieldIssues(result.error));
  return result.data;
}

/**
 * Validates the query string. A parameter given twice is refused rather than silently picking one,
 * so `?limit=10&limit=1000` cannot slip past a check made on the other copy.
 */
export function parseQuery<S extends z.core.$ZodType>(c: Context, schema: S): z.output<S> {
  const all = c.req.queries();
  const single: Record<string, string> = {};
  const repeated: FieldIssue[] = [];
  for (const [name, values] of Object.entries(all)) {
    if (values.length > 1) repeated.push({ path: name, message: 'must be given at most once' });
    single[name] = values[0] ?? '';
  }
  if (repeated.length > 0) throw new ValidationError(repeated);
  return parseWith(schema, single);
}

/** Validates a JSON request body: 415 when it is not JSON, 400 `invalid_json` when it does not parse. */
export async function parseJsonBody<S extends z.core.$ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(type))
    throw new UnsupportedMediaTypeError('application/json');
  let body: unknown;
  try {
    body = JSON.parse(await c.req.text());
  } catch {
    throw new InvalidJsonError();
  }
  return parseWith(schema, body);
}
