CREATE TABLE `discount_codes` (
	`id` text PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`kind` text NOT NULL,
	`value` integer DEFAULT 0 NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`min_subtotal` integer DEFAULT 0 NOT NULL,
	`starts_at` text,
	`ends_at` text,
	`usage_limit` integer,
	`times_used` integer DEFAULT 0 NOT NULL,
	`once_per_customer` integer DEFAULT false NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL,
	CONSTRAINT "discount_codes_value_check" CHECK("discount_codes"."value" >= 0 AND ("discount_codes"."kind" <> 'percentage' OR "discount_codes"."value" <= 10000) AND "discount_codes"."min_subtotal" >= 0 AND "discount_codes"."times_used" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `discount_codes_code_idx` ON `discount_codes` ("code" COLLATE NOCASE);--> statement-breakpoint
CREATE TABLE `discount_redemptions` (
	`order_id` text PRIMARY KEY NOT NULL,
	`discount_code_id` text NOT NULL,
	`customer` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`discount_code_id`) REFERENCES `discount_codes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `discount_redemptions_customer_idx` ON `discount_redemptions` (`discount_code_id`,`customer`);--> statement-breakpoint
CREATE TABLE `shipping_methods` (
	`id` text PRIMARY KEY NOT NULL,
	`zone_id` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`min_days` integer NOT NULL,
	`max_days` integer NOT NULL,
	`basis` text NOT NULL,
	`free_above` integer,
	`active` integer DEFAULT true NOT NULL,
	FOREIGN KEY (`zone_id`) REFERENCES `shipping_zones`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "shipping_methods_days_check" CHECK("shipping_methods"."min_days" <= "shipping_methods"."max_days")
);
--> statement-breakpoint
CREATE INDEX `shipping_methods_zone_idx` ON `shipping_methods` (`zone_id`,`position`);--> statement-breakpoint
CREATE TABLE `shipping_rates` (
	`id` integer PRIMARY KEY NOT NULL,
	`method_id` text NOT NULL,
	`from_value` integer DEFAULT 0 NOT NULL,
	`to_value` integer,
	`price` integer NOT NULL,
	FOREIGN KEY (`method_id`) REFERENCES `shipping_methods`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "shipping_rates_band_check" CHECK("shipping_rates"."from_value" >= 0 AND ("shipping_rates"."to_value" IS NULL OR "shipping_rates"."to_value" > "shipping_rates"."from_value") AND "shipping_rates"."price" >= 0)
);
--> statement-breakpoint
CREATE INDEX `shipping_rates_method_idx` ON `shipping_rates` (`method_id`,`from_value`);--> statement-breakpoint
CREATE TABLE `shipping_zone_countries` (
	`country` text PRIMARY KEY NOT NULL,
	`zone_id` text NOT NULL,
	FOREIGN KEY (`zone_id`) REFERENCES `shipping_zones`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `shipping_zones` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`rest_of_world` integer DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE `tax_rates` (
	`id` integer PRIMARY KEY NOT NULL,
	`country` text NOT NULL,
	`region` text DEFAULT '' NOT NULL,
	`name` text NOT NULL,
	`rate_ppm` integer NOT NULL,
	`inclusive` integer DEFAULT false NOT NULL,
	`applies_to_shipping` integer DEFAULT false NOT NULL,
	CONSTRAINT "tax_rates_rate_check" CHECK("tax_rates"."rate_ppm" >= 0 AND "tax_rates"."rate_ppm" <= 1000000)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tax_rates_destination_idx` ON `tax_rates` (`country`,`region`);--> statement-breakpoint
CREATE TABLE `cart_lines` (
	`seq` integer PRIMARY KEY NOT NULL,
	`id` text NOT NULL,
	`cart_id` text NOT NULL,
	`variant_id` text NOT NULL,
	`quantity` integer NOT NULL,
	FOREIGN KEY (`cart_id`) REFERENCES `carts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`variant_id`) REFERENCES `variants`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "cart_lines_quantity_check" CHECK("cart_lines"."quantity" > 0 AND "cart_lines"."quantity" <= 999)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cart_lines_id_unique` ON `cart_lines` (`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `cart_lines_variant_idx` ON `cart_lines` (`cart_id`,`variant_id`);--> statement-breakpoint
CREATE TABLE `carts` (
	`id` text PRIMARY KEY NOT NULL,
	`currency` text NOT NULL,
	`country` text,
	`region` text,
	`shipping_method_id` text,
	`discount_code_id` text,
	`completed_order_id` text,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`expires_at` text NOT NULL,
	FOREIGN KEY (`discount_code_id`) REFERENCES `discount_codes`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `carts_expires_idx` ON `carts` (`expires_at`);--> statement-breakpoint
CREATE TABLE `counters` (
	`name` text PRIMARY KEY NOT NULL,
	`value` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `idempotency_keys` (
	`scope` text NOT NULL,
	`key` text NOT NULL,
	`request_hash` text NOT NULL,
	`response_status` integer,
	`response` text,
	`created_at` text NOT NULL,
	PRIMARY KEY(`scope`, `key`)
);
--> statement-breakpoint
CREATE INDEX `idempotency_keys_created_idx` ON `idempotency_keys` (`created_at`);--> statement-breakpoint
CREATE TABLE `order_lines` (
	`id` text PRIMARY KEY NOT NULL,
	`order_id` text NOT NULL,
	`position` integer NOT NULL,
	`product_id` text NOT NULL,
	`variant_id` text NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`variant_title` text NOT NULL,
	`sku` text NOT NULL,
	`image` text,
	`unit_price` integer NOT NULL,
	`quantity` integer NOT NULL,
	`total` integer NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "order_lines_quantity_check" CHECK("order_lines"."quantity" > 0)
);
--> statement-breakpoint
CREATE INDEX `order_lines_order_idx` ON `order_lines` (`order_id`,`position`);--> statement-breakpoint
CREATE TABLE `orders` (
	`id` text PRIMARY KEY NOT NULL,
	`number` text NOT NULL,
	`email` text NOT NULL,
	`cart_id` text NOT NULL,
	`status` text NOT NULL,
	`payment_status` text NOT NULL,
	`fulfillment_status` text NOT NULL,
	`stock_state` text NOT NULL,
	`currency` text NOT NULL,
	`subtotal` integer NOT NULL,
	`discount_total` integer NOT NULL,
	`shipping_total` integer NOT NULL,
	`tax_total` integer NOT NULL,
	`total` integer NOT NULL,
	`tax_included` integer NOT NULL,
	`discount` text,
	`discount_code_id` text,
	`discount_customer` text,
	`shipping_method_id` text NOT NULL,
	`shipping_method_name` text NOT NULL,
	`shipping_address` text NOT NULL,
	`access_token_hash` text NOT NULL,
	`payment_session_id` text,
	`reservation_expires_at` text NOT NULL,
	`confirmation_sent_at` text,
	`confirmation_claimed_at` text,
	`created_at` text NOT NULL,
	`paid_at` text,
	`updated_at` text NOT NULL,
	CONSTRAINT "orders_totals_check" CHECK("orders"."subtotal" >= 0 AND "orders"."discount_total" >= 0 AND "orders"."shipping_total" >= 0 AND "orders"."tax_total" >= 0 AND "orders"."total" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `orders_number_unique` ON `orders` (`number`);--> statement-breakpoint
CREATE UNIQUE INDEX `orders_cart_id_unique` ON `orders` (`cart_id`);--> statement-breakpoint
CREATE INDEX `orders_reservation_idx` ON `orders` (`reservation_expires_at`) WHERE "orders"."payment_status" = 'pending';--> statement-breakpoint
CREATE INDEX `orders_unconfirmed_idx` ON `orders` (`paid_at`) WHERE "orders"."payment_status" = 'paid' AND "orders"."confirmation_sent_at" IS NULL;--> statement-breakpoint
CREATE TABLE `payments` (
	`id` text PRIMARY KEY NOT NULL,
	`order_id` text NOT NULL,
	`provider` text NOT NULL,
	`session_id` text NOT NULL,
	`status` text NOT NULL,
	`amount` integer NOT NULL,
	`currency` text NOT NULL,
	`redirect_url` text NOT NULL,
	`success_url` text NOT NULL,
	`cancel_url` text NOT NULL,
	`expires_at` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `payments_session_id_unique` ON `payments` (`session_id`);--> statement-breakpoint
CREATE INDEX `payments_order_idx` ON `payments` (`order_id`);--> statement-breakpoint
CREATE TABLE `webhook_events` (
	`id` text PRIMARY KEY NOT NULL,
	`type` text NOT NULL,
	`session_id` text NOT NULL,
	`received_at` text NOT NULL
);
