import autocannon from 'autocannon';

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

/**
 * Loads `url/graphql` with POSTs for `seconds`, cycling through `bodies`. Bounded in time and to
 * loopback: it stops by itself.
 */
export async function load(
  url: string,
  bodies: string[],
  options: { seconds: number; connections: number; headers?: Record<string, string> },
): Promise<LoadResult> {
  let next = 0;
  const result = await autocannon({
    url: `${url}/graphql`,
    method: 'POST',
    connections: options.connections,
    duration: options.seconds,
    headers: { 'content-type': 'application/json', ...(options.headers ?? {}) },
    requests: [
      {
        setupRequest: (req) => ({ ...req, body: bodies[next++ % bodies.length] }),
      },
    ],
  });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}
