import { parseArgs } from 'node:util';
import { startNewsroom } from './newsroom.ts';
import { parseInterval, publishEvery } from './publish-schedule.ts';

const usage = `Usage: tsx packages/newsroom/src/main.ts [--host 127.0.0.1] [--port 8090] [--publish-every 5s] [--no-seed] [--origin http://newsroom:8090]

Runs the fixture newsroom (a local bbc.com/zhongwen look-alike) until Ctrl-C.
  --publish-every  publish a generated story at this interval (500ms, 5s, 2m); off when omitted
  --no-seed        start empty instead of with the seed story published
  --origin         the origin pages link to when it is not http://<host>:<port> (a container name)`;

/** Runs the standalone newsroom from command-line arguments until SIGINT/SIGTERM closes it. */
export async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string', default: '0' },
      'publish-every': { type: 'string' },
      'no-seed': { type: 'boolean', default: false },
      origin: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`invalid --port "${values.port}"`);
  const everyMs = values['publish-every'] === undefined ? undefined : parseInterval(values['publish-every']);

  const newsroom = await startNewsroom({ host: values.host, port, seed: !values['no-seed'], ...(values.origin ? { origin: values.origin } : {}) });
  console.log(`newsroom  ${newsroom.origin}`);
  console.log(`front     ${newsroom.frontUrl}`);
  console.log(`feed      ${newsroom.feedUrl}`);
  for (const story of newsroom.stories()) console.log(`article   ${newsroom.articleUrl(story.id)}  ${story.title}`);
  console.log(`control   POST ${newsroom.origin}/_newsroom/publish · POST ${newsroom.origin}/_newsroom/edit/<id> · GET ${newsroom.origin}/_newsroom/stories`);

  const stopPublishing =
    everyMs === undefined ? () => {} : publishEvery(newsroom, everyMs, (story) => console.log(`published ${newsroom.articleUrl(story.id)}  ${story.title}`));
  if (everyMs !== undefined) console.log(`publishing a new story every ${everyMs / 1000}s; Ctrl-C to stop`);

  // Keep the process alive until a signal; the server's listening socket already does, the promise makes the order explicit.
  await new Promise<void>((resolve) => {
    const stop = (signal: NodeJS.Signals): void => {
      console.log(`\n${signal}: closing the newsroom`);
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  stopPublishing();
  await newsroom.close();
}

// Run only when executed directly (tsx packages/newsroom/src/main.ts), not when imported by the demo or tests.
if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    console.error(usage);
    process.exitCode = 1;
  });
}
