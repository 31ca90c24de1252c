import { ApiError } from '../errors.ts';

export class OrderNotShippableError extends ApiError {
  override name = 'OrderNotShippableError';
  constructor(paymentStatus: string, status: string) {
    super('order_not_shippable', 409, 'Only a paid order that is not cancelled can ship.', { paymentStatus, status });
  }
}

/** `details.lineId` and `details.remaining`: the units of that line not in a shipment yet. */
export class LineAlreadyShippedError extends ApiError {
  override name = 'LineAlreadyShippedError';
  constructor(lineId: string, remaining: number) {
    super(
      'line_already_shipped',
      409,
      remaining === 0 ? 'This line has already shipped.' : `Only ${remaining} of this line are left to ship.`,
      {
        lineId,
        remaining,
      },
    );
  }
}

export class InvalidTrackingNumberError extends ApiError {
  override name = 'InvalidTrackingNumberError';
  constructor(carrierName: string) {
    super('invalid_tracking_number', 400, `This is not a ${carrierName} tracking number.`, {
      issues: [{ path: 'trackingNumber', message: `must be a ${carrierName} tracking number` }],
    });
  }
}

export class ShipmentNotFoundError extends ApiError {
  override name = 'ShipmentNotFoundError';
  constructor() {
    super('shipment_not_found', 404, 'The shipment was not found.');
  }
}

export class ShipmentCancelledError extends ApiError {
  override name = 'ShipmentCancelledError';
  constructor() {
    super('shipment_cancelled', 409, 'This shipment was cancelled.');
  }
}

/** The manual provider has no service to ask; the tracking service did not answer. */
export class TrackingUnavailableError extends ApiError {
  override name = 'TrackingUnavailableError';
  constructor(message = 'The tracking service could not be reached. Please try again later.') {
    super('tracking_unavailable', 502, message);
  }
}
