import Fastify from 'fastify';
import { capturingLogger } from '@feedwright/core/testing/capturing-logger.ts';
import { describe, expect, it } from 'vitest';
import { createAdminGate } from './admin-gate.ts';

function appWithGate(options: { maxFailures?: number; now?: () => number } = {}) {
  const { lines, logger } = capturingLogger();
  const gate = createAdminGate({ adminToken: 'right-token', logger, ...options });
  const app = Fastify();
  let changes = 0;
  app.register(async (admin) => {
    admin.addHook('onRequest', gate.onRequest);
    admin.get('/admin/page', async () => ({ ok: true }));
    admin.post('/admin/change', async () => ({ changes: ++changes }));
  });
  return { app, lines, changes: () => changes };
}

const basic = (password: string) => `Basic ${Buffer.from(`admin:${password}`).toString('base64')}`;

describe('admin gate', () => {
  it('lets the right token in as Bearer or as the Basic password, and asks a browser for credentials', async () => {
    const { app } = appWithGate();
    expect((await app.inject({ url: '/admin/page', headers: { authorization: 'Bearer right-token' } })).statusCode).toBe(200);
    expect((await app.inject({ url: '/admin/page', headers: { authorization: basic('right-token') } })).statusCode).toBe(200);
    const anonymous = await app.inject({ url: '/admin/page' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.headers['www-authenticate']).toContain('Basic');
  });

  it('answers 429 to an address after 10 wrong tokens, even with the right one, logs each failure with a code, and forgets after the window', async () => {
    let clock = 1_000_000;
    const { app, lines } = appWithGate({ now: () => clock });
    for (let i = 0; i < 10; i++) expect((await app.inject({ url: '/admin/page', headers: { authorization: `Bearer guess-${i}` } })).statusCode).toBe(401);
    const blocked = await app.inject({ url: '/admin/page', headers: { authorization: 'Bearer right-token' } });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe('API_RATE_LIMITED');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(lines.filter((l) => l.code === 'API_UNAUTHORIZED')).toHaveLength(10);
    expect(JSON.stringify(lines)).not.toContain('guess-');
    clock += 15 * 60_000 + 1;
    expect((await app.inject({ url: '/admin/page', headers: { authorization: 'Bearer right-token' } })).statusCode).toBe(200);
  });

  it('refuses a cross-site form post riding on Basic credentials, but not a Bearer one or a same-origin one', async () => {
    const { app, changes } = appWithGate();
    const form = { 'content-type': 'application/x-www-form-urlencoded', host: 'feeds.example' };
    const crossSite = await app.inject({
      method: 'POST',
      url: '/admin/change',
      payload: 'a=1',
      headers: { ...form, authorization: basic('right-token'), origin: 'https://evil.example' },
    });
    expect(crossSite.statusCode).toBe(403);
    expect(crossSite.json().error.code).toBe('API_CROSS_SITE');
    expect(
      (await app.inject({ method: 'POST', url: '/admin/change', payload: 'a=1', headers: { ...form, authorization: basic('right-token') } })).statusCode,
    ).toBe(403);
    expect(changes()).toBe(0);
    expect(
      (
        await app.inject({
          method: 'POST',
          url: '/admin/change',
          headers: { host: 'feeds.example', authorization: basic('right-token'), origin: 'http://feeds.example' },
        })
      ).statusCode,
    ).toBe(200);
    expect((await app.inject({ method: 'POST', url: '/admin/change', headers: { authorization: 'Bearer right-token' } })).statusCode).toBe(200);
    expect(changes()).toBe(2);
  });
});
