import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../graphql/context';
import { ConnectionArgs, createConnectionType, pageSize } from '../graphql/pagination';
import { Person } from '../domain/people/person.entity';
import { MatchEvidence, toEvidence } from './evidence.types';
import { markDistinct, mergePeople, splitPerson } from './judgement.service';
import { PossibleMatch } from './possible-match.entity';
import { MatchStatus } from './resolution.enums';
import { ResolutionJudgement } from './resolution-judgement.entity';
import { listPossibleMatches } from './review.service';

// Identity judgements change who a golden person is for every department: administrators only.
function judgeOf(ctx: HubContext): string {
  ctx.access.require('ADMIN');
  const p = ctx.principal;
  return p.memberId ? `member:${p.memberId}@${p.clientName}` : `client:${p.clientName}`;
}

export const PossibleMatchConnection = createConnectionType('PossibleMatch', PossibleMatch);

@Resolver(() => PossibleMatch)
export class ReviewResolver {
  @Query(() => PossibleMatchConnection, {
    description: '疑似重复 the review queue: pairs that may be one person, oldest first',
  })
  async possibleMatches(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('regionCode', () => String, {
      nullable: true,
      description: 'only pairs in this region’s subtree (区划代码)',
    })
    regionCode: string | undefined,
    @Arg('status', () => MatchStatus, {
      nullable: true,
      defaultValue: MatchStatus.OPEN,
    })
    status: MatchStatus,
    @Ctx() ctx: HubContext,
  ) {
    ctx.access.require('ADMIN');
    const page = await listPossibleMatches(
      ctx.em,
      { regionCode, status },
      pageSize(args.first, ctx.limits.maxPageSize),
      args.after,
    );
    return PossibleMatchConnection.from(page);
  }

  @FieldResolver(() => Person, { nullable: true })
  personA(@Root() match: PossibleMatch, @Ctx() ctx: HubContext): Promise<Person | null> {
    return ctx.loaders.person.load(match.personA.id);
  }

  @FieldResolver(() => Person, { nullable: true })
  personB(@Root() match: PossibleMatch, @Ctx() ctx: HubContext): Promise<Person | null> {
    return ctx.loaders.person.load(match.personB.id);
  }

  @FieldResolver(() => MatchEvidence, {
    description: '比对依据 the compared fields and scores that raised the pair',
  })
  evidence(@Root() match: PossibleMatch): MatchEvidence {
    return toEvidence('SCORED', match.evidence);
  }

  @Mutation(() => ResolutionJudgement, {
    description: '合并 merge one person into another; the merged id keeps resolving to the survivor',
  })
  mergePeople(
    @Arg('survivorId', () => ID) survivorId: string,
    @Arg('mergedId', () => ID) mergedId: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: HubContext,
  ): Promise<ResolutionJudgement> {
    return mergePeople(ctx.em, survivorId, mergedId, {
      actor: judgeOf(ctx),
      reason,
    });
  }

  @Mutation(() => ResolutionJudgement, {
    description: '拆分 move chosen mentions of a person to a new person (the last id of personIds)',
  })
  splitPerson(
    @Arg('personId', () => ID) personId: string,
    @Arg('mentionIds', () => [ID]) mentionIds: string[],
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: HubContext,
  ): Promise<ResolutionJudgement> {
    return splitPerson(ctx.em, personId, mentionIds, {
      actor: judgeOf(ctx),
      reason,
    });
  }

  @Mutation(() => ResolutionJudgement, {
    description: '非同一人 judge two people distinct: ingestion never merges them',
  })
  markDistinct(
    @Arg('personId', () => ID) personId: string,
    @Arg('otherId', () => ID) otherId: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: HubContext,
  ): Promise<ResolutionJudgement> {
    return markDistinct(ctx.em, personId, otherId, {
      actor: judgeOf(ctx),
      reason,
    });
  }
}
