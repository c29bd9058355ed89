import { Router } from 'express';
import { connectorFor } from '../../connectors';
import type { Department as FeedDepartment } from '../../connectors/shared/canonical-record';
import { AccessRole, Department } from '../access/access.enums';
import type { Authenticate } from '../access/authenticate';
import { credentialsFrom } from '../access/authenticate';
import { HubError, HubErrorCode } from '../graphql/errors';

const OWNER: Record<FeedDepartment, Department> = {
  petitions: Department.PETITIONS,
  police: Department.POLICE,
  justice: Department.JUSTICE,
  'civil-affairs': Department.CIVIL_AFFAIRS,
};

/**
 * Guards `POST /ingest/:topic`: writing into the golden records is for the hub's administrators
 * and for the department that owns the feed (a police system may send police feeds, nothing
 * else). No credentials: 401; another department's feed: 403. Unknown topics pass through to the
 * ingest route, which answers 404 with the topics it knows.
 */
export function createIngestGuard(authenticate: Authenticate): Router {
  const router = Router();
  router.post('/ingest/:topic', async (req, res, next) => {
    try {
      const principal = await authenticate(credentialsFrom(req.headers));
      const connector = connectorFor(String(req.params.topic));
      const owner = connector ? OWNER[connector.department] : undefined;
      if (!principal.roles.includes(AccessRole.ADMIN) && principal.department !== owner) {
        throw new HubError(
          HubErrorCode.FORBIDDEN,
          `client ${principal.clientName} may not write the ${String(req.params.topic)} feed`,
        );
      }
      next();
    } catch (error) {
      const code = error instanceof HubError ? error.code : HubErrorCode.UNAUTHENTICATED;
      const message = error instanceof Error ? error.message : 'not authenticated';
      res.status(code === HubErrorCode.FORBIDDEN ? 403 : 401).json({ error: { code, message } });
    }
  });
  return router;
}
