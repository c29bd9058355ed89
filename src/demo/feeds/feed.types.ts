/** The department topics the demo county is rendered into, as feeds/CONTRACT.md names them. */
export type FeedTopic =
  | 'dept.petitions.cases'
  | 'dept.police.incidents'
  | 'dept.police.residents'
  | 'dept.justice.mediations'
  | 'dept.justice.supervisees'
  | 'dept.civil.assistance'
  | 'dept.civil.orgs';

/** Every topic, in the order the stream renders them. */
export const FEED_TOPICS: readonly FeedTopic[] = [
  'dept.petitions.cases',
  'dept.police.incidents',
  'dept.police.residents',
  'dept.justice.mediations',
  'dept.justice.supervisees',
  'dept.civil.assistance',
  'dept.civil.orgs',
];

/** One Kafka message: the record's own id as key, the department's JSON object as value. */
export interface FeedMessage {
  key: string;
  value: unknown;
}

/** All messages by topic, and who every person mention really is. */
export interface RenderedFeeds {
  messages: Record<FeedTopic, FeedMessage[]>;
  /** `${topic}|${key}|${path}` → DemoPerson.key, for every person mention of every message. */
  truth: Record<string, string>;
}

/** How to render: the same county and options always give the same messages. */
export interface FeedRenderOptions {
  /** Seeds the choice of quirks and of the feed-only facts (forms, outcomes, amounts); default 1. */
  seed?: number;
  /**
   * Share (0..1) of person mentions given one quirk of the contract: 15-digit legacy id,
   * lower-case x, full-width digits, spaces in the id, missing id, `+86`/dashed phone, name
   * separator variants or stray spaces. Default 0.3; 0 renders every mention clean.
   */
  noise?: number;
}

/** A rendered message with the paths of its person mentions, as the topic renderers yield them. */
export interface MentionedMessage {
  topic: FeedTopic;
  message: FeedMessage;
  /** `[path, DemoPerson.key]` for each person mention, paths as in the contract (`XFRS[0]`, `$`). */
  mentions: [string, string][];
}
