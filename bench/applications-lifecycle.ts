/**
 * Application (办件) lifecycle benchmark: complete lifecycles through HTTP on real PostgreSQL over a large history.
 *
 *   npx tsx bench/applications-lifecycle.ts
 *
 * 1. Empties BENCH_DATABASE_URL (default postgresql://postgres:postgres@localhost:5432/onewindow_bench_lifecycle,
 *    created when missing), migrates it and seeds the demo city (the server's seedDemo: departments, staff,
 *    published items with their processes).
 * 2. Loads BENCH_APPLICATIONS (1,000,000) historical applications in SQL (INSERT … SELECT generate_series), in
 *    chunks of BENCH_LOAD_CHUNK (100,000), from templates the real lifecycle and process engine produced for every
 *    demo item × outcome (history-templates.ts): mostly delivered, some completed, denied, refused, withdrawn, about
 *    a fifth open at each step; submitted over the past two years (the years the working calendar has), with tasks,
 *    action log and notices; BENCH_APPLICANTS (applications / 20) applicant accounts; then ANALYZE.
 * 3. Settles the background as a live system would have it (lifecycle/settle-background.ts): history clocks due
 *    before today marked as warned, notifications queued by earlier runs marked done.
 * 4. Starts the server as a child process (server/src/server.ts → buildApp with the real config: demo mode for
 *    STAFF_MFA=waived, no demo seeding, LOG_LEVEL=silent, job worker off unless BENCH_JOBS=1), registers
 *    BENCH_CITIZENS (= concurrency) citizens, uploads each one's required materials once (uploads are reused:
 *    check-submission only asks that the submitter owns them), logs the department's window clerk, reviewer and
 *    head in once per worker, and runs BENCH_CONCURRENCY (8) workers for BENCH_SECONDS (30) after
 *    BENCH_WARMUP_SECONDS (3), each doing whole lifecycles of BENCH_ITEM (个体工商户注销登记, standard process):
 *    submit → accept (clerk) → pass (reviewer) → grant (head) → complete (clerk).
 * 5. Prints lifecycles/s, requests/s, p50/p90/p99/max per request kind and overall, errors by status, CPU per
 *    lifecycle (server, PostgreSQL, load generator), a markdown block for docs/benchmarks.md; then an in-process
 *    profile of the same use cases with every statement timed (BENCH_PROFILE_SECONDS, 5; 0 = skip), EXPLAIN
 *    ANALYZE of the write path's statements on the loaded data, and the machine's pgbench yardstick
 *    (bench/pgbench.sh) unless BENCH_SKIP_PGBENCH=1.
 * BENCH_REUSE_DATA=1 keeps the database of the previous run (no reset, no history load).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openPostgres } from '../server/src/db/database.js';
import { migrate } from '../server/src/db/migrate.js';
import { loadConfig } from '../server/src/config.js';
import { createPersonalDataCipher } from '../server/src/lib/personal-data-cipher.js';
import { seedDemo } from '../server/src/modules/demo/seed-demo.js';
import { DEMO_PASSWORD } from '../server/src/modules/demo/demo-data.js';
import { PASSWORD, randomIdNumber, randomMobile } from '../server/test/factories.js';
import { samplePdf } from '../server/src/modules/uploads/test-files.js';
import { benchItem, loadBenchHistory, type BenchItem } from './lifecycle/bench-data.js';
import { cpuSecondsOf, freePort, JsonClient, postgresCpuSeconds, summarize, type Reply, type Session } from './lifecycle/http-client.js';
import { explainWritePath, profileInProcess } from './lifecycle/profile.js';
import { settleBackground } from './lifecycle/settle-background.js';
import { recreateDatabase } from './bench-database.js';
import { runPgbenchYardstick } from './pgbench-yardstick.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const env = process.env;
const DATABASE_URL = env.BENCH_DATABASE_URL || 'postgresql://postgres:postgres@localhost:5432/onewindow_bench_lifecycle';
const APPLICATIONS = Number(env.BENCH_APPLICATIONS ?? 1_000_000);
const CONCURRENCY = Number(env.BENCH_CONCURRENCY || 8);
const SECONDS = Number(env.BENCH_SECONDS || 30);
const WARMUP_SECONDS = Number(env.BENCH_WARMUP_SECONDS ?? 3);
const CITIZENS = Number(env.BENCH_CITIZENS || CONCURRENCY);
const JOBS = env.BENCH_JOBS === '1';
const ITEM_SLUG = env.BENCH_ITEM || 'individual-business-deregistration';
// Fixed keys, so a reused database's sealed values stay readable by the next run's server.
const key = (label: string) => createHash('sha256').update(`onewindow bench ${label}`).digest('hex');
const DATA_KEY = key('data key');
const BLIND_INDEX_KEY = key('blind index key');
const f1 = (n: number) => n.toFixed(1);

function serverEnv(port: number, dataDir: string): NodeJS.ProcessEnv {
  return {
    PATH: env.PATH,
    NODE_ENV: 'production',
    ONEWINDOW_MODE: 'demo', // STAFF_MFA=waived is refused in production mode
    STAFF_MFA: 'waived',
    SEED_DEMO: 'false',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATABASE_URL,
    DATABASE_POOL_SIZE: String(Math.max(10, CONCURRENCY + 2)),
    DATA_DIR: dataDir,
    DATA_KEY,
    BLIND_INDEX_KEY,
    JOBS_ENABLED: JOBS ? 'true' : 'false',
    LOG_LEVEL: 'silent',
    WEB_DIST_DIR: path.join(dataDir, 'no-web'),
  };
}

function startServer(port: number, dataDir: string): ChildProcess {
  const extra = (env.BENCH_SERVER_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
  return spawn(process.execPath, [...extra, '--import', 'tsx', path.join(root, 'server', 'src', 'server.ts')], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: serverEnv(port, dataDir),
  });
}

async function waitReady(client: JsonClient, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    if ((await client.request('GET', '/readyz')).status === 200) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the server did not become ready within 60 s');
}

interface Actors {
  citizens: { session: Session; materials: { materialKey: string; uploadIds: string[] }[] }[];
  clerks: Session[];
  reviewers: Session[];
  heads: Session[];
}

async function setUpActors(client: JsonClient, item: BenchItem): Promise<Actors> {
  const must = (r: Reply, what: string) => {
    if (r.status >= 300) throw new Error(`${what}: ${r.status} ${JSON.stringify(r.body)}`);
    return r;
  };
  const citizens: Actors['citizens'] = [];
  for (let i = 0; i < CITIZENS; i++) {
    const r = must(
      await client.request('POST', '/api/auth/register/person', {
        json: { name: '张三', idNumber: randomIdNumber(), mobile: randomMobile(), password: PASSWORD },
      }),
      'register',
    );
    const session = JsonClient.sessionOf(r);
    const materials = [];
    for (const m of item.requiredMaterials) {
      const up = must(
        await client.request('POST', `/api/uploads?fileName=${encodeURIComponent(`${m}.pdf`)}`, { session, bytes: samplePdf() }),
        'upload',
      );
      materials.push({ materialKey: m, uploadIds: [(up.body as { id: string }).id] });
    }
    citizens.push({ session, materials });
  }
  const staff = async (username: string) => {
    const out: Session[] = [];
    for (let i = 0; i < CONCURRENCY; i++) {
      const r = must(
        await client.request('POST', '/api/auth/login', { json: { kind: 'staff', identifier: username, password: DEMO_PASSWORD } }),
        `login ${username}`,
      );
      out.push(JsonClient.sessionOf(r));
    }
    return out;
  };
  return { citizens, clerks: await staff(item.clerk), reviewers: await staff(item.reviewer), heads: await staff(item.head) };
}

const KINDS = ['submit', 'accept', 'pass', 'grant', 'complete'] as const;
type Kind = (typeof KINDS)[number];
interface Sample {
  kind: Kind;
  ms: number;
  status: number;
}

async function drive(client: JsonClient, item: BenchItem, actors: Actors, seconds: number, tag: string) {
  const samples: Sample[] = [];
  let lifecycles = 0;
  const errors: string[] = [];
  const started = performance.now();
  const deadline = started + seconds * 1000;
  let serial = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async (_, w) => {
      const citizen = actors.citizens[w % actors.citizens.length]!;
      const staffFor: Record<Exclude<Kind, 'submit'>, Session> = {
        accept: actors.clerks[w]!,
        pass: actors.reviewers[w]!,
        grant: actors.heads[w]!,
        complete: actors.clerks[w]!,
      };
      while (performance.now() < deadline) {
        const sub = await client.request('POST', '/api/applications', {
          session: citizen.session,
          json: {
            itemCode: item.code,
            formData: item.formData,
            scenarioAnswers: item.scenarioAnswers,
            materials: citizen.materials,
            submitKey: `bench-${tag}-${w}-${++serial}-${Date.now()}`,
          },
        });
        samples.push({ kind: 'submit', ms: sub.ms, status: sub.status });
        if (sub.status !== 201) {
          if (errors.length < 5) errors.push(`submit ${sub.status} ${JSON.stringify(sub.body).slice(0, 300)}`);
          continue;
        }
        let detail = sub.body as { id: string; tasks: { taskId: string; status: string }[] };
        let ok = true;
        for (const kind of ['accept', 'pass', 'grant', 'complete'] as const) {
          const task = detail.tasks.find((t) => t.status === 'open');
          if (!task) {
            ok = false;
            break;
          }
          const r = await client.request(
            'POST',
            `/api/console/applications/${detail.id}/tasks/${encodeURIComponent(task.taskId)}/actions`,
            { session: staffFor[kind], json: { actionKey: kind } },
          );
          samples.push({ kind, ms: r.ms, status: r.status });
          if (r.status !== 200) {
            if (errors.length < 5) errors.push(`${kind} ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`);
            ok = false;
            break;
          }
          detail = r.body as typeof detail;
        }
        if (ok) lifecycles++;
      }
    }),
  );
  return { samples, lifecycles, wallMs: performance.now() - started, errors };
}

async function main() {
  console.log(
    `applications lifecycle benchmark: ${APPLICATIONS.toLocaleString('en')} historical applications, ${CONCURRENCY} workers, ` +
      `${SECONDS} s (+${WARMUP_SECONDS} s warm-up), job worker ${JOBS ? 'ON' : 'off'}`,
  );
  console.log(`database: ${DATABASE_URL.replace(/\/\/[^@]*@/, '//…@')}`);
  const reuse = env.BENCH_REUSE_DATA === '1';
  if (!reuse) await recreateDatabase(DATABASE_URL);
  const database = await openPostgres(DATABASE_URL, 4);
  const cipher = createPersonalDataCipher(DATA_KEY, BLIND_INDEX_KEY);
  let item: BenchItem;
  try {
    await migrate(database.db);
    const config = loadConfig(serverEnv(0, os.tmpdir()));
    await seedDemo({ db: database.db, cipher, config, now: new Date() });
    item = await benchItem(database.db, ITEM_SLUG);
    if (!reuse) await loadBenchHistory(database.db, cipher, { applications: APPLICATIONS, now: new Date(), log: console.log });
    else console.log('history: reusing the data of a previous run (BENCH_REUSE_DATA=1)');
    const c = await database.db
      .selectFrom('applications')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    console.log(`applications in the database before the run: ${Number(c.n).toLocaleString('en')}`);
    for (const line of await settleBackground(database.db, new Date(), config.clockYellowDays)) console.log(line);
  } finally {
    await database.close();
  }

  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'onewindow-bench-'));
  const child = startServer(port, dataDir);
  const stop = () => {
    if (child.exitCode === null) child.kill('SIGTERM');
  };
  process.on('SIGINT', () => {
    stop();
    process.exit(130);
  });
  const client = new JsonClient(port, CONCURRENCY + 2);
  let result: Awaited<ReturnType<typeof drive>>;
  let cpu = { server: NaN, generator: NaN, postgres: NaN };
  try {
    await waitReady(client, child);
    const actors = await setUpActors(client, item);
    if (WARMUP_SECONDS > 0) await drive(client, item, actors, WARMUP_SECONDS, 'warm');
    const before = { server: cpuSecondsOf(child.pid!), generator: process.cpuUsage(), postgres: postgresCpuSeconds() };
    result = await drive(client, item, actors, SECONDS, 'run');
    const gen = process.cpuUsage(before.generator);
    cpu = {
      server: cpuSecondsOf(child.pid!) - before.server,
      generator: (gen.user + gen.system) / 1e6,
      postgres: postgresCpuSeconds() - before.postgres,
    };
  } finally {
    client.close();
    stop();
    await new Promise((r) => (child.exitCode === null ? child.once('exit', r) : r(null)));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }

  const secs = result.wallMs / 1000;
  const all = summarize(result.samples.map((s) => s.ms));
  const failed = result.samples.filter((s) => s.status >= 300 || s.status === 0);
  const byStatus = new Map<string, number>();
  for (const s of failed) byStatus.set(`${s.kind} ${s.status}`, (byStatus.get(`${s.kind} ${s.status}`) ?? 0) + 1);
  const lps = result.lifecycles / secs;
  console.log(
    `\nHTTP: ${result.lifecycles} lifecycles = ${f1(lps)} lifecycles/s; ${all.n} requests = ${(all.n / secs).toFixed(0)} req/s in ${f1(secs)} s; ` +
      `errors ${failed.length}${failed.length ? ` (${[...byStatus].map(([k, n]) => `${k}: ${n}`).join(', ')})` : ''}`,
  );
  for (const e of result.errors) console.log(`  e.g. ${e}`);
  const per = (s: number) => `${((s / Math.max(1, result.lifecycles)) * 1000).toFixed(1)} ms`;
  console.log(
    `CPU per lifecycle: server ${per(cpu.server)}, PostgreSQL ${per(cpu.postgres)}, load generator ${per(cpu.generator)} ` +
      `(${os.cpus().length} cores; load average before the run ${os.loadavg()[0]!.toFixed(1)})`,
  );
  const date = new Date().toISOString().slice(0, 10);
  const lines = [
    `${date}, ${APPLICATIONS.toLocaleString('en')} historical applications, ${CONCURRENCY} workers, ${SECONDS} s after a ${WARMUP_SECONDS} s warm-up, ` +
      `job worker ${JOBS ? 'on' : 'off'}: **${f1(lps)} lifecycles/s** (${(all.n / secs).toFixed(0)} requests/s), errors ${failed.length}.`,
    '',
    '| request | requests | p50 ms | p90 ms | p99 ms | max ms | errors |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    `| all | ${all.n} | ${f1(all.p50)} | ${f1(all.p90)} | **${f1(all.p99)}** | ${f1(all.max)} | ${failed.length} |`,
    ...KINDS.map((k) => {
      const s = summarize(result.samples.filter((x) => x.kind === k).map((x) => x.ms));
      const e = failed.filter((x) => x.kind === k).length;
      return `| ${k} | ${s.n} | ${f1(s.p50)} | ${f1(s.p90)} | ${f1(s.p99)} | ${f1(s.max)} | ${e} |`;
    }),
    '',
    `CPU per lifecycle: server ${per(cpu.server)}, PostgreSQL ${per(cpu.postgres)}.`,
  ];
  console.log(`\nmarkdown for docs/benchmarks.md:\n\n${lines.join('\n')}\n`);

  const profileSeconds = Number(env.BENCH_PROFILE_SECONDS ?? 5);
  if (profileSeconds > 0) {
    await profileInProcess({ url: DATABASE_URL, cipher, item, concurrency: CONCURRENCY, seconds: profileSeconds });
    await explainWritePath(DATABASE_URL);
  }
  runPgbenchYardstick(DATABASE_URL);
  process.exit(failed.length > 0 ? 1 : 0);
}

await main();
