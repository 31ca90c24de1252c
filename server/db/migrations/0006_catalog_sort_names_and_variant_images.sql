DROP INDEX `products_title_idx`;--> statement-breakpoint
ALTER TABLE `products` ADD `sort_name` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX `products_sort_name_idx` ON `products` (`sort_name`,`id`);--> statement-breakpoint
ALTER TABLE `variants` ADD `image_index` integer;