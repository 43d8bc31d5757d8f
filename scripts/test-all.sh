#!/usr/bin/env bash
# `npm test`: every check, in the order a failure is cheapest to find.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "browser";            bash scripts/ensure-chromium.sh
step "content";            npm run --silent build:content
step "typecheck";          npm run --silent typecheck
step "lint";               npm run --silent lint
step "unit tests";         npm run --silent test:unit
step "server build";       npx next build
step "static pages";       npx tsx scripts/static-pages.ts .next-server
step "search index";       npx tsx scripts/index-search.ts .next-server
step "static export";      STATIC_EXPORT=1 npx next build
step "static pages";       npx tsx scripts/static-pages.ts out
step "search index";       npx tsx scripts/index-search.ts out
step "structured data";   npm run --silent check:seo
step "fixture site";       npm run --silent build:fixture
step "e2e (server + static export)"; npm run --silent test:e2e
step "dev preview (npm run dev: draft banner, live update)"; npm run --silent bench:preview -- --runs 3
