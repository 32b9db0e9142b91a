import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.ts';

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString('utf8'));
      done();
    },
  });
  return { lines, logger: createLogger('info', { destination }) };
}

describe('logger', () => {
  it('redacts secrets and tokens wherever they appear', () => {
    const { lines, logger } = capture();
    const secret = 'whsec_c2VjcmV0LXNlY3JldC1zZWNyZXQ=';
    logger.info(
      {
        secret,
        subscription: { id: 'sub_1', secret, previousSecrets: [{ secret, expiresAt: 'x' }] },
        adminToken: 'admin-token-value',
        request: { headers: { authorization: 'Bearer admin-token-value', 'webhook-signature': 'v1,abc' } },
        headers: { authorization: 'Basic YWRtaW46cGFzcw==' },
        config: { redisUrl: 'redis://:hunter2@redis:6379' },
      },
      'something happened',
    );
    const line = lines.join('');
    expect(line).toContain('"subscription":{"id":"sub_1"');
    for (const leaked of [secret, 'admin-token-value', 'YWRtaW46cGFzcw', 'v1,abc', 'hunter2']) expect(line).not.toContain(leaked);
    expect(line).toContain('[redacted]');
  });

  it('writes JSON lines with the error under err and the message second', () => {
    const { lines, logger } = capture();
    logger.child({ sourceId: 's1', jobId: 'j1' }).error({ err: new Error('boom'), code: 'FETCH_TIMEOUT' }, 'fetch failed');
    const entry = JSON.parse(lines[0]!) as {
      level: number;
      sourceId: string;
      jobId: string;
      code: string;
      err: { message: string; stack: string };
      msg: string;
    };
    expect(entry).toMatchObject({ level: 50, sourceId: 's1', jobId: 'j1', code: 'FETCH_TIMEOUT', msg: 'fetch failed' });
    expect(entry.err.message).toBe('boom');
    expect(entry.err.stack).toContain('Error: boom');
  });
});
