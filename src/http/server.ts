import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { compiledExecutor } from '../graphql/compiled-executor';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { Router } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { ContextRequest, HubContext } from '../graphql/context';
import { createFormatError } from '../graphql/errors';
import { createQueryLimitsPlugin } from '../graphql/limits';
import type { Logger } from '../shared/logger';
import { createHealthRouter, ReadinessCheck } from './health';
import { createIdeRouter } from './ide';
import { attachSubscriptions } from './subscriptions';
import type { HubMetrics } from './metrics';

export interface HttpServerOptions {
  host: string;
  port: number;
  schema: GraphQLSchema;
  logger: Logger;
  metrics: HubMetrics;
  introspection: boolean;
  /** Queries run compiled by graphql-jit; false: on graphql-js (the reference) like everything else. */
  compiled: boolean;
  limits: { maxDepth: number; maxCost: number; maxPageSize: number };
  /** Builds a request's context: authenticates, then the em fork, loaders and policy. */
  createContext: (request?: ContextRequest) => Promise<HubContext>;
  /** Extra Apollo plugins (the access ledger). */
  plugins?: ApolloServerPlugin<HubContext>[];
  readiness: () => Record<string, ReadinessCheck>;
  /** Extra routes (ingest endpoints…) mounted before GraphQL. */
  routers?: Router[];
  /** Maximum JSON body, e.g. for registry documents. */
  bodyLimit?: string;
}

export interface HttpServer {
  url: string;
  server: Server;
  stop(): Promise<void>;
}

function metricsPlugin(metrics: HubMetrics): ApolloServerPlugin<HubContext> {
  return {
    async requestDidStart() {
      const stopTimer = metrics.graphqlDuration.startTimer();
      return {
        async willSendResponse({ operationName, errors }) {
          const operation = operationName ?? 'anonymous';
          stopTimer({ operation });
          metrics.graphqlRequests.inc({ operation, outcome: errors?.length ? 'error' : 'ok' });
        },
      };
    },
  };
}

/**
 * Starts the hub's HTTP server: GraphQL at /graphql (the IDE for browsers; subscriptions over
 * WebSocket with graphql-ws on the same path), /healthz, /readyz, /metrics. Resolves once listening; `stop` drains in-flight requests before closing.
 */
export async function startHttpServer(options: HttpServerOptions): Promise<HttpServer> {
  const app = express();
  const server = createServer(app);
  const apollo = new ApolloServer<HubContext>({
    ...(options.compiled
      ? { gateway: compiledExecutor(options.schema, (engine) => options.metrics.graphqlExecutions.inc({ engine })) }
      : { schema: options.schema }),
    introspection: options.introspection,
    logger: options.logger,
    // The hub stops its parts in order on SIGTERM/SIGINT (main.ts); Apollo must not race it.
    stopOnTerminationSignals: false,
    formatError: createFormatError(options.logger),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server, stopGracePeriodMillis: 5_000 }),
      ApolloServerPluginLandingPageDisabled(),
      // No HTTP cache hints and no Apollo Studio traces here: both instrument every field resolver.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      createQueryLimitsPlugin(options.limits),
      metricsPlugin(options.metrics),
      ...(options.plugins ?? []),
    ],
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.use(createHealthRouter(options.readiness));
  app.get('/metrics', async (_req, res) => {
    res.type(options.metrics.registry.contentType).send(await options.metrics.registry.metrics());
  });
  app.use(createIdeRouter());
  for (const router of options.routers ?? []) app.use(router);
  app.use(
    '/graphql',
    cors(),
    express.json({ limit: options.bodyLimit ?? '20mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) =>
        options.createContext({ requestId: req.header('x-request-id') ?? undefined, headers: req.headers }),
    }),
  );

  const subscriptions = attachSubscriptions(server, options.schema, options.createContext, options.logger);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = options.host === '0.0.0.0' ? 'localhost' : options.host;
  return {
    url: `http://${host}:${address.port}`,
    server,
    async stop() {
      await subscriptions.stop();
      await apollo.stop();
    },
  };
}
