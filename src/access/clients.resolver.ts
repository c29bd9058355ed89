import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { HubContext } from '../graphql/context';
import { AccessClient } from './access-client.entity';
import { IssueClientInput, IssuedClient } from './clients.inputs';
import { issueClient, listClients, revokeClient } from './clients.service';

@Resolver()
export class ClientsResolver {
  @Query(() => [AccessClient], { description: '管理 admin: the registered clients' })
  accessClients(
    @Arg('includeRevoked', () => Boolean, { defaultValue: false }) includeRevoked: boolean,
    @Ctx() ctx: HubContext,
  ): Promise<AccessClient[]> {
    ctx.access.require('ADMIN');
    return listClients(ctx.em, includeRevoked);
  }

  @Mutation(() => IssuedClient, { description: '管理 admin: register a client and issue its token (and API key)' })
  issueClient(
    @Arg('input', () => IssueClientInput) input: IssueClientInput,
    @Ctx() ctx: HubContext,
  ): Promise<IssuedClient> {
    ctx.access.require('ADMIN');
    if (!ctx.signer) throw new Error('token signer not configured');
    return issueClient(ctx.em, input, ctx.signer);
  }

  @Mutation(() => AccessClient, { description: '管理 admin: revoke a client; its tokens and key stop working' })
  revokeClient(@Arg('id', () => ID) id: string, @Ctx() ctx: HubContext): Promise<AccessClient> {
    ctx.access.require('ADMIN');
    return revokeClient(ctx.em, id);
  }
}
