import { registerEnumType } from 'type-graphql';

/** The departments whose systems read the hub; HUB is the hub's own administration. */
export enum Department {
  HUB = 'HUB',
  PETITIONS = 'PETITIONS',
  JUSTICE = 'JUSTICE',
  POLICE = 'POLICE',
  CIVIL_AFFAIRS = 'CIVIL_AFFAIRS',
  GOVERNANCE_CENTER = 'GOVERNANCE_CENTER',
}
registerEnumType(Department, {
  name: 'Department',
  description:
    '部门 department: 数据中心 hub, 信访 petitions, 司法 justice, 公安 police, 民政 civil affairs, 综治中心 governance center',
});

export enum AccessRole {
  ADMIN = 'ADMIN',
  AUDITOR = 'AUDITOR',
  OFFICER = 'OFFICER',
  ANALYST = 'ANALYST',
  DISPATCHER = 'DISPATCHER',
  GRID_WORKER = 'GRID_WORKER',
}
registerEnumType(AccessRole, {
  name: 'AccessRole',
  description:
    '角色 role: 管理员 admin, 审计员 auditor, 业务人员 officer, 分析人员 analyst, 调度员 dispatcher, 网格员 grid worker',
});

export enum ClientKind {
  SYSTEM = 'SYSTEM',
  APP = 'APP',
}
registerEnumType(ClientKind, {
  name: 'ClientKind',
  description: '接入方 a department system, or an app acting for its members',
});
