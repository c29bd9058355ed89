import { defineConnector } from '../shared/define-connector';
import { mapSupervisee } from './supervisees.mapper';
import { superviseeSchema } from './supervisees.schema';

/** 社区矫正/刑满释放 supervised persons: a sensitive feed. */
export const justiceSuperviseesConnector = defineConnector({
  topic: 'dept.justice.supervisees',
  department: 'justice',
  schema: superviseeSchema,
  keyOf: (value) => value.rybh,
  map: mapSupervisee,
});
