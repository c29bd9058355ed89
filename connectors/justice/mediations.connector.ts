import { defineConnector } from '../shared/define-connector';
import { mapMediation } from './mediations.mapper';
import { mediationSchema } from './mediations.schema';

/** 人民调解 mediation cases from the provincial mediation platform. */
export const justiceMediationsConnector = defineConnector({
  topic: 'dept.justice.mediations',
  department: 'justice',
  schema: mediationSchema,
  keyOf: (value) => value.ajbh,
  map: mapMediation,
});
