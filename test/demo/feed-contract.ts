/**
 * feeds/CONTRACT.md written down for the tests: for each topic the fields a message value
 * carries (required, and optional where the contract or its samples leave them out), the fields
 * of its person objects, and where its person mentions are. Kept here, not read from ../shared,
 * because the project must stand alone.
 */
import type { FeedTopic } from '../../src/demo/feeds';

type Value = Record<string, any>;

export interface Shape {
  required: string[];
  optional: string[];
}

/** One person mention as the record carries it. */
export interface MentionView {
  path: string;
  name: string;
  id?: string;
  phone?: string;
  fields: Value;
}

const shape = (required: string, optional = ''): Shape => ({
  required: required.split(' '),
  optional: optional ? optional.split(' ') : [],
});

export const TOPIC_SHAPES: Record<FeedTopic, Shape> = {
  'dept.petitions.cases': shape('XFJBH XFXS DJSJ XFRS RS WTSDD NRFL XFNR SFYJF SFCF BLZT ZRDW GXSJ', 'WTSDDM'),
  'dept.police.incidents': shape(
    'incidentId kind reportedAt category location summary persons disposition status updatedAt',
    'caseType',
  ),
  'dept.police.residents': shape('registrationId type person house registeredAt expiresAt status updatedAt'),
  'dept.justice.mediations': shape('ajbh tjzz jflx slrq dsr jyaq tjjg sdrq czlx', 'jarq'),
  'dept.justice.supervisees': shape('rybh rylx xm xb csrq jzd jzdqh qsrq jsrq zt czlx', 'sfzh'),
  'dept.civil.assistance': shape(
    '户编号 救助类型 户主姓名 联系电话 家庭住址 区划代码 保障人数 月保障金额 起始年月 状态 成员 更新时间',
    '户主身份证号',
  ),
  'dept.civil.orgs': shape('统一社会信用代码 组织名称 组织类型 法定代表人 住所 区划代码 登记日期 状态 业务主管单位'),
};

/** Shapes of nested objects, by topic and field; identity numbers may be missing everywhere. */
export const NESTED_SHAPES: Record<string, Shape> = {
  'dept.petitions.cases XFRS': shape('XM LXDH ZZ', 'GMSFHM'),
  'dept.police.incidents persons': shape('name phone role', 'idNumber'),
  'dept.police.incidents location': shape('address regionCode', 'lng lat'),
  'dept.police.residents person': shape('name gender birthDate phone', 'idNumber'),
  'dept.police.residents house': shape('address regionCode rental', 'landlord'),
  'dept.police.residents house.landlord': shape('name phone', 'idNumber'),
  'dept.justice.mediations dsr': shape('xm lxdh zz js', 'sfzh'),
  'dept.civil.assistance 成员': shape('姓名 与户主关系', '身份证号'),
  'dept.civil.orgs 法定代表人': shape('姓名 联系电话', '身份证号'),
};

const view = (path: string, fields: Value, name: string, id: string, phone: string): MentionView => ({
  path,
  name: fields[name],
  id: fields[id],
  phone: fields[phone],
  fields,
});

/** Every person mention of a message value, with its path as the contract writes it. */
export function mentionsOf(topic: FeedTopic, value: Value): MentionView[] {
  switch (topic) {
    case 'dept.petitions.cases':
      return value.XFRS.map((p: Value, i: number) => view(`XFRS[${i}]`, p, 'XM', 'GMSFHM', 'LXDH'));
    case 'dept.police.incidents':
      return value.persons.map((p: Value, i: number) => view(`persons[${i}]`, p, 'name', 'idNumber', 'phone'));
    case 'dept.police.residents':
      return [
        view('person', value.person, 'name', 'idNumber', 'phone'),
        ...(value.house.landlord ? [view('house.landlord', value.house.landlord, 'name', 'idNumber', 'phone')] : []),
      ];
    case 'dept.justice.mediations':
      return (value.dsr ?? []).map((p: Value, i: number) => view(`dsr[${i}]`, p, 'xm', 'sfzh', 'lxdh'));
    case 'dept.justice.supervisees':
      return [view('$', value, 'xm', 'sfzh', '-')];
    case 'dept.civil.assistance':
      return [
        view('$', value, '户主姓名', '户主身份证号', '联系电话'),
        ...value.成员.map((p: Value, i: number) => view(`成员[${i}]`, p, '姓名', '身份证号', '-')),
      ];
    case 'dept.civil.orgs':
      return [view('法定代表人', value.法定代表人, '姓名', '身份证号', '联系电话')];
  }
}

/** The fields of `value` missing from a shape's required list, or not in the shape at all. */
export function shapeProblems(value: Value, shape: Shape, where: string): string[] {
  const problems = shape.required.filter((field) => !(field in value)).map((field) => `${where}: missing ${field}`);
  const known = new Set([...shape.required, ...shape.optional]);
  return problems.concat(
    Object.keys(value)
      .filter((field) => !known.has(field))
      .map((field) => `${where}: unexpected ${field}`),
  );
}
