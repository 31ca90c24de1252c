-- Full-text search over the catalog, and the denormalized price range, kept in sync by triggers so that
-- every writer (seed, admin, later services) gets them right without remembering to.
-- Columns in bm25 weight order: title, tags, category name, description.
CREATE VIRTUAL TABLE `products_fts` USING fts5(
	title, tags, category, description,
	tokenize = 'unicode61 remove_diacritics 2',
	prefix = '2 3'
);
--> statement-breakpoint
INSERT INTO `products_fts` (rowid, title, tags, category, description)
	SELECT p.seq, p.title, p.tags, c.name, p.description FROM products p JOIN categories c ON c.id = p.category_id;
--> statement-breakpoint
CREATE TRIGGER `products_fts_insert` AFTER INSERT ON `products` BEGIN
	INSERT INTO products_fts (rowid, title, tags, category, description)
	VALUES (new.seq, new.title, new.tags, (SELECT name FROM categories WHERE id = new.category_id), new.description);
END;
--> statement-breakpoint
CREATE TRIGGER `products_fts_update` AFTER UPDATE OF title, tags, description, category_id ON `products` BEGIN
	DELETE FROM products_fts WHERE rowid = old.seq;
	INSERT INTO products_fts (rowid, title, tags, category, description)
	VALUES (new.seq, new.title, new.tags, (SELECT name FROM categories WHERE id = new.category_id), new.description);
END;
--> statement-breakpoint
CREATE TRIGGER `products_fts_delete` AFTER DELETE ON `products` BEGIN
	DELETE FROM products_fts WHERE rowid = old.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `categories_fts_rename` AFTER UPDATE OF name ON `categories` BEGIN
	UPDATE products_fts SET category = new.name WHERE rowid IN (SELECT seq FROM products WHERE category_id = new.id);
END;
--> statement-breakpoint
CREATE TRIGGER `variants_price_insert` AFTER INSERT ON `variants` BEGIN
	UPDATE products SET
		price_min = (SELECT min(price) FROM variants WHERE product_id = new.product_id),
		price_max = (SELECT max(price) FROM variants WHERE product_id = new.product_id)
	WHERE id = new.product_id;
END;
--> statement-breakpoint
CREATE TRIGGER `variants_price_update` AFTER UPDATE OF price, product_id ON `variants` BEGIN
	UPDATE products SET
		price_min = coalesce((SELECT min(price) FROM variants WHERE product_id = products.id), 0),
		price_max = coalesce((SELECT max(price) FROM variants WHERE product_id = products.id), 0)
	WHERE id IN (new.product_id, old.product_id);
END;
--> statement-breakpoint
CREATE TRIGGER `variants_price_delete` AFTER DELETE ON `variants` BEGIN
	UPDATE products SET
		price_min = coalesce((SELECT min(price) FROM variants WHERE product_id = old.product_id), 0),
		price_max = coalesce((SELECT max(price) FROM variants WHERE product_id = old.product_id), 0)
	WHERE id = old.product_id;
END;
