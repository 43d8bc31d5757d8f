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
step "server build (next build, then the post-build pass)"; npx tsx scripts/build-site.ts
step "load test (production server, 20 connections, 10 s)"; npm run --silent test:load
step "static export (the same steps into out/)"; npx tsx scripts/build-site.ts --static
step "links (static export)"; npm run --silent check:links
step "XML: feed and sitemap well-formed (server build + static export)"; npm run --silent check:xml
step "structured data";   npm run --silent check:seo
step "fixture site";       npm run --silent build:fixture
step "XML of the fixture site (control characters in posts)"; npm run --silent check:xml -- .next-fixture out-fixture
step "fuzz corpus (random Unicode: rejected in Russian, or built in both outputs)"; npm run --silent build:fuzz
step "html-validate";      npm run --silent check:html
step "e2e (server + static export)"; npm run --silent test:e2e
step "dev preview (npm run dev: draft banner, live update)"; npm run --silent bench:preview -- --runs 3
