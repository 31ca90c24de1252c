import { createHmac, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * EasyPost's Trackers API on 127.0.0.1 for tests: basic authentication with the API key as user,
 * `POST /v2/trackers` and `GET /v2/trackers/:id` answering Tracker objects, errors in EasyPost's shape,
 * and webhook Events signed as EasyPost signs them. A test moves a parcel along (`advance`), takes the
 * service down, and posts the events in any order, as often as it likes.
 */

export type FakeTrackingDetail = {
  object: 'TrackingDetail';
  message: string;
  status: string;
  datetime: string;
  source: string;
  tracking_location: {
    object: 'TrackingLocation';
    city: string | null;
    state: string | null;
    country: string | null;
    zip: string | null;
  };
};

export type FakeTracker = {
  id: string;
  object: 'Tracker';
  mode: 'test';
  tracking_code: string;
  carrier: string;
  status: string;
  est_delivery_date: string | null;
  public_url: string;
  tracking_details: FakeTrackingDetail[];
  created_at: string;
  updated_at: string;
};

export type SignedTrackingEvent = { payload: string; signature: string; eventId: string };

export type FakeEasyPost = {
  url: string;
  apiKey: string;
  webhookSecret: string;
  trackers: Map<string, FakeTracker>;
  /** Every authenticated request: method, path and JSON body. */
  requests: { method: string; path: string; body: unknown }[];
  /** While true, every request gets a 503, as during an outage. */
  down: boolean;
  /** The parcel moves: a new tracking detail and the tracker's status. */
  advance(
    trackerId: string,
    status: string,
    detail?: { message?: string; city?: string; state?: string; at?: string; estDelivery?: string },
  ): FakeTracker;
  /** A `tracker.updated` Event for the tracker as it is now, signed with the webhook secret (or another). */
  eventFor(trackerId: string, options?: { secret?: string }): SignedTrackingEvent;
  /** Posts a signed event to a webhook URL, as EasyPost does; answers the status. */
  deliver(url: string, event: SignedTrackingEvent, signature?: string): Promise<number>;
  close(): Promise<void>;
};

/** Signed as EasyPost signs, written here apart from the server's check so a mistake in one shows in the other. */
const sign = (secret: string, payload: string) =>
  `hmac-sha256-hex=${createHmac('sha256', secret.normalize('NFKD')).update(payload).digest('hex')}`;

const id = (prefix: string) => `${prefix}_${randomBytes(16).toString('hex')}`;

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'X-Ep-Request-Uuid': randomBytes(8).toString('hex'),
  });
  response.end(JSON.stringify(body));
}

const apiError = (code: string, message: string) => ({ error: { code, message, errors: [] } });

export async function startFakeEasyPost(
  options: { apiKey?: string; webhookSecret?: string } = {},
): Promise<FakeEasyPost> {
  const apiKey = options.apiKey ?? 'EZTKfake0123456789';
  const webhookSecret = options.webhookSecret ?? 'a-webhook-secret-ñ';
  const trackers = new Map<string, FakeTracker>();
  const requests: FakeEasyPost['requests'] = [];

  function createTracker(body: unknown): [number, unknown] {
    const input = (body as { tracker?: { tracking_code?: unknown; carrier?: unknown } } | null)?.tracker;
    if (!input || typeof input.tracking_code !== 'string' || input.tracking_code === '') {
      return [422, apiError('TRACKER.TRACKING_CODE.INVALID', 'Invalid tracking code.')];
    }
    const carrier = typeof input.carrier === 'string' ? input.carrier : 'USPS';
    // EasyPost answers the existing tracker for a code and carrier it already tracks.
    const existing = [...trackers.values()].find(
      (tracker) => tracker.tracking_code === input.tracking_code && tracker.carrier === carrier,
    );
    if (existing) return [200, existing];
    const now = new Date().toISOString();
    const tracker: FakeTracker = {
      id: id('trk'),
      object: 'Tracker',
      mode: 'test',
      tracking_code: input.tracking_code,
      carrier,
      status: 'pre_transit',
      est_delivery_date: null,
      public_url: `https://track.easypost.com/djE6${randomBytes(12).toString('hex')}`,
      tracking_details: [
        {
          object: 'TrackingDetail',
          message: 'Pre-Shipment information received',
          status: 'pre_transit',
          datetime: now,
          source: carrier,
          tracking_location: { object: 'TrackingLocation', city: null, state: null, country: null, zip: null },
        },
      ],
      created_at: now,
      updated_at: now,
    };
    trackers.set(tracker.id, tracker);
    return [201, tracker];
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const method = request.method ?? 'GET';
    const path = new URL(request.url ?? '/', 'http://fake').pathname;
    const text = await readBody(request);
    const expected = `Basic ${Buffer.from(`${apiKey}:`).toString('base64')}`;
    if (request.headers.authorization !== expected)
      return send(response, 401, apiError('APIKEY.INACTIVE', 'This api key is no longer active.'));
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      return send(response, 400, apiError('PARAMETER.INVALID', 'The request body is not JSON.'));
    }
    requests.push({ method, path, body });
    if (fake.down)
      return send(response, 503, apiError('SERVICE.UNAVAILABLE', 'The service is temporarily unavailable.'));
    if (method === 'POST' && path === '/v2/trackers') {
      const [status, answer] = createTracker(body);
      return send(response, status, answer);
    }
    const match = /^\/v2\/trackers\/([^/]+)$/.exec(path);
    if (method === 'GET' && match?.[1]) {
      const tracker = trackers.get(decodeURIComponent(match[1]));
      return tracker
        ? send(response, 200, tracker)
        : send(response, 404, apiError('NOT_FOUND', 'The requested resource could not be found.'));
    }
    send(response, 404, apiError('NOT_FOUND', 'The requested resource could not be found.'));
  }

  const server = createServer((request, response) => {
    handle(request, response).catch(() =>
      send(response, 500, apiError('INTERNAL_SERVER_ERROR', 'Something went wrong.')),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const fake: FakeEasyPost = {
    url: `http://127.0.0.1:${port}`,
    apiKey,
    webhookSecret,
    trackers,
    requests,
    down: false,
    advance(trackerId, status, detail = {}) {
      const tracker = trackers.get(trackerId);
      if (!tracker) throw new Error(`No tracker ${trackerId}`);
      const at = detail.at ?? new Date().toISOString();
      tracker.tracking_details.push({
        object: 'TrackingDetail',
        message: detail.message ?? status.replace(/_/g, ' '),
        status,
        datetime: at,
        source: tracker.carrier,
        tracking_location: {
          object: 'TrackingLocation',
          city: detail.city ?? null,
          state: detail.state ?? null,
          country: 'US',
          zip: null,
        },
      });
      tracker.status = status;
      if (detail.estDelivery) tracker.est_delivery_date = detail.estDelivery;
      tracker.updated_at = at;
      return structuredClone(tracker);
    },
    eventFor(trackerId, eventOptions = {}) {
      const tracker = trackers.get(trackerId);
      if (!tracker) throw new Error(`No tracker ${trackerId}`);
      const eventId = id('evt');
      const now = new Date().toISOString();
      const payload = JSON.stringify({
        id: eventId,
        object: 'Event',
        mode: 'test',
        description: 'tracker.updated',
        previous_attributes: {},
        result: tracker,
        status: 'pending',
        created_at: now,
        updated_at: now,
      });
      return { payload, eventId, signature: sign(eventOptions.secret ?? webhookSecret, payload) };
    },
    async deliver(url, event, signature = event.signature) {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-hmac-signature': signature,
          'user-agent': 'EasyPost WebHook Agent 1.0',
        },
        body: event.payload,
      });
      await response.arrayBuffer();
      return response.status;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  return fake;
}
