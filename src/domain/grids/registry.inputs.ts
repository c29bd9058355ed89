import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { RegionLevel } from '../shared/enums';

@InputType('RegistryRegionInput')
export class RegistryRegionInput {
  @Field(() => String, { description: '12-digit division code' })
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => RegionLevel)
  level!: RegionLevel;

  @Field(() => String, { nullable: true, description: 'the parent region; empty for the county' })
  parentCode?: string | null;
}

@InputType('RegistryGridInput')
export class RegistryGridInput {
  @Field(() => String, { description: 'grid code: the village code followed by digits' })
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'the village (12-digit code) the grid belongs to' })
  villageCode!: string;

  @Field(() => String, { nullable: true, description: 'for a micro-grid, the code of its grid' })
  parentCode?: string | null;
}

@InputType('RegistryInput', { description: '网格登记 the region tree and grids, as one JSON document' })
export class RegistryInput {
  @Field(() => [RegistryRegionInput])
  regions!: RegistryRegionInput[];

  @Field(() => [RegistryGridInput])
  grids!: RegistryGridInput[];
}

@ObjectType('RegistryLoadResult', { description: 'what loading a registry document changed' })
export class RegistryLoadResult {
  @Field(() => Int)
  regionsCreated!: number;

  @Field(() => Int)
  regionsUpdated!: number;

  @Field(() => Int)
  gridsCreated!: number;

  @Field(() => Int)
  gridsUpdated!: number;
}
