import * as z from 'zod/mini';

/** Money on the wire: an integer count of minor units and an ISO 4217 code. Never a float. */
export const Money = z.object({
  amount: z.number().check(z.int()),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
});
export type Money = z.infer<typeof Money>;
