import { describe, expect, it } from 'vitest';
import { unnamedZyteDevPage } from './__fixtures__/unnamed-page.ts';
import { extractArticle } from './extract-article.ts';

const storyText = [
  'Nissan unveiled the all-new Sentra in Los Angeles, with a wider body, a lower roof and a new two-litre engine under the bonnet.',
  'The carmaker says the engine gives a fifth more power than the one it replaces while using less fuel on the same daily drive.',
  'The sedan goes on sale in the United States in late January, and it could reach South-East Asia at next year’s Bangkok show.',
];
const story = storyText.map((text) => `<p>${text} ${text}</p>`).join('');
const url = 'https://cars.example/news/all-new-2020-sentra.html';
const options = { url, fetchedAt: new Date('2026-01-01T00:00:00Z') };

/** A page whose template names nothing (class words hashed), with `after` following the story in the article's container. */
function page(after: string): string {
  return `<!doctype html><html><head><title>All-new 2020 Sentra is what we want</title></head><body>
    <div class="x1a2b"><h1>All-new 2020 Sentra is what we want</h1>${story}${after}</div></body></html>`;
}

/** The card autoindustriya sets after each story (zyte-dev, class words hashed): every link in it goes to one other story. */
function card(label: string, href: string, headline: string, teaser: string): string {
  return `<div class="x3936"><p class="x8d27"><a href="${href}">${label}</a></p>
    <div class="x8cb3"><a href="${href}"><img src="/img/${headline.length}.jpg" alt="${headline} image"></a></div>
    <div class="x1342"><a href="${href}"><h5>${headline}</h5></a><p class="x1ab7">${teaser}</p>
    <label>Jose Altoveros <span>2019-11-20 14:35:08</span></label></div></div>`;
}

describe('pointers to the story before or after, known by their label and their links', () => {
  const next = card(
    '- Next Auto News',
    'https://cars.example/news/e-tron-sportback.html',
    'Audi e-Tron Sportback makes electric crossovers look good',
    'Audi’s second electric vehicle – the E-Tron Sportback – officially debuts',
  );
  const previous = card(
    'Previous Auto News -',
    'https://cars.example/news/mini-jcw-gp.html',
    '2020 Mini JCW GP is a 300HP monster hatch',
    'The most powerful Mini hot hatch to come out of Oxford has 306 HP and a huge rear wing',
  );

  it('leaves out the next and previous stories’ cards, teasers and bylines whatever their classes say', () => {
    const text = extractArticle(page(`<div class="x64a7">${next}${previous}</div>`), options).contentText;
    expect(text).toContain('Nissan unveiled the all-new Sentra');
    expect(text).toContain('Bangkok show');
    expect(text).not.toContain('officially debuts');
    expect(text).not.toContain('huge rear wing');
    expect(text).not.toContain('Jose Altoveros');
  });

  it('leaves out a box whose every link goes to the labelled story, and keeps one whose links go to two pages', () => {
    const teaser = 'Audi’s second electric vehicle, the E-Tron Sportback, officially debuts in Los Angeles with a sloping roof and a longer range.';
    const box = (pictureHref: string, label = 'Next Auto News'): string =>
      `<div class="x3936"><p><a href="https://cars.example/news/a.html">${label}</a></p><a href="${pictureHref}"><img src="/a.jpg" alt="Audi"></a><p>${teaser}</p></div>`;
    for (const label of ['Next Auto News', '« Previous Post', 'Older post →', 'Nächster Artikel', 'Article suivant', 'Entrada anterior'])
      expect(extractArticle(page(box('https://cars.example/news/a.html', label)), options).contentText).not.toContain('officially debuts');
    expect(extractArticle(page(box('https://cars.example/news/a.html', 'Audi news')), options).contentText).toContain('officially debuts');
    expect(extractArticle(page(box('https://cars.example/news/b.html')), options).contentText).toContain('officially debuts');
  });

  it('keeps a short story whose only links go to the next one: its headline and its paragraphs are no teaser', () => {
    const brief = (n: number): string => `Paragraph ${n} of the brief reports what the council decided, with figures and a full stop.`;
    const pointer = '<div><p><a href="/next">- Next Auto News</a></p><a href="/next"><h5>2020 Mini JCW GP is a 300HP monster hatch</h5></a></div>';
    const paragraphs = (count: number): string =>
      [1, 2, 3]
        .slice(0, count)
        .map((n) => `<p>${brief(n)}</p>`)
        .join('');
    // Its own headline in the box: a heading outside the links.
    const headed = `<html><body><div class="x1a2b"><h1>Council decides</h1>${paragraphs(2)}${pointer}</div></body></html>`;
    // Its headline above the box: more text outside the links than a teaser and a byline.
    const unheaded = `<html><body><h1>Council decides</h1><div class="x1a2b">${paragraphs(3)}${pointer}</div></body></html>`;
    for (const [html, count] of [
      [headed, 2],
      [unheaded, 3],
    ] as const) {
      const paragraphsRead = [1, 2, 3].slice(0, count).map(brief);
      expect(extractArticle(html, options).contentText).toBe(paragraphsRead.join('\n\n'));
    }
  });

  it('keeps what a carousel’s Prev and Next controls show: they lead nowhere', () => {
    const slider = `<div class="x77aa"><a href="javascript:void(0)">Prev</a><a href="javascript:void(0)"><img src="/m.jpg" alt="model"></a>
      <p>Abeiku wears size large and is six feet tall, photographed in the studio in Auckland in the Staple Tee in black.</p>
      <a href="javascript:void(0)">Next</a></div>`;
    expect(extractArticle(page(slider), options).contentText).toContain('Abeiku wears size large');
  });
});

// Session 47: WordPress's post navigation without its class words (givewell on zyte-dev, in the repository, with every class
// and id replaced by a word that says nothing, as the class-hashed proxy does): two bare labels above and below the post.
describe('a post navigation of bare labels, known by rel="prev"/"next" or a label naming a post', () => {
  const raw = unnamedZyteDevPage('ac3c035520461017a7c5b248d8e39ef063cad4c0c7d7b7ecd68aff8f15099485');
  const givewell = { url: 'https://blog.givewell.org/2018/09/10/september-2018-open-thread/', fetchedAt: new Date('2020-01-01T00:00:00Z') };
  const lines = (html: string): string[] =>
    extractArticle(html, givewell)
      .contentText.split('\n')
      .map((line) => line.trim());

  const relabel = (html: string, previous: string, next: string): string =>
    html.replaceAll('>Previous Post<', `>${previous}<`).replaceAll('>Next Post<', `>${next}<`);
  const story = 'You can view our June 2018 open thread here.';

  it('leaves out the labels a link type marks as the previous and next post', () => {
    const out = lines(raw);
    expect(out.some((line) => line.startsWith('Our goal with hosting quarterly open threads'))).toBe(true);
    expect(out).toContain(story);
    expect(out).not.toContain('Previous Post');
    expect(out).not.toContain('Next Post');
    const directions = lines(relabel(raw, '« Previous', 'Next »'));
    expect(directions).toContain(story);
    expect(directions).not.toContain('« Previous');
    expect(directions).not.toContain('Next »');
  });

  it('leaves out unmarked labels that name a post, and keeps unmarked labels that only say which way', () => {
    const unmarked = raw.replaceAll(' rel="prev"', '').replaceAll(' rel="next"', '');
    const named = lines(relabel(unmarked, 'Older Entries', 'Newer Entries'));
    expect(named).toContain(story);
    expect(named).not.toContain('Older Entries');
    expect(named).not.toContain('Newer Entries');
    const directions = lines(relabel(unmarked, '« Previous', 'Next »'));
    expect(directions).toContain('« Previous');
    expect(directions).toContain('Next »');
  });

  it('keeps a sentence that holds a label among its words', () => {
    const sentence = 'You can view our June 2018 open thread in the previous post, with its comments.';
    const html = raw.replace(
      /You can view our June 2018 open thread <a href="([^"]+)">here<\/a>\./,
      (_whole, href: string) => `You can view our June 2018 open thread in the <a href="${href}" rel="prev">previous post</a>, with its comments.`,
    );
    expect(lines(html)).toContain(sentence);
  });
});
