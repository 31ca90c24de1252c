CREATE TABLE `review_requests` (
	`order_id` text PRIMARY KEY NOT NULL,
	`claimed_at` text NOT NULL,
	`sent_at` text
);
--> statement-breakpoint
CREATE TABLE `review_settings` (
	`id` integer PRIMARY KEY NOT NULL,
	`moderation` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `review_votes` (
	`review_id` text NOT NULL,
	`voter_key` text NOT NULL,
	`created_at` text NOT NULL,
	PRIMARY KEY(`review_id`, `voter_key`),
	FOREIGN KEY (`review_id`) REFERENCES `reviews`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `reviews` (
	`id` text PRIMARY KEY NOT NULL,
	`product_id` text NOT NULL,
	`author_key` text NOT NULL,
	`user_id` text,
	`order_id` text NOT NULL,
	`author_name` text NOT NULL,
	`rating` integer NOT NULL,
	`title` text NOT NULL,
	`body` text NOT NULL,
	`status` text NOT NULL,
	`helpful_count` integer DEFAULT 0 NOT NULL,
	`reply` text,
	`replied_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "reviews_rating_check" CHECK("reviews"."rating" BETWEEN 1 AND 5),
	CONSTRAINT "reviews_helpful_check" CHECK("reviews"."helpful_count" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reviews_author_idx` ON `reviews` (`product_id`,`author_key`);--> statement-breakpoint
CREATE INDEX `reviews_product_idx` ON `reviews` (`product_id`,`status`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `reviews_created_idx` ON `reviews` (`created_at`,`id`);--> statement-breakpoint
CREATE TABLE `product_pairs` (
	`product_id` text NOT NULL,
	`other_id` text NOT NULL,
	`orders` integer NOT NULL,
	PRIMARY KEY(`product_id`, `other_id`)
);
--> statement-breakpoint
CREATE INDEX `product_pairs_rank_idx` ON `product_pairs` (`product_id`,`orders`,`other_id`);--> statement-breakpoint
ALTER TABLE `products` ADD `review_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `products` ADD `rating_total` integer DEFAULT 0 NOT NULL;