import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { HubContext } from '../../../graphql/context';
import { ResolutionOutcome, ReviewDecision, RiskLevel } from '../../shared/enums';
import { HubEvent } from '../hub-event.entity';
import { ReportEventInput } from './loop.inputs';
import * as loop from './loop.service';
import { onEventCreated, onEventEscalated } from './on-event-created';
import { reportEvent } from './report.service';

async function step(ctx: HubContext): Promise<loop.StepContext> {
  return { em: ctx.em, actor: await ctx.actor(), settings: ctx.loop };
}

const VERSION = {
  nullable: true,
  description: 'the version the client saw; CONFLICT when the event moved on',
} as const;

/** The closed loop's mutations (排查录入 → 审核筛查 → 风险研判 → 分流交办 → 分类处置 → 反馈回访 → 跟踪问效). */
@Resolver(() => HubEvent)
export class LoopResolver {
  @Mutation(() => HubEvent, { description: '排查录入 report an event as the acting member' })
  async reportEvent(
    @Arg('input', () => ReportEventInput) input: ReportEventInput,
    @Ctx() ctx: HubContext,
  ): Promise<HubEvent> {
    const { em, actor, settings } = await step(ctx);
    const event = await reportEvent(em, actor, input, settings.clock.now());
    await onEventCreated(em.fork(), event.id, { clock: settings.clock });
    return event;
  }

  @Mutation(() => HubEvent, {
    description: '审核筛查 accept, reject with a reason, or mark as a duplicate of another event',
  })
  async reviewEvent(
    @Arg('id', () => ID) eventId: string,
    @Arg('decision', () => ReviewDecision) decision: ReviewDecision,
    @Arg('reason', () => String, { nullable: true }) reason: string | undefined,
    @Arg('duplicateOfId', () => ID, { nullable: true }) duplicateOfId: string | undefined,
    @Arg('expectedVersion', () => Int, VERSION) expectedVersion: number | undefined,
    @Ctx() ctx: HubContext,
  ): Promise<HubEvent> {
    return loop.reviewEvent(await step(ctx), { eventId, decision, reason, duplicateOfId, expectedVersion });
  }

  @Mutation(() => HubEvent, { description: '风险研判 set the risk level with a note' })
  async assessEvent(
    @Arg('id', () => ID) eventId: string,
    @Arg('riskLevel', () => RiskLevel) riskLevel: RiskLevel,
    @Arg('note', () => String, { nullable: true }) note: string | undefined,
    @Arg('expectedVersion', () => Int, VERSION) expectedVersion: number | undefined,
    @Ctx() ctx: HubContext,
  ): Promise<HubEvent> {
    return loop.assessEvent(await step(ctx), { eventId, riskLevel, note, expectedVersion });
  }

  @Mutation(() => HubEvent, {
    description: '分流交办 dispatch to a unit; the deadline comes from the policy unless given',
  })
  async dispatchEvent(
    @Arg('id', () => ID) eventId: string,
    @Arg('unitId', () => ID) unitId: string,
    @Arg('deadline', () => Date, { nullable: true }) deadline: Date | undefined,
    @Arg('note', () => String, { nullable: true }) note: string | undefined,
    @Arg('expectedVersion', () => Int, VERSION) expectedVersion: number | undefined,
    @Ctx() ctx: HubContext,
  ): Promise<HubEvent> {
    return loop.dispatchEvent(await step(ctx), { eventId, unitId, deadline, note, expectedVersion });
  }

  @Mutation(() => HubEvent, { description: '签收 the assigned unit accepts the task' })
  async acceptEvent(
    @Arg('id', () => ID) eventId: string,
    @Arg('note', () => String, { nullable: true }) note: string | undefined,
    @Arg('expectedVersion', () => Int, VERSION) expectedVersion: number | undefined,
    @Ctx() ctx: HubContext,
  ): Promise<HubEvent> {
    return loop.acceptEvent(await step(ctx), { eventId, note, expectedVersion });
  }

  @Mutation(() => HubEvent, {
    description: '分类处置 record the outcome: resolved, mediated or not resolved, with a note',
  })
  async resolveEvent(
    @Arg('id', () => ID) eventId: string,
    @Arg('outcome', () => ResolutionOutcome) outcome: ResolutionOutcome,
    @Arg('note', () => String) note: string,
    @Arg('expectedVersion', () => Int, VERSION) expectedVersion: number | undefined,
    @Ctx() ctx: HubContext,
  ): Promise<HubEvent> {
    return loop.resolveEvent(await step(ctx), { eventId, outcome, note, expectedVersion });
  }

  @Mutation(() => HubEvent, {
    description: '上报 send the task to the next tier up, with the reason and a new deadline',
  })
  async escalateEvent(
    @Arg('id', () => ID) eventId: string,
    @Arg('reason', () => String) reason: string,
    @Arg('deadline', () => Date, { nullable: true }) deadline: Date | undefined,
    @Arg('expectedVersion', () => Int, VERSION) expectedVersion: number | undefined,
    @Ctx() ctx: HubContext,
  ): Promise<HubEvent> {
    const event = await loop.escalateEvent(await step(ctx), { eventId, reason, deadline, expectedVersion });
    await onEventEscalated(ctx.em.fork(), event.id, { clock: ctx.loop.clock });
    return event;
  }

  @Mutation(() => HubEvent, { description: '反馈回访 the return visit: satisfaction 1–5 and a comment' })
  async followUpEvent(
    @Arg('id', () => ID) eventId: string,
    @Arg('satisfaction', () => Int) satisfaction: number,
    @Arg('comment', () => String, { nullable: true }) comment: string | undefined,
    @Arg('expectedVersion', () => Int, VERSION) expectedVersion: number | undefined,
    @Ctx() ctx: HubContext,
  ): Promise<HubEvent> {
    return loop.followUpEvent(await step(ctx), { eventId, satisfaction, comment, expectedVersion });
  }

  @Mutation(() => HubEvent, { description: '跟踪问效 close the event with the evaluation' })
  async closeEvent(
    @Arg('id', () => ID) eventId: string,
    @Arg('evaluation', () => String) evaluation: string,
    @Arg('expectedVersion', () => Int, VERSION) expectedVersion: number | undefined,
    @Ctx() ctx: HubContext,
  ): Promise<HubEvent> {
    return loop.closeEvent(await step(ctx), { eventId, evaluation, expectedVersion });
  }
}
