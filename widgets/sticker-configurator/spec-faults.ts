import { isStoreletError, StoreletValidationError } from '../../sdk/index.ts';

/** The typed fields a refused spec can be about; each is also the id of its input. */
export type SpecField = 'width' | 'height' | 'amount';

/** The id of the message that says what is wrong with the spec. */
export const SPEC_ERROR_ID = 'quote-error';

/** Why a spec cannot be priced as it stands, and which fields to mark. */
export type Refusal = { message: string; fields: SpecField[] };

const FIELD_OF_PATH: Record<string, SpecField> = { width: 'width', height: 'height', quantity: 'amount' };

/**
 * The fields a refused quote is about: the sides the server found out of range (by its own figures),
 * or the fields a validation issue names.
 */
export function faultyFields(error: unknown): SpecField[] {
  if (!isStoreletError(error)) return [];
  if (error.code === 'size_out_of_range') {
    const { widthMm, heightMm, minSideMm, maxSideMm } = error.details;
    const outside = (mm: unknown) =>
      typeof mm === 'number' &&
      typeof minSideMm === 'number' &&
      typeof maxSideMm === 'number' &&
      (mm < minSideMm || mm > maxSideMm);
    const sides = [...(outside(widthMm) ? ['width' as const] : []), ...(outside(heightMm) ? ['height' as const] : [])];
    // A side just past a limit may round back inside it: then the pair is what was refused.
    return sides.length ? sides : ['width', 'height'];
  }
  if (!(error instanceof StoreletValidationError)) return [];
  return error.issues.flatMap((issue) => FIELD_OF_PATH[issue.path] ?? []);
}

/** `aria-invalid` and `aria-describedby` for a field, when the refusal names it. */
export const faultOf = (fields: readonly SpecField[], field: SpecField) =>
  fields.includes(field)
    ? { invalid: 'true', describedBy: SPEC_ERROR_ID }
    : { invalid: undefined, describedBy: undefined };
