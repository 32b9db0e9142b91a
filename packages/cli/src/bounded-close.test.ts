import { randomBytes } from 'node:crypto';
import { TEST_REDIS_URL } from '@feedwright/store/testing/test-redis.ts';
import { capturingLogger } from '@feedwright/core/testing/capturing-logger.ts';
import { describe, expect, it } from 'vitest';
import { closeInOrder } from './bounded-close.ts';
import { createRedisConnector } from './redis-connection.ts';

const capture = () => capturingLogger('info');

const BOUNDS = { warnAfterMs: 300, forceAfterMs: 700, afterForceMs: 300 };

// Real connections to the test Redis; a step "hangs" on a blocking command that nothing answers.
describe('closeInOrder (a bounded shutdown)', () => {
  it('names the step and the connection it waits for, then force-disconnects it and finishes', async () => {
    const { lines, logger } = capture();
    const connector = createRedisConnector({ kind: 'single', url: TEST_REDIS_URL }, logger);
    const queue = connector.connect('fetch worker');
    // BullMQ's blocking connection is a duplicate of the one it is handed: tracked under the same purpose.
    const blocking = queue.duplicate();
    await Promise.all([queue.ping(), blocking.ping()]);
    const key = `fwtest-close-${randomBytes(4).toString('hex')}`;
    const order: string[] = [];
    const started = Date.now();
    const closing = closeInOrder(
      [
        { name: 'worker', close: () => blocking.blpop(key, 0).then(() => void order.push('worker')) },
        { name: 'publisher', close: async () => void order.push('publisher') },
      ],
      connector,
      logger,
      BOUNDS,
    );
    // The forced disconnect fails the BLPOP: the worker's close error is the shutdown's error.
    await expect(closing).rejects.toThrow('Connection is closed');
    const took = Date.now() - started;
    expect(took).toBeGreaterThanOrEqual(BOUNDS.forceAfterMs);
    expect(took).toBeLessThan(BOUNDS.forceAfterMs + 1000);
    const slow = lines.find((line) => line.code === 'SHUTDOWN_SLOW');
    expect(slow).toMatchObject({ waitingFor: 'worker', level: 40 });
    expect(slow!.connections).toEqual(
      expect.arrayContaining([
        { purpose: 'fetch worker', kind: 'node', status: 'ready', pending: 0, queued: 0 },
        { purpose: 'fetch worker (blocking)', kind: 'node', status: 'ready', pending: 1, queued: 0 },
      ]),
    );
    expect(lines.find((line) => line.code === 'SHUTDOWN_FORCED')).toMatchObject({ waitingFor: 'worker' });
    expect(lines.some((line) => line.step === 'worker' && line.level === 50)).toBe(true);
    expect(order).toEqual(['publisher']);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(connector.openConnections()).toEqual([]);
  });

  it('goes on without a step that never settles, and rethrows the first error of a step', async () => {
    const { lines, logger } = capture();
    const connector = createRedisConnector({ kind: 'single', url: TEST_REDIS_URL }, logger);
    await connector.connect('store').ping();
    const ran: string[] = [];
    const closing = closeInOrder(
      [
        { name: 'poller', close: () => new Promise<void>(() => undefined) },
        {
          name: 'worker',
          close: async () => {
            ran.push('worker');
            throw new Error('worker close failed');
          },
        },
        { name: 'outbound HTTP', close: async () => void ran.push('outbound HTTP') },
      ],
      connector,
      logger,
      BOUNDS,
    );
    await expect(closing).rejects.toThrow('worker close failed');
    expect(ran).toEqual(['worker', 'outbound HTTP']);
    expect(lines.filter((line) => line.code === 'SHUTDOWN_FORCED').map((line) => line.step ?? line.waitingFor)).toEqual(['poller', 'poller']);
    expect(lines.find((line) => line.step === 'worker' && line.level === 50)).toMatchObject({ msg: 'error while closing the worker' });
  });

  it('logs nothing when every step finishes in time', async () => {
    const { lines, logger } = capture();
    const connector = createRedisConnector({ kind: 'single', url: TEST_REDIS_URL }, logger);
    const redis = connector.connect('store');
    await redis.ping();
    await closeInOrder([{ name: 'worker', close: async () => void (await redis.ping()) }], connector, logger, BOUNDS);
    expect(lines).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(connector.openConnections()).toEqual([]);
  });
});
