import type { GraphQLResponse, TestHub } from '../helpers/test-hub';
import { as } from '../helpers/loop-fixture';

export const EVENT_FIELDS = `id status tier version riskLevel deadline supervised outcome satisfaction escalations resolvedOnTime
  assignee { id } reporter { id } duplicateOf { id }`;

export const OPS = {
  report: `mutation($input: ReportEventInput!) { reportEvent(input: $input) { ${EVENT_FIELDS} } }`,
  review: `mutation($id: ID!, $decision: ReviewDecision!, $reason: String, $duplicateOfId: ID, $expectedVersion: Int) {
    reviewEvent(id: $id, decision: $decision, reason: $reason, duplicateOfId: $duplicateOfId, expectedVersion: $expectedVersion) { ${EVENT_FIELDS} } }`,
  assess: `mutation($id: ID!, $riskLevel: RiskLevel!, $note: String, $expectedVersion: Int) {
    assessEvent(id: $id, riskLevel: $riskLevel, note: $note, expectedVersion: $expectedVersion) { ${EVENT_FIELDS} } }`,
  dispatch: `mutation($id: ID!, $unitId: ID!, $deadline: DateTimeISO, $expectedVersion: Int) {
    dispatchEvent(id: $id, unitId: $unitId, deadline: $deadline, expectedVersion: $expectedVersion) { ${EVENT_FIELDS} } }`,
  accept: `mutation($id: ID!, $expectedVersion: Int) { acceptEvent(id: $id, expectedVersion: $expectedVersion) { ${EVENT_FIELDS} } }`,
  resolve: `mutation($id: ID!, $outcome: ResolutionOutcome!, $note: String!, $expectedVersion: Int) {
    resolveEvent(id: $id, outcome: $outcome, note: $note, expectedVersion: $expectedVersion) { ${EVENT_FIELDS} } }`,
  escalate: `mutation($id: ID!, $reason: String!, $deadline: DateTimeISO, $expectedVersion: Int) {
    escalateEvent(id: $id, reason: $reason, deadline: $deadline, expectedVersion: $expectedVersion) { ${EVENT_FIELDS} } }`,
  followUp: `mutation($id: ID!, $satisfaction: Int!, $comment: String, $expectedVersion: Int) {
    followUpEvent(id: $id, satisfaction: $satisfaction, comment: $comment, expectedVersion: $expectedVersion) { ${EVENT_FIELDS} } }`,
  close: `mutation($id: ID!, $evaluation: String!, $expectedVersion: Int) {
    closeEvent(id: $id, evaluation: $evaluation, expectedVersion: $expectedVersion) { ${EVENT_FIELDS} } }`,
  event: `query($id: ID!) { event(id: $id) { ${EVENT_FIELDS}
    history { action fromStatus toStatus tier at note member { id } unit { id } }
    related { kind reason event { id } } } }`,
};

/** Runs an operation as a member and returns the one field of `data`; throws on errors. */
export async function act(
  t: TestHub,
  memberId: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<Record<string, any>> {
  const res = await t.graphql(query, variables, as(memberId));
  if (res.errors) throw new Error(`${res.errors[0].extensions?.code}: ${res.errors[0].message}`);
  return Object.values(res.data!)[0] as Record<string, any>;
}

/** Runs an operation as a member and returns the raw response, for tests of refusals. */
export function attempt(
  t: TestHub,
  memberId: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<GraphQLResponse> {
  return t.graphql(query, variables, as(memberId));
}
