-- One row per product that stock bookings lock (ADR 26): an online order's stock check and
-- its ledger write, and a push's stock movements, take the rows of their products first
-- (FOR UPDATE, in id order), so an order never passes the check on a last unit a concurrent
-- order or counter sale is booking. The stock itself stays in the ledger (stock_movement);
-- the row is only what the bookings of one product queue on, apart from the product's own
-- row, which catalog edits lock in another order.
CREATE TABLE product_stock (
    product_id  UUID PRIMARY KEY,
    shop_id     UUID NOT NULL REFERENCES shop (id)
);
INSERT INTO product_stock (product_id, shop_id) SELECT id, shop_id FROM product;
