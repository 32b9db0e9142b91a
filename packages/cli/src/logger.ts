import pino, { type Logger } from 'pino';

/**
 * The root logger: JSON lines to stdout (pretty only when asked, e.g. the demo on a terminal);
 * errors under `err`; secrets redacted wherever they appear.
 */
export function createLogger(level: string, options: { pretty?: boolean } = {}): Logger {
  return pino({
    level,
    base: { pid: process.pid },
    redact: {
      paths: ['secret', '*.secret', 'adminToken', '*.adminToken', 'headers.authorization', '*.headers.authorization', 'req.headers.authorization'],
      censor: '[redacted]',
    },
    ...(options.pretty ? { transport: { target: 'pino-pretty', options: { colorize: true, translateTime: 'HH:MM:ss', ignore: 'pid,hostname' } } } : {}),
  });
}
