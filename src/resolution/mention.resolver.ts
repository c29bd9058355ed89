import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../graphql/context';
import { Mention } from '../domain/provenance/mention.entity';
import { SourceRecord } from '../domain/provenance/source-record.entity';
import { MatchEvidence, toEvidence } from './evidence.types';

@Resolver(() => Mention)
export class MentionEvidenceResolver {
  @FieldResolver(() => MatchEvidence, {
    description: '关联依据 why this mention was linked: rule, compared fields, scores',
  })
  evidence(@Root() mention: Mention): MatchEvidence {
    return toEvidence(mention.rule, mention.evidence);
  }

  @FieldResolver(() => SourceRecord, {
    nullable: true,
    description: '源记录 the record the mention is in',
  })
  sourceRecord(@Root() mention: Mention, @Ctx() ctx: HubContext): Promise<SourceRecord | null> {
    return ctx.loaders.sourceRecord.load(mention.sourceRecord.id);
  }
}
