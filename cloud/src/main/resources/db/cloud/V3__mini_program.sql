-- The mini-program's members and orders, and room for sealed terminal secrets. (V3: the payment work may also take V2/V3; the
-- numbers are put in order when the branches meet.)

-- Keys every node of the cloud shares, made by whichever node needs one first: the key
-- that signs member sessions, so a session made by one node is good on all of them.
CREATE TABLE cloud_key (
    name        VARCHAR(32)  PRIMARY KEY,
    secret      VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A WeChat user of the shop's mini-program (its openid), and the member it became.
CREATE TABLE wechat_identity (
    shop_id     UUID         NOT NULL REFERENCES shop (id),
    open_id     VARCHAR(64)  NOT NULL,
    member_id   UUID         REFERENCES member (id),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (shop_id, open_id),
    CONSTRAINT wechat_identity_member_unique UNIQUE (member_id)
);

-- Who placed an online order (to tell them when it moves on) and the id the mini-program
-- gave it, so a submission sent twice places one order.
ALTER TABLE online_order ADD COLUMN customer VARCHAR(64);
ALTER TABLE online_order ADD COLUMN client_order_id UUID;
CREATE UNIQUE INDEX online_order_client_idx ON online_order (shop_id, client_order_id);
CREATE INDEX online_order_customer_idx ON online_order (shop_id, customer, placed_at);

-- Terminal secrets are kept sealed (AES-GCM, base64): longer than the bare secret.
ALTER TABLE terminal ALTER COLUMN secret SET DATA TYPE VARCHAR(200);

-- A push looks up its batch's event ids: without an index of its own on event_id the
-- lookup scans every event the terminal ever pushed (it slowed with each batch).
CREATE INDEX terminal_event_event_idx ON terminal_event (event_id);
