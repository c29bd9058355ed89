import { defineConnector } from '../shared/define-connector';
import { mapPoliceIncident } from './incidents.mapper';
import { policeIncidentSchema } from './incidents.schema';

/** 警情/治安案件 alerts and filed cases from the police platform. */
export const policeIncidentsConnector = defineConnector({
  topic: 'dept.police.incidents',
  department: 'police',
  schema: policeIncidentSchema,
  keyOf: (value) => value.incidentId,
  map: mapPoliceIncident,
});
