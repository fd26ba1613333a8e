-- Daily reconciliation of the cloud's code payments against the wallets' bills
-- (docs/PAYMENTS.md, Reconciliation). One row per shop, Beijing day and wallet; its
-- mismatches one row each, replaced whole whenever the day is checked again.

-- state: CLEAN (everything matched, or only payments given back in full at the wallet),
-- MISMATCHED (something needs a person), NOT_YET (the wallet has not made the bill yet),
-- FAILED (the wallet could not be reached or its bill could not be read). NOT_YET and
-- FAILED are tried again from next_try_at on; a node claims a row by moving next_try_at.
CREATE TABLE cloud_reconciliation (
    shop_id      UUID          NOT NULL REFERENCES shop (id),
    bill_date    DATE          NOT NULL,
    wallet       VARCHAR(16)   NOT NULL,
    state        VARCHAR(16)   NOT NULL CHECK (state IN ('CLEAN', 'MISMATCHED', 'NOT_YET', 'FAILED')),
    matched      INTEGER       NOT NULL DEFAULT 0,
    mismatches   INTEGER       NOT NULL DEFAULT 0,
    detail       VARCHAR(400),
    attempts     INTEGER       NOT NULL DEFAULT 0,
    next_try_at  TIMESTAMP WITH TIME ZONE,
    checked_at   TIMESTAMP WITH TIME ZONE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (shop_id, bill_date, wallet)
);
CREATE INDEX cloud_reconciliation_open_idx ON cloud_reconciliation (state, bill_date);

-- kind: Mismatch.Type. ours_fen / theirs_fen: the amount on our side and on the bill, null
-- when that side has nothing.
CREATE TABLE cloud_reconciliation_mismatch (
    shop_id       UUID          NOT NULL,
    bill_date     DATE          NOT NULL,
    wallet        VARCHAR(16)   NOT NULL,
    seq           INTEGER       NOT NULL,
    kind          VARCHAR(32)   NOT NULL,
    out_trade_no  VARCHAR(128)  NOT NULL,
    refund_no     VARCHAR(128),
    ours_fen      BIGINT,
    theirs_fen    BIGINT,
    PRIMARY KEY (shop_id, bill_date, wallet, seq),
    CONSTRAINT cloud_reconciliation_mismatch_day FOREIGN KEY (shop_id, bill_date, wallet)
        REFERENCES cloud_reconciliation (shop_id, bill_date, wallet) ON DELETE CASCADE
);
