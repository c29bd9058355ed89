import { HubError, HubErrorCode } from '../graphql/errors';

/**
 * Per-client rate limits: a token bucket per client that refills `perMinute` tokens a minute and
 * holds at most that many, so a client may burst up to its minute's allowance and no further.
 * Buckets live in this process: with N hub processes behind a balancer a client gets at most N
 * times its limit, which is the trade for not paying a shared store on every request.
 */
export interface RateLimiter {
  /** Takes one request from the client's bucket; throws RATE_LIMITED when it is empty. */
  take(clientId: string, perMinute: number): void;
}

export function createRateLimiter(now: () => number = Date.now): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    take(clientId, perMinute) {
      const t = now();
      const bucket = buckets.get(clientId) ?? { tokens: perMinute, at: t };
      const tokens = Math.min(perMinute, bucket.tokens + ((t - bucket.at) * perMinute) / 60_000);
      if (tokens < 1) {
        buckets.set(clientId, { tokens, at: t });
        const retryAfterSeconds = Math.ceil(((1 - tokens) * 60) / perMinute);
        throw new HubError(
          HubErrorCode.RATE_LIMITED,
          `rate limit of ${perMinute} requests a minute reached; retry in ${retryAfterSeconds} s`,
          {
            retryAfterSeconds,
            http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
          },
        );
      }
      buckets.set(clientId, { tokens: tokens - 1, at: t });
    },
  };
}
