import autocannon from 'autocannon';

export interface LoadOptions {
  readonly baseUrl: string;
  /** Site paths to request, in turn across all connections. */
  readonly paths: readonly string[];
  readonly connections: number;
  readonly durationSeconds: number;
}

export interface LoadResult {
  readonly connections: number;
  readonly durationSeconds: number;
  readonly urls: number;
  readonly requests: number;
  readonly requestsPerSecond: number;
  readonly latencyMs: { readonly p50: number; readonly p90: number; readonly p99: number; readonly max: number };
  readonly errors: number;
  readonly timeouts: number;
  readonly non2xx: number;
  readonly bytesPerSecond: number;
}

/**
 * Bounded load with autocannon: `connections` keep-alive connections for a
 * fixed time, each request the next path of the mix, with the headers a
 * browser sends (so the server compresses as it would for visitors).
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  if (options.paths.length === 0) throw new Error('no paths to load');
  let next = 0;
  const result = await autocannon({
    url: options.baseUrl,
    connections: options.connections,
    duration: options.durationSeconds,
    headers: { 'accept-encoding': 'gzip, deflate, br', accept: 'text/html' },
    requests: [
      {
        setupRequest: (request) => ({ ...request, path: options.paths[next++ % options.paths.length]! }),
      },
    ],
  });
  return {
    connections: options.connections,
    durationSeconds: result.duration,
    urls: options.paths.length,
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    bytesPerSecond: result.throughput.average,
  };
}
