import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('FieldScore', {
  description: '比对项 one compared field: how it came out and the weight it added',
})
export class FieldScore {
  @Field(() => String, {
    description: 'name, phone, birthDate, gender, address or identityNumber',
  })
  field!: string;

  @Field(() => String, {
    description: 'AGREE, HOMOPHONE (同音), NEAR_MISS (一位之差), SAME_VILLAGE, DISAGREE or CONFLICT',
  })
  outcome!: string;

  @Field(() => Int, { description: 'log2 likelihood-ratio weight' })
  weight!: number;
}

@ObjectType('MatchEvidence', {
  description: '关联依据 why a mention was linked (or a pair raised): the rule, the compared fields and scores',
})
export class MatchEvidence {
  @Field(() => String, {
    nullable: true,
    description: 'IDENTITY_NUMBER, SAME_RECORD_PATH, SCORED, NEW_PERSON, CREDIT_CODE, ADDRESS…',
  })
  rule?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'the total score against the best candidate',
  })
  score?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'the threshold the score was held against',
  })
  threshold?: number | null;

  @Field(() => ID, {
    nullable: true,
    description: 'the candidate person the score was computed against',
  })
  candidateId?: string | null;

  @Field(() => [FieldScore])
  fields!: FieldScore[];

  @Field(() => String, {
    nullable: true,
    description: 'for exact rules, the key; for a new person, why',
  })
  reason?: string | null;

  @Field(() => [ID], {
    description: 'people this mention showed to be the same person, merged into its target',
  })
  mergedIds!: string[];
}

type Json = Record<string, any>;

/** Reads the evidence JSON the resolver stored into its GraphQL shape. */
export function toEvidence(rule: string | null | undefined, evidence: Json): MatchEvidence {
  const scored: Json | null = evidence.score !== undefined ? evidence : (evidence.best ?? evidence.mention ?? null);
  return {
    rule: rule ?? null,
    score: scored?.score ?? null,
    threshold: evidence.threshold ?? null,
    candidateId: scored?.candidate ?? null,
    fields: (scored?.fields ?? []) as FieldScore[],
    reason: evidence.reason ?? evidence.key ?? null,
    mergedIds: ((evidence.merged ?? []) as Json[]).map((m) => m.candidate as string),
  };
}

@ObjectType('AssertedValue', {
  description: '断言 one value a source record stated for a field, and whether survivorship chose it',
})
export class AssertedValue {
  @Field(() => String, { description: 'the value as JSON text' })
  value!: string;

  @Field(() => String, { description: '部门 the department that stated it' })
  department!: string;

  @Field(() => String, { description: 'the source record’s topic' })
  topic!: string;

  @Field(() => String, { description: 'the source record’s key' })
  key!: string;

  @Field(() => String, { description: 'where in the record' })
  path!: string;

  @Field(() => Date, { description: 'when it was observed' })
  observedAt!: Date;

  @Field(() => Boolean, {
    description: '采信 true for the value the golden record shows',
  })
  chosen!: boolean;
}
