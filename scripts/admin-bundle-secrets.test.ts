import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { buildAdmin } from './build-admin';

/**
 * No secret reaches the admin's browser bundle. The admin is built here as
 * every site build builds it, with fake OAuth credentials in the environment
 * (the handler's variables, app/api/auth): none of its files may contain
 * them, and none of our own modules in the bundle may read the environment
 * at all but SITE_URL and NODE_ENV (which esbuild replaces by their values).
 * The site's own outputs are checked the same way by `npm test`, which builds
 * them with a fake secret and searches them for it (scripts/test-all.sh).
 */

const FAKE = {
  DECAP_GITHUB_CLIENT_ID: 'fake-client-id-7c41e0',
  DECAP_GITHUB_CLIENT_SECRET: 'fake-client-secret-93b2d8f1',
};
const ALLOWED_ENV = new Set(['SITE_URL', 'NODE_ENV']);
const root = path.resolve(__dirname, '..');
const out = mkdtempSync(path.join(os.tmpdir(), 'admin-bundle-'));
after(() => rmSync(out, { recursive: true, force: true }));

test('the admin, built with OAuth credentials in the environment, carries none of them; our modules read only SITE_URL and NODE_ENV', async () => {
  const saved = { ...process.env };
  Object.assign(process.env, FAKE);
  let inputs: string[];
  try {
    inputs = Object.keys((await buildAdmin(out)).inputs);
  } finally {
    for (const name of Object.keys(FAKE)) if (saved[name] === undefined) delete process.env[name];
  }
  const files = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((file) => /\.(?:js|html|txt|json)$/.test(file));
  assert.ok(files.includes('admin.js') && files.includes('index.html'), files.join(', '));
  for (const file of files) {
    const text = readFileSync(path.join(out, file), 'utf8');
    for (const [name, value] of Object.entries(FAKE)) assert.ok(!text.includes(value), `${file} contains ${name}`);
  }
  const own = inputs.filter((input) => !input.split(/[\\/]/).includes('node_modules'));
  assert.ok(own.some((input) => input.endsWith(path.join('admin', 'main.ts')) || input.endsWith('admin/main.ts')), own.join(', '));
  for (const input of own) {
    const source = readFileSync(path.resolve(root, input), 'utf8');
    for (const match of source.matchAll(/process\.env(?:\.([A-Za-z_$][\w$]*)|\s*\[|\b)/g)) {
      assert.ok(match[1] !== undefined && ALLOWED_ENV.has(match[1]), `${input} reads process.env${match[1] ? `.${match[1]}` : ' as a whole'}`);
    }
  }
});
