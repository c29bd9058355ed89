import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { AccessRole, ClientKind, Department } from './access.enums';
import { AccessClient } from './access-client.entity';

@InputType('IssueClientInput', { description: '接入方登记 a new client: its department, roles, scope and limits' })
export class IssueClientInput {
  @Field(() => String)
  name!: string;

  @Field(() => Department)
  department!: Department;

  @Field(() => ClientKind, { nullable: true, description: 'SYSTEM (default) or APP' })
  kind?: ClientKind;

  @Field(() => [AccessRole])
  roles!: AccessRole[];

  @Field(() => String, {
    nullable: true,
    description: '区划 12-digit code of the region subtree it may read; empty for the whole hub',
  })
  regionCode?: string;

  @Field(() => ID, { nullable: true, description: '网格 for grid workers: the grid they may read' })
  gridId?: string;

  @Field(() => String, { nullable: true, description: 'for an app: the member acting through it' })
  memberId?: string;

  @Field(() => Boolean, { nullable: true, description: 'also issue an API key (shown once)' })
  apiKey?: boolean;

  @Field(() => Int, { nullable: true })
  rateLimitPerMinute?: number;

  @Field(() => Int, { nullable: true })
  maxDepth?: number;

  @Field(() => Int, { nullable: true })
  maxCost?: number;

  @Field(() => Int, { nullable: true })
  maxPageSize?: number;
}

@ObjectType('IssuedClient', {
  description: '接入凭证 a client just issued: its bearer token, and its API key if asked for; neither is shown again',
})
export class IssuedClient {
  @Field(() => AccessClient)
  client!: AccessClient;

  @Field(() => String, { description: 'hub-signed bearer token (JWT)' })
  token!: string;

  @Field(() => String, { nullable: true })
  apiKey?: string;
}
