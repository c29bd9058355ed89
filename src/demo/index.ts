/** The demo county 371326: a deterministic generator and its rendering into department feeds. */
export { generateDemoCounty } from './county';
export type {
  DemoCounty,
  DemoCountyOptions,
  DemoEvent,
  DemoEventParty,
  DemoHouse,
  DemoOrganization,
  DemoPerson,
  DemoResidence,
  RegistryDocument,
} from './demo.types';
export { FEED_TOPICS, renderFeeds, renderFeedsStream } from './feeds';
export type { FeedMessage, FeedRenderOptions, FeedTopic, RenderedFeeds } from './feeds';
