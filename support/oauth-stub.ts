/**
 * A stub of GitHub's OAuth web flow on 127.0.0.1, for the OAuth handler's
 * tests (lib/admin/oauth.test.ts, e2e/oauth.spec.ts): offline, and it records
 * every request so a test can say what reached the provider.
 *
 * - GET /login/oauth/authorize?client_id&redirect_uri&scope&state: "the
 *   editor approved", a 302 to redirect_uri with a fresh one-time code and
 *   the same state, as GitHub does.
 * - POST /login/oauth/access_token (form body, Accept: application/json):
 *   the token for a code it issued, once, when client_id, client_secret and
 *   redirect_uri match; otherwise GitHub's 200 with an `error` field.
 */
import { randomBytes } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StubRequest {
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  /** The form body of a POST, parsed. */
  readonly form: Readonly<Record<string, string>>;
}

export interface OAuthStub {
  /** The stub's origin, for DECAP_OAUTH_PROVIDER_URL. */
  readonly url: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** Every request, in order. */
  readonly requests: StubRequest[];
  /** The token exchanges (POSTs to the token URL) among them. */
  exchanges(): StubRequest[];
  /** The token issued for each exchanged code, in order. */
  readonly tokens: string[];
  close(): Promise<void>;
}

async function formOf(request: IncomingMessage): Promise<Record<string, string>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
}

function json(response: ServerResponse, value: unknown): void {
  response.writeHead(200, { 'Content-Type': 'application/json' });
  response.end(JSON.stringify(value));
}

export async function startOAuthStub(options: { readonly port?: number; readonly clientId?: string; readonly clientSecret?: string } = {}): Promise<OAuthStub> {
  const clientId = options.clientId ?? 'stub-client-id';
  const clientSecret = options.clientSecret ?? 'stub-client-secret';
  const requests: StubRequest[] = [];
  const tokens: string[] = [];
  /** Issued codes and the redirect_uri each was issued for; deleted when spent. */
  const codes = new Map<string, string>();

  const server = http.createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://stub');
      const query = Object.fromEntries(url.searchParams);
      const form = request.method === 'POST' ? await formOf(request) : {};
      requests.push({ method: request.method ?? '', path: url.pathname, query, headers: request.headers, form });

      if (request.method === 'GET' && url.pathname === '/login/oauth/authorize') {
        if (query.client_id !== clientId || !query.redirect_uri || !query.state) {
          response.writeHead(400, { 'Content-Type': 'text/plain' });
          response.end('bad authorize request');
          return;
        }
        const code = `code-${randomBytes(8).toString('hex')}`;
        codes.set(code, query.redirect_uri);
        const back = new URL(query.redirect_uri);
        back.searchParams.set('code', code);
        back.searchParams.set('state', query.state);
        response.writeHead(302, { Location: back.toString() });
        response.end();
        return;
      }
      if (request.method === 'POST' && url.pathname === '/login/oauth/access_token') {
        const issuedFor = form.code === undefined ? undefined : codes.get(form.code);
        if (form.client_id !== clientId || form.client_secret !== clientSecret) return json(response, { error: 'incorrect_client_credentials' });
        if (issuedFor === undefined || issuedFor !== form.redirect_uri) return json(response, { error: 'bad_verification_code' });
        codes.delete(form.code!);
        const token = `gho_stub${randomBytes(12).toString('hex')}`;
        tokens.push(token);
        return json(response, { access_token: token, token_type: 'bearer', scope: 'repo' });
      }
      response.writeHead(404, { 'Content-Type': 'text/plain' });
      response.end('not found');
    })().catch(() => {
      response.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    clientId,
    clientSecret,
    requests,
    tokens,
    exchanges: () => requests.filter((request) => request.path === '/login/oauth/access_token'),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
