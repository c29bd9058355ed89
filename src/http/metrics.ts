import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import { sqlStatementCounter } from '../config/mikro-orm.config';

export interface HubMetrics {
  registry: Registry;
  graphqlRequests: Counter<'operation' | 'outcome'>;
  graphqlDuration: Histogram<'operation'>;
  /** Operations executed, by engine: `compiled` (graphql-jit) or `graphql-js`. */
  graphqlExecutions: Counter<'engine'>;
}

/** The hub's Prometheus registry: process metrics, GraphQL requests, SQL statements. */
export function createMetrics(): HubMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'govgraph_' });
  new Counter({
    name: 'govgraph_sql_statements_total',
    help: 'SQL statements sent to the database, by the access ledger or by everything else',
    labelNames: ['source'],
    registers: [registry],
    collect() {
      this.reset();
      this.inc({ source: 'data' }, sqlStatementCounter.count);
      this.inc({ source: 'ledger' }, sqlStatementCounter.ledger);
    },
  });
  return {
    registry,
    graphqlRequests: new Counter({
      name: 'govgraph_graphql_requests_total',
      help: 'GraphQL operations by name and outcome',
      labelNames: ['operation', 'outcome'],
      registers: [registry],
    }),
    graphqlDuration: new Histogram({
      name: 'govgraph_graphql_duration_seconds',
      help: 'GraphQL operation duration',
      labelNames: ['operation'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    graphqlExecutions: new Counter({
      name: 'govgraph_graphql_executions_total',
      help: 'GraphQL operations executed, by engine: compiled (graphql-jit, queries) or graphql-js (mutations, fallbacks)',
      labelNames: ['engine'],
      registers: [registry],
    }),
  };
}
