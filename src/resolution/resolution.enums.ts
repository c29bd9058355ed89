import { registerEnumType } from 'type-graphql';

export enum MatchStatus {
  OPEN = 'OPEN',
  MERGED = 'MERGED',
  DISTINCT = 'DISTINCT',
}
registerEnumType(MatchStatus, {
  name: 'MatchStatus',
  description: '疑似重复 review state: 待审核 open, 已合并 merged, 非同一人 distinct',
});

export enum JudgementAction {
  MERGE = 'MERGE',
  SPLIT = 'SPLIT',
  DISTINCT = 'DISTINCT',
  AUTO_MERGE = 'AUTO_MERGE',
}
registerEnumType(JudgementAction, {
  name: 'JudgementAction',
  description:
    '人工研判 a judgement on identity: 合并 merge, 拆分 split, 非同一人 distinct, or the resolver’s own merge',
});

export enum ChangeKind {
  CREATED = 'created',
  UPDATED = 'updated',
  MERGED = 'merged',
  SPLIT = 'split',
}
