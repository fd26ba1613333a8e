-- The cloud's schema: shops and their terminals, the events terminals push, what the cloud
-- owns and terminals pull (catalog, members), and the shop-wide stock ledger and sales.
-- Portable between H2 (embedded default) and PostgreSQL (production): no vendor types,
-- no sequences or identity columns, lower-case names. Money is BIGINT fen, quantities
-- BIGINT thousandths, instants TIMESTAMP WITH TIME ZONE in UTC.

CREATE TABLE shop (
    id              UUID         PRIMARY KEY,
    code            VARCHAR(16)  NOT NULL UNIQUE,
    name            VARCHAR(200) NOT NULL,
    name_en         VARCHAR(200),
    time_zone       VARCHAR(64)  NOT NULL,
    -- The last change number handed out to the shop's pulled streams. Every change takes
    -- the next one with the row locked, so numbers become visible in the order given and
    -- a cursor never skips a change committed late.
    change_seq      BIGINT       NOT NULL DEFAULT 0,
    -- Tombstones up to this change number may have been purged: a cursor below it gets a
    -- full snapshot instead of a page of changes.
    purged_through  BIGINT       NOT NULL DEFAULT 0,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One-time codes the shop's admin hands to a new terminal.
CREATE TABLE enrolment_code (
    code         VARCHAR(32)  PRIMARY KEY,
    shop_id      UUID         NOT NULL REFERENCES shop (id),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at      TIMESTAMP WITH TIME ZONE,
    terminal_id  UUID
);

CREATE TABLE terminal (
    id                UUID         PRIMARY KEY,
    shop_id           UUID         NOT NULL REFERENCES shop (id),
    name              VARCHAR(100),
    -- the HMAC key both sides sign with (base64url)
    secret            VARCHAR(100) NOT NULL,
    -- every event of this terminal up to here is held, without a gap
    acknowledged_seq  BIGINT       NOT NULL,
    enrolled_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX terminal_shop_idx ON terminal (shop_id);

-- Nonces of accepted requests, kept for the replay window; shared by every cloud node.
CREATE TABLE request_nonce (
    terminal_id  UUID        NOT NULL,
    nonce        VARCHAR(64) NOT NULL,
    seen_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (terminal_id, nonce)
);
CREATE INDEX request_nonce_seen_idx ON request_nonce (seen_at);

-- Every event a terminal pushed, once: the key is (terminal, event id). A parked event
-- was valid but broke a business rule; it waits for review and blocks nothing.
CREATE TABLE terminal_event (
    terminal_id  UUID          NOT NULL REFERENCES terminal (id),
    event_id     UUID          NOT NULL,
    seq          BIGINT        NOT NULL,
    event_type   VARCHAR(64)   NOT NULL,
    payload      VARCHAR(1000000) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    received_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    status       VARCHAR(16)   NOT NULL CHECK (status IN ('APPLIED', 'PARKED')),
    reason       VARCHAR(400),
    reviewed_at  TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (terminal_id, event_id)
);
CREATE INDEX terminal_event_seq_idx ON terminal_event (terminal_id, seq);
CREATE INDEX terminal_event_status_idx ON terminal_event (status, received_at);

CREATE TABLE category (
    id          UUID         PRIMARY KEY,
    shop_id     UUID         NOT NULL REFERENCES shop (id),
    code        VARCHAR(32)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    name_en     VARCHAR(100),
    sort_order  INT          NOT NULL DEFAULT 0,
    deleted     BOOLEAN      NOT NULL DEFAULT FALSE,
    change_seq  BIGINT       NOT NULL,
    CONSTRAINT category_code_unique UNIQUE (shop_id, code)
);
CREATE INDEX category_change_idx ON category (shop_id, change_seq);

CREATE TABLE product (
    id                UUID         PRIMARY KEY,
    shop_id           UUID         NOT NULL REFERENCES shop (id),
    sku               VARCHAR(32)  NOT NULL,
    name              VARCHAR(200) NOT NULL,
    name_en           VARCHAR(200),
    category_code     VARCHAR(32),
    unit              VARCHAR(16)  NOT NULL,
    price_fen         BIGINT       NOT NULL CHECK (price_fen >= 0),
    cost_fen          BIGINT       CHECK (cost_fen >= 0),
    member_price_fen  BIGINT       CHECK (member_price_fen >= 0),
    tax_rate_bp       INT          NOT NULL CHECK (tax_rate_bp BETWEEN 0 AND 10000),
    weighed           BOOLEAN      NOT NULL,
    scale_code        VARCHAR(8),
    voice_alias       VARCHAR(200),
    track_stock       BOOLEAN      NOT NULL,
    active            BOOLEAN      NOT NULL,
    -- the product's barcodes, '|'-separated: they travel and change with it
    barcodes          VARCHAR(1000) NOT NULL DEFAULT '',
    deleted           BOOLEAN      NOT NULL DEFAULT FALSE,
    change_seq        BIGINT       NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT product_sku_unique UNIQUE (shop_id, sku)
);
CREATE INDEX product_change_idx ON product (shop_id, change_seq);

CREATE TABLE member (
    id           UUID         PRIMARY KEY,
    shop_id      UUID         NOT NULL REFERENCES shop (id),
    phone        VARCHAR(20)  NOT NULL,
    name         VARCHAR(100),
    level        VARCHAR(32),
    points       BIGINT       NOT NULL DEFAULT 0,
    balance_fen  BIGINT       NOT NULL DEFAULT 0,
    member_code  VARCHAR(32),
    status       VARCHAR(16)  NOT NULL CHECK (status IN ('ACTIVE', 'DISABLED')),
    deleted      BOOLEAN      NOT NULL DEFAULT FALSE,
    change_seq   BIGINT       NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT member_phone_unique UNIQUE (shop_id, phone)
);
CREATE INDEX member_change_idx ON member (shop_id, change_seq);

-- Signed stock movements from every terminal (and later online orders); stock on hand
-- across the shop is their sum.
CREATE TABLE stock_movement (
    id              UUID        PRIMARY KEY,
    shop_id         UUID        NOT NULL REFERENCES shop (id),
    product_id      UUID        NOT NULL,
    quantity_milli  BIGINT      NOT NULL,
    kind            VARCHAR(16) NOT NULL,
    terminal_id     UUID,
    event_id        UUID,
    reference       VARCHAR(64),
    at              TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX stock_movement_product_idx ON stock_movement (shop_id, product_id);

-- Sales and refunds as booked from the terminals' events; the event keeps every detail.
CREATE TABLE sale (
    id           UUID        PRIMARY KEY,
    shop_id      UUID        NOT NULL REFERENCES shop (id),
    terminal_id  UUID        NOT NULL REFERENCES terminal (id),
    kind         VARCHAR(16) NOT NULL CHECK (kind IN ('SALE', 'REFUND')),
    number       VARCHAR(64),
    total_fen    BIGINT      NOT NULL,
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    event_id     UUID        NOT NULL
);
CREATE INDEX sale_shop_idx ON sale (shop_id, at);
