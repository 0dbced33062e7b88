-- In-app messages are written in the transaction of the change they report (notifyAccount); only SMS and
-- e-mail go through the notification.deliver job. Messages written that way have no source job.
COMMENT ON COLUMN messages.source_job_id IS 'the notification.deliver job that wrote it (UNIQUE, so a retried job never writes it twice); NULL when written in the transaction of the change it reports';
