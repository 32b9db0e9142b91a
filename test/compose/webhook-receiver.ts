import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { Webhook } from 'standardwebhooks';

const usage = `Usage: node webhook-receiver.mjs --secret whsec_… [--host 0.0.0.0] [--port 8099]

A webhook endpoint for docker-compose.demo.yml and \`pnpm test:compose\`: verifies every POST's
Standard Webhooks signature, answers 204 (401 when the signature is wrong) and prints one JSON line
per delivery: {"verified":true,"webhookId":…,"type":…,"articleId":…,"url":…}.`;

/** Runs the receiver until SIGINT/SIGTERM. */
async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { secret: { type: 'string' }, host: { type: 'string', default: '0.0.0.0' }, port: { type: 'string', default: '8099' } },
    strict: true,
  });
  if (!values.secret) throw new Error('--secret is required');
  const webhook = new Webhook(values.secret);
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const webhookId = request.headers['webhook-id'];
      try {
        const event = webhook.verify(body, request.headers as Record<string, string>) as { type?: string; data?: { article?: { id?: string; url?: string } } };
        console.log(JSON.stringify({ verified: true, webhookId, type: event.type, articleId: event.data?.article?.id, url: event.data?.article?.url }));
        response.writeHead(204).end();
      } catch (error) {
        console.log(JSON.stringify({ verified: false, webhookId, error: (error as Error).message }));
        response.writeHead(401).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(Number(values.port), values.host, resolve));
  console.log(`webhook receiver listening on ${values.host}:${values.port}`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  console.error(usage);
  process.exitCode = 1;
});
