-- Promotions and central settings, which the cloud owns and terminals pull (streams
-- "promotions" and "settings", ADR 24). Each change takes the shop's next change number,
-- like the catalog's; a removed promotion stays as a tombstone (deleted) so terminals learn
-- of it. Columns as core.pricing.PromotionTerms: the figures a kind does not use are null.

CREATE TABLE promotion (
    id                 UUID          PRIMARY KEY,
    shop_id            UUID          NOT NULL REFERENCES shop (id),
    code               VARCHAR(64)   NOT NULL,
    name               VARCHAR(200)  NOT NULL,
    name_en            VARCHAR(200),
    kind               VARCHAR(16)   NOT NULL,
    -- SKUs and category codes covered, '|'-separated
    target_skus        VARCHAR(4000) NOT NULL DEFAULT '',
    target_categories  VARCHAR(1000) NOT NULL DEFAULT '',
    all_products       BOOLEAN       NOT NULL,
    percent_off_bp     INT,
    amount_fen         BIGINT,
    buy_count          INT,
    get_count          INT,
    bundle_count       INT,
    bundle_price_fen   BIGINT,
    priority           INT           NOT NULL,
    starts_at          TIMESTAMP WITH TIME ZONE,
    ends_at            TIMESTAMP WITH TIME ZONE,
    -- ISO day numbers (1 Monday .. 7 Sunday), comma-separated; empty for every day
    weekdays           VARCHAR(20)   NOT NULL DEFAULT '',
    -- the daily hours in the shop's zone, HH:mm
    daily_from         VARCHAR(5),
    daily_to           VARCHAR(5),
    deleted            BOOLEAN       NOT NULL DEFAULT FALSE,
    change_seq         BIGINT        NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT promotion_code_unique UNIQUE (shop_id, code)
);
CREATE INDEX promotion_change_idx ON promotion (shop_id, change_seq);

-- The receipt's header and footer set for every counter of the shop; the store's name is
-- the shop's own (shop.name, shop.name_en). change_seq numbers the last change of either.
CREATE TABLE shop_settings (
    shop_id         UUID          PRIMARY KEY REFERENCES shop (id),
    receipt_header  VARCHAR(200),
    receipt_footer  VARCHAR(1000),
    change_seq      BIGINT        NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
