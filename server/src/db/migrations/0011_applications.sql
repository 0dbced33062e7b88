-- Applications (办件), GB/T 39046 表5–表8: one row per application with its statutory clocks, the
-- process instance's state (engine_state, interpreted by modules/process/engine.ts), tasks (环节) as rows
-- so inboxes and overdue lists are plain queries, an append-only action log with idempotency keys, notices
-- (文书) with their numbers, materials, special procedures (特别程序) and 一件事 bundle applications.

CREATE SEQUENCE application_number_seq;
COMMENT ON SEQUENCE application_number_seq IS 'running part of the 办件编号; gaps are harmless, numbers never repeat';

CREATE TABLE bundle_applications (
  id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  number               text NOT NULL UNIQUE,
  query_code           text NOT NULL CHECK (query_code ~ '^[0-9]{6}$'),
  bundle_id            uuid NOT NULL REFERENCES bundles (id),
  applicant_account_id uuid NOT NULL REFERENCES accounts (id),
  status               text NOT NULL CHECK (status IN ('in_progress', 'completed', 'withdrawn')),
  submit_key           text NOT NULL CHECK (length(submit_key) BETWEEN 8 AND 80),
  submitted_at         timestamptz NOT NULL,
  legal_due_date       date,
  completed_at         timestamptz,
  UNIQUE (applicant_account_id, submit_key)
);
COMMENT ON TABLE bundle_applications IS '一件事: one submission fanned out to one application per item, processed in parallel (行政许可法第四十二条第二款: 45 + 15 days)';

CREATE TABLE applications (
  id                     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  number                 text NOT NULL UNIQUE CHECK (length(number) <= 50),
  query_code             text NOT NULL CHECK (query_code ~ '^[0-9]{6}$'),
  item_id                uuid NOT NULL REFERENCES catalogue_items (id),
  item_version_id        uuid NOT NULL REFERENCES item_versions (id),
  definition_id          uuid REFERENCES process_definitions (id),
  department_id          uuid NOT NULL REFERENCES departments (id),
  hall_id                uuid REFERENCES halls (id),
  bundle_application_id  uuid REFERENCES bundle_applications (id),
  applicant_account_id   uuid NOT NULL REFERENCES accounts (id),
  applicant_name         text NOT NULL CHECK (length(applicant_name) BETWEEN 1 AND 100),
  channel                text NOT NULL CHECK (channel IN ('1', '2', '3', '4', '9')),
  registered_by          uuid REFERENCES accounts (id),
  status                 text NOT NULL CHECK (status IN ('draft', 'submitted', 'correction_requested', 'accepted', 'special_procedure',
                           'decided', 'completed', 'delivered', 'refused', 'withdrawn', 'terminated')),
  form_data_enc          text NOT NULL,
  scenario_answers       jsonb NOT NULL DEFAULT '{}',
  draft_materials        jsonb,
  engine_state           jsonb,
  version                integer NOT NULL DEFAULT 1,
  submit_key             text CHECK (length(submit_key) BETWEEN 8 AND 80),
  tolerance              jsonb,
  limit_unit             text NOT NULL CHECK (limit_unit IN ('working_day', 'natural_day')),
  promised_limit_days    integer NOT NULL CHECK (promised_limit_days >= 0),
  legal_limit_days       integer CHECK (legal_limit_days >= 0),
  extension_days         integer NOT NULL DEFAULT 0 CHECK (extension_days BETWEEN 0 AND 15),
  paused_days            integer NOT NULL DEFAULT 0 CHECK (paused_days >= 0),
  paused_since           timestamptz,
  submitted_at           timestamptz,
  received_at            timestamptz,
  acceptance_due_date    date,
  accepted_at            timestamptz,
  clock_start_date       date,
  acceptance_doc_no      text CHECK (length(acceptance_doc_no) <= 30),
  promised_due_date      date,
  legal_due_date         date,
  decision               text CHECK (decision IN ('granted', 'denied')),
  decided_at             timestamptz,
  completed_at           timestamptz,
  delivery_due_date      date,
  delivered_at           timestamptz,
  delivery_method        text CHECK (delivery_method IN ('electronic', 'window', 'post')),
  ended_at               timestamptz,
  end_reason             text CHECK (length(end_reason) <= 1000),
  created_at             timestamptz NOT NULL,
  updated_at             timestamptz NOT NULL,
  UNIQUE (applicant_account_id, submit_key),
  CHECK (status = 'draft' OR (definition_id IS NOT NULL AND engine_state IS NOT NULL AND submitted_at IS NOT NULL))
);
COMMENT ON TABLE applications IS '办件 (GB/T 39046 表5–表8); status is derived from the action log and stored for queries';
COMMENT ON COLUMN applications.channel IS '申报来源 / 办理形式代码 (GB/T 39046 A.5): 1 窗口 2 电脑端 3 移动端 4 快递 9 其他';
COMMENT ON COLUMN applications.draft_materials IS 'a draft''s chosen uploads per material; on submission they become application_materials rows';
COMMENT ON COLUMN applications.form_data_enc IS 'the application form as sealed JSON (personal data encrypted at rest)';
COMMENT ON COLUMN applications.hall_id IS 'the item''s hall: its closures (闭厅) are not working days for this application''s clocks';
COMMENT ON COLUMN applications.acceptance_due_date IS '收件 + 5 working days: the 补正 notice deadline; if missed the application counts as accepted on receipt (行政许可法第三十二条)';
COMMENT ON COLUMN applications.clock_start_date IS 'the date the decision clock counts from (受理日, or 收件日 when deemed accepted)';
COMMENT ON COLUMN applications.paused_days IS 'working days under 特别程序 (行政许可法第四十五条), added to the due dates';
COMMENT ON COLUMN applications.extension_days IS '延期 (行政许可法第四十二条: 10 working days; 15 for joint handling)';
CREATE INDEX applications_applicant ON applications (applicant_account_id, created_at DESC);
CREATE INDEX applications_department_status ON applications (department_id, status);
CREATE INDEX applications_open_due ON applications (promised_due_date) WHERE status IN ('accepted', 'special_procedure', 'decided');
CREATE INDEX applications_bundle ON applications (bundle_application_id) WHERE bundle_application_id IS NOT NULL;

CREATE TABLE application_tasks (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  application_id uuid NOT NULL REFERENCES applications (id),
  task_key       text NOT NULL,
  node_id        text NOT NULL,
  name           text NOT NULL,
  phase          text NOT NULL CHECK (phase IN ('pre_review', 'acceptance', 'review', 'decision', 'completion')),
  role           text NOT NULL,
  department_id  uuid NOT NULL REFERENCES departments (id),
  status         text NOT NULL CHECK (status IN ('open', 'done', 'cancelled')),
  claimed_by     uuid REFERENCES accounts (id),
  limit_days     integer NOT NULL CHECK (limit_days >= 0),
  due_date       date,
  created_at     timestamptz NOT NULL,
  finished_at    timestamptz,
  action_key     text,
  opinion        text CHECK (length(opinion) <= 1000),
  actor_id       uuid REFERENCES accounts (id),
  UNIQUE (application_id, task_key),
  CHECK ((status = 'open') = (finished_at IS NULL))
);
COMMENT ON TABLE application_tasks IS '环节 (GB/T 39046 表7): one row per work item; open = 待办, done = 已办';
CREATE INDEX application_tasks_inbox ON application_tasks (department_id, role, due_date) WHERE status = 'open';
CREATE INDEX application_tasks_application ON application_tasks (application_id);

CREATE TABLE application_actions (
  application_id  uuid NOT NULL REFERENCES applications (id),
  seq             integer NOT NULL CHECK (seq >= 1),
  type            text NOT NULL,
  actor_id        uuid REFERENCES accounts (id),
  actor_label     text NOT NULL,
  payload         jsonb NOT NULL,
  public_note     text,
  idempotency_key text,
  at              timestamptz NOT NULL,
  PRIMARY KEY (application_id, seq),
  UNIQUE (application_id, idempotency_key)
);
COMMENT ON TABLE application_actions IS 'append-only log of everything done to an application; replaying it gives the stored status and engine state';
CREATE FUNCTION application_actions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'application_actions is append-only' USING ERRCODE = 'check_violation';
END $$;
CREATE TRIGGER application_actions_append_only BEFORE UPDATE OR DELETE ON application_actions
  FOR EACH ROW EXECUTE FUNCTION application_actions_append_only();

CREATE TABLE application_materials (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  application_id uuid NOT NULL REFERENCES applications (id),
  material_key   text NOT NULL,
  name           text NOT NULL,
  upload_id      uuid REFERENCES uploads (id),
  provision      text NOT NULL CHECK (provision IN ('uploaded', 'tolerated', 'paper', 'committed')),
  created_at     timestamptz NOT NULL,
  CHECK ((provision = 'uploaded') = (upload_id IS NOT NULL))
);
COMMENT ON TABLE application_materials IS '材料 (GB/T 39046 表5 材料行): uploaded files, 容缺 (tolerated, to be supplied later), paper received at the window, or a written commitment in place of a certificate (告知承诺制)';
CREATE INDEX application_materials_application ON application_materials (application_id);

CREATE TABLE application_notices (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  application_id uuid NOT NULL REFERENCES applications (id),
  kind           text NOT NULL CHECK (kind IN ('receipt', 'acceptance', 'correction', 'refusal', 'special_procedure', 'extension',
                   'grant', 'denial', 'tolerance')),
  number         text NOT NULL UNIQUE,
  data           jsonb NOT NULL,
  issued_at      timestamptz NOT NULL
);
COMMENT ON TABLE application_notices IS '文书: the data of each notice; the PDF is rendered from it (modules/notices)';
CREATE INDEX application_notices_application ON application_notices (application_id);

CREATE TABLE notice_counters (
  department_id uuid NOT NULL REFERENCES departments (id),
  kind          text NOT NULL,
  year          integer NOT NULL,
  last_no       integer NOT NULL,
  PRIMARY KEY (department_id, kind, year)
);
COMMENT ON TABLE notice_counters IS 'numbers of notices per department, kind and year (〔2026〕000001号)';

CREATE TABLE special_procedures (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  application_id uuid NOT NULL REFERENCES applications (id),
  kind_code      text NOT NULL CHECK (kind_code IN ('1', '2')),
  kind_name      text NOT NULL CHECK (length(kind_name) BETWEEN 1 AND 50),
  reason         text NOT NULL CHECK (length(reason) BETWEEN 1 AND 1000),
  started_at     timestamptz NOT NULL,
  expected_end   date,
  started_by     uuid NOT NULL REFERENCES accounts (id),
  ended_at       timestamptz,
  result         text CHECK (length(result) <= 1000),
  opinion        text CHECK (length(opinion) <= 1000),
  ended_by       uuid REFERENCES accounts (id),
  CHECK ((ended_at IS NULL) = (result IS NULL))
);
COMMENT ON TABLE special_procedures IS '特别程序 (GB/T 39046 表7 items 11–21, A.7: 1 延长审批, 2 其他如听证、检验、检测、检疫、鉴定、专家评审)';
CREATE UNIQUE INDEX special_procedures_one_open ON special_procedures (application_id) WHERE ended_at IS NULL;

CREATE TABLE application_warnings (
  application_id uuid NOT NULL REFERENCES applications (id),
  subject        text NOT NULL,
  level          text NOT NULL CHECK (level IN ('yellow', 'red')),
  raised_at      timestamptz NOT NULL,
  PRIMARY KEY (application_id, subject, level)
);
COMMENT ON TABLE application_warnings IS '预警 raised by the clock job (once per application/task and level)';
