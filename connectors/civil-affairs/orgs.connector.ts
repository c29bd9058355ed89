import { defineConnector } from '../shared/define-connector';
import { mapOrganization } from './orgs.mapper';
import { organizationSchema } from './orgs.schema';

/** 社会组织登记 the register of social organisations from civil affairs. */
export const civilOrgsConnector = defineConnector({
  topic: 'dept.civil.orgs',
  department: 'civil-affairs',
  schema: organizationSchema,
  keyOf: (value) => value.统一社会信用代码,
  map: mapOrganization,
});
