import { existsSync } from 'node:fs';

/**
 * The browser is the system's Chromium (Debian's package), not a Playwright
 * download: downloads from outside the package registries fail in our CI.
 * CHROMIUM_PATH overrides the location.
 */
export function chromiumExecutable(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    (p): p is string => Boolean(p),
  );
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'Chromium not found. Install it with `sudo apt-get install -y chromium` (Debian/Ubuntu), ' +
        'or set CHROMIUM_PATH to a Chromium or Chrome binary. `bash scripts/ensure-chromium.sh` does the former when run as root.',
    );
  }
  return found;
}

/**
 * Flags for every headless Chromium we start (e2e, lighthouse, measurements):
 * the machine has no outside network, so keep Chromium from trying to reach it.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
