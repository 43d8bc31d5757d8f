#!/usr/bin/env bash
# `npm test`: every check, in the order a failure is cheapest to find.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

# Both builds run with fake OAuth credentials (the handler's variables, app/api/auth), and the
# files a browser can get are then searched for the secret: none may carry it.
FAKE_OAUTH=(env DECAP_GITHUB_CLIENT_ID=fake-client-id-for-tests DECAP_GITHUB_CLIENT_SECRET=fake-client-secret-5e0b6c2a9d)

step "browser";            bash scripts/ensure-chromium.sh
step "content";            npm run --silent build:content
step "typecheck";          npm run --silent typecheck
step "lint";               npm run --silent lint
step "unit tests";         npm run --silent test:unit
step "server build (next build, then the post-build pass)"; "${FAKE_OAUTH[@]}" npx tsx scripts/build-site.ts
step "load test (production server, 20 connections, 10 s)"; npm run --silent test:load
step "static export (the same steps into out/)"; "${FAKE_OAUTH[@]}" npx tsx scripts/build-site.ts --static
step "no secret in what a browser gets (both builds, public/)"
if grep -rlF fake-client-secret-5e0b6c2a9d out .next-server/static .next-server/server/app public; then
  echo "the OAuth client secret is in the files above" >&2; exit 1
fi
step "links (static export)"; npm run --silent check:links
step "XML: feed and sitemap well-formed (server build + static export)"; npm run --silent check:xml
step "structured data";   npm run --silent check:seo
step "fixture site";       npm run --silent build:fixture
step "XML of the fixture site (control characters in posts)"; npm run --silent check:xml -- .next-fixture out-fixture
step "fuzz corpus (random Unicode: rejected in Russian, or built in both outputs)"; npm run --silent build:fuzz
step "html-validate";      npm run --silent check:html
step "e2e (server + static export)"; npm run --silent test:e2e
step "dev preview (npm run dev: draft banner, live update)"; npm run --silent bench:preview -- --runs 3
