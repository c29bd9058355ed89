import { DemoOrganization } from '../demo.types';
import { COUNTY } from '../regions.data';
import { FeedContext } from './feed-context';
import { MentionedMessage } from './feed.types';
import { present } from './feed-format';
import { typePerson } from './mentions';

const TOPIC = 'dept.civil.orgs';
const KIND_NAMES: Record<DemoOrganization['kind'], string> = {
  SOCIAL_GROUP: '社会团体',
  PRIVATE_NON_ENTERPRISE: '民办非企业单位',
  FOUNDATION: '基金会',
};
const STATE_NAMES: Record<DemoOrganization['state'], string> = {
  ACTIVE: '正常',
  DEREGISTERED: '注销',
  REVOKED: '撤销',
};

/** The supervising department follows the organisation's field; civil affairs takes the rest. */
function supervisor(name: string): string {
  if (/幼儿园|学校|教育|助学|托育/.test(name)) return '平邑县教育和体育局';
  if (/文化|书法|体育/.test(name)) return '平邑县文化和旅游局';
  if (/农业|果品/.test(name)) return '平邑县农业农村局';
  return '平邑县民政局';
}

/**
 * Renders every organisation as the civil-affairs register publishes it: key `统一社会信用代码`,
 * no version field (the later message wins), the legal representative as the mention `法定代表人`.
 */
export function* renderCivilOrgs(context: FeedContext): Generator<MentionedMessage> {
  const random = context.random(TOPIC);
  for (const organization of context.county.organizations) {
    const representative = context.county.people[context.personIndex(organization.legalRepresentativeKey)];
    const typed = typePerson(random, context.noise, representative, true);
    const key = organization.creditCode;
    const value = {
      统一社会信用代码: key,
      组织名称: organization.name,
      组织类型: KIND_NAMES[organization.kind],
      法定代表人: present({ 姓名: typed.name, 身份证号: typed.id, 联系电话: typed.phone }),
      住所: COUNTY.addressPrefix + organization.address,
      区划代码: organization.regionCode,
      登记日期: organization.registeredOn,
      状态: STATE_NAMES[organization.state],
      业务主管单位: supervisor(organization.name),
    };
    yield { topic: TOPIC, message: { key, value }, mentions: [['法定代表人', representative.key]] };
  }
}
