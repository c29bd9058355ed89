import { Router } from 'express';

/** One readiness check: resolves to whether the component can serve, with a short detail. */
export type ReadinessCheck = () => Promise<{ ok: boolean; detail?: unknown }>;

/**
 * `/healthz` answers while the process is up; `/readyz` runs every readiness check (database
 * reachable, migrations applied, each connector running) and answers 503 if any fails.
 */
export function createHealthRouter(checks: () => Record<string, ReadinessCheck>): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const results: Record<string, { ok: boolean; detail?: unknown }> = {};
    for (const [name, check] of Object.entries(checks())) {
      try {
        results[name] = await check();
      } catch (error) {
        results[name] = { ok: false, detail: error instanceof Error ? error.message : String(error) };
      }
    }
    const ready = Object.values(results).every((r) => r.ok);
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready', checks: results });
  });
  return router;
}
