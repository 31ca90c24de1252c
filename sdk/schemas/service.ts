import * as z from 'zod/mini';

/** Answer of `GET /api/health`: the server and its database answer. */
export const Health = z.object({ status: z.literal('ok'), database: z.literal('ok') });
export type Health = z.infer<typeof Health>;

/** Answer of `POST /api/webhooks/stripe`: the event was received (whether or not it changed anything). */
export const WebhookAck = z.object({ received: z.literal(true) });
export type WebhookAck = z.infer<typeof WebhookAck>;
