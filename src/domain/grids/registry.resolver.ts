import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { HubContext } from '../../graphql/context';
import { RegistryInput, RegistryLoadResult } from './registry.inputs';
import { loadRegistry } from './registry.service';

@Resolver()
export class RegistryResolver {
  @Mutation(() => RegistryLoadResult, {
    description:
      '管理 admin: load regions, grids and micro-grids from a registry document; loading it again changes nothing',
  })
  loadGridRegistry(
    @Arg('registry', () => RegistryInput) registry: RegistryInput,
    @Ctx() ctx: HubContext,
  ): Promise<RegistryLoadResult> {
    ctx.access.require('ADMIN');
    return loadRegistry(ctx.em, registry);
  }
}
