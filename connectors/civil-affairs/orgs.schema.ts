import { z } from 'zod';
import { divisionCode, keyField, oneOf, optionalCalendarDate, optionalText } from '../shared/mapping/fields';

export const ORGANIZATION_KINDS = ['社会团体', '民办非企业单位', '基金会'] as const;
export const ORGANIZATION_STATES = ['正常', '注销', '撤销'] as const;

/** 法定代表人 the legal representative. */
export const legalRepresentativeSchema = z.object({
  姓名: optionalText,
  身份证号: optionalText,
  联系电话: optionalText,
});

/**
 * A message of `dept.civil.orgs` (社会组织登记). Key `统一社会信用代码`, no version field (the
 * later offset wins). Fails on an unknown kind or state, a blank name, or a registration date
 * that is not a real `YYYY-MM-DD`. The code's check character is not checked here: a typo is
 * kept and flagged by the mapper, as identity numbers are.
 */
export const organizationSchema = z.object({
  统一社会信用代码: keyField,
  组织名称: z.string().regex(/\S/, 'must not be blank'),
  组织类型: oneOf(ORGANIZATION_KINDS),
  法定代表人: legalRepresentativeSchema.nullish(),
  住所: optionalText,
  区划代码: divisionCode.nullish(),
  登记日期: optionalCalendarDate('YYYY-MM-DD'),
  状态: oneOf(ORGANIZATION_STATES),
  业务主管单位: optionalText,
});

export type Organization = z.infer<typeof organizationSchema>;
