DROP INDEX `orders_reservation_idx`;--> statement-breakpoint
ALTER TABLE `orders` ADD `next_check_at` text;--> statement-breakpoint
ALTER TABLE `orders` ADD `payment_failed_at` text;--> statement-breakpoint
ALTER TABLE `orders` ADD `payment_issue` text;--> statement-breakpoint
CREATE INDEX `orders_retry_idx` ON `orders` (`payment_failed_at`) WHERE "orders"."payment_status" = 'failed' AND "orders"."status" = 'open';--> statement-breakpoint
CREATE INDEX `orders_reservation_idx` ON `orders` (`reservation_expires_at`,`id`) WHERE "orders"."payment_status" = 'pending';--> statement-breakpoint
UPDATE `orders` SET `payment_failed_at` = `updated_at` WHERE `payment_status` = 'failed';
