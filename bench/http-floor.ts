/**
 * The machine's floor for audited writes over HTTP: what the lifecycle benchmark could reach if every request
 * did only the least any authenticated, audited state change must do — no process engine, no validation, no
 * OneWindow code at all.
 *
 *   npx tsx bench/http-floor.ts
 *
 * Creates BENCH_FLOOR_DATABASE_URL (default …/onewindow_bench_floor) with 1,000,000 rows, starts a bare Fastify +
 * pg.Pool server as a child process (the same stack and pool size as the real server, prepared statements,
 * no logging) and drives it over HTTP with the lifecycle benchmark's client and BENCH_CONCURRENCY (8) workers,
 * for BENCH_SECONDS (15) per request kind after a 2 s warm-up:
 *   read  — look the session up (1 statement), answer a small JSON;
 *   lifecycle — five audited writes shaped like the real lifecycle's submit → accept → pass → grant → complete:
 *           each looks the session up, then BEGIN; INSERT the row (the first) or UPDATE it (version + 1) RETURNING;
 *           INSERT a log row; INSERT an audit row; COMMIT (6 round trips), and answers a small JSON.
 *   lifecycle-one-statement — the same five writes, each one statement (a CTE checks the session, changes the row
 *           and writes the log and audit rows; autocommit): one round trip per request.
 * Their lifecycles/s is the most this machine could serve through Node.js and PostgreSQL with durable commits, before
 * any of OneWindow's own work (engine, validation, tasks, notices, clocks, the detail answer, notifications). Prints req/s, p50/p99 and CPU per request, then pgbench.
 * BENCH_FLOOR_SYNC_COMMIT=off runs the server's sessions with synchronous_commit off, to separate the WAL flush's
 * wait from CPU (for reading only: OneWindow's records are committed durably).
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import pg from 'pg';
import { cpuSecondsOf, freePort, JsonClient, postgresCpuSeconds, summarize } from './lifecycle/http-client.js';
import { dropDatabase, recreateDatabase } from './bench-database.js';
import { runPgbenchYardstick } from './pgbench-yardstick.js';

const env = process.env;
const DATABASE_URL = env.BENCH_FLOOR_DATABASE_URL || 'postgresql://postgres:postgres@localhost:5432/onewindow_bench_floor';
const CONCURRENCY = Number(env.BENCH_CONCURRENCY || 8);
const SECONDS = Number(env.BENCH_SECONDS || 15);
const ROWS = 1_000_000;
const SESSION = randomBytes(32).toString('hex');
const f1 = (n: number) => n.toFixed(1);

/** The child: a bare server with the real stack (Fastify, pg.Pool) and nothing else. */
async function serve(port: number): Promise<void> {
  const { default: Fastify } = await import('fastify');
  const pool = new pg.Pool({
    connectionString: DATABASE_URL,
    max: Math.max(10, CONCURRENCY + 2),
    // BENCH_FLOOR_SYNC_COMMIT=off shows what the disk's flush costs; never how OneWindow runs (records must be durable).
    ...(env.BENCH_FLOOR_SYNC_COMMIT === 'off' ? { options: '-c synchronous_commit=off' } : {}),
  });
  const app = Fastify({ logger: false });
  const session = (id: string) =>
    pool.query({
      name: 'session',
      text: 'SELECT s.account_id, a.display_name FROM floor_sessions s JOIN floor_accounts a ON a.id = s.account_id WHERE s.id = $1',
      values: [id],
    });
  const sessionOf = (cookie: string | undefined) => /ow_session=([0-9a-f]+)/.exec(cookie ?? '')?.[1] ?? '';
  app.get('/read', async (req, reply) => {
    const s = await session(sessionOf(req.headers.cookie));
    if (s.rowCount !== 1) return reply.code(401).send({ code: 'UNAUTHENTICATED' });
    return { account: s.rows[0].account_id, name: s.rows[0].display_name };
  });
  /** One audited write: the statement that changes the row, then the log and audit rows, in one transaction. */
  const audited = async (accountId: string, change: pg.QueryConfig, payload: unknown) => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const row = await client.query(change);
      const item = row.rows[0] as { id: string; version: number };
      await client.query({
        name: 'log',
        text: 'INSERT INTO floor_log (item_id, version, actor_id, payload) VALUES ($1, $2, $3, $4)',
        values: [item.id, item.version, accountId, JSON.stringify(payload)],
      });
      await client.query({
        name: 'audit',
        text: "INSERT INTO floor_audit (actor_id, action, target_id) VALUES ($1, 'floor.write', $2)",
        values: [accountId, item.id],
      });
      await client.query('COMMIT');
      return item;
    } catch (e) {
      await client.query('ROLLBACK');
      throw e;
    } finally {
      client.release();
    }
  };
  app.post<{ Body: { note: string } }>('/items', async (req, reply) => {
    const s = await session(sessionOf(req.headers.cookie));
    if (s.rowCount !== 1) return reply.code(401).send({ code: 'UNAUTHENTICATED' });
    const insert = {
      name: 'insert',
      text: "INSERT INTO floor_items (version, note, data, updated_at) VALUES (1, $1, jsonb_build_object('name', '个体工商户注销登记'), now()) RETURNING id, version, updated_at",
      values: [req.body.note],
    };
    return reply.code(201).send(await audited(s.rows[0].account_id, insert, req.body));
  });
  app.post<{ Params: { id: string }; Body: { note: string } }>('/items/:id', async (req, reply) => {
    const s = await session(sessionOf(req.headers.cookie));
    if (s.rowCount !== 1) return reply.code(401).send({ code: 'UNAUTHENTICATED' });
    const update = {
      name: 'update',
      text: 'UPDATE floor_items SET version = version + 1, note = $2, updated_at = now() WHERE id = $1 RETURNING id, version, updated_at',
      values: [req.params.id, req.body.note],
    };
    return audited(s.rows[0].account_id, update, req.body);
  });
  // The same audited writes as one statement each (session check, change, log and audit in one CTE, committed on
  // its own): one round trip per request, the least any design could send.
  const oneStatement = (change: string) => `
    WITH s AS (SELECT account_id FROM floor_sessions WHERE id = $1),
    i AS (${change}),
    l AS (INSERT INTO floor_log (item_id, version, actor_id, payload) SELECT i.id, i.version, s.account_id, $3 FROM i, s),
    a AS (INSERT INTO floor_audit (actor_id, action, target_id) SELECT s.account_id, 'floor.write', i.id FROM i, s)
    SELECT id, version, updated_at FROM i`;
  const insertOne = oneStatement(
    "INSERT INTO floor_items (version, note, data, updated_at) SELECT 1, $2, jsonb_build_object('name', '个体工商户注销登记'), now() FROM s RETURNING id, version, updated_at",
  );
  const updateOne = oneStatement(
    'UPDATE floor_items SET version = version + 1, note = $2, updated_at = now() WHERE id = $4 AND EXISTS (SELECT 1 FROM s) RETURNING id, version, updated_at',
  );
  app.post<{ Body: { note: string } }>('/one/items', async (req, reply) => {
    const r = await pool.query({
      name: 'insert-one',
      text: insertOne,
      values: [sessionOf(req.headers.cookie), req.body.note, JSON.stringify(req.body)],
    });
    return r.rowCount === 1 ? reply.code(201).send(r.rows[0]) : reply.code(401).send({ code: 'UNAUTHENTICATED' });
  });
  app.post<{ Params: { id: string }; Body: { note: string } }>('/one/items/:id', async (req, reply) => {
    const r = await pool.query({
      name: 'update-one',
      text: updateOne,
      values: [sessionOf(req.headers.cookie), req.body.note, JSON.stringify(req.body), req.params.id],
    });
    return r.rowCount === 1 ? r.rows[0] : reply.code(401).send({ code: 'UNAUTHENTICATED' });
  });
  await app.listen({ host: '127.0.0.1', port });
}

async function prepareDatabase(): Promise<void> {
  await recreateDatabase(DATABASE_URL);
  const db = new pg.Client({ connectionString: DATABASE_URL });
  await db.connect();
  await db.query(`
    CREATE TABLE floor_accounts (id bigint PRIMARY KEY, display_name text NOT NULL);
    CREATE TABLE floor_sessions (id text PRIMARY KEY, account_id bigint NOT NULL REFERENCES floor_accounts);
    CREATE TABLE floor_items (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, version int NOT NULL, note text, data jsonb NOT NULL, updated_at timestamptz NOT NULL);
    CREATE TABLE floor_log (id bigserial PRIMARY KEY, item_id bigint NOT NULL REFERENCES floor_items, version int NOT NULL,
      actor_id bigint NOT NULL, payload jsonb NOT NULL, at timestamptz NOT NULL DEFAULT now());
    CREATE INDEX floor_log_item ON floor_log (item_id, version);
    CREATE TABLE floor_audit (id bigserial PRIMARY KEY, actor_id bigint NOT NULL, action text NOT NULL, target_id bigint NOT NULL,
      at timestamptz NOT NULL DEFAULT now());
    INSERT INTO floor_accounts VALUES (1, '张三');
    INSERT INTO floor_sessions VALUES ('${SESSION}', 1);
    INSERT INTO floor_items SELECT g, 1, NULL, jsonb_build_object('name', '个体工商户注销登记', 'n', g), now() FROM generate_series(1, ${ROWS}) g;
    SELECT setval(pg_get_serial_sequence('floor_items', 'id'), ${ROWS});
    ANALYZE;
  `);
  await db.end();
}

type Kind = 'read' | 'lifecycle' | 'lifecycle-one-statement';

async function drive(client: JsonClient, kind: Kind, seconds: number) {
  const base = kind === 'lifecycle-one-statement' ? '/one' : '';
  const ms: number[] = [];
  let errors = 0;
  let lifecycles = 0;
  const session = { cookie: `ow_session=${SESSION}`, csrf: '', accountId: '1' };
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < deadline) {
        if (kind === 'read') {
          const r = await client.request('GET', '/read', { session });
          ms.push(r.ms);
          if (r.status !== 200) errors++;
          continue;
        }
        const created = await client.request('POST', `${base}/items`, { session, json: { note: '申请注销' } });
        ms.push(created.ms);
        if (created.status !== 201) {
          errors++;
          continue;
        }
        const id = (created.body as { id: string }).id;
        let ok = true;
        for (const note of ['受理', '审查通过', '准予许可', '办结']) {
          const r = await client.request('POST', `${base}/items/${id}`, { session, json: { note } });
          ms.push(r.ms);
          if (r.status !== 200) {
            errors++;
            ok = false;
            break;
          }
        }
        if (ok) lifecycles++;
      }
    }),
  );
  return { ms, errors, lifecycles, secs: (performance.now() - started) / 1000 };
}

async function main() {
  if (process.argv[2] === '--serve') return serve(Number(process.argv[3]));
  console.log(
    `HTTP floor benchmark: bare Fastify + pg.Pool, ${ROWS.toLocaleString('en')} rows, ${CONCURRENCY} workers, ${SECONDS} s per kind`,
  );
  await prepareDatabase();
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', new URL(import.meta.url).pathname, '--serve', String(port)], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...env, NODE_ENV: 'production' },
  });
  const client = new JsonClient(port, CONCURRENCY + 2);
  try {
    for (let i = 0; ; i++) {
      if ((await client.request('GET', '/read', { session: { cookie: `ow_session=${SESSION}`, csrf: '', accountId: '1' } })).status === 200)
        break;
      if (i > 300) throw new Error('the floor server did not start');
      await new Promise((r) => setTimeout(r, 100));
    }
    for (const kind of ['read', 'lifecycle', 'lifecycle-one-statement'] as const) {
      await drive(client, kind, 2);
      const before = { server: cpuSecondsOf(child.pid!), postgres: postgresCpuSeconds(), generator: process.cpuUsage() };
      const r = await drive(client, kind, SECONDS);
      const gen = process.cpuUsage(before.generator);
      const s = summarize(r.ms);
      const per = (sec: number) => `${((sec / s.n) * 1000).toFixed(2)} ms`;
      const rps = s.n / r.secs;
      console.log(
        `${kind}: ${s.n} requests = ${rps.toFixed(0)} req/s; p50 ${f1(s.p50)} ms, p99 ${f1(s.p99)} ms, max ${f1(s.max)} ms; errors ${r.errors}; ` +
          `CPU per request: server ${per(cpuSecondsOf(child.pid!) - before.server)}, PostgreSQL ${per(postgresCpuSeconds() - before.postgres)}, ` +
          `load generator ${per((gen.user + gen.system) / 1e6)}` +
          (kind === 'read' ? '' : ` → ${(r.lifecycles / r.secs).toFixed(0)} lifecycles/s`),
      );
    }
  } finally {
    client.close();
    child.kill('SIGTERM');
  }
  console.log(`(${os.cpus().length} cores; load average ${os.loadavg()[0]!.toFixed(1)})`);
  runPgbenchYardstick(DATABASE_URL);
  await dropDatabase(DATABASE_URL);
}

await main();
