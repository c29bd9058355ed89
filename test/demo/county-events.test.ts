import { normalizeCreditCode } from '../../src/identity';
import { defaultCounty, tally } from './county-fixture';

const REFERENCE = Date.parse('2026-11-01T00:00:00Z');
const TWO_YEARS_BEFORE = Date.parse('2024-11-01T00:00:00Z');
const KIND_CHARS = { SOCIAL_GROUP: '1', PRIVATE_NON_ENTERPRISE: '2', FOUNDATION: '3' };

describe('the organisations and events of the demo county', () => {
  const county = defaultCounty();
  const people = new Map(county.people.map((person) => [person.key, person]));
  const regions = new Map(county.registry.regions.map((region) => [region.code, region]));

  it('gives every organisation a valid, unique civil-affairs credit code and an adult representative', () => {
    expect(new Set(county.organizations.map((o) => o.creditCode)).size).toBe(county.organizations.length);
    expect(new Set(county.organizations.map((o) => o.name)).size).toBe(county.organizations.length);
    for (const organization of county.organizations) {
      expect(normalizeCreditCode(organization.creditCode)).toEqual({
        value: organization.creditCode,
        valid: true,
      });
      expect(organization.creditCode.slice(0, 8)).toBe(`5${KIND_CHARS[organization.kind]}371326`);
      const representative = people.get(organization.legalRepresentativeKey);
      expect(representative).toBeDefined();
      expect(representative!.birthDate < '2007').toBe(true);
      expect(regions.get(organization.regionCode)?.level).toBe('VILLAGE');
      expect(organization.name.startsWith('平邑县')).toBe(true);
      expect(organization.registeredOn < '2026-11-01').toBe(true);
    }
    expect(tally(county.organizations.map((o) => o.kind)).size).toBe(3);
  });

  it('spreads events over the 24 months before 2026-11-01, in key order = time order', () => {
    let previous = 0;
    for (const event of county.events) {
      const occurred = Date.parse(event.occurredAt);
      const reported = Date.parse(event.reportedAt);
      expect(event.occurredAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      expect(occurred >= TWO_YEARS_BEFORE && reported < REFERENCE).toBe(true);
      expect(reported >= occurred).toBe(true);
      expect(occurred >= previous).toBe(true);
      previous = occurred;
    }
  });

  it('has every kind, with the categories the department feeds use', () => {
    const kinds = tally(county.events.map((event) => event.kind));
    expect([...kinds.keys()].sort()).toEqual(['DISPUTE', 'HAZARD', 'INCIDENT', 'MEDIATION', 'PETITION', 'REQUEST']);
    const categories: Record<string, string[]> = {
      PETITION: ['土地征收', '劳动社保', '城乡建设', '农村农业', '涉法涉诉', '卫生健康', '环境保护'],
      INCIDENT: ['纠纷', '盗窃', '诈骗', '交通', '求助', '噪音扰民', '打架斗殴'],
      MEDIATION: ['邻里纠纷', '婚姻家庭', '土地宅基地', '劳动争议', '物业纠纷', '损害赔偿'],
    };
    for (const event of county.events) {
      if (categories[event.kind]) expect(categories[event.kind]).toContain(event.category);
      expect(event.summary.length).toBeGreaterThan(4);
    }
  });

  it('draws the parties from the people of the event village, in roles that fit the kind', () => {
    const roles: Record<string, string[]> = {
      PETITION: ['PETITIONER'],
      INCIDENT: ['REPORTER', 'PARTY', 'VICTIM', 'SUSPECT'],
      MEDIATION: ['APPLICANT', 'RESPONDENT'],
      DISPUTE: ['PARTY'],
      HAZARD: ['REPORTER'],
      REQUEST: ['APPLICANT'],
    };
    for (const event of county.events) {
      expect(regions.get(event.regionCode)?.level).toBe('VILLAGE');
      if (event.kind === 'MEDIATION') expect(event.parties.map((p) => p.role)).toEqual(['APPLICANT', 'RESPONDENT']);
      if (event.kind === 'INCIDENT') expect(event.parties[0].role).toBe('REPORTER');
      expect(new Set(event.parties.map((p) => p.personKey)).size).toBe(event.parties.length);
      for (const party of event.parties) {
        expect(roles[event.kind]).toContain(party.role);
        expect(people.get(party.personKey)?.villageCode).toBe(event.regionCode);
      }
    }
  });

  it('ties events to houses and grids of their own village, and settles older events more', () => {
    const houses = new Map(county.houses.map((house) => [house.key, house]));
    const grids = new Map(county.registry.grids.map((grid) => [grid.code, grid]));
    for (const event of county.events) {
      if (event.houseKey !== null) expect(houses.get(event.houseKey)?.regionCode).toBe(event.regionCode);
      if (event.gridCode !== null) expect(grids.get(event.gridCode)?.villageCode).toBe(event.regionCode);
    }
    const settled = (events: typeof county.events): number =>
      events.filter((event) => event.status === 'RESOLVED' || event.status === 'CLOSED').length / events.length;
    expect(settled(county.events.slice(0, 1000))).toBeGreaterThan(settled(county.events.slice(-100)));
  });
});
