/** A small JSON client over node:http with keep-alive, latency statistics and process CPU counters for the benchmarks. */
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';

export interface Reply {
  status: number;
  body: unknown;
  ms: number;
  setCookie: string[];
}

export interface Session {
  cookie: string;
  csrf: string;
  accountId: string;
}

export class JsonClient {
  readonly agent: http.Agent;
  constructor(
    readonly port: number,
    sockets: number,
  ) {
    this.agent = new http.Agent({ keepAlive: true, maxSockets: sockets });
  }

  request(method: string, path: string, opts: { session?: Session; json?: unknown; bytes?: Buffer } = {}): Promise<Reply> {
    const headers: Record<string, string> = {};
    if (opts.session) {
      headers.cookie = opts.session.cookie;
      headers['x-csrf-token'] = opts.session.csrf;
    }
    let payload: Buffer | undefined;
    if (opts.json !== undefined) {
      payload = Buffer.from(JSON.stringify(opts.json));
      headers['content-type'] = 'application/json';
    } else if (opts.bytes) {
      payload = opts.bytes;
      headers['content-type'] = 'application/octet-stream';
    }
    if (payload) headers['content-length'] = String(payload.length);
    const t0 = performance.now();
    return new Promise((resolve) => {
      const req = http.request({ host: '127.0.0.1', port: this.port, method, path, headers, agent: this.agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let body: unknown = text;
          try {
            body = text ? JSON.parse(text) : null;
          } catch {
            // not JSON
          }
          const sc = res.headers['set-cookie'];
          resolve({ status: res.statusCode ?? 0, body, ms: performance.now() - t0, setCookie: Array.isArray(sc) ? sc : sc ? [sc] : [] });
        });
        res.on('error', () => resolve({ status: 0, body: null, ms: performance.now() - t0, setCookie: [] }));
      });
      req.setTimeout(30_000, () => req.destroy());
      req.on('error', () => resolve({ status: 0, body: null, ms: performance.now() - t0, setCookie: [] }));
      req.end(payload);
    });
  }

  /** The session of a login or registration reply. */
  static sessionOf(r: Reply): Session {
    const cookie = r.setCookie.find((c) => c.startsWith('ow_session='))?.split(';')[0];
    const body = r.body as { csrfToken?: string; account?: { id: string } };
    if (!cookie || !body.csrfToken || !body.account) throw new Error(`no session in reply ${r.status}: ${JSON.stringify(r.body)}`);
    return { cookie, csrf: body.csrfToken, accountId: body.account.id };
  }

  close() {
    this.agent.destroy();
  }
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function summarize(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  return { n: s.length, p50: percentile(s, 50), p90: percentile(s, 90), p99: percentile(s, 99), max: s[s.length - 1] ?? NaN };
}

/** CPU seconds (user + system) a process has used, from /proc (Linux); NaN elsewhere. */
export function cpuSecondsOf(pid: number): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

/** CPU seconds used by every PostgreSQL process on this machine (the server's backends among them). */
export function postgresCpuSeconds(): number {
  let total = 0;
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim().startsWith('postgres')) total += cpuSecondsOf(Number(pid));
    } catch {
      // ended meanwhile
    }
  }
  return total;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}
