#!/usr/bin/env bash
# The machine's own PostgreSQL yardstick, run beside every benchmark so figures can be compared:
# pgbench TPC-B-like (5 statements) and -N (3 statements), scale 10, 8 clients, 2 threads, 20 s each.
# Needs a running PostgreSQL; BENCH_DATABASE_URL defaults to the local postgres superuser.
set -euo pipefail
url=${BENCH_DATABASE_URL:-postgres://postgres:postgres@localhost:5432/postgres}
db=onewindow_pgbench
psql "$url" -qc "DROP DATABASE IF EXISTS $db" -qc "CREATE DATABASE $db"
bench_url="${url%/*}/$db"
pgbench -q -i -s 10 "$bench_url" >/dev/null 2>&1
echo "pgbench TPC-B-like (-c 8 -j 2 -T 20):"
pgbench -c 8 -j 2 -T 20 "$bench_url" 2>/dev/null | grep -E "^(tps|latency average)"
echo "pgbench -N (-c 8 -j 2 -T 20):"
pgbench -N -c 8 -j 2 -T 20 "$bench_url" 2>/dev/null | grep -E "^(tps|latency average)"
psql "$url" -qc "DROP DATABASE $db"
