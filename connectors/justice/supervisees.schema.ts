import { z } from 'zod';
import {
  calendarDate,
  divisionCode,
  keyField,
  oneOf,
  optionalCalendarDate,
  optionalText,
} from '../shared/mapping/fields';

export const SUPERVISION_KINDS = ['社区矫正', '刑满释放'] as const;
/** 在矫 under supervision, 解矫 released from it. The contract names no other state. */
export const SUPERVISION_STATES = ['在矫', '解矫'] as const;

/** `czlx` D: a delete carries only the person number. */
export const superviseeDeleteSchema = z.object({ rybh: keyField, czlx: z.literal('D') });

export const superviseeRecordSchema = z.object({
  rybh: keyField,
  czlx: z.enum(['I', 'U']),
  rylx: oneOf(SUPERVISION_KINDS),
  xm: optionalText,
  sfzh: optionalText,
  xb: oneOf(['男', '女']).nullish(),
  csrq: optionalCalendarDate('YYYY-MM-DD'),
  jzd: optionalText,
  jzdqh: divisionCode.nullish(),
  qsrq: calendarDate('YYYY-MM-DD'),
  jsrq: optionalCalendarDate('YYYY-MM-DD'),
  zt: oneOf(SUPERVISION_STATES),
});

/**
 * A message of `dept.justice.supervisees` (社区矫正, 刑满释放): sensitive. Key `rybh`, no version
 * field (the later offset wins), `czlx` I/U/D. Fails on an unknown kind (rylx), gender, state
 * (zt) or czlx, and on a period start (qsrq) that is not a real day.
 */
export const superviseeSchema = z.discriminatedUnion('czlx', [superviseeDeleteSchema, superviseeRecordSchema]);

export type Supervisee = z.infer<typeof superviseeSchema>;
export type SuperviseeRecord = z.infer<typeof superviseeRecordSchema>;
