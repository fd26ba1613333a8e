-- Audit log, stock ledger, the local copy of members, shifts with their cash, Z reports.
-- Money columns are BIGINT fen; quantities are BIGINT thousandths (grams of a kg item);
-- instants are TIMESTAMP WITH TIME ZONE in UTC.

-- Append-only, hash-chained: each row's hash covers its fields and the previous row's hash.
-- No foreign keys: an audit entry must never fail to be written, or vanish, because of
-- what happens to the rows it talks about.
CREATE TABLE audit_log (
    seq          BIGINT       PRIMARY KEY,
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    user_id      UUID,
    action       VARCHAR(32)  NOT NULL,
    subject      VARCHAR(200),
    details      CLOB,
    approver_id  UUID,
    prev_hash    CHAR(64)     NOT NULL,
    hash         CHAR(64)     NOT NULL
);

-- The newest entry's number and hash, kept apart from the log: a chain cannot show that
-- its own tail was cut off, this row can. Locked by every append, so appends are serial.
CREATE TABLE audit_head (
    id    INT      PRIMARY KEY CHECK (id = 1),
    seq   BIGINT   NOT NULL,
    hash  CHAR(64) NOT NULL
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Signed movements; stock on hand is their sum. No foreign key to product: the cloud owns
-- the catalog and may retire a product that still has movements here.
CREATE TABLE stock_movement (
    id              UUID        PRIMARY KEY,
    product_id      UUID        NOT NULL,
    quantity_milli  BIGINT      NOT NULL,
    kind            VARCHAR(16) NOT NULL CHECK (kind IN ('SALE', 'RETURN', 'RECEIPT', 'ADJUSTMENT', 'COUNT', 'ONLINE_ORDER')),
    reference       VARCHAR(64),
    at              TIMESTAMP WITH TIME ZONE NOT NULL,
    user_id         UUID
);
CREATE INDEX stock_movement_product_idx ON stock_movement (product_id, at);

-- Members as last synced from the cloud, which owns them; PENDING rows were signed up at
-- this counter and are not yet confirmed by the cloud.
CREATE TABLE member (
    id           UUID         PRIMARY KEY,
    phone        VARCHAR(20)  NOT NULL UNIQUE,
    name         VARCHAR(100),
    level        VARCHAR(32),
    points       BIGINT       NOT NULL DEFAULT 0,
    balance_fen  BIGINT       NOT NULL DEFAULT 0,
    member_code  VARCHAR(32)  UNIQUE,
    status       VARCHAR(16)  NOT NULL CHECK (status IN ('PENDING', 'ACTIVE', 'DISABLED')),
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE z_report (
    id             UUID    PRIMARY KEY,
    terminal_id    UUID    NOT NULL REFERENCES terminal (id),
    number         BIGINT  NOT NULL,
    business_date  DATE    NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    user_id        UUID    NOT NULL REFERENCES users (id),
    figures        CLOB    NOT NULL,
    CONSTRAINT z_report_number_unique UNIQUE (terminal_id, number),
    CONSTRAINT z_report_day_unique UNIQUE (terminal_id, business_date)
);

CREATE TABLE shift (
    id             UUID    PRIMARY KEY,
    terminal_id    UUID    NOT NULL REFERENCES terminal (id),
    -- the terminal while the shift is open, NULL once closed: the unique index lets a
    -- terminal have any number of closed shifts but only one open one
    open_on        UUID    UNIQUE,
    user_id        UUID    NOT NULL REFERENCES users (id),
    business_date  DATE    NOT NULL,
    opened_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    float_fen      BIGINT  NOT NULL CHECK (float_fen >= 0),
    closed_at      TIMESTAMP WITH TIME ZONE,
    closed_by      UUID    REFERENCES users (id),
    expected_fen   BIGINT,
    counted_fen    BIGINT,
    -- the blind count by denomination, as JSON
    counted_notes  CLOB,
    z_report_id    UUID    REFERENCES z_report (id),
    CONSTRAINT shift_open_on_own_terminal CHECK (open_on IS NULL OR open_on = terminal_id)
);
CREATE INDEX shift_z_idx ON shift (z_report_id);

CREATE TABLE cash_movement (
    id           UUID         PRIMARY KEY,
    shift_id     UUID         NOT NULL REFERENCES shift (id),
    kind         VARCHAR(16)  NOT NULL CHECK (kind IN ('CASH_IN', 'CASH_OUT', 'NO_SALE')),
    amount_fen   BIGINT       NOT NULL CHECK (amount_fen >= 0),
    reason       VARCHAR(200),
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    user_id      UUID         NOT NULL REFERENCES users (id),
    approver_id  UUID         REFERENCES users (id)
);
CREATE INDEX cash_movement_shift_idx ON cash_movement (shift_id);
