#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster on a free loopback port, exports
# MACHIDX_TEST_POSTGRES (a connection string to it), runs the given command,
# and stops and deletes the cluster afterwards, whatever the command's outcome.
#   scripts/with-postgres.sh dotnet test
set -euo pipefail

find_pg_bin() {
  local candidate
  for candidate in "$(dirname "$(command -v initdb 2>/dev/null || echo /nonexistent/x)")" /usr/lib/postgresql/*/bin; do
    if [ -x "$candidate/initdb" ] && [ -x "$candidate/pg_ctl" ]; then echo "$candidate"; return 0; fi
  done
  return 1
}

if ! PG_BIN=$(find_pg_bin); then
  echo "PostgreSQL server binaries not found; installing Debian's postgresql package." >&2
  if [ "$(id -u)" -ne 0 ]; then echo "Run as root or install postgresql (server) yourself." >&2; exit 1; fi
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  PG_BIN=$(find_pg_bin)
fi

free_port() {
  local port
  for port in $(seq 55432 55532); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
  done
  return 1
}

PG_PORT=$(free_port)
PG_DIR=$(mktemp -d /tmp/machidx-pg.XXXXXX)
chmod 755 "$PG_DIR"
# su keeps the caller's working directory, which the postgres user may not be allowed to enter.
run_as_postgres() { (cd / && su postgres -s /bin/bash -c "$1"); }
RUN_AS=()
if [ "$(id -u)" -eq 0 ]; then
  chown postgres:postgres "$PG_DIR"
  RUN_AS=(run_as_postgres)
else
  RUN_AS=(bash -c)
fi

stop_cluster() {
  "${RUN_AS[@]}" "'$PG_BIN/pg_ctl' -D '$PG_DIR/data' -m immediate stop" >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}
trap stop_cluster EXIT

"${RUN_AS[@]}" "'$PG_BIN/initdb' -D '$PG_DIR/data' -U postgres -A trust -E UTF8 --no-locale >'$PG_DIR/initdb.log' 2>&1" \
  || { cat "$PG_DIR/initdb.log" >&2; exit 1; }
# Another process may take the free port between the check and the start: then try the next ports.
started=0
for attempt in 1 2 3 4 5; do
  if "${RUN_AS[@]}" "'$PG_BIN/pg_ctl' -D '$PG_DIR/data' -l '$PG_DIR/server.log' -w -t 60 \
    -o \"-p $PG_PORT -k '$PG_DIR' -c listen_addresses=127.0.0.1 -c max_connections=300 -c shared_buffers=256MB\" start >/dev/null"; then
    started=1; break
  fi
  echo "PostgreSQL could not start on port $PG_PORT (attempt $attempt); trying another port." >&2
  PG_PORT=$(( $(free_port) + attempt ))
done
[ "$started" -eq 1 ] || { cat "$PG_DIR/server.log" >&2; exit 1; }

# pg_dump / pg_restore for the backup tests: the same version as the server, next to the real initdb.
export MACHIDX_PG_BIN="$(dirname "$(readlink -f "$PG_BIN/initdb")")"
export MACHIDX_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres"
echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') started on 127.0.0.1:$PG_PORT ($PG_DIR)" >&2
"$@"
