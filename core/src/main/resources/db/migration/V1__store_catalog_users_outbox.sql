-- The terminal's first schema: who and where we are, what we sell, who sells it,
-- and the outbox of events waiting for the cloud.
-- Money columns are BIGINT minor units (fen). Instants are TIMESTAMP WITH TIME ZONE in UTC.

CREATE TABLE store (
    id          UUID PRIMARY KEY,
    code        VARCHAR(16)  NOT NULL UNIQUE,
    name        VARCHAR(200) NOT NULL,
    name_en     VARCHAR(200),
    address     VARCHAR(400),
    phone       VARCHAR(40),
    time_zone   VARCHAR(64)  NOT NULL DEFAULT 'Asia/Shanghai',
    currency    CHAR(3)      NOT NULL DEFAULT 'CNY'
);

CREATE TABLE terminal (
    id          UUID PRIMARY KEY,
    store_id    UUID        NOT NULL REFERENCES store (id),
    code        VARCHAR(16) NOT NULL,
    name        VARCHAR(100),
    -- exactly one row describes the terminal this database belongs to
    is_local    BOOLEAN     NOT NULL DEFAULT FALSE,
    CONSTRAINT terminal_code_unique UNIQUE (store_id, code)
);

CREATE TABLE category (
    id          UUID PRIMARY KEY,
    code        VARCHAR(32)  NOT NULL UNIQUE,
    name        VARCHAR(100) NOT NULL,
    name_en     VARCHAR(100),
    sort_order  INT          NOT NULL DEFAULT 0
);

CREATE TABLE product (
    id               UUID PRIMARY KEY,
    sku              VARCHAR(32)  NOT NULL UNIQUE,
    name             VARCHAR(200) NOT NULL,
    name_en          VARCHAR(200),
    pinyin           VARCHAR(400),
    pinyin_initials  VARCHAR(100),
    voice_alias      VARCHAR(200),
    category_id      UUID REFERENCES category (id),
    unit             VARCHAR(16)  NOT NULL DEFAULT 'pc',
    price_fen        BIGINT       NOT NULL CHECK (price_fen >= 0),
    cost_fen         BIGINT       CHECK (cost_fen >= 0),
    member_price_fen BIGINT       CHECK (member_price_fen >= 0),
    -- tax rate in basis points: 1300 = 13 %
    tax_rate_bp      INT          NOT NULL DEFAULT 1300 CHECK (tax_rate_bp BETWEEN 0 AND 10000),
    weighed          BOOLEAN      NOT NULL DEFAULT FALSE,
    -- item code of a weighed item on in-store scale labels (PLU)
    scale_code       VARCHAR(8),
    track_stock      BOOLEAN      NOT NULL DEFAULT TRUE,
    active           BOOLEAN      NOT NULL DEFAULT TRUE,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX product_category_idx ON product (category_id);
CREATE UNIQUE INDEX product_scale_code_idx ON product (scale_code);

CREATE TABLE barcode (
    code        VARCHAR(32) PRIMARY KEY,
    product_id  UUID        NOT NULL REFERENCES product (id) ON DELETE CASCADE
);
CREATE INDEX barcode_product_idx ON barcode (product_id);

CREATE TABLE users (
    id               UUID PRIMARY KEY,
    username         VARCHAR(32)  NOT NULL UNIQUE,
    display_name     VARCHAR(100) NOT NULL,
    role             VARCHAR(16)  NOT NULL CHECK (role IN ('CASHIER', 'SUPERVISOR', 'ADMIN')),
    pin_hash         VARCHAR(200) NOT NULL,
    active           BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_attempts  INT          NOT NULL DEFAULT 0,
    locked_until     TIMESTAMP WITH TIME ZONE
);

-- Gapless counters (outbox sequence, receipt numbers): a row is updated inside the
-- transaction that uses the number, so a rolled-back transaction leaves no gap.
CREATE TABLE counter (
    name        VARCHAR(64) PRIMARY KEY,
    next_value  BIGINT      NOT NULL
);

CREATE TABLE sync_outbox (
    seq         BIGINT       PRIMARY KEY,
    event_id    UUID         NOT NULL UNIQUE,
    event_type  VARCHAR(64)  NOT NULL,
    payload     CLOB         NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts    INT          NOT NULL DEFAULT 0,
    last_error  VARCHAR(1000)
);
