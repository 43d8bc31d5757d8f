import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeCommand, endedChildrenCpuMs, parseProcStat, treeOf, TreeMemorySampler } from './process-tree';

test('parses /proc/<pid>/stat, even with spaces and parentheses in the command name', () => {
  const line = '4242 (node (worker) x) S 4200 4242 10604 0 -1 4194304 98 0 0 0 0 0 0 0 20 0 1 0 64827 3133440 407 18446744073709551615';
  assert.deepEqual(parseProcStat(line), { pid: 4242, ppid: 4200, rssPages: 407 });
  assert.equal(parseProcStat('garbage'), null);
});

test('the tree is the root and every descendant, not its siblings', () => {
  const stats = [
    { pid: 1, ppid: 0, rssPages: 1 },
    { pid: 10, ppid: 1, rssPages: 10 },
    { pid: 11, ppid: 10, rssPages: 11 },
    { pid: 12, ppid: 11, rssPages: 12 },
    { pid: 20, ppid: 1, rssPages: 20 },
  ];
  assert.deepEqual(
    treeOf(stats, 10).map((s) => s.pid),
    [10, 11, 12],
  );
});

test('command lines are shortened to what they run', () => {
  assert.equal(
    describeCommand('/usr/bin/node\0/repo/node_modules/.bin/next\0build\0', '/repo'),
    '/usr/bin/node next build',
  );
});

test('the sampler sees the memory a child process holds', async () => {
  const { spawn } = await import('node:child_process');
  // A child that holds about 200 MB for a moment.
  const child = spawn(process.execPath, ['-e', 'const b = Buffer.alloc(200 * 1024 * 1024, 1); setTimeout(() => b.length, 1500)']);
  const sampler = new TreeMemorySampler(process.pid, 50);
  await new Promise((resolve) => child.on('close', resolve));
  const memory = sampler.stop();
  assert.ok(memory.peakBytes > 200 * 1024 * 1024, `peak ${memory.peakBytes}`);
  assert.ok(memory.atPeak.some((p) => p.command.includes('Buffer.alloc')));
});

test('CPU time of ended children is read from cutime and cstime', () => {
  const line = '7 (node) S 1 7 7 0 -1 4194304 98 0 0 0 150 20 250 50 20 0 1 0 64827 3133440 407';
  assert.equal(endedChildrenCpuMs(line), 3000);
});
