import { defineConnector } from '../shared/define-connector';
import { mapAssistance } from './assistance.mapper';
import { assistanceSchema } from './assistance.schema';

/** 低保/特困/临时救助 social assistance ledgers from civil affairs. */
export const civilAssistanceConnector = defineConnector({
  topic: 'dept.civil.assistance',
  department: 'civil-affairs',
  schema: assistanceSchema,
  keyOf: (value) => value.户编号,
  map: mapAssistance,
});
