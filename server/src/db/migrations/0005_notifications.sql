-- Notifications: in-app messages (站内消息), the delivery record of each notification job per channel,
-- and the development outbox where the development mailer and SMS gateway put what they did not send.

CREATE TABLE messages (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  account_id    uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  title         text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  body          text NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
  created_at    timestamptz NOT NULL,
  read_at       timestamptz,
  source_job_id uuid UNIQUE
);
CREATE INDEX messages_account_created_idx ON messages (account_id, created_at DESC);
CREATE INDEX messages_account_unread_idx ON messages (account_id) WHERE read_at IS NULL;
COMMENT ON TABLE messages IS '站内消息: in-app messages to one account, newest first in /api/me/messages';
COMMENT ON COLUMN messages.source_job_id IS 'the notification.deliver job that wrote it; UNIQUE so a retried job never writes it twice';
COMMENT ON COLUMN messages.read_at IS 'when the account holder marked it read; NULL = unread';

CREATE TABLE notification_deliveries (
  job_id      uuid NOT NULL,
  channel     text NOT NULL CHECK (channel IN ('inapp', 'sms', 'email')),
  account_id  uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  outcome     text NOT NULL CHECK (outcome IN ('sent', 'skipped')),
  note        text,
  at          timestamptz NOT NULL,
  PRIMARY KEY (job_id, channel),
  CHECK (outcome = 'sent' OR note IS NOT NULL)
);
CREATE INDEX notification_deliveries_account_idx ON notification_deliveries (account_id, at DESC);
COMMENT ON TABLE notification_deliveries IS 'one row per notification job and channel: sent, or skipped with the reason; a retry skips channels already recorded';
COMMENT ON COLUMN notification_deliveries.job_id IS 'the notification.deliver job (no foreign key: finished jobs may be purged)';
COMMENT ON COLUMN notification_deliveries.note IS 'why a channel was skipped, e.g. no e-mail address on the account';

CREATE TABLE dev_outbox (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  channel     text NOT NULL CHECK (channel IN ('sms', 'email')),
  recipient   text NOT NULL CHECK (length(recipient) BETWEEN 1 AND 320),
  subject     text,
  body        text NOT NULL,
  created_at  timestamptz NOT NULL,
  CHECK (channel = 'email' OR subject IS NULL)
);
CREATE INDEX dev_outbox_created_idx ON dev_outbox (created_at DESC);
COMMENT ON TABLE dev_outbox IS 'development adapters only: messages that were NOT sent, shown to administrators at /api/dev/outbox';
COMMENT ON COLUMN dev_outbox.recipient IS 'e-mail address, or the MASKED mobile number (138****5678): mobile numbers are never stored in clear';
