import { registerEnumType } from 'type-graphql';

export enum RegionLevel {
  COUNTY = 'COUNTY',
  TOWN = 'TOWN',
  VILLAGE = 'VILLAGE',
}
registerEnumType(RegionLevel, { name: 'RegionLevel', description: '行政区划层级 region level: 县 county, 镇/街道 town, 村/社区 village' });

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
  description: '组织类型: 社会团体 social group, 民办非企业单位 private non-enterprise, 基金会 foundation, 企业 enterprise',
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
  description:
    '特殊人群 special groups: 社区矫正, 刑满释放, 严重精神障碍, 吸毒, 信访重点, 低保, 特困, 临时救助',
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
registerEnumType(EntityType, { name: 'EntityType', description: 'the kind of golden record a mention or assertion is about' });
