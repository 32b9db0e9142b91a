import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';

/**
 * A strict WebSub subscriber, written from the W3C Recommendation (https://www.w3.org/TR/websub/):
 * discovery from the topic's Link headers (§4), a subscription request answered 202 (§5.1–5.2),
 * verification of intent checked field by field (§5.3), and content distribution checked for
 * Link headers and, with a secret, the X-Hub-Signature HMAC (§7–8). Every breach of the spec it
 * sees is recorded in `violations`, so a test can demand there are none.
 */
export type Distribution = { headers: IncomingHttpHeaders; body: string; signatureValid: boolean | null };

/** Parses an RFC 8288 Link header into [{url, rel}] (enough for `<u>; rel="x"` lists). */
export function parseLinkHeader(header: string | null | undefined): Array<{ url: string; rel: string }> {
  if (!header) return [];
  return [...header.matchAll(/<([^>]*)>\s*;\s*rel="?([^",;]+)"?/g)].map((m) => ({ url: m[1]!, rel: m[2]!.trim().toLowerCase() }));
}

/** Checks `X-Hub-Signature: method=hex` over `body` with `secret` (sha1/sha256/sha384/sha512, §8). */
export function verifyHubSignature(header: string | undefined, body: string | Buffer, secret: string): boolean {
  const match = /^(sha1|sha256|sha384|sha512)=([0-9a-f]+)$/i.exec(header ?? '');
  if (!match) return false;
  const expected = createHmac(match[1]!.toLowerCase(), secret).update(body).digest();
  const given = Buffer.from(match[2]!, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export async function startStrictSubscriber(options: { echoChallenge?: boolean } = {}) {
  type Pending = { mode: 'subscribe' | 'unsubscribe'; topic: string };
  const pending: Pending[] = [];
  const verified: Array<{ mode: string; topic: string; leaseSeconds: number | null; at: number }> = [];
  const distributions: Distribution[] = [];
  const violations: string[] = [];
  let active: { topic: string; hub: string; secret: string | null } | null = null;

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://subscriber.invalid');
    if (request.method === 'GET') {
      const mode = url.searchParams.get('hub.mode');
      const topic = url.searchParams.get('hub.topic');
      const challenge = url.searchParams.get('hub.challenge');
      const lease = url.searchParams.get('hub.lease_seconds');
      const match = pending.find((p) => p.mode === mode && p.topic === topic);
      // §5.3.1: the subscriber MUST confirm only a request it made, for the same topic and mode.
      if (!match || !challenge) {
        if (!challenge) violations.push('verification without hub.challenge');
        response.writeHead(404).end();
        return;
      }
      // §5.3: hub.lease_seconds is REQUIRED on subscribe verifications.
      if (mode === 'subscribe' && !/^\d+$/.test(lease ?? '')) violations.push(`subscribe verification without a numeric hub.lease_seconds (${lease})`);
      pending.splice(pending.indexOf(match), 1);
      verified.push({ mode: mode!, topic: topic!, leaseSeconds: lease ? Number(lease) : null, at: Date.now() });
      if (mode === 'unsubscribe') active = null;
      response.writeHead(200, { 'content-type': 'text/plain' }).end(options.echoChallenge === false ? 'nope' : challenge);
      return;
    }
    if (request.method === 'POST') {
      const chunks: Buffer[] = [];
      request.on('data', (c: Buffer) => chunks.push(c));
      request.on('end', () => {
        const body = Buffer.concat(chunks);
        const links = parseLinkHeader(String(request.headers.link ?? ''));
        // §7: the hub MUST send a Link header with rel=hub and rel=self (the topic).
        if (!links.some((l) => l.rel === 'hub')) violations.push('distribution without Link rel=hub');
        const self = links.find((l) => l.rel === 'self');
        if (!self) violations.push('distribution without Link rel=self');
        if (!active || (self && self.url !== active.topic)) violations.push(`distribution for a topic not subscribed: ${self?.url}`);
        let signatureValid: boolean | null = null;
        if (active?.secret) {
          // §8: with a secret, a distribution without a valid signature MUST be ignored (yet answered 2xx).
          signatureValid = verifyHubSignature(request.headers['x-hub-signature'] as string | undefined, body, active.secret);
        } else if (request.headers['x-hub-signature']) {
          violations.push('X-Hub-Signature sent without a secret');
        }
        distributions.push({ headers: request.headers, body: body.toString('utf8'), signatureValid });
        response.writeHead(204).end();
      });
      return;
    }
    response.writeHead(405).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const callback = `http://127.0.0.1:${port}/websub/callback`;

  /** §4: GET the topic, then take the hub and self URLs from its Link headers. */
  async function discover(topicUrl: string): Promise<{ hub: string; self: string }> {
    const response = await fetch(topicUrl);
    await response.arrayBuffer();
    const links = parseLinkHeader(response.headers.get('link'));
    const hub = links.find((l) => l.rel === 'hub')?.url;
    const self = links.find((l) => l.rel === 'self')?.url;
    if (!hub || !self) throw new Error(`topic ${topicUrl} advertises no hub/self Link: ${response.headers.get('link')}`);
    return { hub, self };
  }

  /** §5.1: POST the form; the hub answers 202 and verifies asynchronously. Returns the response status. */
  async function request(
    mode: 'subscribe' | 'unsubscribe',
    hub: string,
    topic: string,
    extra: { secret?: string; leaseSeconds?: number } = {},
  ): Promise<number> {
    pending.push({ mode, topic });
    if (mode === 'subscribe') active = { topic, hub, secret: extra.secret ?? null };
    const form = new URLSearchParams({ 'hub.mode': mode, 'hub.topic': topic, 'hub.callback': callback });
    if (extra.secret) form.set('hub.secret', extra.secret);
    if (extra.leaseSeconds !== undefined) form.set('hub.lease_seconds', String(extra.leaseSeconds));
    const response = await fetch(hub, { method: 'POST', body: form });
    await response.arrayBuffer();
    return response.status;
  }

  return {
    callback,
    verified,
    distributions,
    violations,
    discover,
    subscribe: (hub: string, topic: string, extra?: { secret?: string; leaseSeconds?: number }) => request('subscribe', hub, topic, extra),
    unsubscribe: (hub: string, topic: string) => request('unsubscribe', hub, topic),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
