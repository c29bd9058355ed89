import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context';
import { badInput } from '../../graphql/errors';
import { Mention } from './mention.entity';
import { SourceRecord } from './source-record.entity';
import { findLatestSourceRecord } from './source-record.service';

@Resolver(() => SourceRecord)
export class SourceRecordResolver {
  @Query(() => SourceRecord, {
    nullable: true,
    description:
      '源记录 the source record a department published under this topic and key, as the hub holds it; null when never received',
  })
  sourceRecord(
    @Arg('topic', () => String) topic: string,
    @Arg('key', () => String) key: string,
    @Ctx() ctx: HubContext,
  ): Promise<SourceRecord | null> {
    if (!topic.trim()) throw badInput('topic', 'must not be empty');
    if (!key.trim()) throw badInput('key', 'must not be empty');
    return findLatestSourceRecord(ctx.em, topic, key);
  }

  @FieldResolver(() => [Mention], {
    description: '提及 the people, houses and organisations the record mentions, by path',
  })
  mentions(@Root() record: SourceRecord, @Ctx() ctx: HubContext): Promise<Mention[]> {
    return ctx.loaders.mentionsBySourceRecord.load(record.id);
  }
}
