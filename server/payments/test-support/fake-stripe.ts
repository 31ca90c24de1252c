import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import type { PaymentEventType } from '../provider.ts';
import {
  createCheckoutSession,
  createCoupon,
  fakeId,
  type FakeCheckoutSession,
  type FakeCoupon,
} from './fake-checkout.ts';
import { createRefund, type FakeRefund, type FakeRefundStatus } from './fake-refunds.ts';
import { parseStripeForm, StripeParamError, type FormObject } from './stripe-form.ts';

/**
 * A Stripe API on 127.0.0.1 for tests: the real `stripe` package talks to it over HTTP as it would to
 * api.stripe.com. It speaks the endpoints Storelet uses (Checkout Sessions and coupons) with Stripe's
 * authentication, form encoding, idempotency and error shapes, and lets a test play the shopper's part
 * (pay, leave a bank debit pending, let the session expire) and receive the signed webhook for it. Refunds
 * (`POST /v1/refunds`) are made against a paid session's PaymentIntent; a test settles them and receives
 * the signed `charge.refunded` / `refund.updated` webhooks.
 */

export type FakeStripeOptions = { secretKey?: string; webhookSecret?: string };

export type FakeStripeRequest = {
  method: string;
  path: string;
  params: FormObject;
  idempotencyKey: string | null;
  /** True when an earlier answer to the same idempotency key was sent again. */
  replayed: boolean;
};

export type SignedEvent = { payload: string; header: string; eventId: string };

export type FakeStripe = {
  host: string;
  port: number;
  url: string;
  secretKey: string;
  webhookSecret: string;
  sessions: Map<string, FakeCheckoutSession>;
  coupons: Map<string, FakeCoupon>;
  refunds: Map<string, FakeRefund>;
  /** The status a new refund is made with: `succeeded` (cards, mostly) unless a test says otherwise. */
  refundStatus: FakeRefundStatus;
  /** Moves a refund, as the bank's answer would (a pending one succeeds or fails). */
  settleRefund(id: string, status: FakeRefundStatus): FakeRefund;
  /** A refund webhook for the refund as it is now: `refund.*` carries the refund, `charge.refunded` its charge. */
  refundEventFor(
    refundId: string,
    type: 'charge.refunded' | 'refund.created' | 'refund.updated' | 'refund.failed',
    options?: { secret?: string; timestamp?: number },
  ): SignedEvent;
  /** Every authenticated request, oldest first, with its parsed params. */
  requests: FakeStripeRequest[];
  /**
   * Called with each new session before it is answered, so a test can make Stripe disagree with us
   * (as automatic tax or a dashboard setting would) without the fake growing those features.
   */
  onSessionCreated: ((session: FakeCheckoutSession) => void) | null;
  /** The shopper paid: `complete` and `paid`. */
  completeSession(id: string): FakeCheckoutSession;
  /** The shopper chose an async method (a bank debit): `complete` but still `unpaid`. */
  markAsyncPending(id: string): FakeCheckoutSession;
  expireSession(id: string): FakeCheckoutSession;
  /** A webhook for the session as it is now, signed like Stripe signs it (secret and time overridable). */
  eventFor(
    sessionId: string,
    type: PaymentEventType | (string & {}),
    options?: { secret?: string; timestamp?: number },
  ): SignedEvent;
  close(): Promise<void>;
};

type Answer = { status: number; body: unknown };

const stripeError = (status: number, error: Record<string, string>): Answer => ({ status, body: { error } });

const missing = (kind: string, id: string): Answer =>
  stripeError(404, {
    type: 'invalid_request_error',
    code: 'resource_missing',
    param: 'id',
    message: `No such ${kind}: '${id}'`,
  });

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, answer: Answer, headers: Record<string, string> = {}): void {
  response.writeHead(answer.status, { 'Content-Type': 'application/json', 'Request-Id': fakeId('req'), ...headers });
  response.end(JSON.stringify(answer.body));
}

export async function startFakeStripe(options: FakeStripeOptions = {}): Promise<FakeStripe> {
  const secretKey = options.secretKey ?? 'sk_test_storelet_fake';
  const webhookSecret = options.webhookSecret ?? 'whsec_storelet_fake';
  const sessions = new Map<string, FakeCheckoutSession>();
  const coupons = new Map<string, FakeCoupon>();
  const refunds = new Map<string, FakeRefund>();
  const requests: FakeStripeRequest[] = [];
  // Stripe keeps idempotency keys per account, across endpoints, and compares the parameters too.
  const idempotent = new Map<string, { fingerprint: string; answer: Answer }>();
  let baseUrl = '';

  function route(method: string, path: string, params: FormObject): Answer {
    if (method === 'POST' && path === '/v1/coupons') {
      const coupon = createCoupon(params);
      coupons.set(coupon.id, coupon);
      return { status: 200, body: coupon };
    }
    if (method === 'POST' && path === '/v1/refunds') {
      return { status: 200, body: createRefund(params, sessions.values(), refunds, fake.refundStatus) };
    }
    if (method === 'POST' && path === '/v1/checkout/sessions') {
      const session = createCheckoutSession(params, coupons, baseUrl);
      fake.onSessionCreated?.(session);
      sessions.set(session.id, session);
      return { status: 200, body: session };
    }
    const match = /^\/v1\/checkout\/sessions\/([^/]+)(\/expire)?$/.exec(path);
    const session = match?.[1] ? sessions.get(decodeURIComponent(match[1])) : undefined;
    if (match?.[1] && !session) return missing('checkout.session', decodeURIComponent(match[1]));
    if (session && method === 'GET' && !match?.[2]) return { status: 200, body: session };
    if (session && method === 'POST' && match?.[2]) {
      if (session.status !== 'open') {
        return stripeError(400, {
          type: 'invalid_request_error',
          message: 'Only Checkout Sessions with a status in ["open"] can be expired.',
        });
      }
      session.status = 'expired';
      return { status: 200, body: session };
    }
    return stripeError(404, {
      type: 'invalid_request_error',
      message: `Unrecognized request URL (${method}: ${path}).`,
    });
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const method = request.method ?? 'GET';
    const path = new URL(request.url ?? '/', 'http://fake').pathname;
    const body = await readBody(request);
    const authorization = request.headers.authorization;
    if (authorization !== `Bearer ${secretKey}`) {
      const message = authorization ? 'Invalid API Key provided: sk_test_****' : 'You did not provide an API key.';
      return send(response, stripeError(401, { type: 'invalid_request_error', message }));
    }
    const key = method === 'POST' ? ((request.headers['idempotency-key'] as string | undefined) ?? null) : null;
    let params: FormObject;
    try {
      params = parseStripeForm(body);
    } catch (error) {
      if (!(error instanceof StripeParamError)) throw error;
      return send(
        response,
        stripeError(400, {
          type: 'invalid_request_error',
          code: error.code,
          param: error.param,
          message: error.message,
        }),
      );
    }
    const fingerprint = `${method} ${path} ${body}`;
    const earlier = key ? idempotent.get(key) : undefined;
    requests.push({ method, path, params, idempotencyKey: key, replayed: earlier?.fingerprint === fingerprint });
    if (key && earlier) {
      if (earlier.fingerprint === fingerprint)
        return send(response, earlier.answer, { 'Idempotent-Replayed': 'true', 'Idempotency-Key': key });
      return send(
        response,
        stripeError(400, {
          type: 'idempotency_error',
          message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
        }),
      );
    }
    let answer: Answer;
    try {
      answer = route(method, path, params);
    } catch (error) {
      if (!(error instanceof StripeParamError)) throw error;
      answer = stripeError(400, {
        type: 'invalid_request_error',
        code: error.code,
        param: error.param,
        message: error.message,
      });
    }
    // Like Stripe, only a request that ran is remembered; a rejected one may be retried with the same key.
    if (key && answer.status === 200)
      idempotent.set(key, { fingerprint, answer: { status: 200, body: structuredClone(answer.body) } });
    send(response, answer, key ? { 'Idempotency-Key': key } : {});
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      send(response, stripeError(500, { type: 'api_error', message: `Fake Stripe failed: ${String(error)}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${port}`;

  /** An event about `object`, signed like Stripe signs it (secret and time overridable). */
  function signedEvent(
    type: string,
    object: unknown,
    eventOptions: { secret?: string; timestamp?: number },
  ): SignedEvent {
    const timestamp = eventOptions.timestamp ?? Math.floor(Date.now() / 1000);
    const event = {
      id: fakeId('evt'),
      object: 'event',
      api_version: Stripe.API_VERSION,
      created: timestamp,
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      type,
      data: { object },
    };
    // Stripe sends pretty-printed JSON; signatures cover the exact bytes, so tests see the same.
    const payload = JSON.stringify(event, null, 2);
    const header = Stripe.webhooks.generateTestHeaderString({
      payload,
      secret: eventOptions.secret ?? webhookSecret,
      timestamp,
    });
    return { payload, header, eventId: event.id };
  }

  function session(id: string): FakeCheckoutSession {
    const found = sessions.get(id);
    if (!found) throw new Error(`The fake Stripe has no session ${id}.`);
    return found;
  }

  const fake: FakeStripe = {
    host: '127.0.0.1',
    port,
    url: baseUrl,
    secretKey,
    webhookSecret,
    sessions,
    coupons,
    refunds,
    refundStatus: 'succeeded',
    requests,
    onSessionCreated: null,
    completeSession(id) {
      const found = session(id);
      Object.assign(found, {
        status: 'complete',
        payment_status: 'paid',
        payment_intent: found.payment_intent ?? fakeId('pi'),
      });
      return found;
    },
    markAsyncPending(id) {
      const found = session(id);
      Object.assign(found, {
        status: 'complete',
        payment_status: 'unpaid',
        payment_intent: found.payment_intent ?? fakeId('pi'),
      });
      return found;
    },
    expireSession(id) {
      const found = session(id);
      found.status = 'expired';
      return found;
    },
    eventFor(sessionId, type, eventOptions = {}) {
      return signedEvent(type, structuredClone(session(sessionId)), eventOptions);
    },
    settleRefund(id, status) {
      const found = refunds.get(id);
      if (!found) throw new Error(`The fake Stripe has no refund ${id}.`);
      found.status = status;
      found.failure_reason = status === 'failed' ? 'expired_or_canceled_card' : null;
      return found;
    },
    refundEventFor(refundId, type, eventOptions = {}) {
      const refund = refunds.get(refundId);
      if (!refund) throw new Error(`The fake Stripe has no refund ${refundId}.`);
      if (type !== 'charge.refunded') return signedEvent(type, structuredClone(refund), eventOptions);
      const ofCharge = [...refunds.values()].filter((other) => other.charge === refund.charge);
      const charge = {
        id: refund.charge,
        object: 'charge',
        payment_intent: refund.payment_intent,
        amount_refunded: ofCharge.reduce((sum, other) => sum + (other.status === 'failed' ? 0 : other.amount), 0),
        refunded: false,
        refunds: { object: 'list', data: structuredClone(ofCharge), has_more: false },
      };
      return signedEvent(type, charge, eventOptions);
    },
    close() {
      return new Promise<void>((resolve) => {
        server.close(() => resolve());
        // The stripe package keeps connections alive; without this, close() would wait for them to idle out.
        server.closeAllConnections();
      });
    },
  };
  return fake;
}
