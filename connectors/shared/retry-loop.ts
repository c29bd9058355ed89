import type { FailureClass } from './failures';

export interface RetryOptions<T> {
  attempt(): Promise<T>;
  classify(error: unknown): FailureClass;
  backoff(attempt: number): number;
  /** Checked before every retry: true when the consumer is stopping or lost the partition. */
  shouldGiveUp(): boolean;
  onFailure(error: unknown, attempt: number, kind: FailureClass): void;
  /** Keeps the group membership alive while waiting. */
  heartbeat(): Promise<void>;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `attempt` until it succeeds, waiting with backoff between failures. Resolves with its
 * result, or with null when it gave up because the consumer is stopping (nothing was committed,
 * so the messages are delivered again). A failure is never skipped: the offsets stay where they
 * were until the batch is written.
 */
export async function processWithRetry<T>(options: RetryOptions<T>): Promise<T | null> {
  for (let n = 0; ; n++) {
    try {
      return await options.attempt();
    } catch (error) {
      options.onFailure(error, n, options.classify(error));
      if (options.shouldGiveUp()) return null;
      const until = Date.now() + options.backoff(n);
      while (Date.now() < until) {
        if (options.shouldGiveUp()) return null;
        await pause(Math.min(500, until - Date.now()));
        await options.heartbeat().catch(() => undefined);
      }
    }
  }
}
