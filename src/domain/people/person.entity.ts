import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Gender } from '../shared/enums';
import { HubRecord } from '../shared/hub-record.entity';
import { Grid } from '../grids/grid.entity';
import { Region } from '../regions/region.entity';

/** 实有人口 a golden person record: the one the departments share. */
@ObjectType('Person', {
  description: '人 person: the golden record every entitled department reads',
  simpleResolvers: true,
})
@Directive('@key(fields: "id")')
@Entity({ tableName: 'person' })
@Index({
  name: 'person_region_code_prefix_idx',
  expression: 'create index person_region_code_prefix_idx on person (region_code text_pattern_ops, id)',
})
@Index({
  name: 'person_identity_number_idx',
  expression:
    'create unique index person_identity_number_idx on person (identity_number_bidx) where identity_number_valid and merged_into_id is null',
})
@Index({
  name: 'person_phone_bidx_idx',
  expression: 'create index person_phone_bidx_idx on person using gin (phone_bidx)',
})
export class Person extends HubRecord {
  @Field(() => ID)
  declare id: string;

  @Field(() => String, { description: '姓名 name' })
  @Property({ type: 'text' })
  name!: string;

  /** The name with spaces and minority-name separators removed: what name filters compare (in SQL only, so never read). */
  @Property({ type: 'text', index: true, lazy: true })
  nameKey!: string;

  @Field(() => Gender)
  @Enum({ items: () => Gender, type: 'text' })
  gender: Gender = Gender.UNKNOWN;

  @Field(() => String, { nullable: true, description: '出生日期 birth date, YYYY-MM-DD' })
  @Property({ type: 'date', nullable: true })
  birthDate?: string;

  /**
   * 公民身份号码 the normalised 18-character identity number, sealed (AES-256-GCM, key id in the
   * envelope). Written only through protectIdentityNumber; read through the policy (Person.identityNumber).
   */
  @Property({ type: 'text', nullable: true, fieldName: 'identity_number_enc' })
  identityNumberSealed?: string;

  /** The keyed blind index (HMAC-SHA256) of the identity number: what exact matching compares (in SQL only, so never read). */
  @Property({ type: 'text', nullable: true, fieldName: 'identity_number_bidx', lazy: true })
  identityNumberIndex?: string;

  @Field(() => Boolean, { description: 'whether the identity number passed the GB 11643 check' })
  @Property({ type: 'boolean', default: false })
  identityNumberValid: boolean = false;

  /** 联系电话 the normalised phones, each sealed like the identity number (protectPhones). */
  @Property({ type: 'text[]', default: '{}', fieldName: 'phones_enc' })
  phonesSealed: string[] = [];

  /** Blind indexes of the phones, in the same order (GIN-indexed for matching by phone; in SQL only, so never read). */
  @Property({ type: 'text[]', default: '{}', fieldName: 'phone_bidx', lazy: true })
  phoneIndexes: string[] = [];

  /** The village of the current residence, denormalised for region-subtree filters. */
  @ManyToOne(() => Region, { nullable: true, fieldName: 'region_code' })
  region?: Region;

  @ManyToOne(() => Grid, { nullable: true, index: true })
  grid?: Grid;

  /** Set when this record was merged into another; the survivor answers for this id. */
  @ManyToOne(() => Person, { nullable: true, index: true })
  mergedInto?: Person;

  /** When the observation behind the golden values was made: a newer observation wins (until survivorship rules). */
  @Property({ type: 'timestamptz', nullable: true })
  observedAt?: Date;

  @Property({ type: 'integer', version: true })
  version: number = 1;
}
