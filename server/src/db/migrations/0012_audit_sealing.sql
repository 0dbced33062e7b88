-- Audit records are written inside each use case's transaction as before, but chained after commit: a
-- sealer (job 'audit.seal', every second, and before every verification) takes the chain head lock, gives
-- the unsealed records their seq in insertion order, and computes prev_hash and hash. Writers no longer
-- queue on one row lock until their commit (ADR 0003); tampering with sealed records is detected as before.

ALTER TABLE audit_log DROP CONSTRAINT audit_log_pkey;
ALTER TABLE audit_log ADD COLUMN id bigserial;
UPDATE audit_log SET id = seq;
SELECT setval(pg_get_serial_sequence('audit_log', 'id'), greatest((SELECT max(id) FROM audit_log), 1));
ALTER TABLE audit_log ADD PRIMARY KEY (id);
ALTER TABLE audit_log ALTER COLUMN seq DROP NOT NULL;
ALTER TABLE audit_log ALTER COLUMN prev_hash DROP NOT NULL;
ALTER TABLE audit_log ALTER COLUMN hash DROP NOT NULL;
CREATE UNIQUE INDEX audit_log_seq_key ON audit_log (seq) WHERE seq IS NOT NULL;
CREATE INDEX audit_log_unsealed ON audit_log (id) WHERE seq IS NULL;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_sealed_whole CHECK ((seq IS NULL) = (hash IS NULL) AND (seq IS NULL) = (prev_hash IS NULL));
COMMENT ON COLUMN audit_log.id IS 'insertion order; the sealer assigns seq in this order';
COMMENT ON COLUMN audit_log.seq IS 'position in the hash chain; NULL until sealed (normally within a second of commit)';
