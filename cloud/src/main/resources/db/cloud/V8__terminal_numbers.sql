-- Each terminal of a shop has its own number, handed out at enrolment (ADR 26); the
-- terminal prints it in its receipt numbers (store-terminal-date-sequence), so two
-- terminals of one shop never issue the same receipt number. Terminals enrolled before
-- are numbered in the order they enrolled.
ALTER TABLE terminal ADD COLUMN terminal_no INT;
UPDATE terminal t SET terminal_no = (
    SELECT COUNT(*) FROM terminal o
    WHERE o.shop_id = t.shop_id AND (o.enrolled_at < t.enrolled_at OR (o.enrolled_at = t.enrolled_at AND o.id <= t.id)));
ALTER TABLE terminal ALTER COLUMN terminal_no SET NOT NULL;
CREATE UNIQUE INDEX terminal_shop_no_idx ON terminal (shop_id, terminal_no);
