#!/usr/bin/env bash
# Search and thread-page load test on 1,000,000 posts and 100,000 wiki pages, against a throwaway
# PostgreSQL with its durable defaults. Building the data takes several minutes; bounded in time.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/pg-temp.sh
source scripts/pg-temp.sh
export PG_TEMP_DURABLE=1
trap pg_temp_stop EXIT
pg_temp_start
[ -f dist/server/main.js ] || npm run build
DATABASE_URL="$TEST_DATABASE_URL" timeout 2400 npx tsx bench/search.ts
