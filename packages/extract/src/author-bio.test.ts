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

  it('knows a one-word byline’s bio by the name alone on its line and the bio opening with it and a bio’s verb', () => {
    const longStory = [...story, ...story];
    const regan = p('Regan is a Southeastern Connecticut native now living in Central Massachusetts with her husband, two sons, and two cats.');
    expect(dropAuthorBio([...longStory, p('Regan'), regan], ['Regan'], 'other')).toEqual(longStory);
    // Without the name's line, or with a paragraph that does not open with the name and a bio's verb, the story's last lines stay.
    expect(dropAuthorBio([...longStory, regan], ['Regan'], 'other')).toEqual([...longStory, regan]);
    const signed = p('Regan said the trail was closed for the winter, so we drove on to the next one and hiked there instead.');
    expect(dropAuthorBio([...longStory, p('Regan'), signed], ['Regan'], 'other')).toEqual([...longStory, p('Regan'), signed]);
  });

  it('knows a bio that does not open with the name by the name set alone on the line above it (session 30 tails pass)', () => {
    const role = p('Associate Editor');
    const about = p('A New York transplant hailing from the Pacific Northwest, she has a passion for anything that goes fast.');
    const portrait: Block = { kind: 'image', image: { url: 'https://example.com/lisa.jpg', alt: '', caption: null, credit: null } };
    const longStory = [...story, ...story];
    expect(dropAuthorBio([...longStory, portrait, p('Lisa Jennings'), role, about], ['Lisa Jennings'], 'other')).toEqual(longStory);
    // A byline above a short story's lead is no bio: the name line and what follows it are more than a third of the text.
    const lead = [p('Breaking'), p('Lisa Jennings'), ...story];
    expect(dropAuthorBio(lead, ['Lisa Jennings'], 'article')).toEqual(lead);
    // A signature at the very end, with no paragraph after it, stays; and a sentence after the name is the story's.
    expect(dropAuthorBio([...longStory, p('Lisa Jennings')], ['Lisa Jennings'], 'article')).toEqual([...longStory, p('Lisa Jennings')]);
    const list: Block = { kind: 'list', ordered: false, items: [{ text: bioText, html: bioText }], text: bioText };
    expect(dropAuthorBio([...longStory, p('Lisa Jennings'), list], ['Lisa Jennings'], 'article')).toEqual([...longStory, p('Lisa Jennings'), list]);
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
