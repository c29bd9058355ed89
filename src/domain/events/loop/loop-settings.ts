import type { Clock } from '../../../shared/clock';
import type { DeadlinePolicy } from './deadline-policies';

/** What the loop needs besides the database: the time, and the deadline policies (data). */
export interface LoopSettings {
  clock: Clock;
  policies: readonly DeadlinePolicy[];
}
