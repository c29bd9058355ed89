import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../../../shared/logger';
import { publishAlerts } from '../../alerts/alert.service';
import type { LoopSettings } from './loop-settings';
import { superviseOverdue, SupervisionResult } from './supervision';

export interface SupervisionScheduler {
  start(): void;
  /** Runs one pass now (tests move the clock, then call this). */
  runOnce(): Promise<SupervisionResult>;
  stop(): Promise<void>;
}

/**
 * Creates the 督办 scheduler: every `intervalMs` (0: only when runOnce is called) it supervises
 * overdue tasks and publishes the alerts that escalations raised. Passes never overlap; `stop`
 * waits for a running pass. A failing pass is logged and retried at the next tick.
 */
export function createSupervisionScheduler(options: {
  orm: MikroORM;
  settings: LoopSettings;
  intervalMs: number;
  logger: Logger;
}): SupervisionScheduler {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<SupervisionResult> | undefined;
  const runOnce = async (): Promise<SupervisionResult> => {
    if (running) await running.catch(() => undefined);
    running = superviseOverdue(options.orm.em.fork(), options.settings);
    try {
      const result = await running;
      publishAlerts(result.alerts);
      if (result.supervised.length)
        options.logger.info(
          { supervised: result.supervised.length, escalated: result.escalated.length },
          'overdue tasks supervised',
        );
      return result;
    } finally {
      running = undefined;
    }
  };
  return {
    start() {
      if (options.intervalMs <= 0 || timer) return;
      timer = setInterval(() => {
        runOnce().catch((err: unknown) => options.logger.error({ err }, 'supervision pass failed'));
      }, options.intervalMs);
      timer.unref();
    },
    runOnce,
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      await running?.catch(() => undefined);
    },
  };
}
