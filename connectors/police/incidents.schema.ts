import { z } from 'zod';
import { divisionCode, epochMs, keyField, oneOf, optionalText } from '../shared/mapping/fields';

export const INCIDENT_ROLES = ['REPORTER', 'PARTY', 'VICTIM', 'SUSPECT'] as const;
export const INCIDENT_STATUSES = ['OPEN', 'CLOSED'] as const;

/** A person in an incident with the role the police gave them. */
export const incidentPersonSchema = z.object({
  name: optionalText,
  idNumber: optionalText,
  phone: optionalText,
  role: oneOf(INCIDENT_ROLES),
});

/** Where it happened: an address and region code, sometimes coordinates. */
export const incidentLocationSchema = z.object({
  address: optionalText,
  regionCode: divisionCode.nullish(),
  lng: z.number().min(-180).max(180).nullish(),
  lat: z.number().min(-90).max(90).nullish(),
});

/**
 * A message of `dept.police.incidents` (警情 an alert, 案件 a filed case) from the modern police
 * platform: camelCase, epoch milliseconds. Key `incidentId`, version `updatedAt`. Fails on an
 * unknown kind, case type, role or status; the category is an open list. `summary` is not in
 * the contract but every sample carries it, so it is read when present.
 */
export const policeIncidentSchema = z.object({
  incidentId: keyField,
  kind: oneOf(['ALERT', 'CASE']),
  reportedAt: epochMs,
  category: optionalText,
  caseType: oneOf(['治安', '刑事']).nullish(),
  location: incidentLocationSchema.nullish(),
  summary: optionalText,
  persons: z.array(incidentPersonSchema).nullish(),
  disposition: optionalText,
  status: oneOf(INCIDENT_STATUSES),
  updatedAt: epochMs,
});

export type PoliceIncident = z.infer<typeof policeIncidentSchema>;
