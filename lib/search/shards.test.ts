import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseShardManifest, SHARD_PAGES, shardFolder, shardPagesFrom } from './shards';

test('shard folders are numbered from 1 under shards/', () => {
  assert.equal(shardFolder(1), 'shards/1/');
  assert.equal(shardFolder(12), 'shards/12/');
  assert.throws(() => shardFolder(0));
  assert.throws(() => shardFolder(1.5));
});

test('the manifest is a list of shard folders and nothing else', () => {
  assert.deepEqual(parseShardManifest([]), []);
  assert.deepEqual(parseShardManifest(['shards/1/', 'shards/2/']), ['shards/1/', 'shards/2/']);
  assert.throws(() => parseShardManifest({}));
  assert.throws(() => parseShardManifest(['../../evil/']));
  assert.throws(() => parseShardManifest(['https://elsewhere.example/pagefind/']));
  assert.throws(() => parseShardManifest(['shards/0/']));
});

test('shard size comes from SEARCH_SHARD_PAGES or the default', () => {
  assert.equal(shardPagesFrom(undefined), SHARD_PAGES);
  assert.equal(shardPagesFrom(''), SHARD_PAGES);
  assert.equal(shardPagesFrom('7'), 7);
  assert.throws(() => shardPagesFrom('0'));
  assert.throws(() => shardPagesFrom('abc'));
});
