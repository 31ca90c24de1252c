import type { Carrier, TrackingStatus } from '../../sdk/schemas/index.ts';
import type { NewTrackingEvent, TrackingProviderName } from '../data/shipments.ts';

/**
 * A tracking service, or the admin's own hand (`manual`). The shop registers each tracking number with
 * it, asks it again on "Refresh tracking", and reads its signed webhooks. Nothing else in the shop knows
 * which service it is.
 */

/** A tracker as the service sees it now: its whole history, resent each time. */
export type TrackerSnapshot = {
  trackerId: string;
  status: TrackingStatus;
  estimatedDelivery: string | null;
  publicUrl: string | null;
  events: NewTrackingEvent[];
};

/** A verified webhook: the service's event id (each acts once) and the tracker it reports; null for events we do not use. */
export type TrackingWebhook = { eventId: string; tracker: TrackerSnapshot } | null;

export interface TrackingProvider {
  readonly name: TrackingProviderName;
  /** Creates the service's tracker; null for the manual provider. Throws `TrackingUnavailableError` when the service fails. */
  register(carrier: Carrier, trackingNumber: string): Promise<TrackerSnapshot | null>;
  /** The tracker as it is now; throws `TrackingUnavailableError`. */
  refresh(trackerId: string): Promise<TrackerSnapshot>;
  /** Verifies the signature over the raw body (throws `InvalidSignatureError`) and reads the event. */
  readWebhook(rawBody: string, header: (name: string) => string | undefined): TrackingWebhook;
}

/** The admin records every event by hand; there is no service to register with or to hear from. */
export const manualProvider: TrackingProvider = {
  name: 'manual',
  async register() {
    return null;
  },
  async refresh() {
    throw new Error('The manual provider has no trackers to refresh.');
  },
  readWebhook() {
    return null;
  },
};
