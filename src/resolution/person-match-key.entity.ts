import { Entity, Index, PrimaryKey } from '@mikro-orm/core';

/**
 * 分块键 one blocking key of one person (see blocking.ts). The primary key (key, person) is the
 * index candidate retrieval reads, so the candidates per mention stay bounded as the county grows.
 */
@Entity({ tableName: 'person_match_key' })
@Index({ name: 'person_match_key_person_idx', properties: ['personId'] })
export class PersonMatchKey {
  @PrimaryKey({ type: 'text' })
  key!: string;

  @PrimaryKey({ type: 'uuid' })
  personId!: string;
}
