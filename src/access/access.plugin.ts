import type { ApolloServerPlugin } from '@apollo/server';
import type { HubContext } from '../graphql/context';
import { HubErrorCode } from '../graphql/errors';
import type { Logger } from '../shared/logger';
import type { LedgerWriter } from './ledger/ledger-writer';

/**
 * Writes a request's person reads to the access ledger before its response leaves: the response
 * waits for the (group-committed) ledger write, and if that write fails the data is withheld and
 * the client gets INTERNAL_SERVER_ERROR, so no read is ever answered without being recorded.
 */
export function createLedgerPlugin(writer: LedgerWriter, logger: Logger): ApolloServerPlugin<HubContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          if (!contextValue.ledger?.size) return;
          try {
            await writer.append(contextValue.ledger.entries());
          } catch (error) {
            logger.error(
              { err: error, requestId: contextValue.requestId },
              'access ledger write failed; response withheld',
            );
            if (response.body.kind === 'single') {
              response.body.singleResult = {
                errors: [
                  { message: 'Internal server error', extensions: { code: HubErrorCode.INTERNAL_SERVER_ERROR } },
                ],
              };
            }
            response.http.status = 500;
          }
        },
      };
    },
  };
}
