import type { ConnectorDefinition } from '../../connectors/shared/define-connector';

/** The department connectors the hub runs by default (connectors/index.ts once it is merged). */
export const DEFAULT_CONNECTORS: ConnectorDefinition<any>[] = [];
