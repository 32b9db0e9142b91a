import { describe, expect, it } from 'vitest';
import type { Block } from './blocks.ts';
import { dropAuthorBio } from './author-bio.ts';
import { extractArticle } from './extract-article.ts';

const p = (text: string): Block => ({ kind: 'p', text, html: text });
const storyText = [
  'The bakery chain opened its first American shop in 2005 and now runs more than a hundred of them across the country.',
  'Its owners say the next five years will bring shops to every state, most of them run by franchisees who know the neighbourhood.',
];
const bioText = 'Lisa Jennings is a veteran restaurant industry reporter who covers the fast-casual sector and emerging chain concepts.';
const story = storyText.map(p);
const bio = p(bioText);

describe('the writer’s bio box after an article', () => {
  it('drops a paragraph near the end that opens with the byline’s name, the short lines above it and what follows', () => {
    const blocks = [...story, p('Lisa Jennings'), p('Senior Editor'), bio, p('View All Articles by This Author')];
    expect(dropAuthorBio(blocks, ['Lisa Jennings'], 'other')).toEqual(story);
  });

  it('knows the writer by the first name and a bio’s verb, but not an outlet’s acronym', () => {
    const first = p('Jared leads Microsoft’s AI at Work efforts, helping every organization put agents to work on its own problems.');
    expect(dropAuthorBio([...story, first], ['Jared Spataro'], 'article')).toEqual(story);
    const outlet = p('QCY is already embracing many of these trends with its range of headphones, from the HT08 to the MeloBuds.');
    expect(dropAuthorBio([...story, outlet], ['QCY Official'], 'article')).toEqual([...story, outlet]);
  });

  it('keeps a paragraph about the writer in the story, a one-word byline’s, and a thread’s', () => {
    const early = [bio, ...story, ...story, ...story, ...story, ...story];
    expect(dropAuthorBio(early, ['Lisa Jennings'], 'article')).toEqual(early);
    expect(dropAuthorBio([...story, bio], ['Lisa'], 'article')).toEqual([...story, bio]);
    expect(dropAuthorBio([...story, bio], ['Lisa Jennings'], 'thread')).toEqual([...story, bio]);
  });

  it('leaves the bio out of a page whose template names nothing', () => {
    const html = `<!doctype html><html><head><title>Paris Baguette wants to be America's neighborhood bakery</title>
      <meta name="author" content="Lisa Jennings"></head><body><div class="x1a2b"><h1>Paris Baguette wants to be America's neighborhood bakery</h1>
      ${storyText.map((text) => `<p>${text} ${text}</p>`).join('')}
      <p>The chain's menu mixes French pastry with Korean flavours, and its cakes sell out by noon on most weekends in its busiest shops.</p>
      <div class="x9f8e7"><p>Lisa Jennings</p><p>${bioText}</p></div></div></body></html>`;
    const article = extractArticle(html, { url: 'https://example.com/paris-baguette', fetchedAt: new Date('2026-01-01T00:00:00Z') });
    expect(article.byline).toBe('Lisa Jennings');
    expect(article.contentText).toContain('cakes sell out by noon');
    expect(article.contentText).not.toContain('veteran restaurant industry reporter');
  });
});
