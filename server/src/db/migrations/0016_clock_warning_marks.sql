-- 预警 marks on the rows they concern, so the clock check (every 15 minutes) reads only clocks that can still
-- warn, through partial indexes ordered by due date. Before, it skipped every already-warned overdue row through application_warnings on each run — with a
-- million applications of history, seconds of reads per run, growing with every overdue item left open.
-- application_warnings stays the record of each warning (who was told when is in messages and the audit log).
ALTER TABLE application_tasks ADD COLUMN warned_level text CHECK (warned_level IN ('yellow', 'red'));
ALTER TABLE applications
  ADD COLUMN acceptance_warned text CHECK (acceptance_warned IN ('yellow', 'red')),
  ADD COLUMN decision_warned text CHECK (decision_warned IN ('yellow', 'red'));
COMMENT ON COLUMN application_tasks.warned_level IS 'the highest 预警 level raised for this task (application_warnings subject task:<task_key>)';
COMMENT ON COLUMN applications.acceptance_warned IS 'the highest 预警 level raised for the acceptance (补正告知) deadline';
COMMENT ON COLUMN applications.decision_warned IS 'the highest 预警 level raised for the promised decision date';

UPDATE application_tasks t
SET warned_level = w.level
FROM (
  SELECT application_id, substr(subject, 6) AS task_key, CASE WHEN bool_or(level = 'red') THEN 'red' ELSE 'yellow' END AS level
  FROM application_warnings WHERE subject LIKE 'task:%' GROUP BY 1, 2
) w
WHERE t.application_id = w.application_id AND t.task_key = w.task_key;

UPDATE applications a
SET acceptance_warned = w.acceptance, decision_warned = w.decision
FROM (
  SELECT application_id,
    CASE WHEN bool_or(subject = 'acceptance' AND level = 'red') THEN 'red'
         WHEN bool_or(subject = 'acceptance') THEN 'yellow' END AS acceptance,
    CASE WHEN bool_or(subject = 'decision' AND level = 'red') THEN 'red'
         WHEN bool_or(subject = 'decision') THEN 'yellow' END AS decision
  FROM application_warnings WHERE subject IN ('acceptance', 'decision') GROUP BY 1
) w
WHERE a.id = w.application_id;

-- Two exact partial indexes per clock: not warned yet (scanned up to the yellow limit) and warned yellow
-- (scanned up to today, for red). A red row is in neither.
CREATE INDEX application_tasks_clock_unwarned ON application_tasks (due_date) WHERE status = 'open' AND warned_level IS NULL;
CREATE INDEX application_tasks_clock_yellow ON application_tasks (due_date) WHERE status = 'open' AND warned_level = 'yellow';
CREATE INDEX applications_acceptance_clock_unwarned ON applications (acceptance_due_date)
  WHERE status = 'submitted' AND acceptance_warned IS NULL;
CREATE INDEX applications_acceptance_clock_yellow ON applications (acceptance_due_date)
  WHERE status = 'submitted' AND acceptance_warned = 'yellow';
CREATE INDEX applications_decision_clock_unwarned ON applications (promised_due_date)
  WHERE status IN ('accepted', 'decided') AND decision_warned IS NULL;
CREATE INDEX applications_decision_clock_yellow ON applications (promised_due_date)
  WHERE status IN ('accepted', 'decided') AND decision_warned = 'yellow';
