import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * 比对档案 what resolution compares a person by: every value the mentions linked to them carried
 * (a derived index, rebuilt from assertions after a split). Not published in GraphQL.
 */
@Entity({ tableName: 'person_profile' })
export class PersonProfile {
  @PrimaryKey({ type: 'uuid' })
  personId!: string;

  @Property({ type: 'text[]', default: '{}' })
  nameKeys: string[] = [];

  @Property({ type: 'text[]', default: '{}' })
  pinyins: string[] = [];

  @Property({ type: 'text[]', default: '{}' })
  phones: string[] = [];

  @Property({ type: 'text[]', default: '{}' })
  birthDates: string[] = [];

  @Property({ type: 'text[]', default: '{}' })
  genders: string[] = [];

  @Property({ type: 'text[]', default: '{}' })
  addresses: string[] = [];

  @Property({ type: 'text[]', default: '{}' })
  localities: string[] = [];

  @Property({ type: 'text[]', default: '{}' })
  validIds: string[] = [];

  @Property({ type: 'text[]', default: '{}' })
  invalidIds: string[] = [];
}
