import type { Database, Statement } from 'better-sqlite3';
import type { Carrier, OrderStatus, PaymentStatus, TrackingStatus } from '../../../sdk/schemas/index.ts';
import {
  LineAlreadyShippedError,
  OrderNotShippableError,
  ShipmentCancelledError,
  ShipmentNotFoundError,
} from '../../shipments/errors.ts';
import { mayMove, orderFulfillment } from '../../shipments/status.ts';
import { newId } from '../ids.ts';
import type {
  Actor,
  NewShipment,
  ShipmentActionName,
  ShipmentRecord,
  ShipmentRepository,
  TrackingOutcome,
  TrackingProviderName,
  TrackingUpdate,
} from '../shipments.ts';

type ShipmentRow = {
  id: string;
  order_id: string;
  carrier: Carrier;
  tracking_number: string;
  provider: TrackingProviderName;
  tracker_id: string | null;
  register_due_at: string | null;
  register_attempts: number;
  status: TrackingStatus;
  estimated_delivery: string | null;
  public_url: string | null;
  delivered_at: string | null;
  cancelled_at: string | null;
  created_at: string;
};

const COLUMNS = `id, order_id, carrier, tracking_number, provider, tracker_id, register_due_at, register_attempts, status, estimated_delivery,
  public_url, delivered_at, cancelled_at, created_at`;

/** Shipments on SQLite. Writes run as immediate transactions: two instances shipping one line queue, never both win. */
export class SqliteShipmentRepository implements ShipmentRepository {
  readonly #sqlite: Database;
  readonly #byId: Statement<[string], ShipmentRow>;
  readonly #byOrder: Statement<[string], ShipmentRow>;
  readonly #byTracker: Statement<[string], ShipmentRow>;
  readonly #lines: Statement<[string], { order_line_id: string; quantity: number }>;
  readonly #events: Statement<
    [string],
    { id: string; status: TrackingStatus; message: string; place: string | null; occurred_at: string }
  >;
  readonly #actions: Statement<
    [string],
    { action: ShipmentActionName; actor_email: string | null; note: string | null; at: string }
  >;
  readonly #addAction: Statement<
    [
      {
        id: string;
        shipment: string;
        action: ShipmentActionName;
        actorId: string | null;
        actorEmail: string | null;
        note: string | null;
        at: string;
      },
    ]
  >;
  readonly #create: (shipment: NewShipment) => void;
  readonly #correct: (
    orderId: string,
    shipmentId: string,
    change: Parameters<ShipmentRepository['correctShipment']>[2],
  ) => void;
  readonly #cancel: (orderId: string, shipmentId: string, actor: Actor, at: string) => void;
  readonly #apply: (shipmentId: string, update: TrackingUpdate) => TrackingOutcome;
  readonly #defer: Statement<[string, string]>;
  readonly #due: Statement<[string, number], string>;
  readonly #claims: Record<
    'shipped' | 'delivered',
    { claim: Statement<[string, string]>; release: Statement<[string]> }
  >;

  constructor(sqlite: Database) {
    this.#sqlite = sqlite;
    this.#byId = sqlite.prepare(`SELECT ${COLUMNS} FROM shipments WHERE id = ?`);
    this.#byOrder = sqlite.prepare(`SELECT ${COLUMNS} FROM shipments WHERE order_id = ? ORDER BY created_at, id`);
    this.#byTracker = sqlite.prepare(`SELECT ${COLUMNS} FROM shipments WHERE tracker_id = ? AND cancelled_at IS NULL`);
    this.#lines = sqlite.prepare(
      'SELECT order_line_id, quantity FROM shipment_lines WHERE shipment_id = ? ORDER BY rowid',
    );
    this.#events = sqlite.prepare(
      'SELECT id, status, message, place, occurred_at FROM shipment_events WHERE shipment_id = ? ORDER BY occurred_at, recorded_at, id',
    );
    this.#actions = sqlite.prepare(
      'SELECT action, actor_email, note, at FROM shipment_actions WHERE shipment_id = ? ORDER BY at, rowid',
    );
    this.#addAction = sqlite.prepare(`
      INSERT INTO shipment_actions (id, shipment_id, action, actor_id, actor_email, note, at)
      VALUES (@id, @shipment, @action, @actorId, @actorEmail, @note, @at)`);
    this.#defer = sqlite.prepare(`
      UPDATE shipments SET register_due_at = ?, register_attempts = register_attempts + 1 WHERE id = ? AND register_due_at IS NOT NULL`);
    this.#due = sqlite
      .prepare<[string, number], string>(
        `
        SELECT id FROM shipments WHERE register_due_at IS NOT NULL AND register_due_at <= ? AND cancelled_at IS NULL
        ORDER BY register_due_at LIMIT ?`,
      )
      .pluck();

    const claims = (column: string) => ({
      claim: sqlite.prepare<[string, string]>(`UPDATE shipments SET ${column} = ? WHERE id = ? AND ${column} IS NULL`),
      release: sqlite.prepare<[string]>(`UPDATE shipments SET ${column} = NULL WHERE id = ?`),
    });
    this.#claims = { shipped: claims('shipped_email_at'), delivered: claims('delivered_email_at') };

    const orderState = sqlite.prepare<[string], { payment_status: PaymentStatus; status: OrderStatus }>(
      'SELECT payment_status, status FROM orders WHERE id = ?',
    );
    const raiseShipped = sqlite.prepare<[{ qty: number; line: string; order: string }]>(`
      UPDATE order_lines SET shipped_quantity = shipped_quantity + @qty
      WHERE id = @line AND order_id = @order AND shipped_quantity + @qty <= quantity`);
    const lowerShipped = sqlite.prepare<[number, string]>(
      'UPDATE order_lines SET shipped_quantity = MAX(shipped_quantity - ?, 0) WHERE id = ?',
    );
    const remaining = sqlite
      .prepare<[string, string], number>(
        'SELECT quantity - shipped_quantity FROM order_lines WHERE id = ? AND order_id = ?',
      )
      .pluck();
    const insertShipment = sqlite.prepare(`
      INSERT INTO shipments (id, order_id, carrier, tracking_number, provider, register_due_at, status, created_at, updated_at)
      VALUES (@id, @orderId, @carrier, @trackingNumber, @provider, @registerDueAt, 'pre_transit', @at, @at)`);
    const insertLine = sqlite.prepare(
      'INSERT INTO shipment_lines (shipment_id, order_line_id, quantity) VALUES (?, ?, ?)',
    );
    const orderLines = sqlite.prepare<[string], { quantity: number; shipped: number }>(
      'SELECT quantity, shipped_quantity AS shipped FROM order_lines WHERE order_id = ?',
    );
    const parcels = sqlite
      .prepare<[string], TrackingStatus>('SELECT status FROM shipments WHERE order_id = ? AND cancelled_at IS NULL')
      .pluck();
    const setFulfillment = sqlite.prepare<[string, string, string]>(
      'UPDATE orders SET fulfillment_status = ?, updated_at = ? WHERE id = ?',
    );
    const refreshOrder = (orderId: string, at: string) =>
      setFulfillment.run(orderFulfillment(orderLines.all(orderId), parcels.all(orderId)), at, orderId);
    const action = (shipment: string, name: ShipmentActionName, actor: Actor, at: string, note: string | null = null) =>
      this.#addAction.run({
        id: newId('sac'),
        shipment,
        action: name,
        actorId: actor?.id ?? null,
        actorEmail: actor?.email ?? null,
        note,
        at,
      });

    this.#create = sqlite.transaction((shipment: NewShipment) => {
      const order = orderState.get(shipment.orderId);
      if (!order) throw new OrderNotShippableError('unknown', 'unknown');
      if (order.payment_status !== 'paid' || order.status === 'cancelled') {
        throw new OrderNotShippableError(order.payment_status, order.status);
      }
      insertShipment.run({
        id: shipment.id,
        orderId: shipment.orderId,
        carrier: shipment.carrier,
        trackingNumber: shipment.trackingNumber,
        provider: shipment.provider,
        registerDueAt: shipment.registerDueAt,
        at: shipment.at,
      });
      for (const line of shipment.lines) {
        const { changes } = raiseShipped.run({ qty: line.quantity, line: line.orderLineId, order: shipment.orderId });
        if (changes !== 1)
          throw new LineAlreadyShippedError(line.orderLineId, remaining.get(line.orderLineId, shipment.orderId) ?? 0);
        insertLine.run(shipment.id, line.orderLineId, line.quantity);
      }
      action(shipment.id, 'created', shipment.actor, shipment.at, `${shipment.carrier} ${shipment.trackingNumber}`);
      refreshOrder(shipment.orderId, shipment.at);
    }).immediate;

    const correct = sqlite.prepare(`
      UPDATE shipments SET carrier = @carrier, tracking_number = @trackingNumber, provider = @provider, tracker_id = NULL,
        register_due_at = @registerDueAt, register_attempts = 0, status = 'pre_transit', estimated_delivery = NULL,
        public_url = NULL, delivered_at = NULL, delivered_email_at = NULL, updated_at = @at
      WHERE id = @id AND order_id = @orderId AND cancelled_at IS NULL`);
    const clearEvents = sqlite.prepare('DELETE FROM shipment_events WHERE shipment_id = ?');
    const exists = sqlite
      .prepare<[string, string], number>('SELECT 1 FROM shipments WHERE id = ? AND order_id = ?')
      .pluck();
    this.#correct = sqlite.transaction(
      (orderId: string, shipmentId: string, change: Parameters<ShipmentRepository['correctShipment']>[2]) => {
        const { carrier, trackingNumber, provider, registerDueAt, at } = change;
        const { changes } = correct.run({
          carrier,
          trackingNumber,
          provider,
          registerDueAt,
          at,
          id: shipmentId,
          orderId,
        });
        if (changes !== 1)
          throw exists.get(shipmentId, orderId) ? new ShipmentCancelledError() : new ShipmentNotFoundError();
        clearEvents.run(shipmentId);
        action(shipmentId, 'corrected', change.actor, change.at, `${change.carrier} ${change.trackingNumber}`);
        refreshOrder(orderId, change.at);
      },
    ).immediate;

    const cancel = sqlite.prepare<[string, string, string, string]>(`
      UPDATE shipments SET cancelled_at = ?, updated_at = ? WHERE id = ? AND order_id = ? AND cancelled_at IS NULL`);
    this.#cancel = sqlite.transaction((orderId: string, shipmentId: string, actor: Actor, at: string) => {
      if (cancel.run(at, at, shipmentId, orderId).changes !== 1) {
        throw exists.get(shipmentId, orderId) ? new ShipmentCancelledError() : new ShipmentNotFoundError();
      }
      for (const line of this.#lines.all(shipmentId)) lowerShipped.run(line.quantity, line.order_line_id);
      action(shipmentId, 'cancelled', actor, at);
      refreshOrder(orderId, at);
    }).immediate;

    const recordEvent = sqlite.prepare<[string, string, string, string]>(
      'INSERT INTO webhook_events (id, type, session_id, received_at) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO NOTHING',
    );
    const insertEvent = sqlite.prepare(`
      INSERT INTO shipment_events (id, shipment_id, status, message, place, occurred_at, dedupe_key, recorded_at)
      VALUES (@id, @shipment, @status, @message, @place, @occurredAt, @dedupeKey, @at)
      ON CONFLICT (shipment_id, dedupe_key) DO NOTHING`);
    const setStatus = sqlite.prepare(`
      UPDATE shipments SET status = @status, delivered_at = CASE WHEN @status = 'delivered' THEN @at ELSE delivered_at END,
        updated_at = @at WHERE id = @id`);
    const setDetails = sqlite.prepare(`
      UPDATE shipments SET estimated_delivery = CASE WHEN @setEstimate THEN @estimate ELSE estimated_delivery END,
        public_url = COALESCE(@publicUrl, public_url),
        tracker_id = COALESCE(@trackerId, tracker_id),
        register_due_at = CASE WHEN @trackerId IS NULL THEN register_due_at ELSE NULL END,
        updated_at = @at WHERE id = @id`);
    this.#apply = sqlite.transaction((shipmentId: string, update: TrackingUpdate): TrackingOutcome => {
      const shipment = this.#byId.get(shipmentId);
      if (!shipment) throw new ShipmentNotFoundError();
      if (update.eventId && recordEvent.run(update.eventId, 'tracker.updated', shipmentId, update.at).changes !== 1) {
        return { kind: 'duplicate_event' };
      }
      for (const event of update.events) {
        const { status, message, place, occurredAt, dedupeKey } = event;
        insertEvent.run({
          id: newId('sev'),
          shipment: shipmentId,
          status,
          message,
          place,
          occurredAt,
          dedupeKey,
          at: update.at,
        });
      }
      setDetails.run({
        id: shipmentId,
        setEstimate: update.estimatedDelivery === undefined ? 0 : 1,
        estimate: update.estimatedDelivery ?? null,
        publicUrl: update.publicUrl ?? null,
        trackerId: update.trackerId ?? null,
        at: update.at,
      });
      // A cancelled shipment keeps its timeline but no longer speaks for the order.
      const moves = shipment.cancelled_at === null && mayMove(shipment.status, update.status);
      if (moves) setStatus.run({ id: shipmentId, status: update.status, at: update.at });
      if (update.action) action(shipmentId, update.action, update.actor, update.at, update.note ?? null);
      if (moves) refreshOrder(shipment.order_id, update.at);
      return { kind: 'applied', statusChanged: moves, delivered: moves && update.status === 'delivered' };
    }).immediate;
  }

  #record(row: ShipmentRow): ShipmentRecord {
    return {
      id: row.id,
      orderId: row.order_id,
      carrier: row.carrier,
      trackingNumber: row.tracking_number,
      provider: row.provider,
      trackerId: row.tracker_id,
      registerDueAt: row.register_due_at,
      registerAttempts: row.register_attempts,
      status: row.status,
      estimatedDelivery: row.estimated_delivery,
      publicUrl: row.public_url,
      deliveredAt: row.delivered_at,
      cancelledAt: row.cancelled_at,
      createdAt: row.created_at,
      lines: this.#lines.all(row.id).map((line) => ({ orderLineId: line.order_line_id, quantity: line.quantity })),
      events: this.#events.all(row.id).map((event) => ({
        id: event.id,
        status: event.status,
        message: event.message,
        place: event.place,
        occurredAt: event.occurred_at,
      })),
      actions: this.#actions
        .all(row.id)
        .map((entry) => ({ action: entry.action, actorEmail: entry.actor_email, note: entry.note, at: entry.at })),
    };
  }

  #read(shipmentId: string): ShipmentRecord {
    const row = this.#byId.get(shipmentId);
    if (!row) throw new ShipmentNotFoundError();
    return this.#record(row);
  }

  async createShipment(shipment: NewShipment): Promise<ShipmentRecord> {
    this.#create(shipment);
    return this.#read(shipment.id);
  }

  async listShipments(orderId: string): Promise<ShipmentRecord[]> {
    return this.#sqlite.transaction(() => this.#byOrder.all(orderId).map((row) => this.#record(row)))();
  }

  async findShipment(orderId: string, shipmentId: string): Promise<ShipmentRecord | null> {
    const row = this.#byId.get(shipmentId);
    return row && row.order_id === orderId ? this.#record(row) : null;
  }

  async findShipmentById(shipmentId: string): Promise<ShipmentRecord | null> {
    const row = this.#byId.get(shipmentId);
    return row ? this.#record(row) : null;
  }

  async findByTracker(trackerId: string): Promise<ShipmentRecord[]> {
    return this.#byTracker.all(trackerId).map((row) => this.#record(row));
  }

  async correctShipment(
    orderId: string,
    shipmentId: string,
    change: Parameters<ShipmentRepository['correctShipment']>[2],
  ): Promise<ShipmentRecord> {
    this.#correct(orderId, shipmentId, change);
    return this.#read(shipmentId);
  }

  async cancelShipment(orderId: string, shipmentId: string, actor: Actor, at: string): Promise<ShipmentRecord> {
    this.#cancel(orderId, shipmentId, actor, at);
    return this.#read(shipmentId);
  }

  async applyTracking(shipmentId: string, update: TrackingUpdate): Promise<TrackingOutcome> {
    return this.#apply(shipmentId, update);
  }

  async deferRegistration(shipmentId: string, dueAt: string): Promise<void> {
    this.#defer.run(dueAt, shipmentId);
  }

  async dueRegistrations(now: string, limit: number): Promise<string[]> {
    return this.#due.all(now, limit);
  }

  async claimEmail(shipmentId: string, kind: 'shipped' | 'delivered', now: string): Promise<boolean> {
    return this.#claims[kind].claim.run(now, shipmentId).changes === 1;
  }

  async releaseEmail(shipmentId: string, kind: 'shipped' | 'delivered'): Promise<void> {
    this.#claims[kind].release.run(shipmentId);
  }
}
