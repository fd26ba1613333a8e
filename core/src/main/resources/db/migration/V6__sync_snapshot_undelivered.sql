-- A full snapshot of a stream now keeps what the terminal held when the snapshot started
-- and the snapshot has not delivered yet, instead of everything it delivered: whatever is
-- left when the snapshot ends is gone from the cloud and is retired. A new terminal's first
-- snapshot, holding nothing, keeps no list at all (ADR 16).
-- A snapshot under way kept the old list, which says nothing of what the terminal held:
-- it starts again from the beginning.
UPDATE sync_cursor SET position = 0, in_snapshot = FALSE WHERE in_snapshot;

DROP TABLE sync_snapshot_seen;

CREATE TABLE sync_snapshot_undelivered (
    stream     VARCHAR(32) NOT NULL,
    entity_id  UUID        NOT NULL,
    PRIMARY KEY (stream, entity_id)
);
