import { describe, expect, it } from 'vitest';
import { articleId, contentHashOf, deliveryId, eventId } from './ids.ts';

// Digests computed with createHash('sha256').update(text).digest('hex'), the implementation before
// crypto.hash: stored ids (feed GUIDs, webhook ids) must never change.
describe('ids', () => {
  it('keeps the article id of a canonical URL', () => {
    expect(articleId('https://www.bbc.com/zhongwen/articles/cx2p8v0k4q1o/simp')).toBe('bdca065cea9dff8f1918511c');
  });

  it('keeps the delivery id of an event for a subscription', () => {
    const event = eventId('0123456789abcdef01234567', 'f'.repeat(64));
    expect(event).toBe('evt_0123456789abcdef01234567_ffffffffffffffff');
    expect(deliveryId('sub_1', event)).toBe('msg_63bb18926eb4ea6209029113');
  });

  it('keeps content hashes of empty, non-ASCII and ill-formed text', () => {
    expect(contentHashOf('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(contentHashOf('正文 é 😀')).toBe('6a6cbc4eb5268e4456a955c500bb4e42007f1ac71962dd9027abac35a3a4584a');
    // A lone surrogate is hashed as U+FFFD, as update() did.
    expect(contentHashOf('a\ud800b')).toBe('05087813392efc16fe8ff448920c6328e53af865df39419436659d9ffda90f7b');
  });
});
