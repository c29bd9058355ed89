import { z } from 'zod';
import {
  calendarDate,
  divisionCode,
  keyField,
  oneOf,
  optionalCalendarDate,
  optionalText,
} from '../shared/mapping/fields';

export const MEDIATION_ROLES = ['申请人', '被申请人'] as const;
export const MEDIATION_OUTCOMES = ['正在调解', '调解成功', '调解不成功', '终止调解'] as const;

/** 当事人 a party to the dispute. */
export const mediationPartySchema = z.object({
  xm: optionalText,
  sfzh: optionalText,
  lxdh: optionalText,
  zz: optionalText,
  js: oneOf(MEDIATION_ROLES),
});

/** `czlx` D: the platform's delete carries only the case number. */
export const mediationDeleteSchema = z.object({ ajbh: keyField, czlx: z.literal('D') });

export const mediationCaseSchema = z.object({
  ajbh: keyField,
  czlx: z.enum(['I', 'U']),
  tjzz: optionalText,
  jflx: optionalText,
  slrq: calendarDate('YYYY/MM/DD'),
  jarq: optionalCalendarDate('YYYY/MM/DD'),
  dsr: z.array(mediationPartySchema),
  jyaq: optionalText,
  tjjg: oneOf(MEDIATION_OUTCOMES),
  sdrq: divisionCode.nullish(),
});

/**
 * A message of `dept.justice.mediations` (人民调解) from the provincial mediation platform:
 * lower-case pinyin initials, `YYYY/MM/DD` dates, no version field (the later offset wins).
 * Key `ajbh`. An insert or update (czlx I/U) is the whole case; a delete (D) only the key.
 * Fails on an unknown czlx, party role (js) or outcome (tjjg); the dispute type is an open list.
 */
export const mediationSchema = z.discriminatedUnion('czlx', [mediationDeleteSchema, mediationCaseSchema]);

export type Mediation = z.infer<typeof mediationSchema>;
export type MediationCase = z.infer<typeof mediationCaseSchema>;
