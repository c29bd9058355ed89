import { execute, ExecutionResult, getVariableValues, GraphQLSchema } from 'graphql';
import { CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';

export type ExecutionEngine = 'compiled' | 'graphql-js';

/** An operation graphql-jit compiled, or `null` for one that runs on graphql-js. */
type Plan = CompiledQuery | null;

/**
 * Runs queries compiled by graphql-jit. graphql-js walks the document and the schema again for
 * every object of every response; a page of 50 people with residences, houses, grids and events
 * is some 1,500 field resolutions, and that walk was the read path's largest cost after the
 * database round trips. Each distinct query (Apollo's hash of its text, and the operation name)
 * is compiled once into a JavaScript function and kept, up to `maxOperations`, oldest out first.
 *
 * graphql-js stays the reference for everything else:
 * - mutations run on it (their cost is the database's, and they are where input objects are);
 * - it coerces every query's variables first, so a bad variable is refused exactly as before
 *   (BAD_USER_INPUT naming it); graphql-jit's own coercion does not apply the defaults of fields
 *   inside an input object, so a query it refuses after graphql-js accepted it runs on graphql-js
 *   from then on;
 * - a query graphql-jit cannot compile runs on graphql-js too.
 *
 * Apollo Server takes a custom executor only through its gateway interface: this "gateway"
 * serves the hub's own schema, which never changes after start.
 */
export function compiledExecutor(
  schema: GraphQLSchema,
  onExecuted: (engine: ExecutionEngine) => void = () => undefined,
  maxOperations = 1_000,
): GatewayInterface {
  const plans = new Map<string, Plan>();

  function plan(key: string, compile: () => Plan): Plan {
    let found = plans.get(key);
    if (found === undefined) {
      found = compile();
      if (plans.size >= maxOperations) plans.delete(plans.keys().next().value!);
      plans.set(key, found);
    }
    return found;
  }

  const executor: GatewayExecutor = async (request) => {
    const { document, operation, context } = request;
    const variables = request.request.variables ?? {};
    const reference = () => {
      onExecuted('graphql-js');
      return execute({
        schema,
        document,
        contextValue: context,
        variableValues: variables,
        operationName: request.operationName,
      });
    };
    if (operation.operation !== 'query') return reference();
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
    if (coerced.errors) return { errors: coerced.errors };
    const key = `${request.queryHash}\u0000${request.operationName ?? ''}`;
    const compiled = plan(key, () => {
      try {
        const result = compileQuery(schema, document, request.operationName ?? undefined, {
          disablingCapturingStackErrors: true,
        });
        return isCompiledQuery(result) ? result : null;
      } catch {
        return null;
      }
    });
    if (!compiled) return reference();
    const result = (await compiled.query(undefined, context, variables)) as ExecutionResult;
    if (result.errors && result.data === undefined) {
      // graphql-jit refused variables graphql-js accepted: nothing ran; graphql-js answers from now on.
      plans.set(key, null);
      return reference();
    }
    onExecuted('compiled');
    return result;
  };

  return {
    async load() {
      return { schema, executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    async stop() {},
  };
}
