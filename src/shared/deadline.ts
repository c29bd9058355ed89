/** Rejected by withDeadline when the work did not settle in time. */
export class DeadlineExceededError extends Error {
  constructor(
    readonly what: string,
    readonly ms: number,
  ) {
    super(`${what} did not finish within ${ms} ms`);
    this.name = 'DeadlineExceededError';
  }
}

/**
 * Resolves or rejects as `work` does, or rejects with DeadlineExceededError after `ms`. The work
 * is not cancelled: `abandon` runs with its result if it settles late (to close what it opened),
 * and a late rejection is swallowed instead of surfacing as an unhandled rejection.
 */
export function withDeadline<T>(
  work: Promise<T>,
  ms: number,
  what: string,
  abandon?: (late: T) => unknown,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  let expired = false;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      expired = true;
      reject(new DeadlineExceededError(what, ms));
    }, ms);
  });
  work.then(
    (late) => {
      if (expired) Promise.resolve(abandon?.(late)).catch(() => undefined);
    },
    () => undefined,
  );
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}
