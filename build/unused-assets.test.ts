import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test from 'node:test';
import { AssetReferences, removeUnusedAssets } from './unused-assets';

test('assets no served file names, directly or through a kept chunk or stylesheet, are found and removed', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'unused-assets-'));
  try {
    const write = (file: string, text: string) => {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    };
    write('chunks/runtime.js', 'load("static/chunks/lazy.js")');
    write('chunks/lazy.js', 'lazy');
    write('chunks/link-only-in-flight.js', 'next/link');
    write('chunks/site.css', '@font-face{src:url(../media/pt-sans.woff2)}');
    write('media/pt-sans.woff2', 'font');
    write('media/icon.png', 'png');
    write('AbCdEfGhIjKlMnOpQrStU/_buildManifest.js', 'self.__BUILD_MANIFEST={}');
    write('pagefind/abc/pagefind.js', 'search');
    write('pagefind/abc/fragment/ru_123.pf_fragment', 'x');

    const references = new AssetReferences();
    references.add('<link rel="stylesheet" href="/_next/static/chunks/site.css"/><script src="/_next/static/chunks/runtime.js"></script>');
    references.add('<link rel="icon" href="/_next/static/media/icon.png"/>');
    const unused = references.unusedUnder(root);
    assert.deepEqual(unused, ['AbCdEfGhIjKlMnOpQrStU/_buildManifest.js', 'chunks/link-only-in-flight.js']);

    // A kept flight payload that names a chunk keeps it.
    const withFlight = new AssetReferences();
    withFlight.add('3:I[22016,["static/chunks/link-only-in-flight.js"],""]');
    assert.ok(!withFlight.unusedUnder(root).includes('chunks/link-only-in-flight.js'));

    assert.equal(removeUnusedAssets(root, unused), Buffer.byteLength('self.__BUILD_MANIFEST={}') + Buffer.byteLength('next/link'));
    assert.ok(!existsSync(path.join(root, 'chunks/link-only-in-flight.js')));
    assert.ok(existsSync(path.join(root, 'chunks/lazy.js')));
    assert.ok(existsSync(path.join(root, 'pagefind/abc/fragment/ru_123.pf_fragment')));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
