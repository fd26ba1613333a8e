-- Rows of expired and ended member sessions are now swept by any login, anyone's, oldest
-- first and a bounded number at a time (miniprogram.MemberSessions.sweepExpired), no longer
-- only when the same WeChat user logs in again; this index finds the oldest without reading
-- the whole table.
CREATE INDEX member_session_expiry_idx ON member_session (expires_at);
