import { Field, ID, InputType } from 'type-graphql';
import { EventKind, EventStatus } from '../shared/enums';

@InputType('EventFilter', { description: 'filters for events; all given conditions must hold' })
export class EventFilter {
  @Field(() => String, { nullable: true, description: 'only events in the subtree of this region (12-digit code)' })
  regionCode?: string;

  @Field(() => ID, { nullable: true })
  gridId?: string;

  @Field(() => [EventKind], { nullable: true })
  kinds?: EventKind[];

  @Field(() => [EventStatus], { nullable: true })
  statuses?: EventStatus[];

  @Field(() => String, { nullable: true })
  category?: string;

  @Field(() => Date, { nullable: true, description: 'reported at or after' })
  reportedFrom?: Date;

  @Field(() => Date, { nullable: true, description: 'reported before' })
  reportedTo?: Date;
}
