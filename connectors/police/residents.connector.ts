import { defineConnector } from '../shared/define-connector';
import { mapPoliceResident } from './residents.mapper';
import { policeResidentSchema } from './residents.schema';

/** 流动人口/出租房屋 residence registrations from the police platform. */
export const policeResidentsConnector = defineConnector({
  topic: 'dept.police.residents',
  department: 'police',
  schema: policeResidentSchema,
  keyOf: (value) => value.registrationId,
  map: mapPoliceResident,
});
