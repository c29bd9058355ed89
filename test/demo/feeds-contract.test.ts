import { FEED_TOPICS, FeedTopic, renderFeeds } from '../../src/demo/feeds';
import { defaultCounty } from './county-fixture';
import { NESTED_SHAPES, TOPIC_SHAPES, shapeProblems } from './feed-contract';

type Value = Record<string, any>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const SLASH_DATE = /^\d{4}\/\d{2}\/\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;
const REGION = /^371326\d{3}\d{3}$/;
const KEY_FIELDS: Record<FeedTopic, string> = {
  'dept.petitions.cases': 'XFJBH',
  'dept.police.incidents': 'incidentId',
  'dept.police.residents': 'registrationId',
  'dept.justice.mediations': 'ajbh',
  'dept.justice.supervisees': 'rybh',
  'dept.civil.assistance': '户编号',
  'dept.civil.orgs': '统一社会信用代码',
};

/** Checks of value formats and enumerations, as the contract lists them, per topic. */
const FORMATS: Record<FeedTopic, (v: Value) => boolean> = {
  'dept.petitions.cases': (v) =>
    ['来信', '来访', '网上', '电话', '领导信箱'].includes(v.XFXS) &&
    DATE_TIME.test(v.DJSJ) &&
    DATE_TIME.test(v.GXSJ) &&
    v.RS === v.XFRS.length &&
    ['是', '否'].includes(v.SFYJF) &&
    ['是', '否'].includes(v.SFCF) &&
    ['待受理', '办理中', '已办结', '不予受理'].includes(v.BLZT) &&
    (v.WTSDDM === undefined || REGION.test(v.WTSDDM)),
  'dept.police.incidents': (v) =>
    ['ALERT', 'CASE'].includes(v.kind) &&
    Number.isInteger(v.reportedAt) &&
    Number.isInteger(v.updatedAt) &&
    (v.kind === 'CASE') === ['治安', '刑事'].includes(v.caseType) &&
    REGION.test(v.location.regionCode) &&
    ['OPEN', 'CLOSED'].includes(v.status) &&
    v.persons.every((p: Value) => ['REPORTER', 'PARTY', 'VICTIM', 'SUSPECT'].includes(p.role)),
  'dept.police.residents': (v) =>
    ['M', 'F'].includes(v.person.gender) &&
    /^\d{8}$/.test(v.person.birthDate) &&
    DATE.test(v.registeredAt) &&
    DATE.test(v.expiresAt) &&
    v.expiresAt > v.registeredAt &&
    ['ACTIVE', 'CANCELLED'].includes(v.status) &&
    typeof v.house.rental === 'boolean' &&
    REGION.test(v.house.regionCode) &&
    Number.isInteger(v.updatedAt),
  'dept.justice.mediations': (v) =>
    SLASH_DATE.test(v.slrq) &&
    (v.jarq === undefined || (SLASH_DATE.test(v.jarq) && v.jarq >= v.slrq)) &&
    ['I', 'U', 'D'].includes(v.czlx) &&
    ['正在调解', '调解成功', '调解不成功', '终止调解'].includes(v.tjjg) &&
    v.dsr.map((p: Value) => p.js).join() === '申请人,被申请人' &&
    REGION.test(v.sdrq),
  'dept.justice.supervisees': (v) =>
    ['社区矫正', '刑满释放'].includes(v.rylx) &&
    ['男', '女'].includes(v.xb) &&
    DATE.test(v.csrq) &&
    DATE.test(v.qsrq) &&
    DATE.test(v.jsrq) &&
    v.jsrq > v.qsrq &&
    REGION.test(v.jzdqh) &&
    ['I', 'U', 'D'].includes(v.czlx),
  'dept.civil.assistance': (v) =>
    ['低保', '特困', '临时救助'].includes(v.救助类型) &&
    /^\d+\.\d{2}$/.test(v.月保障金额) &&
    /^\d{4}-\d{2}$/.test(v.起始年月) &&
    ['在保', '停保'].includes(v.状态) &&
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/.test(v.更新时间) &&
    v.保障人数 === v.成员.length &&
    v.成员[0].与户主关系 === '本人' &&
    v.成员.every((m: Value) => ['本人', '配偶', '子女', '父母', '其他'].includes(m.与户主关系)),
  'dept.civil.orgs': (v) =>
    ['社会团体', '民办非企业单位', '基金会'].includes(v.组织类型) &&
    ['正常', '注销', '撤销'].includes(v.状态) &&
    DATE.test(v.登记日期) &&
    REGION.test(v.区划代码) &&
    v.住所.startsWith('山东省临沂市平邑县'),
};

describe('rendered department messages', () => {
  const feeds = renderFeeds(defaultCounty());

  it.each(FEED_TOPICS)('%s carries every field the contract lists, and no other', (topic) => {
    const problems: string[] = [];
    expect(feeds.messages[topic].length).toBeGreaterThan(0);
    for (const { key, value } of feeds.messages[topic] as { key: string; value: Value }[]) {
      problems.push(...shapeProblems(value, TOPIC_SHAPES[topic], key));
      for (const [name, shape] of Object.entries(NESTED_SHAPES)) {
        const [shapeTopic, path] = name.split(' ');
        if (shapeTopic !== topic) continue;
        const nested = path.split('.').reduce<any>((at, field) => at?.[field], value);
        for (const item of Array.isArray(nested) ? nested : nested === undefined ? [] : [nested]) {
          problems.push(...shapeProblems(item, shape, `${key} ${path}`));
        }
      }
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });

  it.each(FEED_TOPICS)('%s writes dates, codes and enumerations as the contract does, keyed by its id', (topic) => {
    const bad = feeds.messages[topic].filter(
      ({ key, value }) => (value as Value)[KEY_FIELDS[topic]] !== key || !FORMATS[topic](value as Value),
    );
    expect(bad.slice(0, 3)).toEqual([]);
  });

  it('only ever moves a versioned record forward, and updates a mediation after inserting it', () => {
    const versions: [FeedTopic, (v: Value) => string | number][] = [
      ['dept.petitions.cases', (v) => v.GXSJ],
      ['dept.police.residents', (v) => v.updatedAt],
    ];
    for (const [topic, version] of versions) {
      const last = new Map<string, string | number>();
      for (const { key, value } of feeds.messages[topic]) {
        const current = version(value as Value);
        if (last.has(key)) expect(current > last.get(key)!).toBe(true);
        last.set(key, current);
      }
    }
    const operations = new Map<string, string>();
    for (const { key, value } of feeds.messages['dept.justice.mediations']) {
      operations.set(key, (operations.get(key) ?? '') + (value as Value).czlx);
    }
    expect(new Set(operations.values())).toEqual(new Set(['I', 'IU']));
  });

  it('cancels a police registration only after registering it', () => {
    const statuses = new Map<string, string>();
    for (const { key, value } of feeds.messages['dept.police.residents']) {
      statuses.set(key, `${statuses.get(key) ?? ''}${(value as Value).status === 'ACTIVE' ? 'A' : 'C'}`);
    }
    expect(new Set(statuses.values())).toEqual(new Set(['A', 'AC']));
  });
});
