import * as z from 'zod/mini';
import { wholeNumber } from './product-query.ts';

/** A `DELETE` of an edited thing names the version it read, in the query: a stale one is 409 and removes nothing. */
export const DeleteQuery = z.strictObject({ version: wholeNumber(1, 2 ** 31 - 1) });
export type DeleteQuery = z.infer<typeof DeleteQuery>;
