import { articleId } from './ids.ts';
import { describe, expect, it } from 'vitest';
import { recheckJobId } from './jobs.ts';

describe('recheckJobId', () => {
  it('never puts ":" in a job id, even when a 304 leaves only the URL to go by', () => {
    // BullMQ rejects "https://www.bbc.com/…" (two ":"-separated parts) as a custom job id.
    const url = 'https://www.bbc.com/zhongwen/articles/cx2p8v0k4q1o/simp';
    expect(recheckJobId(null, url, 2)).toBe(`recheck-${articleId(url)}-2`);
    expect(recheckJobId(null, url, 2)).not.toContain(':');
    expect(recheckJobId('abc123', url, 0)).toBe('recheck-abc123-0');
  });
});
