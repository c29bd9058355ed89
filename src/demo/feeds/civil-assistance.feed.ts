import { REFERENCE_DAY, REFERENCE_MS, dayToMs, isoDate, shanghaiIso } from '../calendar';
import { DemoPerson } from '../demo.types';
import { FeedContext } from './feed-context';
import { MentionedMessage } from './feed.types';
import { padded, present } from './feed-format';
import { typePerson } from './mentions';

const TOPIC = 'dept.civil.assistance';
const MINUTE = 60_000;
const yearOf = (person: DemoPerson): number => Number(person.birthDate.slice(0, 4));

/**
 * How a member stands to the head, read back from ages and genders: the county has no relation
 * field, and its households are made head, spouse, parent, children, grandchildren.
 */
function relation(head: DemoPerson, member: DemoPerson, spouseTaken: boolean): string {
  const diff = yearOf(member) - yearOf(head);
  if (diff >= 40) return '其他';
  if (diff >= 18) return '子女';
  if (diff <= -18) return '父母';
  if (!spouseTaken && member.gender !== head.gender && Math.abs(diff) <= 8) return '配偶';
  return '其他';
}

/** The current registered members of about 3% of the self-occupied houses, head first. */
function chooseHouseholds(context: FeedContext): number[][] {
  const random = context.random(TOPIC);
  const { houses, residences } = context.county;
  const chosen = new Map<number, { head: number; members: number[] }>();
  houses.forEach((house, index) => {
    if (house.use === 'SELF_OCCUPIED' && random.chance(0.03)) chosen.set(index, { head: -1, members: [] });
  });
  for (const residence of residences) {
    if ((residence.kind !== 'REGISTERED' && residence.kind !== 'OWNER') || residence.validTo !== null) continue;
    const household = chosen.get(context.houseIndex(residence.houseKey));
    if (household === undefined) continue;
    const person = context.personIndex(residence.personKey);
    if (residence.kind === 'OWNER') household.head = person;
    else household.members.push(person);
  }
  return [...chosen.values()]
    .filter(({ members }) => members.length > 0)
    .map(({ head, members }) => (members.includes(head) ? [head, ...members.filter((m) => m !== head)] : members));
}

/**
 * Renders about 3% of the households as the civil-affairs assistance ledger exports them: key
 * `户编号`, Chinese column names, the head as the record's own mention `$` and every member,
 * the head first, as `成员[i]`. `更新时间` (ISO 8601, +08:00) is the version.
 */
export function* renderCivilAssistance(context: FeedContext): Generator<MentionedMessage> {
  const households = chooseHouseholds(context);
  const random = context.random(TOPIC).fork(1);
  const { people } = context.county;
  let serial = 0;
  for (const members of households) {
    const head = people[members[0]];
    const startDay = REFERENCE_DAY - random.between(30, 1095);
    const key = `MZ371326-${isoDate(startDay).slice(0, 4)}-${padded(serial++, 4)}`;
    const elderlyAlone = members.length === 1 && yearOf(head) <= 1966;
    const kind = elderlyAlone && random.chance(0.6) ? '特困' : random.chance(0.7) ? '低保' : '临时救助';
    const amount = kind === '特困' ? random.between(28, 32) * 50 : random.between(6, 30) * 50;
    const stopped = random.chance(0.1);
    const updatedDay = stopped
      ? Math.min(REFERENCE_DAY - 1, startDay + random.between(90, 600))
      : startDay + random.between(0, 27);
    const typedHead = typePerson(random, context.noise, head, true);
    const mentions: [string, string][] = [['$', head.key]];
    let spouseTaken = false;
    const memberRows = members.map((index, i) => {
      const person = people[index];
      mentions.push([`成员[${i}]`, person.key]);
      const typed = i === 0 ? typedHead : typePerson(random, context.noise, person, false);
      const role = i === 0 ? '本人' : relation(head, person, spouseTaken);
      spouseTaken ||= role === '配偶';
      return present({ 姓名: typed.name, 身份证号: typed.id, 与户主关系: role });
    });
    const value = present({
      户编号: key,
      救助类型: kind,
      户主姓名: typedHead.name,
      户主身份证号: typedHead.id,
      联系电话: typedHead.phone,
      家庭住址: context.addressOf(members[0]),
      区划代码: context.homeOf(members[0])?.regionCode ?? head.villageCode,
      保障人数: members.length,
      月保障金额: `${amount}.00`,
      起始年月: isoDate(startDay).slice(0, 7),
      状态: stopped ? '停保' : '在保',
      成员: memberRows,
      更新时间: shanghaiIso(Math.min(dayToMs(updatedDay) + random.int(1440) * MINUTE, REFERENCE_MS - MINUTE)),
    });
    yield { topic: TOPIC, message: { key, value }, mentions };
  }
}
