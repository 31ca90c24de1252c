import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { Carrier, TrackingStatus } from '../../sdk/schemas/index.ts';
import { InvalidSignatureError } from '../payments/errors.ts';
import { TrackingUnavailableError } from './errors.ts';
import type { TrackerSnapshot, TrackingProvider, TrackingWebhook } from './provider.ts';

/**
 * EasyPost Trackers through a fetch client of our own: two endpoints (create and retrieve a tracker) and
 * one webhook signature. The official `@easypost/api` package would bring an HTTP stack and every other
 * EasyPost service for these three calls. EasyPost rather than AfterShip: a tracker's every update resends
 * its whole history (so a lost or late webhook costs nothing), its statuses are the ones we show, and it
 * has free test-mode trackers.
 */

export type EasyPostOptions = {
  apiKey: string;
  webhookSecret: string;
  /** `https://api.easypost.com` unless a test points it at a fake on loopback. */
  apiUrl?: string;
  timeoutMs?: number;
};

/** EasyPost's carrier names for ours; `other` lets EasyPost guess from the number. */
const EASYPOST_CARRIERS: Record<Carrier, string | null> = {
  usps: 'USPS',
  ups: 'UPS',
  fedex: 'FedEx',
  dhl_express: 'DHLExpress',
  canada_post: 'CanadaPost',
  royal_mail: 'RoyalMail',
  australia_post: 'AustraliaPost',
  other: null,
};

const STATUS_MAP: Record<string, TrackingStatus> = {
  pre_transit: 'pre_transit',
  in_transit: 'in_transit',
  out_for_delivery: 'out_for_delivery',
  delivered: 'delivered',
  available_for_pickup: 'available_for_pickup',
  return_to_sender: 'returned',
  failure: 'exception',
  cancelled: 'exception',
  error: 'exception',
  unknown: 'unknown',
};

export function mapEasyPostStatus(status: unknown): TrackingStatus {
  return (typeof status === 'string' && STATUS_MAP[status]) || 'unknown';
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;

function place(location: unknown): string | null {
  if (!isObject(location)) return null;
  const parts = [location['city'], location['state'], location['country']].map(text).filter((part) => part !== null);
  return parts.length > 0 ? parts.join(', ') : text(location['zip']);
}

function isoTime(value: unknown): string | null {
  const parsed = typeof value === 'string' ? Date.parse(value) : NaN;
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString();
}

/** A Tracker object as our snapshot; throws when it is not one. */
export function readTracker(tracker: unknown): TrackerSnapshot {
  if (!isObject(tracker) || typeof tracker['id'] !== 'string' || !tracker['id'].startsWith('trk_')) {
    throw new TrackingUnavailableError('The tracking service answered something that is not a tracker.');
  }
  const details = Array.isArray(tracker['tracking_details']) ? tracker['tracking_details'] : [];
  const events = details.flatMap((detail) => {
    if (!isObject(detail)) return [];
    const occurredAt = isoTime(detail['datetime']);
    if (!occurredAt) return [];
    const status = mapEasyPostStatus(detail['status']);
    const message = (text(detail['message']) ?? '').slice(0, 500);
    const where = place(detail['tracking_location'])?.slice(0, 200) ?? null;
    const dedupeKey = createHash('sha256')
      .update(JSON.stringify([occurredAt, status, message, where]))
      .digest('base64url');
    return [{ status, message, place: where, occurredAt, dedupeKey }];
  });
  const publicUrl = text(tracker['public_url']);
  return {
    trackerId: tracker['id'],
    status: mapEasyPostStatus(tracker['status']),
    estimatedDelivery: isoTime(tracker['est_delivery_date']),
    publicUrl: publicUrl && /^https:\/\//.test(publicUrl) ? publicUrl : null,
    events,
  };
}

/** `hmac-sha256-hex=<hex>` of the raw body, keyed by the webhook secret normalized with NFKD, as EasyPost signs. */
export function easyPostSignature(secret: string, rawBody: string): string {
  return `hmac-sha256-hex=${createHmac('sha256', Buffer.from(secret.normalize('NFKD'), 'utf8'))
    .update(rawBody, 'utf8')
    .digest('hex')}`;
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export function createEasyPostProvider(options: EasyPostOptions): TrackingProvider {
  const apiUrl = options.apiUrl ?? 'https://api.easypost.com';
  const authorization = `Basic ${Buffer.from(`${options.apiKey}:`).toString('base64')}`;
  const timeoutMs = options.timeoutMs ?? 10_000;

  async function call(method: 'GET' | 'POST', path: string, body?: unknown): Promise<TrackerSnapshot> {
    let response: Response;
    try {
      response = await fetch(`${apiUrl}${path}`, {
        method,
        headers: { authorization, accept: 'application/json', ...(body ? { 'content-type': 'application/json' } : {}) },
        ...(body ? { body: JSON.stringify(body) } : {}),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw new TrackingUnavailableError(`The tracking service could not be reached (${(error as Error).name}).`);
    }
    const answer: unknown = await response.json().catch(() => null);
    if (!response.ok) {
      const message = isObject(answer) && isObject(answer['error']) ? text(answer['error']['message']) : null;
      throw new TrackingUnavailableError(
        `The tracking service answered ${response.status}${message ? `: ${message.slice(0, 200)}` : ''}.`,
      );
    }
    return readTracker(answer);
  }

  return {
    name: 'easypost',
    register(carrier, trackingNumber) {
      const code = EASYPOST_CARRIERS[carrier];
      return call('POST', '/v2/trackers', {
        tracker: { tracking_code: trackingNumber, ...(code ? { carrier: code } : {}) },
      });
    },
    refresh(trackerId) {
      return call('GET', `/v2/trackers/${encodeURIComponent(trackerId)}`);
    },
    readWebhook(rawBody, header): TrackingWebhook {
      const signature = header('x-hmac-signature');
      if (!signature || !sameText(signature, easyPostSignature(options.webhookSecret, rawBody)))
        throw new InvalidSignatureError();
      let event: unknown;
      try {
        event = JSON.parse(rawBody);
      } catch (error) {
        throw new InvalidSignatureError({ cause: error });
      }
      if (!isObject(event) || typeof event['id'] !== 'string') return null;
      const description = event['description'];
      if (description !== 'tracker.updated' && description !== 'tracker.created') return null;
      return { eventId: event['id'], tracker: readTracker(event['result']) };
    },
  };
}
