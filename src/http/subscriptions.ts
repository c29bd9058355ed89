import type { Server } from 'node:http';
import type { GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { ContextRequest, HubContext } from '../graphql/context';
import type { RequestHeaders } from '../graphql/acting-member';
import type { Logger } from '../shared/logger';

function credentialParams(params: Record<string, unknown> | undefined): RequestHeaders {
  const pick = (name: string) => (typeof params?.[name] === 'string' ? { [name]: params[name] as string } : {});
  return { ...pick('authorization'), ...pick('x-api-key') };
}

export interface SubscriptionServer {
  /** Closes every socket and the WebSocket server. */
  stop(): Promise<void>;
}

/**
 * Serves GraphQL subscriptions (graphql-ws protocol) on the HTTP server's /graphql path: each
 * operation gets its own context (em fork, loaders, the client authenticated from the upgrade
 * headers or the `authorization` / `x-api-key` connection params, the acting member).
 */
export function attachSubscriptions(
  server: Server,
  schema: GraphQLSchema,
  createContext: (request?: ContextRequest) => Promise<HubContext>,
  logger: Logger,
): SubscriptionServer {
  const wss = new WebSocketServer({ server, path: '/graphql' });
  const cleanup = useServer<Record<string, unknown>>(
    {
      schema,
      // Browsers cannot set headers on a WebSocket: credentials may also come as connection params.
      context: (ctx) =>
        createContext({
          headers: { ...(ctx.extra.request.headers as RequestHeaders), ...credentialParams(ctx.connectionParams) },
        }),
      onError: (_ctx, _id, _payload, errors) => {
        logger.warn({ errors: errors.map((e) => e.message) }, 'subscription error');
      },
    },
    wss,
  );
  return {
    async stop() {
      await cleanup.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
