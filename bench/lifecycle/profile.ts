/**
 * Where a lifecycle's time goes: the same use cases the HTTP routes call (submitApplication, actOnTask,
 * getApplicationDetail), run in this process with BENCH_CONCURRENCY workers on a Kysely whose log times every
 * statement; then EXPLAIN (ANALYZE, BUFFERS) of each distinct statement with the parameters it was first run
 * with, inside a transaction that is rolled back.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes, randomUUID } from 'node:crypto';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { DB } from '../../server/src/db/schema.js';
import type { PersonalDataCipher } from '../../server/src/lib/personal-data-cipher.js';
import { getApplicationDetail } from '../../server/src/modules/applications/get-application-detail.js';
import { actOnTask } from '../../server/src/modules/applications/staff-actions.js';
import { submitApplication } from '../../server/src/modules/applications/submit-application.js';
import type { Principal } from '../../server/src/modules/identity/principal.js';
import type { BenchItem } from './bench-data.js';
import { summarize } from './http-client.js';

interface Stat {
  n: number;
  ms: number[];
  sql: string;
  params: readonly unknown[];
}

const stats = new Map<string, Stat>();
let recording = false;
/** the statements of one use-case call, in order, with the time each ended */
const calls = new AsyncLocalStorage<{ sql: string; end: number; ms: number }[]>();
/** per write transaction: how long the audit chain head / a notice counter row stayed locked (until COMMIT returned) */
const holds = { counterWait: [] as number[], counterHold: [] as number[], commit: [] as number[] };

function traced<T>(fn: () => Promise<T>): Promise<T> {
  const events: { sql: string; end: number; ms: number }[] = [];
  return calls.run(events, async () => {
    const r = await fn();
    // The notice counter row (per department, kind and year) is the one row every lifecycle of a department
    // locks until COMMIT: notices are numbered last (issue-notice.ts), in a data-modifying CTE.
    const counter = events.findIndex((e) => /notice_counters/.test(e.sql));
    const commit = events.findIndex((e) => e.sql === 'commit');
    if (counter >= 0 && commit > counter) {
      holds.counterWait.push(events[counter]!.ms);
      holds.counterHold.push(events[commit]!.end - events[counter]!.end);
    }
    if (commit >= 0) holds.commit.push(events[commit]!.ms);
    return r;
  });
}

function record(sql: string, params: readonly unknown[], ms: number) {
  if (!recording) return;
  const key = sql.replace(/\s+/g, ' ').trim();
  calls.getStore()?.push({ sql: key, end: performance.now(), ms });
  let s = stats.get(key);
  if (!s) stats.set(key, (s = { n: 0, ms: [], sql: key, params }));
  s.n++;
  s.ms.push(ms);
}

const f2 = (n: number) => n.toFixed(2);

export async function profileInProcess(o: {
  url: string;
  cipher: PersonalDataCipher;
  item: BenchItem;
  concurrency: number;
  seconds: number;
}) {
  const pool = new pg.Pool({ connectionString: o.url, max: o.concurrency + 2 });
  const db = new Kysely<DB>({
    dialect: new PostgresDialect({ pool }),
    log: (e) => record(e.query.sql, e.query.parameters, e.queryDurationMillis),
  });
  try {
    const principal = async (username: string): Promise<Principal> => {
      const a = await db
        .selectFrom('accounts as a')
        .innerJoin('staff as s', 's.account_id', 'a.id')
        .select(['a.id', 'a.display_name', 's.department_id'])
        .where('a.username', '=', username)
        .executeTakeFirstOrThrow();
      const roles = await db.selectFrom('account_roles').select('role').where('account_id', '=', a.id).execute();
      return {
        accountId: a.id,
        kind: 'staff',
        displayName: a.display_name,
        roles: roles.map((r) => r.role) as Principal['roles'],
        departmentId: a.department_id,
        sessionId: 'bench',
        mfaState: 'waived',
      };
    };
    const staff = { accept: await principal(o.item.clerk), pass: await principal(o.item.reviewer), grant: await principal(o.item.head) };
    // Applicants: history accounts, each with uploads of its own (rows only: submission checks ownership, not bytes).
    const applicants = await db
      .selectFrom('persons')
      .select(['account_id', 'name'])
      .where('id_number_bidx', 'like', 'bench-id-%')
      .limit(o.concurrency)
      .execute();
    const materials = new Map<string, { materialKey: string; uploadIds: string[] }[]>();
    for (const a of applicants) {
      const list = [];
      for (const m of o.item.requiredMaterials) {
        const up = await db
          .insertInto('uploads')
          .values({
            owner_account_id: a.account_id,
            file_name: `${m}.pdf`,
            media_type: 'application/pdf',
            size_bytes: 1000,
            sha256: randomBytes(32).toString('hex'),
            storage_key: `bench/${randomUUID()}`,
            scan_status: 'not_scanned',
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        list.push({ materialKey: m, uploadIds: [up.id] });
      }
      materials.set(a.account_id, list);
    }
    const deps = () => ({ db, now: new Date(), cipher: o.cipher, yellowDays: 2 });
    const meta = { requestId: randomUUID() };
    const phase: Record<string, number[]> = { submit: [], accept: [], pass: [], grant: [], complete: [], detail: [] };
    let lifecycles = 0;
    recording = true;
    const started = performance.now();
    const deadline = started + o.seconds * 1000;
    await Promise.all(
      applicants.map(async (a, w) => {
        while (performance.now() < deadline) {
          let t = performance.now();
          const { application } = await traced(() =>
            submitApplication(
              deps(),
              { accountId: a.account_id, label: `person:${a.account_id}` },
              {
                itemCode: o.item.code,
                formData: o.item.formData,
                scenarioAnswers: o.item.scenarioAnswers,
                materials: materials.get(a.account_id)!,
                channel: '2',
                submitKey: `profile-${w}-${randomUUID()}`,
                applicantAccountId: a.account_id,
                applicantName: a.name,
              },
              meta,
            ),
          );
          phase.submit!.push(performance.now() - t);
          t = performance.now();
          let detail = await getApplicationDetail(deps(), application, { withFormData: true });
          phase.detail!.push(performance.now() - t);
          for (const kind of ['accept', 'pass', 'grant', 'complete'] as const) {
            const task = detail.tasks.find((x) => x.status === 'open')!;
            t = performance.now();
            const who = kind === 'complete' ? staff.accept : staff[kind];
            const r = await traced(() =>
              actOnTask(deps(), who, { applicationId: application.id, taskId: task.taskId, actionKey: kind }, meta),
            );
            phase[kind]!.push(performance.now() - t);
            t = performance.now();
            detail = await getApplicationDetail(deps(), r.application, { withFormData: true });
            phase.detail!.push(performance.now() - t);
          }
          lifecycles++;
        }
      }),
    );
    recording = false;
    const secs = (performance.now() - started) / 1000;
    console.log(
      `\nIn-process profile (use cases without HTTP, ${applicants.length} workers, ${o.seconds} s): ${lifecycles} lifecycles = ` +
        `${(lifecycles / secs).toFixed(1)} lifecycles/s`,
    );
    console.log('| use case | calls | p50 ms | p90 ms | p99 ms |\n| --- | --- | --- | --- | --- |');
    for (const [k, ms] of Object.entries(phase)) {
      const s = summarize(ms);
      console.log(`| ${k} | ${s.n} | ${f2(s.p50)} | ${f2(s.p90)} | ${f2(s.p99)} |`);
    }
    const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
    const hold = avg(holds.counterHold);
    console.log(
      `\nSerialisation: a transaction that numbers a notice waits ${f2(avg(holds.counterWait))} ms on average for its counter row ` +
        `(per department, kind and year; the numbering statement includes the wait) and holds it ${f2(hold)} ms until COMMIT returns ` +
        `(COMMIT itself ${f2(avg(holds.commit))} ms): one department's notices of one kind are capped near ${(1000 / Math.max(hold, 0.001)).toFixed(0)}/s. ` +
        `The audit chain is sealed after commit (ADR 0003), so it serialises nothing here.`,
    );
    const list = [...stats.values()].sort((a, b) => sum(b.ms) - sum(a.ms));
    const total = list.reduce((a, s) => a + sum(s.ms), 0);
    console.log(
      `\nStatements: ${list.reduce((a, s) => a + s.n, 0)} in ${lifecycles} lifecycles (${(list.reduce((a, s) => a + s.n, 0) / Math.max(1, lifecycles)).toFixed(0)} per lifecycle), ` +
        `${f2(total / Math.max(1, lifecycles))} ms of statement time per lifecycle (client-observed, incl. lock waits). Top 25 by total time:`,
    );
    console.log('| statement | per lifecycle | avg ms | p99 ms | share |\n| --- | --- | --- | --- | --- |');
    for (const s of list.slice(0, 25)) {
      const sm = summarize(s.ms);
      console.log(
        `| \`${s.sql.slice(0, 110)}\` | ${(s.n / Math.max(1, lifecycles)).toFixed(1)} | ${f2(sum(s.ms) / s.n)} | ${f2(sm.p99)} | ${((sum(s.ms) / total) * 100).toFixed(1)}% |`,
      );
    }
  } finally {
    await db.destroy();
  }
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** EXPLAIN (ANALYZE, BUFFERS) of each statement the profile saw, with its first parameters; writes are rolled back. */
export async function explainWritePath(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  console.log('\nEXPLAIN ANALYZE of each statement of the lifecycle (first parameters seen; rolled back):');
  try {
    for (const s of stats.values()) {
      if (/^(begin|commit|rollback|select nextval)/i.test(s.sql)) continue;
      try {
        await client.query('BEGIN');
        const r = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${s.sql}`, s.params as unknown[]);
        const lines = r.rows.map((x: Record<string, string>) => x['QUERY PLAN']!);
        const time = lines.find((l) => l.startsWith('Execution Time'))?.replace('Execution Time: ', '') ?? '?';
        const scans = [
          ...new Set(
            lines
              .map((l) => /(Seq Scan|Index Only Scan|Index Scan|Bitmap Heap Scan) (?:using \S+ )?on (\S+)/.exec(l))
              .filter(Boolean)
              .map((m) => `${m![1]} ${m![2]}`),
          ),
        ];
        const bad = scans.some((x) => x.startsWith('Seq Scan') && /applications|application_|audit_log|jobs|uploads|sessions/.test(x));
        console.log(`  ${time.padStart(9)}  ${bad ? 'SEQ SCAN ' : ''}${s.sql.slice(0, 100)}  [${scans.join('; ')}]`);
        if (process.env.BENCH_EXPLAIN === '1') console.log(lines.map((l) => `      ${l}`).join('\n'));
      } catch (err) {
        console.log(`  (not replayable: ${(err as Error).message.slice(0, 60)})  ${s.sql.slice(0, 100)}`);
      } finally {
        await client.query('ROLLBACK');
      }
    }
  } finally {
    await client.end();
  }
}
