import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from '../shared/logger';

/** Every error code the API returns; clients branch on `extensions.code`. */
export enum HubErrorCode {
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  CONFLICT = 'CONFLICT',
  INVALID_TRANSITION = 'INVALID_TRANSITION',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  RATE_LIMITED = 'RATE_LIMITED',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** The one base class of errors meant for the client: a code, a message, optional details. */
export class HubError extends GraphQLError {
  constructor(code: HubErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...details } });
    this.name = 'HubError';
  }

  get code(): HubErrorCode {
    return this.extensions.code as HubErrorCode;
  }
}

/** A bad argument: the message and `extensions.argument` name it. */
export function badInput(argument: string, message: string): HubError {
  return new HubError(HubErrorCode.BAD_USER_INPUT, `Argument "${argument}": ${message}`, { argument });
}

export function notFound(what: string, id: string): HubError {
  return new HubError(HubErrorCode.NOT_FOUND, `${what} ${id} does not exist`, { id });
}

export function conflict(message: string, details: Record<string, unknown> = {}): HubError {
  return new HubError(HubErrorCode.CONFLICT, message, details);
}

export function forbidden(message: string): HubError {
  return new HubError(HubErrorCode.FORBIDDEN, message);
}

const CLIENT_CODES = new Set<string>([
  ...Object.values(HubErrorCode),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Keeps coded client errors as they are and masks everything else: an internal failure is logged
 * with its stack and reaches the client only as INTERNAL_SERVER_ERROR.
 */
export function createFormatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const code = formatted.extensions?.code as string | undefined;
    if (original instanceof HubError) {
      // `http` (status, headers) is for Apollo's response head, not for the client's JSON.
      const extensions = { ...original.extensions };
      delete extensions.http;
      return { ...formatted, extensions };
    }
    if (code && CLIENT_CODES.has(code) && code !== HubErrorCode.INTERNAL_SERVER_ERROR) return formatted;
    if (isArgumentValidationError(original)) {
      return { ...formatted, extensions: { code: HubErrorCode.BAD_USER_INPUT } };
    }
    logger.error({ err: original, path: formatted.path }, 'internal error in resolver');
    return {
      message: 'Internal server error',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: HubErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}

function isArgumentValidationError(error: unknown): boolean {
  return error instanceof GraphQLError && error.extensions?.code === 'BAD_USER_INPUT';
}
