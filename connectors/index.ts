import { civilAssistanceConnector } from './civil-affairs/assistance.connector';
import { civilOrgsConnector } from './civil-affairs/orgs.connector';
import { justiceMediationsConnector } from './justice/mediations.connector';
import { justiceSuperviseesConnector } from './justice/supervisees.connector';
import { petitionCasesConnector } from './petitions/cases.connector';
import { policeIncidentsConnector } from './police/incidents.connector';
import { policeResidentsConnector } from './police/residents.connector';
import type { ConnectorDefinition } from './shared/define-connector';

/**
 * The seven department connectors of feeds/CONTRACT.md, one per topic. Each is typed on its
 * own message; the pipeline sees them as ConnectorDefinition<unknown> because it only hands a
 * connector values its own schema produced.
 */
export const CONNECTORS: readonly ConnectorDefinition<unknown>[] = [
  petitionCasesConnector,
  policeIncidentsConnector,
  policeResidentsConnector,
  justiceMediationsConnector,
  justiceSuperviseesConnector,
  civilAssistanceConnector,
  civilOrgsConnector,
];

const BY_TOPIC = new Map(CONNECTORS.map((connector) => [connector.topic, connector]));

/** The connector of `topic`, or undefined for a topic the hub does not ingest. */
export function connectorFor(topic: string): ConnectorDefinition<unknown> | undefined {
  return BY_TOPIC.get(topic);
}
