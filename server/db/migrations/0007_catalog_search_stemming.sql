-- Name sorts compare `sort_name`; fill it for the products already stored. `title_sort_key` is the
-- function the server registers on every connection it opens (server/db/title-sort-key.ts), so these
-- rows get exactly the key that new writes get.
UPDATE `products` SET `sort_name` = title_sort_key(`title`);
--> statement-breakpoint
-- Search, rebuilt: the porter stemmer finds "tees" for "tee" and "tshirts" for "tshirt", and the
-- products' option values (colours, sizes) get a column of their own so "navy tee" finds navy tees.
-- Columns in bm25 weight order: title, tags, category name, option values, description.
DROP TRIGGER `products_fts_insert`;
--> statement-breakpoint
DROP TRIGGER `products_fts_update`;
--> statement-breakpoint
DROP TRIGGER `products_fts_delete`;
--> statement-breakpoint
DROP TABLE `products_fts`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `products_fts` USING fts5(
	title, tags, category, options, description,
	tokenize = 'porter unicode61 remove_diacritics 2',
	prefix = '2 3'
);
--> statement-breakpoint
-- The option values of a products row: `[{"name":"Colour","values":["Navy","Oatmeal"]}]` gives "Navy Oatmeal".
INSERT INTO `products_fts` (rowid, title, tags, category, options, description)
	SELECT p.seq, p.title, p.tags, c.name,
		(SELECT group_concat(v.value, ' ') FROM json_each(p.options) o, json_each(o.value, '$.values') v),
		p.description
	FROM products p JOIN categories c ON c.id = p.category_id;
--> statement-breakpoint
CREATE TRIGGER `products_fts_insert` AFTER INSERT ON `products` BEGIN
	INSERT INTO products_fts (rowid, title, tags, category, options, description)
	VALUES (new.seq, new.title, new.tags, (SELECT name FROM categories WHERE id = new.category_id),
		(SELECT group_concat(v.value, ' ') FROM json_each(new.options) o, json_each(o.value, '$.values') v),
		new.description);
END;
--> statement-breakpoint
CREATE TRIGGER `products_fts_update` AFTER UPDATE OF title, tags, options, description, category_id ON `products` BEGIN
	DELETE FROM products_fts WHERE rowid = old.seq;
	INSERT INTO products_fts (rowid, title, tags, category, options, description)
	VALUES (new.seq, new.title, new.tags, (SELECT name FROM categories WHERE id = new.category_id),
		(SELECT group_concat(v.value, ' ') FROM json_each(new.options) o, json_each(o.value, '$.values') v),
		new.description);
END;
--> statement-breakpoint
CREATE TRIGGER `products_fts_delete` AFTER DELETE ON `products` BEGIN
	DELETE FROM products_fts WHERE rowid = old.seq;
END;
