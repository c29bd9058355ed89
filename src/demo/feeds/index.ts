import { DemoCounty } from '../demo.types';
import { renderCivilAssistance } from './civil-assistance.feed';
import { renderCivilOrgs } from './civil-orgs.feed';
import { FeedContext, createFeedContext } from './feed-context';
import { FEED_TOPICS, FeedMessage, FeedRenderOptions, FeedTopic, MentionedMessage, RenderedFeeds } from './feed.types';
import { renderJusticeMediations } from './justice-mediations.feed';
import { renderJusticeSupervisees } from './justice-supervisees.feed';
import { renderPetitions } from './petitions.feed';
import { renderPoliceIncidents } from './police-incidents.feed';
import { renderPoliceResidents } from './police-residents.feed';

export { FEED_TOPICS } from './feed.types';
export type { FeedMessage, FeedRenderOptions, FeedTopic, RenderedFeeds } from './feed.types';

const RENDERERS: Record<FeedTopic, (context: FeedContext) => Generator<MentionedMessage>> = {
  'dept.petitions.cases': renderPetitions,
  'dept.police.incidents': renderPoliceIncidents,
  'dept.police.residents': renderPoliceResidents,
  'dept.justice.mediations': renderJusticeMediations,
  'dept.justice.supervisees': renderJusticeSupervisees,
  'dept.civil.assistance': renderCivilAssistance,
  'dept.civil.orgs': renderCivilOrgs,
};

function* renderAll(county: DemoCounty, options: FeedRenderOptions): Generator<MentionedMessage> {
  const noise = options.noise ?? 0.3;
  if (!(noise >= 0 && noise <= 1)) throw new RangeError('noise must be a number from 0 to 1');
  const seed = options.seed ?? 1;
  if (!Number.isSafeInteger(seed)) throw new RangeError('seed must be an integer');
  const context = createFeedContext(county, seed, noise);
  for (const topic of FEED_TOPICS) yield* RENDERERS[topic](context);
}

/**
 * Renders a county into the seven department topics exactly as feeds/CONTRACT.md describes them
 * (field names, date formats, versions, quirks), with the truth map that says which DemoPerson
 * each person mention is. Holds every message in memory; use renderFeedsStream for large
 * counties. Throws a RangeError for a noise outside 0..1 or a non-integer seed, and when a
 * residence, event or organisation names a person or house the county does not have.
 */
export function renderFeeds(county: DemoCounty, options: FeedRenderOptions = {}): RenderedFeeds {
  const messages = Object.fromEntries(FEED_TOPICS.map((topic) => [topic, [] as FeedMessage[]])) as Record<
    FeedTopic,
    FeedMessage[]
  >;
  const truth: Record<string, string> = {};
  for (const { topic, message, mentions } of renderAll(county, options)) {
    messages[topic].push(message);
    for (const [path, personKey] of mentions) truth[`${topic}|${message.key}|${path}`] = personKey;
  }
  return { messages, truth };
}

/**
 * The same messages as renderFeeds, in the same order (topic by topic, in FEED_TOPICS order),
 * made one at a time so 200,000 and more can be produced to a broker without holding them.
 * Lookups over the county are built on the first `next()`; rejects as renderFeeds does.
 */
export function* renderFeedsStream(
  county: DemoCounty,
  options: FeedRenderOptions = {},
): Generator<{ topic: FeedTopic; message: FeedMessage }> {
  for (const { topic, message } of renderAll(county, options)) yield { topic, message };
}
