import { ArgsType, ClassType, Field, Int, ObjectType } from 'type-graphql';
import { badInput } from './errors';

/** Relay connection arguments. `first` is capped by the server's page size limit. */
@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: 'page size (default 20, capped by the server limit)' })
  first?: number;

  @Field(() => String, { nullable: true, description: 'opaque cursor: return items after it' })
  after?: string;
}

@ObjectType('PageInfo', { simpleResolvers: true })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor?: string;
}

export const DEFAULT_PAGE_SIZE = 20;

/** The keyset position a cursor stands for: the sort values of the last item seen. */
export type CursorValues = (string | number)[];

export function encodeCursor(kind: string, values: CursorValues): string {
  return Buffer.from(JSON.stringify([kind, ...values])).toString('base64url');
}

/** Decodes a cursor made for `kind`; anything else is BAD_USER_INPUT naming the argument. */
export function decodeCursor(kind: string, cursor: string, argument = 'after'): CursorValues {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badInput(argument, 'not a cursor this API issued');
  }
  if (!Array.isArray(parsed) || parsed[0] !== kind || parsed.length < 2) {
    throw badInput(argument, `not a cursor of a ${kind} connection`);
  }
  return parsed.slice(1) as CursorValues;
}

/** Validates `first` against the limit; returns the page size to use. */
export function pageSize(first: number | undefined | null, maxPageSize: number): number {
  if (first == null) return Math.min(DEFAULT_PAGE_SIZE, maxPageSize);
  if (!Number.isInteger(first) || first < 0) throw badInput('first', 'must be a non-negative integer');
  if (first > maxPageSize) throw badInput('first', `must be at most ${maxPageSize}`);
  return first;
}

export interface Page<T> {
  nodes: T[];
  hasNextPage: boolean;
  cursorOf: (node: T) => string;
  totalCount: () => Promise<number>;
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount(): Promise<number>;
}

/**
 * Makes the Relay connection and edge types of a node type. `totalCount` is computed only when a
 * client asks for it, because counting a county's people is the most expensive part of a page.
 */
export function createConnectionType<T extends object>(name: string, node: ClassType<T>) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true })
  class Edge {
    @Field(() => String)
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  // Plain fields resolve by graphql-js's default resolver: type-graphql's per-field wrapper
  // (for middlewares the hub does not use) was a measurable share of a nested read.
  @ObjectType(`${name}Connection`, { simpleResolvers: true })
  class Connection implements ConnectionShape<T> {
    private page!: Page<T>;
    private edgeList?: Edge[];
    private info?: PageInfo;

    // Edges and page info are made when asked for: most clients read `nodes`, and a cursor per
    // node (JSON and base64) is wasted work on a page of people with their events.
    @Field(() => [Edge])
    get edges(): Edge[] {
      return (this.edgeList ??= this.page.nodes.map((n) =>
        Object.assign(new Edge(), { cursor: this.page.cursorOf(n), node: n }),
      ));
    }

    @Field(() => [node], { description: 'the nodes of the page, without their cursors' })
    get nodes(): T[] {
      return this.page.nodes;
    }

    @Field(() => PageInfo)
    get pageInfo(): PageInfo {
      const last = this.page.nodes[this.page.nodes.length - 1];
      return (this.info ??= Object.assign(new PageInfo(), {
        hasNextPage: this.page.hasNextPage,
        endCursor: last ? this.page.cursorOf(last) : undefined,
      }));
    }

    @Field(() => Int, { description: 'how many items match the filter, over all pages' })
    totalCount(): Promise<number> {
      return this.page.totalCount();
    }

    static from(page: Page<T>): Connection {
      const connection = new Connection();
      connection.page = page;
      return connection;
    }
  }
  return Connection;
}
