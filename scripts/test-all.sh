#!/usr/bin/env bash
# Every test of the project, in one command (`npm test`): lint and types; unit and API tests
# on embedded PGlite and on a throwaway PostgreSQL server; again under Asia/Tehran (all but the
# permission tables);
# then the build and the user journeys in Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
export TZ=UTC
step() { printf '\n=== %s\n' "$*"; }

step "lint"
npx eslint .
step "types"
npx tsc -p tsconfig.json
npx tsc -p tsconfig.web.json

# shellcheck source=scripts/pg-temp.sh
source scripts/pg-temp.sh
trap pg_temp_stop EXIT
if ! pg_temp_start; then
  if [ "${CI:-}" = true ]; then echo "CI must test against PostgreSQL: install the postgresql package" >&2; exit 1; fi
  echo "warning: no PostgreSQL server found (apt-get install postgresql): API tests run on PGlite only" >&2
fi

step "unit and API tests (PGlite${TEST_DATABASE_URL:+ and PostgreSQL})"
npx vitest run
step "unit and API tests again in the Asia/Tehran time zone"
# The permission tables (every action × every standing) check roles, not times: once is enough.
TZ=Asia/Tehran npx vitest run --project unit --project api-pglite --exclude 'tests/api/*-permissions.test.ts'

step "build"
npm run build
step "user journeys in Chromium"
npx vitest run --config vitest.e2e.config.ts
