/**
 * The development header naming the acting member. The acting member is the verified token's
 * `member` claim (src/access/authenticate.ts); this header counts only when the token names none
 * and NODE_ENV is not production, so development and tests can act as any member.
 */
export const ACTING_MEMBER_HEADER = 'x-govgraph-member';

export type RequestHeaders = Record<string, string | string[] | undefined>;

/** The acting member's id from HTTP (or WebSocket upgrade) headers, if any. */
export function actingMemberIdFrom(headers: RequestHeaders | undefined): string | undefined {
  const value = headers?.[ACTING_MEMBER_HEADER];
  const id = Array.isArray(value) ? value[0] : value;
  return id?.trim() || undefined;
}
