/**
 * Preloaded (node --import) into every process of the fixture build, so the
 * build proves it needs no network: the OG cards must take every glyph from
 * shipped fonts, never from Google Fonts or an emoji CDN. Any fetch or socket
 * that leaves the machine is refused and written to $NO_NETWORK_LOG, which
 * scripts/build-fixture-site.ts reads afterwards: a refusal that the code
 * catches and logs (as next/og does for fonts) still fails the build.
 * Plain JavaScript: it loads before any TypeScript loader.
 */
import fs from 'node:fs';
import net from 'node:net';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

function refuse(what) {
  const line = `${process.pid} ${what}\n`;
  if (process.env.NO_NETWORK_LOG) fs.appendFileSync(process.env.NO_NETWORK_LOG, line);
  return new Error(`network access during the build: ${what}`);
}

const realFetch = globalThis.fetch;
if (realFetch) {
  globalThis.fetch = function fetchWithoutNetwork(input, init) {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : String(input && input.url);
    let local = false;
    try {
      const parsed = new URL(url);
      local = ['data:', 'blob:', 'file:'].includes(parsed.protocol) || LOOPBACK.has(parsed.hostname);
    } catch {
      local = true; // not a URL at all: fetch itself will reject it
    }
    return local ? realFetch.call(this, input, init) : Promise.reject(refuse(`fetch ${url}`));
  };
}

const realConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function connectWithoutNetwork(...args) {
  const [first, second] = args;
  const options = Array.isArray(first) ? first[0] : first;
  let host = 'localhost';
  if (options && typeof options === 'object') {
    // A local socket file or pipe (an HTTP request's options carry its URL path too, with a host).
    if (options.path && options.host === undefined && options.port === undefined) return realConnect.apply(this, args);
    host = options.host ?? 'localhost';
  } else if (typeof options === 'string' && !/^\d+$/.test(options)) {
    return realConnect.apply(this, args); // connect(path)
  } else if (typeof second === 'string') {
    host = second;
  }
  if (!LOOPBACK.has(host)) throw refuse(`connect ${host}`);
  return realConnect.apply(this, args);
};
