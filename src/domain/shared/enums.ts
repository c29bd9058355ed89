import { registerEnumType } from 'type-graphql';

export enum RegionLevel {
  COUNTY = 'COUNTY',
  TOWN = 'TOWN',
  VILLAGE = 'VILLAGE',
}
registerEnumType(RegionLevel, {
  name: 'RegionLevel',
  description: '行政区划层级 region level: 县 county, 镇/街道 town, 村/社区 village',
});

export enum Gender {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(Gender, { name: 'Gender', description: '性别 gender' });

export enum HouseUse {
  SELF_OCCUPIED = 'SELF_OCCUPIED',
  RENTED = 'RENTED',
  VACANT = 'VACANT',
  BUSINESS = 'BUSINESS',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(HouseUse, { name: 'HouseUse', description: '房屋用途 house use: 自住, 出租, 空置, 经营' });

export enum ResidenceKind {
  REGISTERED = 'REGISTERED',
  FLOATING = 'FLOATING',
  TENANT = 'TENANT',
  OWNER = 'OWNER',
  LANDLORD = 'LANDLORD',
}
registerEnumType(ResidenceKind, {
  name: 'ResidenceKind',
  description: '居住关系 residence: 户籍 registered, 流动人口 floating, 租客 tenant, 房主 owner, 房东 landlord',
});

export enum OrganizationKind {
  SOCIAL_GROUP = 'SOCIAL_GROUP',
  PRIVATE_NON_ENTERPRISE = 'PRIVATE_NON_ENTERPRISE',
  FOUNDATION = 'FOUNDATION',
  ENTERPRISE = 'ENTERPRISE',
  OTHER = 'OTHER',
}
registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  description:
    '组织类型: 社会团体 social group, 民办非企业单位 private non-enterprise, 基金会 foundation, 企业 enterprise',
});

export enum OrganizationState {
  ACTIVE = 'ACTIVE',
  DEREGISTERED = 'DEREGISTERED',
  REVOKED = 'REVOKED',
}
registerEnumType(OrganizationState, { name: 'OrganizationState', description: '登记状态: 正常, 注销, 撤销' });

export enum PersonTagKind {
  COMMUNITY_CORRECTION = 'COMMUNITY_CORRECTION',
  RELEASED_AFTER_SENTENCE = 'RELEASED_AFTER_SENTENCE',
  SEVERE_MENTAL_DISORDER = 'SEVERE_MENTAL_DISORDER',
  DRUG_USER = 'DRUG_USER',
  FREQUENT_PETITIONER = 'FREQUENT_PETITIONER',
  MINIMUM_LIVING_ALLOWANCE = 'MINIMUM_LIVING_ALLOWANCE',
  EXTREME_POVERTY = 'EXTREME_POVERTY',
  TEMPORARY_ASSISTANCE = 'TEMPORARY_ASSISTANCE',
}
registerEnumType(PersonTagKind, {
  name: 'PersonTagKind',
  description: '特殊人群 special groups: 社区矫正, 刑满释放, 严重精神障碍, 吸毒, 信访重点, 低保, 特困, 临时救助',
});

export enum EventKind {
  DISPUTE = 'DISPUTE',
  PETITION = 'PETITION',
  INCIDENT = 'INCIDENT',
  MEDIATION = 'MEDIATION',
  HAZARD = 'HAZARD',
  REQUEST = 'REQUEST',
}
registerEnumType(EventKind, {
  name: 'EventKind',
  description: '事件类型: 矛盾纠纷 dispute, 信访 petition, 警情 incident, 调解 mediation, 隐患 hazard, 诉求 request',
});

export enum EventStatus {
  REPORTED = 'REPORTED',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
  DUPLICATE = 'DUPLICATE',
  ASSESSED = 'ASSESSED',
  DISPATCHED = 'DISPATCHED',
  IN_PROGRESS = 'IN_PROGRESS',
  RESOLVED = 'RESOLVED',
  FOLLOWED_UP = 'FOLLOWED_UP',
  CLOSED = 'CLOSED',
}
registerEnumType(EventStatus, {
  name: 'EventStatus',
  description: '闭环状态 closed-loop status: 上报, 受理, 退回, 重复, 已研判, 已交办, 处置中, 已处置, 已回访, 已办结',
});

export enum RiskLevel {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
  MAJOR = 'MAJOR',
}
registerEnumType(RiskLevel, { name: 'RiskLevel', description: '风险等级: 低, 中, 高, 重大' });

export enum Tier {
  GRID = 'GRID',
  VILLAGE = 'VILLAGE',
  TOWN = 'TOWN',
  COUNTY = 'COUNTY',
}
registerEnumType(Tier, { name: 'Tier', description: '处置层级 tier: 网格 → 村/责任区 → 镇 → 县' });

export enum PartyRole {
  PETITIONER = 'PETITIONER',
  REPORTER = 'REPORTER',
  PARTY = 'PARTY',
  VICTIM = 'VICTIM',
  SUSPECT = 'SUSPECT',
  APPLICANT = 'APPLICANT',
  RESPONDENT = 'RESPONDENT',
  OTHER = 'OTHER',
}
registerEnumType(PartyRole, {
  name: 'PartyRole',
  description: '当事人角色: 信访人, 报警人, 当事人, 受害人, 嫌疑人, 申请人, 被申请人',
});

export enum EventLinkKind {
  RELATED = 'RELATED',
  DUPLICATE = 'DUPLICATE',
}
registerEnumType(EventLinkKind, { name: 'EventLinkKind', description: '关联 related or 重复 duplicate' });

export enum EntityType {
  PERSON = 'PERSON',
  HOUSE = 'HOUSE',
  ORGANIZATION = 'ORGANIZATION',
  EVENT = 'EVENT',
}
registerEnumType(EntityType, {
  name: 'EntityType',
  description: 'the kind of golden record a mention or assertion is about',
});

export enum UnitKind {
  GRID = 'GRID',
  VILLAGE = 'VILLAGE',
  RESPONSIBILITY_ZONE = 'RESPONSIBILITY_ZONE',
  TOWN_CENTER = 'TOWN_CENTER',
  COUNTY_CENTER = 'COUNTY_CENTER',
  DEPARTMENT_OFFICE = 'DEPARTMENT_OFFICE',
}
registerEnumType(UnitKind, {
  name: 'UnitKind',
  description:
    '处置单位类型: 网格 grid, 村 village, 责任区 responsibility zone, 镇综治中心 town center, 县社会治理中心 county center, 部门 department office',
});

export enum MemberRole {
  GRID_WORKER = 'GRID_WORKER',
  LEADER = 'LEADER',
  CENTER_STAFF = 'CENTER_STAFF',
  DEPARTMENT_LIAISON = 'DEPARTMENT_LIAISON',
}
registerEnumType(MemberRole, {
  name: 'MemberRole',
  description: '成员角色: 网格员 grid worker, 负责人 leader, 中心工作人员 center staff, 部门联络员 department liaison',
});

export enum LoopAction {
  REPORT = 'REPORT',
  ACCEPT_REVIEW = 'ACCEPT_REVIEW',
  REJECT = 'REJECT',
  MARK_DUPLICATE = 'MARK_DUPLICATE',
  ASSESS = 'ASSESS',
  DISPATCH = 'DISPATCH',
  ACCEPT_TASK = 'ACCEPT_TASK',
  RESOLVE = 'RESOLVE',
  ESCALATE = 'ESCALATE',
  SUPERVISE = 'SUPERVISE',
  FOLLOW_UP = 'FOLLOW_UP',
  CLOSE = 'CLOSE',
}
registerEnumType(LoopAction, {
  name: 'LoopAction',
  description: '闭环动作: 上报, 受理, 退回, 标记重复, 研判, 交办, 签收, 处置, 上报上级, 督办, 回访, 办结',
});

export enum ReviewDecision {
  ACCEPT = 'ACCEPT',
  REJECT = 'REJECT',
  DUPLICATE = 'DUPLICATE',
}
registerEnumType(ReviewDecision, {
  name: 'ReviewDecision',
  description: '审核筛查 review decision: 受理 accept, 退回 reject, 重复 duplicate',
});

export enum ResolutionOutcome {
  RESOLVED = 'RESOLVED',
  MEDIATED = 'MEDIATED',
  NOT_RESOLVED = 'NOT_RESOLVED',
}
registerEnumType(ResolutionOutcome, {
  name: 'ResolutionOutcome',
  description: '处置结果: 已解决 resolved, 调解成功 mediated, 未化解 not resolved',
});

export enum NotificationKind {
  DISPATCHED = 'DISPATCHED',
  SUPERVISION = 'SUPERVISION',
  ESCALATED = 'ESCALATED',
}
registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: '通知类型: 交办 dispatched, 督办 supervision, 上报 escalated',
});

export enum AlertRuleKind {
  REPEATED_PETITIONS = 'REPEATED_PETITIONS',
  LEVEL_SKIPPING_PETITION = 'LEVEL_SKIPPING_PETITION',
  HOUSE_REPEATED_INCIDENTS = 'HOUSE_REPEATED_INCIDENTS',
  DISPUTE_ESCALATED_TWICE = 'DISPUTE_ESCALATED_TWICE',
  SUPERVISED_PERSON_IN_INCIDENT = 'SUPERVISED_PERSON_IN_INCIDENT',
}
registerEnumType(AlertRuleKind, {
  name: 'AlertRuleKind',
  description:
    '预警规则: 重复访 repeated petitions, 越级访 level-skipping petition, 同一房屋多次警情, 纠纷两次上报, 重点人员涉警',
});
