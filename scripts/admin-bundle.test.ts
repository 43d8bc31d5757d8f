import assert from 'node:assert/strict';
import { test } from 'node:test';
import { build } from 'esbuild';
import { adminBundleOptions } from './build-admin';

test('admin.js bundles for the browser with the site’s markdown pipeline and article in it', async () => {
  // A Node-only import in the preview's chain (fs, path, image-size, server-only) fails here.
  const result = await build({ ...adminBundleOptions('admin.js'), write: false, metafile: true, logLevel: 'silent' });
  assert.deepEqual(result.errors, []);
  const inputs = Object.keys(result.metafile.inputs);
  for (const file of ['lib/markdown/pipeline.ts', 'components/PostArticle.tsx', 'lib/admin/preview-model.ts']) {
    assert.ok(inputs.includes(file), `${file} is in admin.js`);
  }
  // next/link is the admin's plain-anchor stand-in, never Next's client router.
  assert.ok(inputs.includes('admin/shims/next-link.tsx'));
  assert.ok(!inputs.some((input) => input.includes('node_modules/next/')), 'no module of Next in admin.js');
});
