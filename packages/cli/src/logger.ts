import pino, { type DestinationStream, type Logger } from 'pino';

/**
 * The root logger: JSON lines to stdout (pretty only when asked, e.g. the demo on a terminal);
 * errors under `err`; secrets redacted wherever they appear.
 */
export function createLogger(level: string, options: { pretty?: boolean; destination?: DestinationStream } = {}): Logger {
  const settings: pino.LoggerOptions = {
    level,
    base: { pid: process.pid },
    redact: {
      paths: [
        'secret',
        '*.secret',
        '*.*.secret',
        'previousSecrets',
        '*.previousSecrets',
        'adminToken',
        '*.adminToken',
        'token',
        '*.token',
        'password',
        '*.password',
        'headers.authorization',
        '*.headers.authorization',
        'headers["webhook-signature"]',
        '*.headers["webhook-signature"]',
        'redisUrl',
        '*.redisUrl',
        'sentinelPassword',
        '*.sentinelPassword',
      ],
      censor: '[redacted]',
    },
    ...(options.pretty ? { transport: { target: 'pino-pretty', options: { colorize: true, translateTime: 'HH:MM:ss', ignore: 'pid,hostname' } } } : {}),
  };
  return options.destination ? pino(settings, options.destination) : pino(settings);
}
