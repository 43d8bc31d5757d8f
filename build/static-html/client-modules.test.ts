import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chunkModules, ownClientModules } from './client-modules';

const chunk = `(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push(["object"==typeof document?document.currentScript:void 0,62474,e=>{"use strict";e.s(["ThemeToggle",0,function(){return 1}])},22016,function(e){let t="}";return t}]);`;

test('finds each module of a Turbopack chunk with its exact source', () => {
  const modules = chunkModules(chunk);
  assert.deepEqual(
    modules.map((m) => m.id),
    [62474, 22016],
  );
  assert.equal(modules[1]!.source, 'function(e){let t="}";return t}');
});

test('our client modules are the project files outside node_modules', () => {
  const manifest = `globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};
globalThis.__RSC_MANIFEST["/blog/[slug]/page"] = {"clientModules":{"[project]/node_modules/next/dist/client/app-dir/link.js":{"id":22016,"chunks":[]},"[project]/components/ThemeToggle.tsx":{"id":62474,"chunks":[]},"[project]/components/ThemeToggle.tsx <module evaluation>":{"id":62474,"chunks":[]}}};`;
  assert.deepEqual(ownClientModules(manifest), [{ id: 62474, path: 'components/ThemeToggle.tsx' }]);
});
