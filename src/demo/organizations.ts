import { generateCreditCode } from '../identity';
import { REFERENCE_DAY, dayNumber, isoDate } from './calendar';
import { DemoOrganization } from './demo.types';
import { HOME_DIVISION } from './identity-numbers';
import { pickAdult, pickHouse } from './picks';
import { Population } from './population';
import { Random, pickerFromPairs } from './random';
import { VillageSite } from './registry';
import { flatten } from './strings';

type Kind = DemoOrganization['kind'];

/** GB 32100 organisation-kind characters under civil affairs (registration department '5'). */
// prettier-ignore
export const CREDIT_KIND_CHAR: Record<Kind, string> = { SOCIAL_GROUP: '1', PRIVATE_NON_ENTERPRISE: '2', FOUNDATION: '3' };

// prettier-ignore
const pickKind = pickerFromPairs<Kind>([['SOCIAL_GROUP', 55], ['PRIVATE_NON_ENTERPRISE', 40], ['FOUNDATION', 5]]);
// prettier-ignore
const pickState = pickerFromPairs<DemoOrganization['state']>([['ACTIVE', 88], ['DEREGISTERED', 8], ['REVOKED', 4]]);

const words = (text: string): string[] => text.split(' ');
const NAME_ENDINGS: Record<Kind, string[]> = {
  SOCIAL_GROUP: words(
    '老年人协会 文化促进会 志愿者协会 调解促进会 商会 红白理事会 ' +
      '农业技术协会 书法协会 体育协会 慈善协会 果品协会 乡贤理事会',
  ),
  PRIVATE_NON_ENTERPRISE: words(
    '养老服务中心 幼儿园 培训学校 社会工作服务中心 康复中心 文化服务中心 托育中心 助残服务中心',
  ),
  FOUNDATION: words('慈善基金会 教育基金会 助学基金会 乡村振兴基金会'),
};

const FIRST_REGISTRATION = dayNumber(2000, 1, 1);
const stem = (name: string): string => name.replace(/(村|社区|镇|街道)$/, '');

/** A name not yet taken: `平邑县东关养老服务中心`, then longer forms when the short ones run out. */
function uniqueName(random: Random, taken: Set<string>, village: VillageSite, kind: Kind): string {
  for (let tries = 0; tries < 40; tries++) {
    const ending = random.pick(NAME_ENDINGS[kind]);
    const place =
      tries < 10
        ? stem(random.chance(0.2) ? village.townName : village.name)
        : stem(village.townName) + stem(village.name);
    const name = `平邑县${place}${ending}`;
    if (!taken.has(name)) return name;
  }
  for (let n = 2; ; n++) {
    const name = `平邑县${stem(village.townName)}${stem(village.name)}第${n}${NAME_ENDINGS[kind][0]}`;
    if (!taken.has(name)) return name;
  }
}

/**
 * Registers about one social organisation per hundred people, each with a valid and unique
 * credit code, a unique name, an adult legal representative and an address in its village.
 */
export function generateOrganizations(
  random: Random,
  villages: VillageSite[],
  population: Population,
): DemoOrganization[] {
  const count = Math.floor(population.people.length / 100);
  const names = new Set<string>();
  const organizations: DemoOrganization[] = [];
  const serialSalt = random.int(10_000_000);
  for (let i = 0; i < count; i++) {
    const representative = pickAdult(random, population);
    const v = population.personVillage[representative];
    const house = pickHouse(random, population, v);
    const kind = pickKind(random);
    const name = uniqueName(random, names, villages[v], kind);
    names.add(name);
    organizations.push({
      key: `O${String(i + 1).padStart(7, '0')}`,
      // 7919 is coprime with 10^8, so every organisation gets its own organisation code.
      creditCode: flatten(
        generateCreditCode({
          registrationDept: '5',
          orgKind: CREDIT_KIND_CHAR[kind],
          divisionCode: HOME_DIVISION,
          serial: (i * 7919 + serialSalt) % 100_000_000,
        }),
      ),
      name,
      kind,
      legalRepresentativeKey: population.people[representative].key,
      address: house === null ? villages[v].townName + villages[v].name : population.houses[house].address,
      regionCode: villages[v].code,
      state: pickState(random),
      registeredOn: isoDate(FIRST_REGISTRATION + random.int(REFERENCE_DAY - 30 - FIRST_REGISTRATION)),
    });
  }
  return organizations;
}
