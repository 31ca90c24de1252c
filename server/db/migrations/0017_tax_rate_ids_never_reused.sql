PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_tax_rates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`country` text NOT NULL,
	`region` text DEFAULT '' NOT NULL,
	`name` text NOT NULL,
	`rate_ppm` integer NOT NULL,
	`inclusive` integer DEFAULT false NOT NULL,
	`applies_to_shipping` integer DEFAULT false NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	CONSTRAINT "tax_rates_rate_check" CHECK("__new_tax_rates"."rate_ppm" >= 0 AND "__new_tax_rates"."rate_ppm" <= 1000000)
);
--> statement-breakpoint
INSERT INTO `__new_tax_rates`("id", "country", "region", "name", "rate_ppm", "inclusive", "applies_to_shipping", "version") SELECT "id", "country", "region", "name", "rate_ppm", "inclusive", "applies_to_shipping", "version" FROM `tax_rates`;--> statement-breakpoint
DROP TABLE `tax_rates`;--> statement-breakpoint
ALTER TABLE `__new_tax_rates` RENAME TO `tax_rates`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `tax_rates_destination_idx` ON `tax_rates` (`country`,`region`);