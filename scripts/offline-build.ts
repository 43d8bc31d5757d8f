/**
 * Makes every process this script starts from now on refuse the network
 * (scripts/no-network.mjs, preloaded with --import), and lets the caller
 * fail afterwards if anything tried: next/og catches a refused font fetch and
 * only logs it, so the build alone would not fail. Used by the fixture and
 * fuzz builds, whose posts carry emoji, CJK and Arabic.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface OfflineBuild {
  /** Throws with every attempt listed when a process tried to reach the network. */
  assertNoAttempts(what: string): void;
}

export function refuseNetwork(logFile: string): OfflineBuild {
  rmSync(logFile, { force: true });
  const trap = pathToFileURL(path.join(__dirname, 'no-network.mjs')).href;
  process.env.NODE_OPTIONS = [process.env.NODE_OPTIONS ?? '', '--import', JSON.stringify(trap)].join(' ').trim();
  process.env.NO_NETWORK_LOG = logFile;
  // Telemetry would be its only (harmless) customer.
  process.env.NEXT_TELEMETRY_DISABLED = '1';
  return {
    assertNoAttempts(what) {
      if (existsSync(logFile)) throw new Error(`${what} tried to reach the network:\n${readFileSync(logFile, 'utf8')}`);
    },
  };
}
