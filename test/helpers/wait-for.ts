export interface WaitForOptions {
  timeoutMs?: number;
  intervalMs?: number;
  /** Names the awaited condition in the timeout error, e.g. 'all 100 messages consumed'. */
  what?: string;
}

/**
 * Polls `probe` until it returns a value (anything but undefined or false) and returns it.
 * Tests wait on a condition with a deadline instead of sleeping a guessed time.
 */
export async function waitFor<T>(probe: () => Promise<T | undefined | false>, opts: WaitForOptions = {}): Promise<T> {
  const { timeoutMs = 30_000, intervalMs = 100, what = 'condition' } = opts;
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
      lastError = undefined;
    } catch (err) {
      // A probe may fail while the thing it checks is still coming up; keep the reason for the report.
      lastError = err;
    }
    if (Date.now() >= deadline) {
      const reason = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${reason}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
