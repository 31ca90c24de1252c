CREATE TABLE `sticker_finishes` (
	`code` text PRIMARY KEY NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`factor_bp` integer NOT NULL,
	CONSTRAINT "sticker_finishes_factor_check" CHECK("sticker_finishes"."factor_bp" > 0)
);
--> statement-breakpoint
CREATE TABLE `sticker_materials` (
	`code` text PRIMARY KEY NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`factor_bp` integer NOT NULL,
	`finishes` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	CONSTRAINT "sticker_materials_factor_check" CHECK("sticker_materials"."factor_bp" > 0)
);
--> statement-breakpoint
CREATE TABLE `sticker_price_breaks` (
	`quantity` integer PRIMARY KEY NOT NULL,
	`rate_milli` integer NOT NULL,
	`tier` integer DEFAULT true NOT NULL,
	CONSTRAINT "sticker_price_breaks_check" CHECK("sticker_price_breaks"."quantity" > 0 AND "sticker_price_breaks"."rate_milli" > 0)
);
--> statement-breakpoint
CREATE TABLE `sticker_settings` (
	`id` integer PRIMARY KEY NOT NULL,
	`min_side_mm` real NOT NULL,
	`max_side_mm` real NOT NULL,
	`max_quantity` integer NOT NULL,
	`min_billable_area_mm2` integer NOT NULL,
	CONSTRAINT "sticker_settings_check" CHECK("sticker_settings"."min_side_mm" > 0 AND "sticker_settings"."max_side_mm" >= "sticker_settings"."min_side_mm" AND "sticker_settings"."max_quantity" > 0 AND "sticker_settings"."min_billable_area_mm2" >= 0)
);
--> statement-breakpoint
CREATE TABLE `sticker_shapes` (
	`code` text PRIMARY KEY NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`factor_bp` integer NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	CONSTRAINT "sticker_shapes_factor_check" CHECK("sticker_shapes"."factor_bp" > 0)
);
--> statement-breakpoint
CREATE TABLE `sticker_size_presets` (
	`id` integer PRIMARY KEY NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`label` text NOT NULL,
	`width` real NOT NULL,
	`height` real NOT NULL,
	`unit` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `uploads` (
	`id` text PRIMARY KEY NOT NULL,
	`cart_id` text NOT NULL,
	`sha256` text NOT NULL,
	`file_name` text NOT NULL,
	`format` text NOT NULL,
	`media_type` text NOT NULL,
	`size` integer NOT NULL,
	`width` integer,
	`height` integer,
	`has_preview` integer NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `uploads_cart_idx` ON `uploads` (`cart_id`);--> statement-breakpoint
CREATE INDEX `uploads_sha_idx` ON `uploads` (`sha256`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_cart_lines` (
	`seq` integer PRIMARY KEY NOT NULL,
	`id` text NOT NULL,
	`cart_id` text NOT NULL,
	`variant_id` text NOT NULL,
	`quantity` integer NOT NULL,
	`upload_id` text,
	`sticker` text,
	FOREIGN KEY (`cart_id`) REFERENCES `carts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`variant_id`) REFERENCES `variants`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "cart_lines_quantity_check" CHECK("__new_cart_lines"."quantity" > 0 AND ("__new_cart_lines"."quantity" <= 999 OR ("__new_cart_lines"."sticker" IS NOT NULL AND "__new_cart_lines"."quantity" <= 100000)))
);
--> statement-breakpoint
INSERT INTO `__new_cart_lines`("seq", "id", "cart_id", "variant_id", "quantity", "upload_id", "sticker") SELECT "seq", "id", "cart_id", "variant_id", "quantity", NULL, NULL FROM `cart_lines`;--> statement-breakpoint
DROP TABLE `cart_lines`;--> statement-breakpoint
ALTER TABLE `__new_cart_lines` RENAME TO `cart_lines`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `cart_lines_id_unique` ON `cart_lines` (`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `cart_lines_variant_idx` ON `cart_lines` (`cart_id`,`variant_id`) WHERE "cart_lines"."sticker" IS NULL;--> statement-breakpoint
ALTER TABLE `order_lines` ADD `upload_id` text;--> statement-breakpoint
ALTER TABLE `order_lines` ADD `sticker` text;