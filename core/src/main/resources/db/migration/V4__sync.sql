-- What the sync client keeps between runs: this terminal's enrolment with the cloud, a
-- cursor per pulled stream (written in the transaction that applies each page), and the
-- entities seen while a full snapshot of a stream is being pulled.
-- (V3 belongs to sales.)

-- At most one row: the cloud this terminal is enrolled with and its signing secret.
CREATE TABLE sync_enrolment (
    id           INT          PRIMARY KEY CHECK (id = 1),
    cloud_url    VARCHAR(400) NOT NULL,
    terminal_id  UUID         NOT NULL,
    shop_id      UUID         NOT NULL,
    shop_name    VARCHAR(200),
    secret       VARCHAR(200) NOT NULL,
    enrolled_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- How far each stream has been applied. While a snapshot is being pulled, in_snapshot is
-- true and sync_snapshot_seen lists what the snapshot has delivered so far; whatever the
-- finished snapshot did not deliver is retired.
CREATE TABLE sync_cursor (
    stream       VARCHAR(32)  PRIMARY KEY,
    position     BIGINT       NOT NULL,
    in_snapshot  BOOLEAN      NOT NULL DEFAULT FALSE,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE sync_snapshot_seen (
    stream     VARCHAR(32) NOT NULL,
    entity_id  UUID        NOT NULL,
    PRIMARY KEY (stream, entity_id)
);
