import type { TrackingStatus } from '../../sdk/index.ts';

/** What each tracking status says to a shopper, and its tone. */
export const TRACKING_LABELS: Record<TrackingStatus, [string, 'neutral' | 'good' | 'warn' | 'bad']> = {
  pre_transit: ['Label created', 'neutral'],
  in_transit: ['In transit', 'neutral'],
  out_for_delivery: ['Out for delivery', 'neutral'],
  delivered: ['Delivered', 'good'],
  available_for_pickup: ['Ready for pickup', 'good'],
  exception: ['Delivery problem', 'bad'],
  returned: ['Returned to sender', 'warn'],
  unknown: ['Waiting for the carrier', 'neutral'],
};

const dateTime = new Intl.DateTimeFormat(undefined, {
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});
const day = new Intl.DateTimeFormat(undefined, { weekday: 'long', month: 'long', day: 'numeric', timeZone: 'UTC' });

export const formatEventTime = (iso: string) => dateTime.format(new Date(iso));
/** An estimate is a day, not a moment: shown as the carrier's calendar day. */
export const formatDay = (iso: string) => day.format(new Date(iso));
