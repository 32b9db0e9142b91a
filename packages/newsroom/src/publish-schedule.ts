import type { Newsroom, Story } from './newsroom.ts';

/** Parses an interval such as "5s", "500ms", "2m" or a bare number of seconds into milliseconds. */
export function parseInterval(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/.exec(value.trim());
  if (!match) throw new Error(`invalid interval "${value}": use e.g. 500ms, 5s, 2m`);
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[(match[2] ?? 's') as 'ms' | 's' | 'm' | 'h'];
  const ms = Number(match[1]) * unit;
  if (ms <= 0) throw new Error(`invalid interval "${value}": must be positive`);
  return ms;
}

/** Publishes a new story every `everyMs` milliseconds until the returned function is called. */
export function publishEvery(newsroom: Newsroom, everyMs: number, onPublish?: (story: Story) => void): () => void {
  const timer = setInterval(() => {
    const story = newsroom.publish();
    onPublish?.(story);
  }, everyMs);
  // The schedule alone must not keep a process alive once everything else has shut down.
  timer.unref();
  return () => clearInterval(timer);
}
