import { defineConnector } from '../shared/define-connector';
import { mapPetitionCase } from './cases.mapper';
import { petitionCaseSchema } from './cases.schema';

/** 信访件 petition cases from the legacy national petition system. */
export const petitionCasesConnector = defineConnector({
  topic: 'dept.petitions.cases',
  department: 'petitions',
  schema: petitionCaseSchema,
  keyOf: (value) => value.XFJBH,
  map: mapPetitionCase,
});
