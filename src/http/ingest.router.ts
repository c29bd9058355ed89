import express, { Router } from 'express';
import { UnknownTopicError, type EmbeddedIngest } from '../../connectors/shared/embedded-ingest';
import { HubErrorCode } from '../graphql/errors';
import type { Logger } from '../shared/logger';

/**
 * `POST /ingest/:topic` (embedded mode, no Kafka): the body is JSON lines `{"key", "value"}` as in
 * the feed samples. Each line goes through the connector pipeline (validate, map, write with the
 * topic's sequence, chunk by chunk in one transaction each); answers 200 with what was applied,
 * kept as history, and dead-lettered (line, key, reason). 404 for a topic without a connector,
 * 400 for an empty body, 503 when the database fails (chunks already committed stay; sending the
 * file again is harmless, since replays change nothing).
 */
export function createIngestRouter(ingest: EmbeddedIngest, options: { bodyLimit: string; logger: Logger }): Router {
  const router = Router();
  router.post('/ingest/:topic', express.text({ type: () => true, limit: options.bodyLimit }), async (req, res) => {
    const topic = String(req.params.topic);
    const body = typeof req.body === 'string' ? req.body : '';
    if (!body.trim()) {
      res.status(400).json({
        error: {
          code: HubErrorCode.BAD_USER_INPUT,
          message: 'the body must hold JSON lines {"key", "value"}',
          argument: 'body',
        },
      });
      return;
    }
    try {
      res.json(await ingest.ingest(topic, body.split('\n')));
    } catch (error) {
      if (error instanceof UnknownTopicError) {
        res
          .status(404)
          .json({ error: { code: HubErrorCode.NOT_FOUND, message: error.message, topics: ingest.topics() } });
        return;
      }
      options.logger.error(
        { err: { message: (error as Error).message, code: (error as { code?: string }).code }, topic },
        'HTTP ingest failed',
      );
      res.status(503).json({
        error: {
          code: HubErrorCode.INTERNAL_SERVER_ERROR,
          message: 'ingestion failed; nothing of the failing chunk was written, send again',
        },
      });
    }
  });
  return router;
}
