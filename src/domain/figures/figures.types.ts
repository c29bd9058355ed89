import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';

@InputType('FiguresScope', {
  description: '考核范围 a grid (gridId), or a village, town or county (regionCode); exactly one',
})
export class FiguresScope {
  @Field(() => String, {
    nullable: true,
    description: '12-digit division code (区划代码) of a village, town or county',
  })
  regionCode?: string;

  @Field(() => ID, { nullable: true, description: '网格 a grid' })
  gridId?: string;
}

@ObjectType('WorkerFigures', {
  description: '网格员考核 a grid worker’s reports in the period and the share rejected in review (上报合格率)',
})
export class WorkerFigures {
  memberId!: string;

  @Field(() => Int, { description: 'reports made' })
  reported!: number;

  @Field(() => Int, { description: 'reports rejected in review (退回)' })
  rejected!: number;

  @Field(() => Float, { description: 'rejected ÷ reported' })
  rejectedShare!: number;

  @Field(() => Float, { description: '上报合格率 report quality rate: 1 − rejected share' })
  qualityRate!: number;
}

@ObjectType('Figures', {
  description: '考核指标 assessment figures of a grid, village, town or county for the events reported in a period',
})
export class Figures {
  @Field(() => Int, { description: 'events reported in the period' })
  reported!: number;

  @Field(() => Int, { description: 'reported and not rejected or a duplicate (受理)' })
  accepted!: number;

  @Field(() => Int, { description: 'resolved or mediated (化解)' })
  resolved!: number;

  @Field(() => Float, { nullable: true, description: '化解率 resolution rate: resolved ÷ accepted' })
  resolutionRate?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: '按期办结率 on-time rate: handled by the deadline ÷ (handled + still open past the deadline)',
  })
  onTimeRate?: number | null;

  @Field(() => Float, { nullable: true, description: 'median hours from report to handling (resolved or mediated)' })
  medianHoursToResolve?: number | null;

  @Field(() => Float, { nullable: true, description: '满意度 mean satisfaction of the return visits (1–5)' })
  satisfaction?: number | null;

  @Field(() => Int, { description: 'events with a return visit (回访)' })
  followedUp!: number;

  @Field(() => [WorkerFigures], { description: 'per grid worker who reported in the hub, most reports first' })
  workers!: WorkerFigures[];
}
