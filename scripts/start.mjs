// `npm start`: serve the production build on http://localhost:3000, building
// it first when there is none (so a fresh clone needs only `npm ci && npm start`).
// The server is scripts/server.ts: Next's request handler behind our guards
// and security headers (only GET and HEAD, a script policy on every response).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const run = (command, args) => {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

if (!existsSync('.next-server/BUILD_ID')) {
  console.log('No production build yet: running `npm run build` first.');
  run('npm', ['run', 'build']);
}
run(process.execPath, ['--import', 'tsx', 'scripts/server.ts', '--port', process.env.PORT ?? '3000']);
