-- Promotions and the shop's central settings, which the cloud owns and the terminal pulls
-- (streams "promotions" and "settings", ADR 24). A terminal that has never pulled
-- promotions seeds this table from the demo store's CSV, so it prices offline as before.

-- One row per live promotion, keyed by the cloud's id; its code is the id the pricing
-- engine and the sale's adjustments name it by. The figures a kind does not use are null
-- (core.pricing.PromotionTerms); a removed promotion's row is deleted.
CREATE TABLE promotion (
    id                 UUID          PRIMARY KEY,
    code               VARCHAR(64)   NOT NULL UNIQUE,
    name               VARCHAR(200)  NOT NULL,
    name_en            VARCHAR(200),
    kind               VARCHAR(16)   NOT NULL,
    -- SKUs and category codes covered, '|'-separated; all_products covers everything
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
    daily_from         TIME,
    daily_to           TIME,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The receipt's header and footer as the shop set them centrally (one row, once pulled).
-- A blank header or a null footer leaves the terminal's own setting in force.
CREATE TABLE shop_settings (
    id              INT           PRIMARY KEY CHECK (id = 1),
    receipt_header  VARCHAR(200),
    receipt_footer  VARCHAR(1000),
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
