/**
 * Bulk load of historical applications for the lifecycle benchmark, in SQL only (INSERT … SELECT over
 * generate_series), chunk by chunk: applicant accounts, then per chunk a staging table of (row number,
 * template, submission time, speed factor, applicant), from which the applications, their tasks, action log
 * and notices are copied out of the templates (history-templates.ts). Due dates use a working-day table
 * built from the real calendar (WorkingCalendar), so 受理/办结 clocks look like the server's.
 */
import { sql } from 'kysely';
import type { Db } from '../../server/src/db/database.js';

export interface HistoryOptions {
  applications: number;
  applicants: number;
  chunk: number;
  /** submission times are spread over [start, now] (finished ones end ≥ 20 days before now, open ones are recent) */
  start: Date;
  now: Date;
  /** working days from `start` − 10 days to `now` + 400 days */
  workingDays: { date: string; working: boolean }[];
  /** the same sealed value for every person's 身份证号 / mobile (the rows are realistic in size, not in content) */
  sealed: string;
  log: (line: string) => void;
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志强';

const NOTICE_MARK = sql.raw(`CASE n.kind WHEN 'receipt' THEN '收' WHEN 'acceptance' THEN '受' WHEN 'grant' THEN '准'
  WHEN 'denial' THEN '不准' WHEN 'refusal' THEN '不受' ELSE '文' END`);
/** the server's padStart(6, '0'), which never cuts a longer number */
const pad = (e: string) => sql.raw(`lpad((${e})::text, greatest(6, length((${e})::text)), '0')`);
const at = (step: string) => sql.raw(`(s.t0 + (s.r * t.step_hours[${step}]) * interval '1 hour')`);
const local = (ts: string) => sql.raw(`((${ts}) AT TIME ZONE 'Asia/Shanghai')::date`);

export async function loadHistory(pool: Db, o: HistoryOptions): Promise<void> {
  // One connection, so the session settings below hold for every statement.
  await pool.connection().execute((db) => load(db as Db, o));
}

async function load(db: Db, o: HistoryOptions): Promise<void> {
  const started = performance.now();
  await sql`SET work_mem = '64MB'`.execute(db);
  // Foreign keys are not checked row by row (PostgreSQL's FK triggers are the slowest part of a bulk insert):
  // every reference is taken from a join with the referenced table, and verifyReferences checks them all at the end.
  const fkTriggers = process.env.BENCH_LOAD_FK_TRIGGERS === '1';
  if (!fkTriggers) await sql`SET session_replication_role = replica`.execute(db);
  await sql`CREATE TABLE bench_load.tplx AS
    SELECT t.*, d.division_code, d.short_name, d.name AS dept_name, d.phone, v.content->>'name' AS item_name,
           (v.content->>'hallId')::uuid AS hall_id
    FROM bench_load.tpl t JOIN departments d ON d.id = t.department_id JOIN item_versions v ON v.id = t.version_id`.execute(db);
  await sql`ALTER TABLE bench_load.tplx ADD PRIMARY KEY (tpl_id)`.execute(db);

  // Working days: ord = number of working days up to and including d; the n-th working day after d has ord(d) + n.
  let ord = 0;
  const dates: string[] = [];
  const ords: number[] = [];
  const working: boolean[] = [];
  for (const d of o.workingDays) {
    if (d.working) ord++;
    dates.push(d.date);
    ords.push(ord);
    working.push(d.working);
  }
  await sql`CREATE TABLE bench_load.wd AS SELECT * FROM unnest(${dates}::date[], ${ords}::int[], ${working}::boolean[]) AS x(d, ord, working)`.execute(
    db,
  );
  await sql`ALTER TABLE bench_load.wd ADD PRIMARY KEY (d)`.execute(db);
  await sql`CREATE TABLE bench_load.wdo AS SELECT ord, d FROM bench_load.wd WHERE working`.execute(db);
  await sql`ALTER TABLE bench_load.wdo ADD PRIMARY KEY (ord)`.execute(db);

  // Applicants: person accounts with a persons row (unique blind-index stand-ins) and the citizen role.
  await sql`CREATE TABLE bench_load.applicant AS
    SELECT g AS n, gen_random_uuid() AS account_id,
           substr(${SURNAMES}, 1 + g % ${SURNAMES.length}, 1) || substr(${GIVEN}, 1 + (g / 20) % ${GIVEN.length}, 1)
             || CASE WHEN g % 3 = 0 THEN substr(${GIVEN}, 1 + (g / 7) % ${GIVEN.length}, 1) ELSE '' END AS name
    FROM generate_series(1, ${o.applicants}::int) g`.execute(db);
  await sql`ALTER TABLE bench_load.applicant ADD PRIMARY KEY (n)`.execute(db);
  await sql`INSERT INTO accounts (id, kind, display_name, created_at, updated_at)
    SELECT account_id, 'person', name, ${o.start}, ${o.start} FROM bench_load.applicant`.execute(db);
  await sql`INSERT INTO persons (account_id, name, id_number_enc, id_number_bidx, id_number_hint, mobile_enc, mobile_bidx, mobile_hint)
    SELECT account_id, name, ${o.sealed}, 'bench-id-' || n, '9**************' || lpad((n % 1000)::text, 3, '0'),
           ${o.sealed}, 'bench-mobile-' || n, '138****' || lpad((n % 10000)::text, 4, '0')
    FROM bench_load.applicant`.execute(db);
  await sql`INSERT INTO account_roles (account_id, role) SELECT account_id, 'citizen' FROM bench_load.applicant`.execute(db);
  o.log(`history: ${o.applicants.toLocaleString('en')} applicant accounts in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  await sql`CREATE UNLOGGED TABLE bench_load.stage (n bigint PRIMARY KEY, id uuid NOT NULL, tpl_id int NOT NULL, t0 timestamptz NOT NULL,
    r float8 NOT NULL, applicant uuid NOT NULL, applicant_name text NOT NULL, number text NOT NULL)`.execute(db);
  const finishedSpan = Math.max(0, o.now.getTime() - 20 * 86_400_000 - o.start.getTime()) / 1000;
  const counts = { applications: 0, tasks: 0, actions: 0, notices: 0 };
  for (let lo = 1; lo <= o.applications; lo += o.chunk) {
    const hi = Math.min(o.applications, lo + o.chunk - 1);
    const t0 = performance.now();
    await sql`TRUNCATE bench_load.stage`.execute(db);
    await sql`INSERT INTO bench_load.stage (n, id, tpl_id, t0, r, applicant, applicant_name, number)
      SELECT x.g, gen_random_uuid(), t.tpl_id, y.t0, x.r, a.account_id, a.name,
             t.division_code || to_char(y.t0 AT TIME ZONE 'Asia/Shanghai', 'YYYYMMDD') || lpad(nextval('application_number_seq')::text, 8, '0')
      FROM (SELECT g, floor(random() * 10000)::int AS slot, 1 + floor(random() * ${o.applicants}::int)::int AS an, 0.3 + random() * 1.4 AS r
            FROM generate_series(${lo}::int, ${hi}::int) g) x
      JOIN bench_load.tpl_slot USING (slot)
      JOIN bench_load.tplx t USING (tpl_id)
      JOIN bench_load.applicant a ON a.n = x.an
      CROSS JOIN LATERAL (SELECT CASE WHEN t.in_progress
               THEN ${o.now}::timestamptz - interval '1 hour' - (x.r * t.step_hours[t.steps]) * interval '1 hour' - random() * interval '8 days'
               ELSE ${o.start}::timestamptz + random() * ${finishedSpan}::float8 * interval '1 second' END AS t0) y
      ORDER BY y.t0`.execute(db);
    const apps =
      await sql`INSERT INTO applications (id, number, query_code, item_id, item_version_id, definition_id, department_id, hall_id,
        applicant_account_id, applicant_name, channel, status, form_data_enc, scenario_answers, engine_state, version, submit_key,
        limit_unit, promised_limit_days, legal_limit_days, submitted_at, received_at, acceptance_due_date, accepted_at, clock_start_date,
        acceptance_doc_no, promised_due_date, legal_due_date, decision, decided_at, completed_at, delivery_due_date, delivered_at,
        delivery_method, ended_at, end_reason, created_at, updated_at)
      SELECT s.id, s.number, lpad(floor(random() * 1000000)::int::text, 6, '0'), t.item_id, t.version_id, t.definition_id, t.department_id, t.hall_id,
        s.applicant, s.applicant_name, CASE WHEN s.n % 4 = 0 THEN '3' ELSE '2' END, t.status, t.form_enc, t.scenario, t.engine_state,
        t.steps, 'history-' || s.n, t.limit_unit, t.promised, t.legal, s.t0, s.t0,
        w5.d,
        ${at('t.accepted_step')}, ${local(`s.t0 + (s.r * t.step_hours[t.accepted_step]) * interval '1 hour'`)},
        CASE WHEN t.accepted_step IS NOT NULL THEN left(t.short_name || '受〔' || extract(year FROM ${at('t.accepted_step')} AT TIME ZONE 'Asia/Shanghai') || '〕' || ${pad('s.n')} || '号', 30) END,
        CASE WHEN t.accepted_step IS NULL THEN NULL WHEN t.limit_unit = 'natural_day' THEN wa.d + t.promised
             WHEN t.promised = 0 THEN wa.d ELSE wp.d END,
        CASE WHEN t.accepted_step IS NULL OR t.legal IS NULL THEN NULL WHEN t.limit_unit = 'natural_day' THEN wa.d + t.legal
             WHEN t.legal = 0 THEN wa.d ELSE wl.d END,
        t.decision, ${at('t.decided_step')}, ${at('t.completed_step')}, CASE WHEN t.decided_step IS NOT NULL THEN wdl.d END,
        ${at('t.delivered_step')}, CASE WHEN t.delivered_step IS NOT NULL THEN 'electronic' END,
        ${at('t.ended_step')}, t.end_reason, s.t0, ${at('t.steps')}
      FROM bench_load.stage s
      JOIN bench_load.tplx t USING (tpl_id)
      LEFT JOIN bench_load.wd w0 ON w0.d = ${local('s.t0')}
      LEFT JOIN bench_load.wdo w5 ON w5.ord = w0.ord + 5
      LEFT JOIN bench_load.wd wa ON wa.d = ${local(`s.t0 + (s.r * t.step_hours[t.accepted_step]) * interval '1 hour'`)}
      LEFT JOIN bench_load.wdo wp ON wp.ord = wa.ord + t.promised
      LEFT JOIN bench_load.wdo wl ON wl.ord = wa.ord + t.legal
      LEFT JOIN bench_load.wd wd ON wd.d = ${local(`s.t0 + (s.r * t.step_hours[t.decided_step]) * interval '1 hour'`)}
      LEFT JOIN bench_load.wdo wdl ON wdl.ord = wd.ord + 10`.execute(db);
    const tasks = await sql`INSERT INTO application_tasks (application_id, task_key, node_id, name, phase, role, department_id, status,
        limit_days, due_date, created_at, finished_at, action_key, opinion, actor_id)
      SELECT s.id, k.task_key, k.node_id, k.name, k.phase, k.role, k.department_id, k.status, k.limit_days,
        CASE WHEN k.limit_days = 0 THEN wc.d ELSE wdue.d END,
        ${at('k.created_step')}, ${at('k.finished_step')}, k.action_key, k.opinion, k.actor_id
      FROM bench_load.stage s
      JOIN bench_load.tplx t USING (tpl_id)
      JOIN bench_load.tpl_task k USING (tpl_id)
      LEFT JOIN bench_load.wd wc ON wc.d = ${local(`s.t0 + (s.r * t.step_hours[k.created_step]) * interval '1 hour'`)}
      LEFT JOIN bench_load.wdo wdue ON wdue.ord = wc.ord + k.limit_days`.execute(db);
    const actions = await sql`INSERT INTO application_actions (application_id, seq, type, actor_id, actor_label, payload, public_note,
        idempotency_key, at)
      SELECT s.id, a.seq, a.type, coalesce(a.actor, s.applicant), coalesce(a.actor_label, 'person:' || s.applicant), a.payload,
        a.public_note, CASE WHEN a.type = 'submit' THEN 'history-' || s.n END, ${at('a.step')}
      FROM bench_load.stage s JOIN bench_load.tplx t USING (tpl_id) JOIN bench_load.tpl_action a USING (tpl_id)`.execute(db);
    const notices = await sql`INSERT INTO application_notices (application_id, kind, number, data, issued_at)
      SELECT s.id, n.kind, x.number,
        jsonb_build_object('kind', n.kind, 'number', x.number, 'issuedAt', x.at, 'departmentName', t.dept_name,
          'applicationNumber', s.number, 'itemName', t.item_name, 'applicantName', s.applicant_name, 'contactPhone', t.phone)
          || CASE n.kind WHEN 'receipt' THEN jsonb_build_object('submittedAt', s.t0, 'queryCode', '000000', 'items', '[]'::jsonb)
                         WHEN 'acceptance' THEN jsonb_build_object('acceptedAt', x.at, 'submittedAt', s.t0)
                         WHEN 'refusal' THEN jsonb_build_object('reason', t.end_reason)
                         WHEN 'denial' THEN jsonb_build_object('reason', '不符合法定条件')
                         ELSE '{}'::jsonb END,
        x.at
      FROM bench_load.stage s JOIN bench_load.tplx t USING (tpl_id) JOIN bench_load.tpl_notice n USING (tpl_id)
      CROSS JOIN LATERAL (SELECT ${at('n.step')} AS at) y
      CROSS JOIN LATERAL (SELECT y.at, t.short_name || ${NOTICE_MARK} || '〔' || extract(year FROM y.at AT TIME ZONE 'Asia/Shanghai') || '〕'
                                 || ${pad('s.n')} || '号' AS number) x`.execute(db);
    counts.applications += Number(apps.numAffectedRows ?? 0);
    counts.tasks += Number(tasks.numAffectedRows ?? 0);
    counts.actions += Number(actions.numAffectedRows ?? 0);
    counts.notices += Number(notices.numAffectedRows ?? 0);
    const secs = (performance.now() - t0) / 1000;
    o.log(
      `history: rows ${lo.toLocaleString('en')}–${hi.toLocaleString('en')} in ${secs.toFixed(1)} s (${Math.round((hi - lo + 1) / secs)} applications/s)`,
    );
  }
  // Notice numbers above the history's, for every department, kind and year the server may count in.
  await sql`INSERT INTO notice_counters (department_id, kind, year, last_no)
    SELECT d.id, k.kind, y.year, ${o.applications}::int
    FROM departments d CROSS JOIN unnest(ARRAY['receipt','acceptance','correction','refusal','special_procedure','extension','grant',
      'denial','tolerance']) AS k(kind) CROSS JOIN generate_series(2024, 2028) AS y(year)
    ON CONFLICT (department_id, kind, year) DO UPDATE SET last_no = greatest(notice_counters.last_no, excluded.last_no)`.execute(db);
  if (!fkTriggers) {
    await sql`SET session_replication_role = origin`.execute(db);
    await verifyReferences(db, o.log);
  }
  const loaded = performance.now();
  await sql`ANALYZE`.execute(db);
  const analyzed = performance.now();
  o.log(
    `history: ${counts.applications.toLocaleString('en')} applications, ${counts.tasks.toLocaleString('en')} tasks, ` +
      `${counts.actions.toLocaleString('en')} actions, ${counts.notices.toLocaleString('en')} notices in ${((loaded - started) / 1000).toFixed(1)} s ` +
      `(${Math.round(counts.applications / ((loaded - started) / 1000))} applications/s), ANALYZE ${((analyzed - loaded) / 1000).toFixed(1)} s`,
  );
}

/** What the skipped FK triggers would have checked, as one anti-join per reference (fails the run if any row dangles). */
async function verifyReferences(db: Db, log: (line: string) => void) {
  const t0 = performance.now();
  const checks: Array<[string, ReturnType<typeof sql>]> = [
    [
      'applications → accounts',
      sql`SELECT count(*)::int AS n FROM applications a WHERE NOT EXISTS (SELECT 1 FROM accounts x WHERE x.id = a.applicant_account_id)`,
    ],
    [
      'applications → items, versions, definitions, departments',
      sql`SELECT count(*)::int AS n FROM applications a
       WHERE NOT EXISTS (SELECT 1 FROM catalogue_items x WHERE x.id = a.item_id) OR NOT EXISTS (SELECT 1 FROM item_versions x WHERE x.id = a.item_version_id)
          OR NOT EXISTS (SELECT 1 FROM process_definitions x WHERE x.id = a.definition_id) OR NOT EXISTS (SELECT 1 FROM departments x WHERE x.id = a.department_id)`,
    ],
    [
      'tasks → applications, departments, actors',
      sql`SELECT count(*)::int AS n FROM application_tasks t
       WHERE NOT EXISTS (SELECT 1 FROM applications x WHERE x.id = t.application_id) OR NOT EXISTS (SELECT 1 FROM departments x WHERE x.id = t.department_id)
          OR (t.actor_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM accounts x WHERE x.id = t.actor_id))`,
    ],
    [
      'actions → applications, actors',
      sql`SELECT count(*)::int AS n FROM application_actions t
       WHERE NOT EXISTS (SELECT 1 FROM applications x WHERE x.id = t.application_id) OR NOT EXISTS (SELECT 1 FROM accounts x WHERE x.id = t.actor_id)`,
    ],
    [
      'notices → applications',
      sql`SELECT count(*)::int AS n FROM application_notices t WHERE NOT EXISTS (SELECT 1 FROM applications x WHERE x.id = t.application_id)`,
    ],
    [
      'persons / roles → accounts',
      sql`SELECT (SELECT count(*) FROM persons p WHERE NOT EXISTS (SELECT 1 FROM accounts x WHERE x.id = p.account_id))
       + (SELECT count(*) FROM account_roles r WHERE NOT EXISTS (SELECT 1 FROM accounts x WHERE x.id = r.account_id))::int AS n`,
    ],
  ];
  for (const [label, q] of checks) {
    const r = await (q as ReturnType<typeof sql<{ n: number }>>).execute(db);
    if (Number(r.rows[0]!.n) !== 0) throw new Error(`history: ${r.rows[0]!.n} rows break the reference ${label}`);
  }
  log(`history: every foreign key verified (${checks.length} anti-joins) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
