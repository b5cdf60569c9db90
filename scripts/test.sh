#!/usr/bin/env bash
# The whole suite, as CI runs it: lint, migration check, then every test on SQLite and on a
# throwaway PostgreSQL, with the browser tests in Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
export HEARTH_DEBUG=1 HEARTH_SECURE_COOKIES=0

bash scripts/ensure-system-packages.sh

echo "== lint and migrations"
.venv/bin/ruff check hearth tests bench
$PY manage.py makemigrations --check --dry-run >/dev/null

echo "== tests on SQLite"
env -u DATABASE_URL $PY -m pytest -q -p no:cacheprovider -m "not browser"

echo "== tests on PostgreSQL (throwaway server)"
source scripts/pg-throwaway.sh
pg_start
trap pg_stop EXIT
DATABASE_URL="$PG_URL" $PY -m pytest -q -p no:cacheprovider
