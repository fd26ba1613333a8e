-- Code payments the terminals ask the cloud to take (docs/PAYMENTS.md), refunds of them,
-- payment incidents for the admin, and the shop's member code wallet.

-- One row per terminal intent; the intent id is the wallet's merchant order number. A row
-- may be a tombstone: a cancel that arrived before (or instead of) its start is kept as
-- REVERSED with no wallet, so a start arriving later never charges.
-- auth_code is kept only until the payment is final.
CREATE TABLE cloud_payment (
    terminal_id      UUID         NOT NULL,
    intent_id        UUID         NOT NULL,
    shop_id          UUID,
    sale_id          UUID,
    wallet           VARCHAR(16),
    auth_code        VARCHAR(64),
    amount_fen       BIGINT,
    description      VARCHAR(128),
    state            VARCHAR(16)  NOT NULL CHECK (state IN ('PENDING', 'WAITING', 'PAID', 'FAILED', 'REVERSED')),
    provider_txn     VARCHAR(64),
    paid_at          TIMESTAMP WITH TIME ZONE,
    error_code       VARCHAR(64),
    message_key      VARCHAR(100),
    waiting_until    TIMESTAMP WITH TIME ZONE,
    cancel_requested BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    final_at         TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (terminal_id, intent_id),
    CONSTRAINT cloud_payment_paid_txn CHECK (state <> 'PAID' OR provider_txn IS NOT NULL)
);
CREATE UNIQUE INDEX cloud_payment_intent_idx ON cloud_payment (intent_id);
CREATE INDEX cloud_payment_state_idx ON cloud_payment (state);
CREATE INDEX cloud_payment_sale_idx ON cloud_payment (terminal_id, sale_id);

-- refund_id is the wallet's refund number (out_refund_no / out_request_no): a refund asked
-- twice is paid out once. automatic: the cloud refunded on its own (a second payment of a sale).
CREATE TABLE cloud_refund (
    refund_id          UUID         PRIMARY KEY,
    terminal_id        UUID         NOT NULL,
    intent_id          UUID         NOT NULL,
    amount_fen         BIGINT       NOT NULL CHECK (amount_fen > 0),
    reason             VARCHAR(80)  NOT NULL,
    state              VARCHAR(16)  NOT NULL CHECK (state IN ('PENDING', 'REFUNDED', 'FAILED')),
    provider_refund_id VARCHAR(64),
    message_key        VARCHAR(100),
    automatic          BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX cloud_refund_intent_idx ON cloud_refund (intent_id);
CREATE INDEX cloud_refund_state_idx ON cloud_refund (state);

-- What the admin must look at: two payments for one sale (the extra one refunded), ...
CREATE TABLE payment_incident (
    id           UUID          PRIMARY KEY,
    shop_id      UUID,
    terminal_id  UUID          NOT NULL,
    intent_id    UUID          NOT NULL,
    sale_id      UUID,
    kind         VARCHAR(32)   NOT NULL,
    detail       VARCHAR(400)  NOT NULL,
    at           TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX payment_incident_shop_idx ON payment_incident (shop_id, at);

-- The member code wallet. Each member has a key; a code is the member-code prefix, the
-- member's slot number and a time-based one-time password of that key (RFC 6238).
CREATE TABLE member_pay_key (
    member_id   UUID         PRIMARY KEY REFERENCES member (id),
    slot        VARCHAR(16)  NOT NULL UNIQUE,
    secret_hex  VARCHAR(64)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A code pays once.
CREATE TABLE member_code_use (
    code          VARCHAR(32)  PRIMARY KEY,
    member_id     UUID         NOT NULL,
    out_trade_no  VARCHAR(64)  NOT NULL,
    used_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Stored value moved by code payments: id is the charge's order number or the refund
-- number, so a charge or refund repeated after a lost answer moves the balance once.
CREATE TABLE member_wallet_txn (
    id            VARCHAR(64)  PRIMARY KEY,
    kind          VARCHAR(16)  NOT NULL CHECK (kind IN ('CHARGE', 'REFUND')),
    member_id     UUID         NOT NULL,
    out_trade_no  VARCHAR(64)  NOT NULL,
    amount_fen    BIGINT       NOT NULL CHECK (amount_fen > 0),
    at            TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX member_wallet_txn_trade_idx ON member_wallet_txn (out_trade_no);
