import { describe, expect, it } from 'vitest';
import { ARTICLE_LIMITS, capText } from './article-limits.ts';

describe('capText', () => {
  it('leaves short text alone and cuts long text to the limit with an ellipsis', () => {
    expect(capText('short', 10)).toBe('short');
    const cut = capText('x'.repeat(1024 * 1024), ARTICLE_LIMITS.title);
    expect(Array.from(cut)).toHaveLength(ARTICLE_LIMITS.title);
    expect(cut.endsWith('…')).toBe(true);
  });

  it('counts code points, so it never splits a surrogate pair', () => {
    const cut = capText('😀'.repeat(20), 5);
    expect(Array.from(cut)).toEqual(['😀', '😀', '😀', '😀', '…']);
  });
});
