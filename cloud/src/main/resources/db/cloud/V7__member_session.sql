-- Member sessions of the mini-program, one row each (ADR 26). The token stays signed, so
-- a node still rejects a forged one without reading anything; the row is what lets a
-- member sign out and the shop end a member's sessions, on every node at once, since every
-- node reads the same row. Rows past their expiry are deleted when the same WeChat user
-- logs in again.
CREATE TABLE member_session (
    id          UUID         PRIMARY KEY,
    shop_id     UUID         NOT NULL REFERENCES shop (id),
    open_id     VARCHAR(64)  NOT NULL,
    issued_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    -- set when the member signed out or the shop revoked it; the token is refused from then on
    revoked_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX member_session_user_idx ON member_session (shop_id, open_id);
