#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for the tests on 127.0.0.1 and a free port.
#   source scripts/pg-temp.sh && pg_temp_start   # exports TEST_DATABASE_URL
#   pg_temp_stop                                  # stops it and deletes its files
pg_temp_bindir() {
  if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then pg_config --bindir; return; fi
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

pg_temp_start() {
  local bindir; bindir=$(pg_temp_bindir)
  if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    echo "pg-temp: PostgreSQL server binaries not found (apt-get install postgresql)" >&2
    return 1
  fi
  PG_TEMP_DIR=$(mktemp -d /tmp/majma-pg.XXXXXX)
  # Tests trade durability for speed; benchmarks (PG_TEMP_DURABLE=1) keep PostgreSQL's defaults.
  PG_TEMP_FLAGS="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  if [ "${PG_TEMP_DURABLE:-}" = 1 ]; then PG_TEMP_FLAGS=""; fi
  PG_TEMP_PORT=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
  # PostgreSQL refuses to run as root: run it as the postgres system user then.
  PG_TEMP_AS=()
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    chown postgres "$PG_TEMP_DIR"
    PG_TEMP_AS=(runuser -u postgres --)
  fi
  "${PG_TEMP_AS[@]}" "$bindir/initdb" -D "$PG_TEMP_DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$PG_TEMP_DIR/initdb.log" 2>&1 \
    || { cat "$PG_TEMP_DIR/initdb.log" >&2; return 1; }
  "${PG_TEMP_AS[@]}" "$bindir/pg_ctl" -D "$PG_TEMP_DIR/data" -l "$PG_TEMP_DIR/server.log" -w -t 60 \
    -o "-h 127.0.0.1 -p $PG_TEMP_PORT -k $PG_TEMP_DIR $PG_TEMP_FLAGS -c max_connections=200" start >/dev/null \
    || { cat "$PG_TEMP_DIR/server.log" >&2; return 1; }
  PG_TEMP_BINDIR=$bindir
  export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$PG_TEMP_PORT/postgres"
  echo "pg-temp: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on $TEST_DATABASE_URL"
}

pg_temp_stop() {
  [ -n "${PG_TEMP_DIR:-}" ] || return 0
  "${PG_TEMP_AS[@]}" "$PG_TEMP_BINDIR/pg_ctl" -D "$PG_TEMP_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PG_TEMP_DIR"
  unset PG_TEMP_DIR TEST_DATABASE_URL
}
