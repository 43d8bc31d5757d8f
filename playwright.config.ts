import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './support/chromium';
import { productionServerArgs } from './support/production-server';

/**
 * e2e runs against the two real outputs: the production server (`npm start`'s)
 * and the static export served by a static file server, plus a fixture site
 * built from test-only content (hostile input). All must already be built
 * (`npm test` builds them first).
 */
const SERVER_PORT = Number(process.env.E2E_SERVER_PORT ?? 3100);
const STATIC_PORT = Number(process.env.E2E_STATIC_PORT ?? 4100);
const FIXTURE_PORT = Number(process.env.E2E_FIXTURE_PORT ?? 3200);
const FIXTURE_STATIC_PORT = Number(process.env.E2E_FIXTURE_STATIC_PORT ?? 4200);
/** The production server `npm start` runs (scripts/server.ts: Next's handler plus our guards and headers). */
const serverCommand = (port: number) => `node ${productionServerArgs(port).join(' ')}`;
/** Specs that need test-only content run against the fixture site (scripts/build-fixture-site.ts). */
const FIXTURE_SPECS = /\.fixture\.spec\.ts$/;

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    browserName: 'chromium',
    locale: 'ru-RU',
    timezoneId: 'Europe/Moscow',
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: [...CHROMIUM_ARGS],
    },
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'server', testIgnore: FIXTURE_SPECS, use: { baseURL: `http://127.0.0.1:${SERVER_PORT}` } },
    { name: 'static', testIgnore: FIXTURE_SPECS, use: { baseURL: `http://127.0.0.1:${STATIC_PORT}` } },
    { name: 'fixture-server', testMatch: FIXTURE_SPECS, use: { baseURL: `http://127.0.0.1:${FIXTURE_PORT}` } },
    { name: 'fixture-static', testMatch: FIXTURE_SPECS, use: { baseURL: `http://127.0.0.1:${FIXTURE_STATIC_PORT}` } },
  ],
  webServer: [
    {
      command: serverCommand(SERVER_PORT),
      url: `http://127.0.0.1:${SERVER_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `npx serve out --listen tcp://127.0.0.1:${STATIC_PORT} --no-clipboard --no-request-logging`,
      url: `http://127.0.0.1:${STATIC_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: serverCommand(FIXTURE_PORT),
      env: { NEXT_DIST_DIR: '.next-fixture' },
      url: `http://127.0.0.1:${FIXTURE_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `npx serve out-fixture --listen tcp://127.0.0.1:${FIXTURE_STATIC_PORT} --no-clipboard --no-request-logging`,
      url: `http://127.0.0.1:${FIXTURE_STATIC_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
