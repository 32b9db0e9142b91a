import { describe, expect, it } from 'vitest';
import { capturingLogger } from './capturing-logger.ts';

describe('capturingLogger', () => {
  it('parses every JSON line the logger writes, at or above its level', () => {
    const { lines, logger } = capturingLogger('info');
    logger.debug('hidden');
    logger.info({ code: 'FETCH_NOT_FOUND' }, 'first');
    logger.child({ service: 'worker' }).warn('second');
    expect(lines.map((line) => line.msg)).toEqual(['first', 'second']);
    expect(lines[0]).toMatchObject({ level: 30, code: 'FETCH_NOT_FOUND' });
    expect(lines[1]).toMatchObject({ level: 40, service: 'worker' });
  });
});
