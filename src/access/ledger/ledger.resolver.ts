import { Args, Arg, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { HubContext } from '../../graphql/context';
import { ConnectionArgs, createConnectionType, decodeCursor, encodeCursor, pageSize } from '../../graphql/pagination';
import { badInput } from '../../graphql/errors';
import { checkedId } from '../../domain/shared/id-argument';
import { AccessLedgerEntry } from './access-ledger.entity';
import { verifyAccessLedger } from './ledger.service';

export const AccessLedgerEntryConnection = createConnectionType('AccessLedgerEntry', AccessLedgerEntry);

@ObjectType('LedgerVerification', { description: '留痕校验 the result of recomputing the access ledger hash chain' })
export class LedgerVerificationResult {
  @Field(() => Boolean)
  ok!: boolean;

  @Field(() => Int, { description: 'entries checked before the first break (all of them when ok)' })
  checked!: number;

  @Field(() => String, { nullable: true, description: 'the seq of the first broken entry, or "head"' })
  brokenAt?: string;

  @Field(() => String, { nullable: true })
  problem?: string;
}

@Resolver()
export class LedgerResolver {
  @Query(() => AccessLedgerEntryConnection, {
    description: '审计 auditors: who read this person, when and why, newest first',
  })
  async personAccessLog(
    @Arg('personId', () => ID) personId: string,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: HubContext,
  ) {
    ctx.access.require('AUDIT');
    const first = pageSize(args.first, ctx.limits.maxPageSize);
    const before = args.after ? String(decodeCursor('AccessLedgerEntry', args.after)[0]) : null;
    if (before != null && !/^\d+$/.test(before)) throw badInput('after', 'the cursor is damaged');
    const id = checkedId(personId, 'personId');
    const reads = { personIds: { $contains: [id] } };
    const rows = await ctx.em.find(AccessLedgerEntry, before ? { ...reads, seq: { $lt: before } } : reads, {
      orderBy: { seq: 'desc' },
      limit: first + 1,
    });
    return AccessLedgerEntryConnection.from({
      nodes: rows.slice(0, first),
      hasNextPage: rows.length > first,
      cursorOf: (e) => encodeCursor('AccessLedgerEntry', [e.seq]),
      totalCount: () => ctx.em.count(AccessLedgerEntry, reads),
    });
  }

  @Query(() => LedgerVerificationResult, {
    description: '审计 auditors: recompute the whole access ledger chain and report the first break',
  })
  async verifyAccessLedger(@Ctx() ctx: HubContext): Promise<LedgerVerificationResult> {
    ctx.access.require('AUDIT');
    return Object.assign(new LedgerVerificationResult(), await verifyAccessLedger(ctx.em));
  }
}
