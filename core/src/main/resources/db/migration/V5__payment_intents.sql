-- Code payments (WeChat Pay, Alipay, UnionPay, e-CNY, the shop's member code). An intent is
-- written in a transaction of its own BEFORE the terminal asks the cloud to charge, and it
-- ends in PAID, FAILED or REVERSED whatever happens on the way (docs/PAYMENTS.md).
-- (V4 belongs to sync.)

-- id is the intent id and the wallet's merchant order number (out_trade_no): resending a
-- start after a crash or a lost answer never charges twice.
-- sale_id is the checkout the payment is for; it is given before the sale exists, and
-- completed_sale_id / receipt_no are set in the transaction that commits the sale.
-- The full code is kept only until the intent is final (a payment code is a bearer token
-- for about a minute); code_hash remains for the same-code-twice rule.
CREATE TABLE payment_intent (
    id                 UUID         PRIMARY KEY,
    sale_id            UUID         NOT NULL,
    wallet             VARCHAR(16)  NOT NULL,
    code_masked        VARCHAR(32)  NOT NULL,
    code               VARCHAR(64),
    code_hash          VARCHAR(64)  NOT NULL,
    amount_fen         BIGINT       NOT NULL CHECK (amount_fen > 0),
    state              VARCHAR(16)  NOT NULL CHECK (state IN ('NEW', 'PENDING', 'WAITING', 'PAID', 'FAILED', 'REVERSED')),
    provider_txn       VARCHAR(64),
    message_key        VARCHAR(100),
    cancel_requested   BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    paid_at            TIMESTAMP WITH TIME ZONE,
    final_at           TIMESTAMP WITH TIME ZONE,
    completed_sale_id  UUID,
    receipt_no         VARCHAR(64),
    CONSTRAINT payment_intent_code_until_final CHECK (code IS NULL OR state IN ('NEW', 'PENDING', 'WAITING')),
    CONSTRAINT payment_intent_paid_txn CHECK (state <> 'PAID' OR provider_txn IS NOT NULL)
);
CREATE INDEX payment_intent_state_idx ON payment_intent (state);
CREATE INDEX payment_intent_sale_idx ON payment_intent (sale_id);
CREATE INDEX payment_intent_code_idx ON payment_intent (code_hash);

-- Money given back on a paid intent. id is the wallet's refund number (out_refund_no), so
-- a refund sent twice is paid out once; it too is written before the call.
CREATE TABLE payment_refund (
    id           UUID         PRIMARY KEY,
    intent_id    UUID         NOT NULL REFERENCES payment_intent (id),
    amount_fen   BIGINT       NOT NULL CHECK (amount_fen > 0),
    reason       VARCHAR(80)  NOT NULL,
    state        VARCHAR(16)  NOT NULL CHECK (state IN ('PENDING', 'REFUNDED', 'FAILED')),
    message_key  VARCHAR(100),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX payment_refund_intent_idx ON payment_refund (intent_id);
