/**
 * The one place that says who is acting in a request. Until authentication lands (its own issue),
 * development and tests name the member in a header; the auth work replaces this function with
 * one that reads a verified token claim, and nothing else changes.
 */
export const ACTING_MEMBER_HEADER = 'x-govgraph-member';

export type RequestHeaders = Record<string, string | string[] | undefined>;

/** The acting member's id from HTTP (or WebSocket upgrade) headers, if any. */
export function actingMemberIdFrom(headers: RequestHeaders | undefined): string | undefined {
  const value = headers?.[ACTING_MEMBER_HEADER];
  const id = Array.isArray(value) ? value[0] : value;
  return id?.trim() || undefined;
}
