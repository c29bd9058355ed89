import { REFERENCE_MS, shanghaiDateTime } from '../calendar';
import { DemoEvent } from '../demo.types';
import { FeedContext } from './feed-context';
import { MentionedMessage } from './feed.types';
import { typePerson } from './mentions';
import { nextSerial, padded, present, shanghaiYear } from './feed-format';

const TOPIC = 'dept.petitions.cases';
const FORMS = ['来访', '来信', '网上', '电话', '领导信箱'];
const DAY = 86_400_000;

/** The states a case passes through, by the event's status; a few settled cases are refused. */
function statesOf(event: DemoEvent, refused: boolean): string[] {
  if (event.status === 'REPORTED') return ['待受理'];
  if (event.status === 'IN_PROGRESS') return ['待受理', '办理中'];
  return refused ? ['待受理', '不予受理'] : ['待受理', '办理中', '已办结'];
}

/**
 * Renders PETITION events as the legacy petition system publishes them: key `XFJBH`, one message
 * per state the case went through, each with a later `GXSJ` (the version). Petitioners are
 * `XFRS[i]`, typed as the clerk took them down.
 */
export function* renderPetitions(context: FeedContext): Generator<MentionedMessage> {
  const random = context.random(TOPIC);
  const counters = new Map<number, number>();
  for (const event of context.county.events) {
    if (event.kind !== 'PETITION') continue;
    const registeredMs = Date.parse(event.reportedAt);
    const year = shanghaiYear(registeredMs);
    const key = `XF371326${year}${padded(nextSerial(counters, year), 6)}`;
    const mentions: [string, string][] = [];
    const XFRS = event.parties.map((party, i) => {
      const index = context.personIndex(party.personKey);
      const typed = typePerson(random, context.noise, context.county.people[index], true, true);
      mentions.push([`XFRS[${i}]`, party.personKey]);
      return present({
        XM: typed.name,
        GMSFHM: typed.id,
        LXDH: typed.phone,
        ZZ: context.addressOf(index),
      });
    });
    const hasPlaceCode = random.chance(0.75);
    const head = {
      XFJBH: key,
      XFXS: random.pick(FORMS),
      DJSJ: shanghaiDateTime(registeredMs),
      XFRS,
      RS: XFRS.length,
      WTSDD: context.placeName(event.regionCode),
      ...(hasPlaceCode ? { WTSDDM: event.regionCode } : {}),
      NRFL: event.category,
      XFNR: event.summary,
      SFYJF: random.chance(0.25) ? '是' : '否',
      SFCF: random.chance(0.3) ? '是' : '否',
    };
    const unit = random.chance(0.7) ? '平邑县信访局' : `平邑县${context.townName(event.regionCode)}人民政府`;
    const states = statesOf(event, random.chance(0.05));
    // A case registered just before the reference date still gets strictly later versions.
    const room = Math.floor((REFERENCE_MS - registeredMs) / states.length / 1000) * 1000;
    let updatedMs = registeredMs;
    for (const [step, state] of states.entries()) {
      if (step > 0) updatedMs += Math.min(random.between(1, 15) * DAY, room);
      const value = { ...head, BLZT: state, ZRDW: unit, GXSJ: shanghaiDateTime(updatedMs) };
      yield { topic: TOPIC, message: { key, value }, mentions };
    }
  }
}
