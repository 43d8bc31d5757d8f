/**
 * `npm run build:content`: the content check and Contentlayer, side by side.
 * Both are single-threaded and each reads every post, so on two cores running
 * them together costs the longer of the two instead of their sum. The check
 * still gates the build: if it fails, Contentlayer is stopped and the build
 * ends before Next starts, with the check's report. Output is shown per step,
 * check first, never interleaved.
 *
 * Running Contentlayer before the check has passed is safe only because no
 * content file can make it run code: its front-matter reader is YAML-only in
 * this project (packages/gray-matter-yaml-only). Do not add a reader here that
 * could execute what a file says, counting on the check to win the race.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { contentDirFromEnv } from '../lib/content/paths';
import { leanMemoryEnv } from './lean-memory';

const root = path.resolve(__dirname, '..');
const contentDir = contentDirFromEnv();

interface Step {
  readonly name: string;
  readonly done: Promise<{ code: number; output: string }>;
  stop(): void;
}

function start(name: string, bin: string, args: string[]): Step {
  const child = spawn(path.join(root, 'node_modules', '.bin', bin), args, {
    cwd: root,
    // At 5000 posts the two side by side peaked at 2.0 GB; with these, 1.7 GB.
    env: { ...process.env, ...leanMemoryEnv({ heapLimit: true }) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const chunks: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<{ code: number; output: string }>((resolve) => {
    child.on('error', (error) => resolve({ code: 1, output: `${name}: ${error.message}\n` }));
    child.on('close', (code) => resolve({ code: code ?? 1, output: Buffer.concat(chunks).toString('utf8') }));
  });
  return { name, done, stop: () => child.exitCode === null && child.kill('SIGTERM') };
}

async function main(): Promise<number> {
  const check = start('check:content', 'tsx', ['scripts/check-content.ts', path.join(contentDir, 'blog')]);
  const contentlayer = start('contentlayer', 'contentlayer2', ['build']);
  const checked = await check.done;
  process.stderr.write(checked.output);
  if (checked.code !== 0) {
    contentlayer.stop();
    await contentlayer.done;
    return checked.code;
  }
  const built = await contentlayer.done;
  process.stdout.write(built.output);
  return built.code;
}

main().then((code) => process.exit(code));
