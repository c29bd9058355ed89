import {
  DocumentNode,
  FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  GraphQLList,
  GraphQLObjectType,
  GraphQLSchema,
  isAbstractType,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  valueFromASTUntyped,
} from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { DEFAULT_PAGE_SIZE } from './pagination';
import { badInput, HubError, HubErrorCode } from './errors';

/** A list field without `first` is assumed to return this many items when estimating cost. */
const ASSUMED_LIST_SIZE = 10;

export interface OperationMeasure {
  depth: number;
  cost: number;
}

interface Walk {
  maxPageSize: number;
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

function listSize(
  walk: Walk,
  args: readonly { name: { value: string }; value: never }[],
  isList: boolean,
  isConnection: boolean,
): number {
  const first = args.find((a) => a.name.value === 'first');
  if (first) {
    const value = valueFromASTUntyped(first.value, walk.variables);
    if (typeof value === 'number' && value > walk.maxPageSize)
      throw badInput('first', `must be at most ${walk.maxPageSize}`);
    if (typeof value === 'number' && value >= 0) return value;
  }
  if (isConnection) return DEFAULT_PAGE_SIZE;
  return isList ? ASSUMED_LIST_SIZE : 1;
}

function measureSet(
  walk: Walk,
  type: GraphQLObjectType | null,
  set: SelectionSetNode,
  depth: number,
): OperationMeasure {
  let result: OperationMeasure = { depth, cost: 0 };
  for (const selection of set.selections) {
    let child: OperationMeasure;
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      const field = type?.getFields()[selection.name.value];
      const fieldType = field ? getNullableType(field.type) : null;
      const named = fieldType ? getNamedType(fieldType) : null;
      const isConnection = !!named && named.name.endsWith('Connection');
      // A connection's `first` already counted its page: its nodes and edges lists add no factor.
      const insideConnection = !!type && type.name.endsWith('Connection');
      const size = insideConnection
        ? 1
        : listSize(walk, selection.arguments as never, fieldType instanceof GraphQLList, isConnection);
      const next = named && isObjectType(named) ? named : null;
      const inner = selection.selectionSet
        ? measureSet(walk, isAbstractType(named) ? null : next, selection.selectionSet, depth + 1)
        : { depth: depth + 1, cost: 0 };
      child = { depth: inner.depth, cost: 1 + size * inner.cost };
    } else {
      const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? walk.fragments.get(selection.name.value) : selection;
      if (!fragment) continue;
      const condition = fragment.typeCondition ? walk.schema.getType(fragment.typeCondition.name.value) : type;
      child = measureSet(walk, isObjectType(condition) ? condition : type, fragment.selectionSet, depth);
    }
    result = { depth: Math.max(result.depth, child.depth), cost: result.cost + child.cost };
  }
  return result;
}

/**
 * Estimates how deep an operation goes and how many objects it may resolve (lists times page sizes).
 * A `first` above the page size limit is BAD_USER_INPUT naming it.
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
  maxPageSize = Number.MAX_SAFE_INTEGER,
): OperationMeasure {
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  const root = schema.getRootType(operation.operation) ?? null;
  return measureSet({ maxPageSize, schema, fragments, variables }, root, operation.selectionSet, 0);
}

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  maxPageSize: number;
}

/**
 * Rejects, before execution, operations deeper or costlier than the limits, with a clear message.
 * A client with its own (lower) limits in its principal is held to those.
 */
export function createQueryLimitsPlugin(
  global: QueryLimits,
): ApolloServerPlugin<{ principal?: { limits: QueryLimits } }> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          if (!operation) return;
          const own = contextValue.principal?.limits;
          const limits = own
            ? {
                maxDepth: Math.min(own.maxDepth, global.maxDepth),
                maxCost: Math.min(own.maxCost, global.maxCost),
                maxPageSize: Math.min(own.maxPageSize, global.maxPageSize),
              }
            : global;
          const measure = measureOperation(schema, document, operation, request.variables ?? {}, limits.maxPageSize);
          if (measure.depth > limits.maxDepth) {
            throw new HubError(
              HubErrorCode.QUERY_TOO_COMPLEX,
              `Query depth ${measure.depth} exceeds the limit of ${limits.maxDepth}`,
              {
                depth: measure.depth,
                maxDepth: limits.maxDepth,
              },
            );
          }
          if (measure.cost > limits.maxCost) {
            throw new HubError(
              HubErrorCode.QUERY_TOO_COMPLEX,
              `Query cost ${measure.cost} exceeds the limit of ${limits.maxCost}; ask for smaller pages`,
              {
                cost: measure.cost,
                maxCost: limits.maxCost,
              },
            );
          }
        },
      };
    },
  };
}
