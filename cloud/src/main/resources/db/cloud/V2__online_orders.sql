-- Orders placed online (the mini-program) for pick-up at the counter. Each change takes the
-- shop's next change number, so terminals follow orders with a cursor like any stream.
CREATE TABLE online_order (
    id          UUID         PRIMARY KEY,
    shop_id     UUID         NOT NULL REFERENCES shop (id),
    number      VARCHAR(32)  NOT NULL,
    status      VARCHAR(16)  NOT NULL CHECK (status IN ('PLACED', 'ACCEPTED', 'READY', 'PICKED_UP', 'CANCELLED')),
    member_id   UUID,
    note        VARCHAR(400),
    total_fen   BIGINT       NOT NULL CHECK (total_fen >= 0),
    -- the lines as JSON: sku, name, quantityMilli, amountFen
    lines       VARCHAR(100000) NOT NULL,
    placed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    change_seq  BIGINT       NOT NULL,
    CONSTRAINT online_order_number_unique UNIQUE (shop_id, number)
);
CREATE INDEX online_order_change_idx ON online_order (shop_id, change_seq);
