CREATE TABLE `sticker_price_versions` (
	`version` integer PRIMARY KEY NOT NULL,
	`tables` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
ALTER TABLE `discount_codes` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `shipping_zones` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `tax_rates` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `cart_lines` ADD `sticker_price_version` integer;--> statement-breakpoint
ALTER TABLE `sticker_settings` ADD `version` integer DEFAULT 1 NOT NULL;