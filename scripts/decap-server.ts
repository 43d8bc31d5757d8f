/**
 * decap-server, the admin's local backend: it reads and writes this working
 * copy's files for the admin at /admin/ opened on this machine. It has no
 * authentication, so it listens on loopback only, whatever the environment
 * or a .env file says (it reads one). Never part of a production build.
 *
 *   tsx scripts/decap-server.ts [--port 8081] [--repo <folder>] [--mode fs|git]
 *
 * fs (the default) writes files in place: saving a post is a change in the
 * working copy, committed as usual. git needs a clean git repository and gives
 * the editorial workflow as on GitHub: a post under review is a branch
 * (cms/blog/<name>), publishing merges it (the e2e tests use it offline).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { site } from '../lib/site';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: String(site.admin.localBackendPort) },
    repo: { type: 'string', default: path.resolve(__dirname, '..') },
    mode: { type: 'string', default: 'fs' },
  },
});

Object.assign(process.env, {
  BIND_HOST: '127.0.0.1',
  PORT: values.port,
  GIT_REPO_DIRECTORY: path.resolve(values.repo),
  MODE: values.mode === 'git' ? 'git' : 'fs',
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
});
// Imported after the environment is set: it reads it when it loads.
void import(require.resolve('decap-server'));
