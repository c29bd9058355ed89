import pino, { Logger } from 'pino';

export type { Logger };

/**
 * JSON logs. Personal data never reaches them: the redact paths cover the fields that could carry
 * identity numbers or phones if a payload were ever logged by mistake.
 */
export function createLogger(level: string, name = 'govgraph'): Logger {
  return pino({
    name,
    level,
    redact: {
      paths: ['*.identityNumber', '*.phone', '*.phones', '*.payload', '*.variables', 'req.headers.authorization'],
      censor: '[redacted]',
    },
  });
}
