/**
 * Child process of the discovery benchmark: N fixture newsrooms on loopback, each listing its newest
 * 20 stories (like a real front page), so their CPU is not counted as the poller's. Prints one JSON
 * line with the origins; publishes on request over stdin (`publish <index>` → a JSON line with the
 * story URL and its publication time); exits when stdin closes.
 */
import { createInterface } from 'node:readline';
import { startNewsroom, type Newsroom } from '@feedwright/newsroom/newsroom.ts';

const count = Number(process.argv[2] ?? '20');
const storiesEach = Number(process.argv[3] ?? '30');
const newsrooms: Newsroom[] = [];
for (let i = 0; i < count; i++) {
  const newsroom = await startNewsroom({ seed: i === 0, listLimit: 20 });
  for (let s = 0; s < storiesEach; s++) newsroom.publish();
  newsrooms.push(newsroom);
}
process.stdout.write(`${JSON.stringify({ origins: newsrooms.map((n) => n.origin) })}\n`);

const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  const [command, index] = line.trim().split(/\s+/);
  if (command === 'publish') {
    const newsroom = newsrooms[Number(index)]!;
    const story = newsroom.publish();
    process.stdout.write(`${JSON.stringify({ url: newsroom.articleUrl(story.id), publishedAt: story.publishedAt.getTime() })}\n`);
  } else if (command === 'requests') {
    process.stdout.write(
      `${JSON.stringify({ requests: newsrooms.map((n) => n.requests.count()), maxInFlight: newsrooms.map((n) => n.requests.maxInFlight()) })}\n`,
    );
  }
});
lines.on('close', async () => {
  for (const newsroom of newsrooms) await newsroom.close();
  process.exit(0);
});
