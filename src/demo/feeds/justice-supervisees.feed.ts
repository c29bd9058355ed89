import { REFERENCE_DAY, addMonths, isoDate } from '../calendar';
import { FeedContext } from './feed-context';
import { MentionedMessage } from './feed.types';
import { padded, present } from './feed-format';
import { typePerson } from './mentions';

const TOPIC = 'dept.justice.supervisees';
const REFERENCE_DATE = isoDate(REFERENCE_DAY);

/**
 * Renders about 0.5% of the adults (most of them men) as supervised persons: community
 * correction (社区矫正) for six months to three years, or a year of aftercare on release
 * (刑满释放). Key `rybh`; the record itself is the mention `$`. The feed is sensitive, which is
 * why it must exist in the demo: access rules are tested against it.
 */
export function* renderJusticeSupervisees(context: FeedContext): Generator<MentionedMessage> {
  const random = context.random(TOPIC);
  const { people } = context.county;
  let serial = 0;
  for (let index = 0; index < people.length; index++) {
    const person = people[index];
    const share = person.gender === 'MALE' ? 0.0085 : 0.0015;
    if (person.birthDate > '2000-12-31' || !random.chance(share)) continue;
    const key = `JZ371326${padded(serial++, 5)}`;
    const correction = random.chance(0.4);
    const startedOn = isoDate(REFERENCE_DAY - random.between(10, 1000));
    const endsOn = addMonths(startedOn, correction ? random.pick([6, 12, 18, 24, 36]) : 12);
    const typed = typePerson(random, context.noise, person, false);
    const home = context.homeOf(index);
    const value = present({
      rybh: key,
      rylx: correction ? '社区矫正' : '刑满释放',
      xm: typed.name,
      sfzh: typed.id,
      xb: person.gender === 'MALE' ? '男' : '女',
      csrq: person.birthDate,
      jzd: context.addressOf(index),
      jzdqh: home?.regionCode ?? person.villageCode,
      qsrq: startedOn,
      jsrq: endsOn,
      zt: endsOn > REFERENCE_DATE ? '在矫' : '解矫',
      czlx: 'I',
    });
    yield { topic: TOPIC, message: { key, value }, mentions: [['$', person.key]] };
  }
}
