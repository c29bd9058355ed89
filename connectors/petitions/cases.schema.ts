import { z } from 'zod';
import { count, divisionCode, keyField, oneOf, optionalText, timestamp } from '../shared/mapping/fields';

/** 信访人 a petitioner as the legacy system records them; the identity number is often missing. */
export const petitionerSchema = z.object({
  XM: optionalText,
  GMSFHM: optionalText,
  LXDH: optionalText,
  ZZ: optionalText,
});

export const PETITION_FORMS = ['来信', '来访', '网上', '电话', '领导信箱'] as const;
export const PETITION_STATES = ['待受理', '办理中', '已办结', '不予受理'] as const;
const YES_NO = ['是', '否'] as const;

/**
 * A message of `dept.petitions.cases` (信访件) as the legacy national petition system publishes
 * it: pinyin-initial field names, zone-less Shanghai timestamps. Key `XFJBH`, version `GXSJ`.
 * Fails on an unknown form (XFXS), state (BLZT) or 是/否 flag; the category (NRFL) is an open list.
 */
export const petitionCaseSchema = z.object({
  XFJBH: keyField,
  XFXS: oneOf(PETITION_FORMS),
  DJSJ: timestamp,
  XFRS: z.array(petitionerSchema),
  RS: count.nullish(),
  WTSDD: optionalText,
  WTSDDM: divisionCode.nullish(),
  NRFL: optionalText,
  XFNR: optionalText,
  SFYJF: oneOf(YES_NO),
  SFCF: oneOf(YES_NO),
  BLZT: oneOf(PETITION_STATES),
  ZRDW: optionalText,
  GXSJ: timestamp,
});

export type PetitionCase = z.infer<typeof petitionCaseSchema>;
