CREATE TABLE `shipment_actions` (
	`id` text PRIMARY KEY NOT NULL,
	`shipment_id` text NOT NULL,
	`action` text NOT NULL,
	`actor_id` text,
	`actor_email` text,
	`note` text,
	`at` text NOT NULL,
	FOREIGN KEY (`shipment_id`) REFERENCES `shipments`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `shipment_actions_shipment_idx` ON `shipment_actions` (`shipment_id`,`at`);--> statement-breakpoint
CREATE TABLE `shipment_events` (
	`id` text PRIMARY KEY NOT NULL,
	`shipment_id` text NOT NULL,
	`status` text NOT NULL,
	`message` text NOT NULL,
	`place` text,
	`occurred_at` text NOT NULL,
	`dedupe_key` text NOT NULL,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`shipment_id`) REFERENCES `shipments`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `shipment_events_dedupe_idx` ON `shipment_events` (`shipment_id`,`dedupe_key`);--> statement-breakpoint
CREATE INDEX `shipment_events_time_idx` ON `shipment_events` (`shipment_id`,`occurred_at`);--> statement-breakpoint
CREATE TABLE `shipment_lines` (
	`shipment_id` text NOT NULL,
	`order_line_id` text NOT NULL,
	`quantity` integer NOT NULL,
	FOREIGN KEY (`shipment_id`) REFERENCES `shipments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`order_line_id`) REFERENCES `order_lines`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `shipment_lines_pk` ON `shipment_lines` (`shipment_id`,`order_line_id`);--> statement-breakpoint
CREATE TABLE `shipments` (
	`id` text PRIMARY KEY NOT NULL,
	`order_id` text NOT NULL,
	`carrier` text NOT NULL,
	`tracking_number` text NOT NULL,
	`provider` text NOT NULL,
	`tracker_id` text,
	`register_due_at` text,
	`register_attempts` integer DEFAULT 0 NOT NULL,
	`status` text NOT NULL,
	`estimated_delivery` text,
	`public_url` text,
	`delivered_at` text,
	`cancelled_at` text,
	`shipped_email_at` text,
	`delivered_email_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `shipments_order_idx` ON `shipments` (`order_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `shipments_tracker_idx` ON `shipments` (`tracker_id`);--> statement-breakpoint
CREATE INDEX `shipments_register_idx` ON `shipments` (`register_due_at`) WHERE "shipments"."register_due_at" IS NOT NULL;--> statement-breakpoint
ALTER TABLE `order_lines` ADD `shipped_quantity` integer DEFAULT 0 NOT NULL;