import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { build } from 'esbuild';
import { adminBundleOptions } from './admin-bundle';

const ROOT = path.resolve(__dirname, '..');

async function bundled(env: Readonly<Record<string, string>> = {}) {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    const options = adminBundleOptions();
    return await build({ ...options, entryPoints: [path.join(ROOT, 'admin', 'main.ts')], write: false, metafile: true, minify: true, logLevel: 'silent' });
  } finally {
    process.env = saved;
  }
}

test('admin.js bundles for the browser with the site’s markdown pipeline and article in it', async () => {
  // A Node-only import in the preview's chain (fs, path, image-size, server-only) fails here.
  const result = await bundled();
  assert.deepEqual(result.errors, []);
  const inputs = Object.keys(result.metafile.inputs);
  for (const file of ['lib/markdown/pipeline.ts', 'components/PostArticle.tsx', 'lib/admin/preview-model.ts']) {
    assert.ok(inputs.includes(file), `${file} is in admin.js`);
  }
  // next/link is the admin's plain-anchor stand-in, never Next's client router.
  assert.ok(inputs.includes('admin/shims/next-link.tsx'));
  assert.ok(!inputs.some((input) => input.includes('node_modules/next/')), 'no module of Next in admin.js');
});

test('the bundle sees the public variables and never a secret from the environment', async () => {
  const secret = 'sekret-7f3a9c-never-in-a-bundle';
  const result = await bundled({ SITE_URL: 'https://blog.example.org', DECAP_GITHUB_CLIENT_SECRET: secret, DECAP_GITHUB_CLIENT_ID: secret });
  const code = result.outputFiles[0]!.text;
  assert.ok(code.includes('https://blog.example.org'), 'SITE_URL is read at build time');
  assert.ok(!code.includes(secret), 'the OAuth client id and secret stay out');
});
