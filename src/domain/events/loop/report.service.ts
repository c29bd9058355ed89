import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '../../../graphql/errors';
import { parseDivisionCode } from '../../../identity';
import { Grid } from '../../grids/grid.entity';
import { House } from '../../houses/house.entity';
import { Organization } from '../../organizations/organization.entity';
import { Person } from '../../people/person.entity';
import { Region } from '../../regions/region.entity';
import { EventStatus, LoopAction } from '../../shared/enums';
import { checkedId } from '../../shared/id-argument';
import type { Actor } from '../../units/actor';
import { EventParty } from '../event-party.entity';
import { HubEvent } from '../hub-event.entity';
import { EventTransition } from './event-transition.entity';
import { ReportEventInput } from './loop.inputs';

async function placeOf(
  em: EntityManager,
  input: ReportEventInput,
  actor: Actor,
): Promise<{ grid?: Grid; region: Region }> {
  const gridId = input.gridId ? checkedId(input.gridId, 'input.gridId') : actor.unit.grid?.id;
  const grid = gridId ? await em.findOne(Grid, { id: gridId }) : null;
  if (input.gridId && !grid) throw badInput('input.gridId', `grid ${input.gridId} does not exist`);
  if (input.regionCode) {
    try {
      parseDivisionCode(input.regionCode);
    } catch {
      throw badInput('input.regionCode', `"${input.regionCode}" is not a 12-digit division code (区划代码)`);
    }
  }
  const code = input.regionCode ?? grid?.village.code ?? actor.unit.region.code;
  const region = await em.findOne(Region, { code });
  if (!region) throw badInput('input.regionCode', `region ${code} does not exist`);
  return { grid: grid ?? undefined, region };
}

async function partiesOf(em: EntityManager, input: ReportEventInput) {
  return Promise.all(
    input.parties.map(async (p, i) => {
      const argument = `input.parties[${i}]`;
      if (!p.personId === !p.organizationId)
        throw badInput(argument, 'name exactly one of personId and organizationId');
      const person = p.personId
        ? await em.findOne(Person, { id: checkedId(p.personId, `${argument}.personId`) })
        : null;
      const organization = p.organizationId
        ? await em.findOne(Organization, { id: checkedId(p.organizationId, `${argument}.organizationId`) })
        : null;
      if (!person && !organization) throw badInput(argument, 'no such person or organisation');
      return { person: person ?? undefined, organization: organization ?? undefined, role: p.role };
    }),
  );
}

function checkedPhotos(photos: string[]): string[] {
  photos.forEach((url, i) => {
    let parsed: URL | null = null;
    try {
      parsed = new URL(url);
    } catch {
      parsed = null;
    }
    if (!parsed || !['http:', 'https:'].includes(parsed.protocol))
      throw badInput(`input.photos[${i}]`, 'must be an http(s) URL');
  });
  return photos;
}

/**
 * 排查录入 records a report by the acting member: the event (REPORTED, at the grid tier), its
 * parties and the first audit-trail row, in one transaction. Rejects unknown places, parties or
 * a malformed photo URL with BAD_USER_INPUT naming it, before anything is written.
 */
export async function reportEvent(
  em: EntityManager,
  actor: Actor,
  input: ReportEventInput,
  at: Date,
): Promise<HubEvent> {
  const summary = input.summary.trim();
  if (!summary) throw badInput('input.summary', 'must not be empty');
  const photos = checkedPhotos(input.photos);
  return em.transactional(async (tx) => {
    const { grid, region } = await placeOf(tx, input, actor);
    const house = input.houseId ? await tx.findOne(House, { id: checkedId(input.houseId, 'input.houseId') }) : null;
    if (input.houseId && !house) throw badInput('input.houseId', `house ${input.houseId} does not exist`);
    const parties = await partiesOf(tx, input);
    const event = tx.create(
      HubEvent,
      {
        kind: input.kind,
        category: input.category?.trim() || undefined,
        summary,
        occurredAt: input.occurredAt,
        reportedAt: at,
        region,
        grid,
        house: house ?? undefined,
        reporter: actor.member,
        status: EventStatus.REPORTED,
        details: photos.length ? { photos } : {},
      },
      { partial: true },
    );
    for (const party of parties) tx.create(EventParty, { event, ...party }, { partial: true });
    tx.create(
      EventTransition,
      {
        event,
        action: LoopAction.REPORT,
        toStatus: EventStatus.REPORTED,
        tier: event.tier,
        member: actor.member,
        unit: actor.unit,
        at,
      },
      { partial: true },
    );
    return event;
  });
}
