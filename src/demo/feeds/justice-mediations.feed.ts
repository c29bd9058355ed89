import { REFERENCE_MS, shanghaiDate } from '../calendar';
import { DemoEvent } from '../demo.types';
import { FeedContext } from './feed-context';
import { MentionedMessage } from './feed.types';
import { nextSerial, padded, present, shanghaiYear } from './feed-format';
import { typePerson } from './mentions';

const TOPIC = 'dept.justice.mediations';
const DAY = 86_400_000;
const ROLE_NAMES: Record<string, string> = { APPLICANT: '申请人', RESPONDENT: '被申请人' };

/** The outcome a finished case closes with: most mediations succeed, some fail or are stopped. */
function finalOutcome(event: DemoEvent, roll: number): string {
  if (event.status === 'RESOLVED') return '调解成功';
  return roll < 0.7 ? '调解成功' : roll < 0.9 ? '调解不成功' : '终止调解';
}

/**
 * Renders MEDIATION events as the provincial mediation platform publishes them: key `ajbh`,
 * `YYYY/MM/DD` dates and no version field, so order is the version: an insert (`czlx` I) while
 * the case is open, and an update (U) with the outcome and `jarq` once it is finished. The
 * applicant and respondent are `dsr[0]` and `dsr[1]`.
 */
export function* renderJusticeMediations(context: FeedContext): Generator<MentionedMessage> {
  const random = context.random(TOPIC);
  const counters = new Map<number, number>();
  for (const event of context.county.events) {
    if (event.kind !== 'MEDIATION') continue;
    const acceptedMs = Date.parse(event.reportedAt);
    const year = shanghaiYear(acceptedMs);
    const key = `TJ${year}-371326-${padded(nextSerial(counters, year), 5)}`;
    const mentions: [string, string][] = [];
    const dsr = event.parties.map((party, i) => {
      const index = context.personIndex(party.personKey);
      const typed = typePerson(random, context.noise, context.county.people[index], true);
      mentions.push([`dsr[${i}]`, party.personKey]);
      return present({
        xm: typed.name,
        sfzh: typed.id,
        lxdh: typed.phone,
        zz: context.addressOf(index),
        js: ROLE_NAMES[party.role],
      });
    });
    const opened = {
      ajbh: key,
      tjzz: `${context.regionName(event.regionCode)}人民调解委员会`,
      jflx: event.category,
      slrq: shanghaiDate(acceptedMs, '/'),
      dsr,
      jyaq: event.summary,
      tjjg: '正在调解',
      sdrq: event.regionCode,
      czlx: 'I',
    };
    yield { topic: TOPIC, message: { key, value: opened }, mentions };
    if (event.status !== 'RESOLVED' && event.status !== 'CLOSED') continue;
    const closedMs = Math.min(acceptedMs + random.between(3, 30) * DAY, REFERENCE_MS - 1000);
    const finished = {
      ...opened,
      tjjg: finalOutcome(event, random.float()),
      czlx: 'U',
      jarq: shanghaiDate(closedMs, '/'),
    };
    yield { topic: TOPIC, message: { key, value: finished }, mentions };
  }
}
