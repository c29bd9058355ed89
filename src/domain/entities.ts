import { Assertion } from './provenance/assertion.entity';
import { EventLink } from './events/event-link.entity';
import { EventParty } from './events/event-party.entity';
import { Grid } from './grids/grid.entity';
import { House } from './houses/house.entity';
import { HubEvent } from './events/hub-event.entity';
import { Mention } from './provenance/mention.entity';
import { Organization } from './organizations/organization.entity';
import { Person } from './people/person.entity';
import { PersonTag } from './people/person-tag.entity';
import { Region } from './regions/region.entity';
import { Residence } from './houses/residence.entity';
import { SourceRecord } from './provenance/source-record.entity';
import { HubRecord } from './shared/hub-record.entity';
import { Household } from './people/household.entity';
import { HouseholdMember } from './people/household-member.entity';
import { ConsumerOffset } from '../ingest/consumer-offset.entity';
import { DeadLetter } from '../ingest/dead-letter.entity';
import { IngestState } from '../ingest/ingest-state.entity';
import { AccessClient } from '../access/access-client.entity';
import { AccessLedgerEntry, AccessLedgerHead } from '../access/ledger/access-ledger.entity';
import { Alert } from './alerts/alert.entity';
import { EventTransition } from './events/loop/event-transition.entity';
import { Notification } from './units/notification.entity';
import { Unit } from './units/unit.entity';
import { UnitMember } from './units/unit-member.entity';
import { DistinctPair } from '../resolution/distinct-pair.entity';
import { OutboxEntry } from '../resolution/outbox-entry.entity';
import { PersonMatchKey } from '../resolution/person-match-key.entity';
import { PersonProfile } from '../resolution/person-profile.entity';
import { PossibleMatch } from '../resolution/possible-match.entity';
import { ResolutionJudgement } from '../resolution/resolution-judgement.entity';

/** Every entity the ORM knows; migrations are generated from exactly this list. */
export const ENTITIES = [
  HubRecord,
  Region,
  Grid,
  Person,
  PersonTag,
  House,
  Residence,
  Organization,
  HubEvent,
  EventParty,
  EventLink,
  SourceRecord,
  Mention,
  Assertion,
  Household,
  HouseholdMember,
  IngestState,
  ConsumerOffset,
  DeadLetter,
  AccessClient,
  AccessLedgerEntry,
  AccessLedgerHead,
  Unit,
  UnitMember,
  EventTransition,
  Notification,
  Alert,
  PersonProfile,
  PersonMatchKey,
  PossibleMatch,
  DistinctPair,
  ResolutionJudgement,
  OutboxEntry,
];
