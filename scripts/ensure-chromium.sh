#!/usr/bin/env bash
# Makes sure a Chromium for the e2e tests exists. Playwright's own browser
# download needs hosts our CI cannot reach, so we use Debian's package.
set -euo pipefail

for candidate in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
  if [ -n "$candidate" ] && [ -x "$candidate" ]; then
    echo "chromium: $candidate"
    exit 0
  fi
done

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "chromium: not found, installing Debian's package"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  echo "chromium: $(/usr/bin/chromium --version 2>/dev/null || echo installed)"
  exit 0
fi

cat >&2 <<'MSG'
Chromium was not found and cannot be installed from here.
Install it with:   sudo apt-get install -y chromium   (Debian/Ubuntu)
or point CHROMIUM_PATH at a Chromium or Chrome binary and run again.
MSG
exit 1
