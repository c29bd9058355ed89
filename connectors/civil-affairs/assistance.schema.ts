import { z } from 'zod';
import { count, divisionCode, keyField, oneOf, optionalText, timestamp, yearMonth } from '../shared/mapping/fields';

export const ASSISTANCE_KINDS = ['低保', '特困', '临时救助'] as const;
export const RELATIONS = ['本人', '配偶', '子女', '父母', '其他'] as const;

/** 家庭成员 a household member; 本人 is the head himself. */
export const householdMemberSchema = z.object({
  姓名: optionalText,
  身份证号: optionalText,
  与户主关系: oneOf(RELATIONS),
});

/**
 * A message of `dept.civil.assistance` (低保, 特困, 临时救助 ledger rows, Chinese column names).
 * Key `户编号`, version `更新时间` (ISO 8601 with zone; read as Shanghai if a clerk drops the
 * zone). Fails on an unknown assistance kind, state or relation, a start month that is not
 * `YYYY-MM`, or an amount that is not a decimal of yuan.
 */
export const assistanceSchema = z.object({
  户编号: keyField,
  救助类型: oneOf(ASSISTANCE_KINDS),
  户主姓名: optionalText,
  户主身份证号: optionalText,
  联系电话: optionalText,
  家庭住址: optionalText,
  区划代码: divisionCode.nullish(),
  保障人数: count.nullish(),
  月保障金额: z
    .union([
      z
        .string()
        .trim()
        .regex(/^\d+(?:\.\d{1,2})?$/, 'not an amount in yuan'),
      z.number().nonnegative(),
    ])
    .nullish(),
  起始年月: yearMonth,
  状态: oneOf(['在保', '停保']),
  成员: z.array(householdMemberSchema).nullish(),
  更新时间: timestamp,
});

export type Assistance = z.infer<typeof assistanceSchema>;
