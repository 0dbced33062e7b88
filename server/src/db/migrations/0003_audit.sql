-- Audit trail: one record per state change and per staff read of personal data, hash-chained with SM3.
-- hash = SM3(prev_hash || canonical JSON of the record); audit_chain_head holds the newest seq and hash
-- so that deleting the newest records is detected too. Writers lock the head row, so records are
-- appended in one order.

CREATE TABLE audit_chain_head (
  id        smallint PRIMARY KEY CHECK (id = 1),
  last_seq  bigint NOT NULL,
  last_hash text NOT NULL
);
INSERT INTO audit_chain_head (id, last_seq, last_hash) VALUES (1, 0, repeat('0', 64));

CREATE TABLE audit_log (
  seq           bigint PRIMARY KEY CHECK (seq > 0),
  at            timestamptz NOT NULL,
  actor_id      uuid,
  actor_label   text NOT NULL,
  action        text NOT NULL CHECK (action ~ '^[a-z_]+\.[a-z_.]+$'),
  target_type   text NOT NULL,
  target_id     text,
  request_id    text,
  before_digest text,
  after_digest  text,
  detail        jsonb NOT NULL DEFAULT '{}'::jsonb,
  prev_hash     text NOT NULL,
  hash          text NOT NULL
);
CREATE INDEX audit_log_target_idx ON audit_log (target_type, target_id);
CREATE INDEX audit_log_actor_idx ON audit_log (actor_id);
COMMENT ON TABLE audit_log IS 'append-only; verified by npm run audit:verify. Keep ≥ 6 months (网络安全法 第二十一条).';
COMMENT ON COLUMN audit_log.before_digest IS 'SM3 of the canonical JSON of the target before the change (no personal data stored here)';
