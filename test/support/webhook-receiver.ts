import { createServer, type IncomingHttpHeaders } from 'node:http';

export type ReceivedWebhook = { headers: IncomingHttpHeaders; body: string; at: number };

/**
 * A real webhook endpoint on loopback that records every request. `respond` decides the status
 * (and headers) of each request (default 204), so tests can script failures.
 */
export async function startWebhookReceiver(respond: (index: number) => number | { status: number; headers?: Record<string, string> } = () => 204) {
  const received: ReceivedWebhook[] = [];
  let attempts = 0;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const answer = respond(attempts++);
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8'), at: Date.now() });
      const { status, headers } = typeof answer === 'number' ? { status: answer, headers: {} } : answer;
      response.writeHead(status, headers ?? {}).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/hooks/feedwright`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Polls `predicate` every 50 ms until it is true, failing with `what` after `timeoutMs`. */
export async function waitFor(predicate: () => boolean | Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await predicate()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

/**
 * Creates a webhook subscription for `receiverUrl` through the admin API and returns it. A 503 (the
 * API's answer while Redis misses its 1 s budget, e.g. on a loaded machine or mid-failover) means
 * "retry": it is retried for up to `timeoutMs`; any other answer but 201 fails at once.
 */
export async function createSubscription(
  base: string,
  adminToken: string,
  receiverUrl: string,
  options: { feeds?: string[]; timeoutMs?: number } = {},
): Promise<{ id: string; secret: string }> {
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  for (;;) {
    const created = await fetch(`${base}/api/subscriptions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify(options.feeds ? { url: receiverUrl, feeds: options.feeds } : { url: receiverUrl }),
      signal: AbortSignal.timeout(10_000),
    });
    if (created.status === 201) return (await created.json()) as { id: string; secret: string };
    if (created.status !== 503 || Date.now() > deadline) throw new Error(`creating the subscription answered ${created.status}: ${await created.text()}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Registers `receiverUrl` as a webhook subscription through the admin API; returns its signing secret. */
export async function subscribeWebhook(base: string, adminToken: string, receiverUrl: string, feeds?: string[]): Promise<string> {
  const { secret } = await createSubscription(base, adminToken, receiverUrl, feeds ? { feeds } : {});
  if (!secret.startsWith('whsec_')) throw new Error(`not a Standard Webhooks secret: ${secret}`);
  return secret;
}
