#!/usr/bin/env bash
# Start and stop a throwaway PostgreSQL in a temporary folder (source this file).
# PostgreSQL's programs refuse to run as root, so as root they run as the postgres user.
PG_PORT=${PG_PORT:-55432}
pg_bin() {
  local cmd=$1
  if command -v "$cmd" >/dev/null 2>&1; then command -v "$cmd"; return; fi
  ls /usr/lib/postgresql/*/bin/"$cmd" 2>/dev/null | sort -V | tail -n 1
}
pg_run() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
pg_start() {
  PG_DIR=$(mktemp -d)
  [ "$(id -u)" = 0 ] && chown postgres "$PG_DIR"
  pg_run "$(pg_bin initdb)" -D "$PG_DIR/data" -A trust -U hearth >/dev/null
  pg_run "$(pg_bin pg_ctl)" -D "$PG_DIR/data" -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off" \
    -l "$PG_DIR/log" -w start >/dev/null
  export PG_DIR PG_URL="postgres://hearth@127.0.0.1:$PG_PORT/postgres"
  echo "PostgreSQL running on port $PG_PORT ($PG_DIR)"
}
pg_stop() {
  [ -n "${PG_DIR:-}" ] && pg_run "$(pg_bin pg_ctl)" -D "$PG_DIR/data" -m fast stop >/dev/null 2>&1 || true
  [ -n "${PG_DIR:-}" ] && rm -rf "$PG_DIR"
}
