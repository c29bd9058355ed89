import { PrimaryKey, Property } from '@mikro-orm/core';
import { uuidv7 } from '../../shared/ids';

/** Columns every golden record and link shares: a time-ordered UUID and its timestamps. */
export abstract class HubRecord {
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
