-- Sales, refunds and held carts: what the terminal sells and owns.
-- Money columns are BIGINT fen; quantities are BIGINT thousandths (pieces × 1000, or grams of
-- a kg item), as in the stock ledger; instants are TIMESTAMP WITH TIME ZONE in UTC.
-- Everything a receipt shows is kept as it was at the time of sale (names, prices, rates),
-- so a reprint or a refund years later does not depend on today's catalog.
-- No foreign keys to product or member: the cloud owns both and may retire a row that old
-- sales still name.

-- receipt_no is store-terminal-yyyymmdd-seq; seq restarts at 1 every business day (the
-- store's local date) and has no gaps within a day. Training sales have numbers of their
-- own (prefix TR-), so that the real sequence the cloud sees stays gapless.
CREATE TABLE sale (
    id                  UUID        PRIMARY KEY,
    receipt_no          VARCHAR(64) NOT NULL UNIQUE,
    terminal_id         UUID        NOT NULL REFERENCES terminal (id),
    business_date       DATE        NOT NULL,
    seq                 BIGINT      NOT NULL CHECK (seq > 0),
    sold_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    cashier_id          UUID        NOT NULL REFERENCES users (id),
    shift_id            UUID        REFERENCES shift (id),
    member_id           UUID,
    training            BOOLEAN     NOT NULL,
    subtotal_fen        BIGINT      NOT NULL,
    savings_fen         BIGINT      NOT NULL,
    order_discount_fen  BIGINT      NOT NULL,
    total_fen           BIGINT      NOT NULL CHECK (total_fen >= 0),
    -- cash rounding taken off the total (抹零); negative when half-up rounded up
    rounding_fen        BIGINT      NOT NULL,
    -- tenders as handed over, cash before change
    tendered_fen        BIGINT      NOT NULL,
    change_fen          BIGINT      NOT NULL CHECK (change_fen >= 0),
    points_earned       BIGINT      NOT NULL DEFAULT 0,
    -- how many line and tender rows belong to the sale: a reader can tell a complete sale
    line_count          INT         NOT NULL,
    tender_count        INT         NOT NULL,
    -- the sale.completed event; null for a training sale, which never leaves the terminal
    outbox_seq          BIGINT,
    CONSTRAINT sale_number_unique UNIQUE (terminal_id, training, business_date, seq),
    CONSTRAINT sale_paid CHECK (tendered_fen - change_fen + rounding_fen = total_fen)
);
CREATE INDEX sale_shift_idx ON sale (shift_id);
CREATE INDEX sale_date_idx ON sale (business_date);

-- line_no is the line's place on the receipt, 1..line_count; voided lines are kept (they
-- print struck through) and count for nothing.
CREATE TABLE sale_line (
    sale_id               UUID         NOT NULL REFERENCES sale (id),
    line_no               INT          NOT NULL,
    product_id            UUID         NOT NULL,
    sku                   VARCHAR(32)  NOT NULL,
    name                  VARCHAR(200) NOT NULL,
    name_en               VARCHAR(200),
    unit                  VARCHAR(16)  NOT NULL,
    weighed               BOOLEAN      NOT NULL,
    quantity_milli        BIGINT       NOT NULL CHECK (quantity_milli > 0),
    unit_price_fen        BIGINT       NOT NULL,
    list_amount_fen       BIGINT       NOT NULL,
    line_total_fen        BIGINT       NOT NULL,
    order_discount_fen    BIGINT       NOT NULL,
    net_amount_fen        BIGINT       NOT NULL,
    tax_rate_bp           INT          NOT NULL,
    track_stock           BOOLEAN      NOT NULL,
    voided                BOOLEAN      NOT NULL,
    override_reason       VARCHAR(200),
    override_approver_id  UUID,
    PRIMARY KEY (sale_id, line_no)
);

-- What changed a line's amount, in the order the pricing engine applied it.
CREATE TABLE sale_line_adjustment (
    sale_id            UUID         NOT NULL,
    line_no            INT          NOT NULL,
    position           INT          NOT NULL,
    kind               VARCHAR(16)  NOT NULL,
    amount_fen         BIGINT       NOT NULL,
    promotion_id       VARCHAR(64),
    promotion_name     VARCHAR(200),
    promotion_name_en  VARCHAR(200),
    PRIMARY KEY (sale_id, line_no, position),
    FOREIGN KEY (sale_id, line_no) REFERENCES sale_line (sale_id, line_no)
);

CREATE TABLE sale_tax (
    sale_id     UUID    NOT NULL REFERENCES sale (id),
    rate_bp     INT     NOT NULL,
    amount_fen  BIGINT  NOT NULL,
    tax_fen     BIGINT  NOT NULL,
    PRIMARY KEY (sale_id, rate_bp)
);

-- In the order taken. Only cash gives change.
CREATE TABLE sale_tender (
    sale_id     UUID         NOT NULL REFERENCES sale (id),
    position    INT          NOT NULL,
    method      VARCHAR(16)  NOT NULL,
    amount_fen  BIGINT       NOT NULL CHECK (amount_fen > 0),
    change_fen  BIGINT       NOT NULL CHECK (change_fen >= 0),
    reference   VARCHAR(64),
    PRIMARY KEY (sale_id, position),
    CONSTRAINT sale_tender_change_from_cash CHECK (change_fen = 0 OR method = 'CASH')
);

-- refund_no is RF-store-terminal-yyyymmdd-seq, numbered like receipts. A refund without
-- sale_id is a blind refund (no receipt).
CREATE TABLE refund (
    id               UUID        PRIMARY KEY,
    refund_no        VARCHAR(64) NOT NULL UNIQUE,
    terminal_id      UUID        NOT NULL REFERENCES terminal (id),
    business_date    DATE        NOT NULL,
    seq              BIGINT      NOT NULL CHECK (seq > 0),
    refunded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    sale_id          UUID        REFERENCES sale (id),
    user_id          UUID        NOT NULL REFERENCES users (id),
    approver_id      UUID        REFERENCES users (id),
    shift_id         UUID        REFERENCES shift (id),
    member_id        UUID,
    training         BOOLEAN     NOT NULL,
    restocked        BOOLEAN     NOT NULL,
    reason           VARCHAR(200),
    total_fen        BIGINT      NOT NULL CHECK (total_fen >= 0),
    -- line amounts minus total: the last refund of a cash-rounded sale pays back exactly
    -- what was paid, so it takes up the sale's rounding
    rounding_fen     BIGINT      NOT NULL DEFAULT 0,
    points_reversed  BIGINT      NOT NULL DEFAULT 0,
    line_count       INT         NOT NULL,
    tender_count     INT         NOT NULL,
    outbox_seq       BIGINT,
    CONSTRAINT refund_number_unique UNIQUE (terminal_id, training, business_date, seq)
);
CREATE INDEX refund_sale_idx ON refund (sale_id);
CREATE INDEX refund_shift_idx ON refund (shift_id);

-- Against an original line (sale_id, sale_line_no), or a product alone in a blind refund.
CREATE TABLE refund_line (
    refund_id       UUID         NOT NULL REFERENCES refund (id),
    line_no         INT          NOT NULL,
    sale_id         UUID,
    sale_line_no    INT,
    product_id      UUID         NOT NULL,
    sku             VARCHAR(32)  NOT NULL,
    name            VARCHAR(200) NOT NULL,
    name_en         VARCHAR(200),
    unit            VARCHAR(16)  NOT NULL,
    weighed         BOOLEAN      NOT NULL,
    quantity_milli  BIGINT       NOT NULL CHECK (quantity_milli > 0),
    amount_fen      BIGINT       NOT NULL CHECK (amount_fen >= 0),
    tax_rate_bp     INT          NOT NULL,
    PRIMARY KEY (refund_id, line_no),
    FOREIGN KEY (sale_id, sale_line_no) REFERENCES sale_line (sale_id, line_no)
);
CREATE INDEX refund_line_sale_idx ON refund_line (sale_id, sale_line_no);

-- How the money went back; sale_tender_position names the original tender repaid, if any.
CREATE TABLE refund_tender (
    refund_id             UUID         NOT NULL REFERENCES refund (id),
    position              INT          NOT NULL,
    method                VARCHAR(16)  NOT NULL,
    amount_fen            BIGINT       NOT NULL CHECK (amount_fen > 0),
    reference             VARCHAR(64),
    sale_tender_position  INT,
    PRIMARY KEY (refund_id, position)
);

-- Carts put aside (挂单) until the customer comes back. Stored as what the cashier did,
-- not as prices: a recalled cart is priced again with the catalog and promotions of then.
CREATE TABLE held_cart (
    id                     UUID         PRIMARY KEY,
    number                 INT          NOT NULL UNIQUE,
    held_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    user_id                UUID         NOT NULL REFERENCES users (id),
    member_id              VARCHAR(64),
    member_name            VARCHAR(100),
    order_discount_kind    VARCHAR(8)   CHECK (order_discount_kind IN ('AMOUNT', 'PERCENT')),
    -- fen for AMOUNT, basis points for PERCENT
    order_discount_value   BIGINT,
    next_line_no           INT          NOT NULL,
    CONSTRAINT held_cart_discount CHECK ((order_discount_kind IS NULL) = (order_discount_value IS NULL))
);

CREATE TABLE held_cart_line (
    held_cart_id          UUID          NOT NULL REFERENCES held_cart (id) ON DELETE CASCADE,
    position              INT           NOT NULL,
    line_no               INT           NOT NULL,
    product_id            UUID          NOT NULL,
    sku                   VARCHAR(32)   NOT NULL,
    name                  VARCHAR(200)  NOT NULL,
    -- exactly one of pieces and grams
    pieces                INT,
    grams                 BIGINT,
    label_amount_fen      BIGINT,
    override_price_fen    BIGINT,
    override_reason       VARCHAR(200),
    override_approver_id  UUID,
    discount_kind         VARCHAR(8)    CHECK (discount_kind IN ('AMOUNT', 'PERCENT')),
    discount_value        BIGINT,
    voided                BOOLEAN       NOT NULL,
    PRIMARY KEY (held_cart_id, position),
    CONSTRAINT held_cart_line_quantity CHECK ((pieces IS NULL) <> (grams IS NULL)),
    CONSTRAINT held_cart_line_discount CHECK ((discount_kind IS NULL) = (discount_value IS NULL))
);
