import { createPubSub } from '@graphql-yoga/subscription';
import type { Alert } from './alert.entity';

export const ALERT_RAISED = 'ALERT_RAISED';

/**
 * The process's alert channel: rules publish here after their rows are committed, and the
 * `alertRaised` subscription listens. In-process by design; several hub processes would put a
 * PostgreSQL LISTEN/NOTIFY or Kafka bridge behind this same object.
 */
export const alertBus = createPubSub<{ [ALERT_RAISED]: [Alert] }>();
