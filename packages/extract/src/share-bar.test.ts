import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract-article.ts';
import { isShareIntent } from './share-bar.ts';

const storyText = [
  'The bakery chain opened its first American shop in 2005 and now runs more than a hundred of them across the country.',
  'Its owners say the next five years will bring shops to every state, most of them run by franchisees who know the neighbourhood.',
  'The chain’s menu mixes French pastry with Korean flavours, and its cakes sell out by noon on most weekends in its busiest shops.',
];
const story = storyText.map((text) => `<p>${text} ${text}</p>`).join('');
const url = 'https://bakery.example/2025/06/paris-baguette';
const options = { url, fetchedAt: new Date('2026-01-01T00:00:00Z') };

/** A page whose template names nothing (class words hashed), with `inside` after the story in the article's container. */
function page(inside: string): string {
  return `<!doctype html><html><head><title>Paris Baguette wants to be America's neighborhood bakery</title></head><body>
    <div class="x1a2b"><h1>Paris Baguette wants to be America's neighborhood bakery</h1>${story}${inside}</div></body></html>`;
}

describe('share bars known by where their links go', () => {
  it('knows the networks’ share intents and Jetpack’s share links, not a link to a profile or an article', () => {
    expect(isShareIntent('https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fbakery.example')).toBe(true);
    expect(isShareIntent('https://twitter.com/intent/tweet?text=Bread')).toBe(true);
    expect(isShareIntent('https://x.com/intent/post?url=https://bakery.example')).toBe(true);
    expect(isShareIntent('https://www.linkedin.com/sharing/share-offsite/?url=https://bakery.example')).toBe(true);
    expect(isShareIntent('https://wa.me/?text=Bread')).toBe(true);
    expect(isShareIntent('mailto:?subject=Bread&body=https://bakery.example')).toBe(true);
    expect(isShareIntent(`${url}?share=facebook`)).toBe(true);
    expect(isShareIntent('https://www.facebook.com/parisbaguette')).toBe(false);
    expect(isShareIntent('https://twitter.com/parisbaguette/status/123')).toBe(false);
    expect(isShareIntent('mailto:press@bakery.example')).toBe(false);
  });

  it('leaves out a row of share buttons and its label whatever its classes say', () => {
    const icons = `<span class="x9c8d"></span>`;
    const bar = `<div class="x7c6d"><strong>Share This: </strong>
      <a href="https://www.facebook.com/sharer/sharer.php?u=${url}">${icons}</a>
      <a href="https://twitter.com/intent/tweet?url=${url}">${icons}</a>
      <a href="https://www.linkedin.com/shareArticle?mini=true&url=${url}">${icons}</a></div>`;
    for (const html of [page(bar + story), page(bar)]) {
      const text = extractArticle(html, options).contentText;
      expect(text).toContain('bakery chain opened');
      expect(text).not.toContain('Share This');
    }
  });

  it('keeps a paragraph that links to a share intent', () => {
    const said = `<p>Readers sent their photos by <a href="mailto:?subject=Bread">email</a> and by post, and the shop printed the best of them on its bags.</p>`;
    expect(extractArticle(page(said), options).contentText).toContain('Readers sent their photos by email and by post');
  });
});
