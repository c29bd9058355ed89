import { z } from 'zod';
import {
  calendarDate,
  divisionCode,
  epochMs,
  keyField,
  oneOf,
  optionalCalendarDate,
  optionalText,
} from '../shared/mapping/fields';

/** A landlord: the owner who lets the house, as the officer took them down. */
export const landlordSchema = z.object({
  name: optionalText,
  idNumber: optionalText,
  phone: optionalText,
});

/** The registered resident. */
export const residentSchema = landlordSchema.extend({
  gender: oneOf(['M', 'F']).nullish(),
  birthDate: optionalCalendarDate('YYYYMMDD'),
});

export const residenceHouseSchema = z.object({
  address: z.string().regex(/\S/, 'must not be blank'),
  regionCode: divisionCode,
  rental: z.boolean().nullish(),
  landlord: landlordSchema.nullish(),
});

/**
 * A message of `dept.police.residents` (流动人口, 出租房屋 registrations). Key `registrationId`,
 * version `updatedAt` (epoch ms). Fails on an unknown status or gender, a registration date
 * that is not a real `YYYY-MM-DD`, or a house without address or region. `type` is not in the
 * contract (every sample says FLOATING_RESIDENT): read as free text and ignored.
 */
export const policeResidentSchema = z.object({
  registrationId: keyField,
  type: optionalText,
  person: residentSchema,
  house: residenceHouseSchema,
  registeredAt: calendarDate('YYYY-MM-DD'),
  expiresAt: optionalCalendarDate('YYYY-MM-DD'),
  status: oneOf(['ACTIVE', 'CANCELLED']),
  updatedAt: epochMs,
});

export type PoliceResident = z.infer<typeof policeResidentSchema>;
