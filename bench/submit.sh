#!/usr/bin/env bash
# The submission load test against a throwaway PostgreSQL with its durable defaults
# (fsync and synchronous commit on, unlike the test suite's server). Bounded in time.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/pg-temp.sh
source scripts/pg-temp.sh
export PG_TEMP_DURABLE=1
trap pg_temp_stop EXIT
pg_temp_start
[ -f dist/server/main.js ] || npm run build
DATABASE_URL="$TEST_DATABASE_URL" timeout 600 npx tsx bench/submit.ts
