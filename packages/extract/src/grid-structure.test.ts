import { describe, expect, it } from 'vitest';
import { read } from './__fixtures__/probe-kit.ts';

// Session 28 grid pass: listing and collection pages read by structure, with class words a hash the extractor cannot read
// (the class-hashed proxy's markup: every class and id token an opaque hash, as on a template never seen).

const repos = [
  ['example / swarm', 'A simple and universal engine for simulating many agents that predict what a crowd will do next.'],
  ['octo / skills', 'A catalog of skills for coding assistants, each with its instructions, examples and tests.'],
  ['north / agency', 'A complete agency of assistants, from front-end builders to reviewers who check the work twice.'],
  ['cloud / notebooks', 'Sample code and notebooks for generative models, with guides for running them on a managed platform.'],
];

const languages = ['Abkhazian', 'Afar', 'Afrikaans', 'Akan', 'Albanian', 'Amharic', 'Arabic', 'Aragonese', 'Armenian', 'Assamese'];

/** A closed drop-down of options with its own search field, as GitHub's trending filters are (`<details>` › `<summary>` and a menu). */
const fieldMenu = (label: string) =>
  `<details class="x1a2b3c4d"><summary class="x2b3c4d5e">${label}: Any</summary><div class="x3c4d5e6f">` +
  `<span class="x4d5e6f70">Select a ${label.toLowerCase()}</span><input type="text" class="x5e6f7081" placeholder="Filter ${label.toLowerCase()}s">` +
  `<div class="x6f708192">${languages.map((name) => `<label class="x708192a3"><input type="radio" name="lang"> ${name}</label>`).join('')}</div></div></details>`;

/** A trending page: a title and lead, a box of filters, then one card per repository (a heading link, a blurb, counts). */
const trendingPage = (filters: string) =>
  '<html lang="en"><head><title>Trending repositories</title></head><body><div class="x11111111"><a href="/">Home</a></div><main>' +
  '<div class="x22222222"><h1>Trending</h1><p>See what the community is most excited about today.</p></div>' +
  `<div class="x33333333"><div class="x44444444">${filters}</div>` +
  repos
    .map(
      ([name, blurb], i) =>
        `<article class="x55555555"><h2 class="x66666666"><a href="/${name!.replace(' / ', '/')}">${name}</a></h2><p class="x77777777">${blurb}</p>` +
        `<div class="x88888888"><span>Python</span> <a href="/stars">${1200 + i * 37}</a> <span>${40 + i} stars today</span></div></article>`,
    )
    .join('') +
  '</div></main></body></html>';

describe('grid structure: a closed drop-down holding a field', () => {
  it('leaves out the options of closed drop-downs that hold a search field (filters), and keeps the cards', () => {
    const page = read(trendingPage(fieldMenu('Language') + fieldMenu('Spoken language')), 'https://example.com/trending');
    for (const [name, blurb] of repos) {
      expect(page.contentText).toContain(name);
      expect(page.contentText).toContain(blurb);
    }
    expect(page.contentText).not.toMatch(/Abkhazian|Select a language|Spoken language: Any/);
  });

  it('keeps a closed disclosure of prose that holds no field (a FAQ answer)', () => {
    const faq =
      '<details class="x99999999"><summary>How is the list made?</summary><p>Repositories are ranked by the stars they gained today, counted every hour from public activity.</p></details>';
    const page = read(trendingPage(faq), 'https://example.com/trending');
    expect(page.contentText).toContain('Repositories are ranked by the stars they gained today');
  });
});

const menuEntries = [
  ['Monitor arms', 'Single, dual and triple arms that lift screens to eye level.'],
  ['Standing desks', 'Desks and converters that move from sitting to standing.'],
  ['Charging carts', 'Carts that charge and store laptops and tablets for classrooms.'],
  ['Wall mounts', 'Mounts that hold screens and keyboards flat against the wall.'],
  ['Medical carts', 'Carts that carry computers and scanners from bed to bed.'],
  ['Accessories', 'Clamps, grommets, adapters and cable covers for every mount.'],
];

const mounts = [
  ['Dual monitor arm', 'Two screens side by side.'],
  ['Triple monitor arm', 'Three screens on one bow.'],
  ['Stacking arm', 'Two screens one above the other.'],
  ['Quad monitor stand', 'Four screens, no clamps.'],
  ['Wall track', 'Screens on a rail.'],
  ['Desk pole kit', 'A taller pole for any arm.'],
];

/** A listing of mounts under a top-level `<header>` holding a mega menu: every entry a link with a line of description in a paragraph. */
const megaMenuPage = () =>
  '<html lang="en"><head><title>Multi-monitor mounts</title></head><body>' +
  '<header class="xa1a1a1a1"><div class="xb2b2b2b2"><a href="/">Home</a><a href="/quote">Build a quote</a><a href="/resellers">Find resellers</a></div>' +
  `<div class="xc3c3c3c3"><ul>${menuEntries.map(([name, line]) => `<li><a href="/${name!.toLowerCase().replace(' ', '-')}"><strong>${name}</strong><p>${line}</p></a></li>`).join('')}</ul></div></header>` +
  '<div class="xe5e5e5e5"><h1>Multi-monitor mounts</h1><p>A multi-monitor mount holds two, three or four screens on one base, so the desk under them stays clear. ' +
  'Each arm tilts, turns and lifts its screen on its own, and the cables run inside the arms to the pole. Pick the mount by the number of screens and the room on the desk.</p>' +
  mounts
    .map(([name, blurb]) => `<div class="xd4d4d4d4"><h3><a href="/p/${name!.toLowerCase().replace(/ /g, '-')}">${name}</a></h3><p>${blurb}</p></div>`)
    .join('') +
  '</div><div class="xf6f6f6f6"><ul>' +
  ['About us', 'Careers', 'Press room', 'Investors', 'Sustainability', 'Warranty', 'Returns', 'Contact support']
    .map((name) => `<li><a href="/${name.length}">${name}</a></li>`)
    .join('') +
  '</ul></div></body></html>';

describe('grid structure: a page header that is a band of linked menu entries', () => {
  it('leaves out a mega menu of linked entries with descriptions in the page header, and keeps the listing', () => {
    const page = read(megaMenuPage(), 'https://example.com/products/mounts/multi-monitor-mounts');
    for (const [name, blurb] of mounts) {
      expect(page.contentText).toContain(name);
      expect(page.contentText).toContain(blurb);
    }
    expect(page.contentText).not.toMatch(/Standing desks|Carts that charge|Build a quote/);
  });
});

/** A blog's category page in hashed classes: a short description, then a page of post cards (an image and a linked title each). */
const categoryPage = (posts: number) =>
  '<html lang="en"><head><title>Air fryer recipes</title></head><body class="x90909090 x91919191"><div class="x92929292">' +
  '<p>Every air fryer recipe on the site, from crisp vegetables to weeknight chicken, tested in two baskets of different sizes.</p>' +
  '<p>Each post says how long to preheat and when to shake the basket.</p></div><div class="x93939393"><main class="x94949494">' +
  Array.from(
    { length: posts },
    (_, i) =>
      `<article class="x95959595 x96969696"><a href="/post-${i + 1}/"><img src="/p${i + 1}.jpg" alt=""></a>` +
      `<h2 class="x97979797"><a href="/post-${i + 1}/">Air fryer recipe number ${i + 1}, crisp and quick</a></h2></article>`,
  ).join('') +
  '</main></div></body></html>';

describe('grid structure: a page of post cards after a short description', () => {
  it("reads the loop of post cards after an archive's description when nothing names the page an archive", () => {
    const page = read(categoryPage(8), 'https://example.com/category/recipes/airfryer/');
    expect(page.contentText).toContain('Every air fryer recipe on the site');
    expect(page.contentText).toContain('Air fryer recipe number 1');
    expect(page.contentText).toContain('Air fryer recipe number 8');
  });
});

/** A course catalogue's closing FAQ in hashed classes: each question a bare `<div>` (an empty arrow inside), each answer hidden inline. */
const faqPage = () =>
  '<html lang="en"><head><title>Certificate courses</title></head><body><div class="xaaaa0001"><h1>Free online certificate courses</h1>' +
  '<p>Browse short courses in every subject, each with a certificate when you finish it. Courses are free to study, self-paced and open to everyone, and new ones are added every week by teachers from around the world.</p>' +
  ['Bookkeeping basics', 'Writing for the web', 'First aid at work', 'Project planning']
    .map((name) => `<div class="xaaaa0007"><h3><a href="/course/${name.length}">${name}</a></h3><span>3 hours</span></div>`)
    .join('') +
  '</div><div class="xaaaa0002"><h2>Frequently Asked Questions</h2>' +
  [
    [
      'What is an online certificate program?',
      'An online certificate program is training after school that is not a degree, and it focuses on one subject in depth. Certificates were long tied to trades such as carpentry or welding, and today most professions offer them.',
    ],
    [
      'Why should I get an online certificate?',
      'People take a certificate to learn a skill for work, to change careers, or to show an employer what they know. A certificate can also start a longer course of study, or simply satisfy curiosity about a subject.',
    ],
    ['How long does a course take?', 'Every course is self-paced, and most take two to three hours from the first lesson to the final assessment.'],
  ]
    .map(
      ([question, answer]) =>
        `<div class="xaaaa0003"><div class="xaaaa0004"> ${question} <div class="xaaaa0005"><span></span></div></div>` +
        `<div class="xaaaa0006" style="display: none;"><div>${answer}</div></div></div>`,
    )
    .join('') +
  '</div></body></html>';

describe('grid structure: an accordion whose questions are bare blocks', () => {
  it('reads the hidden answers after questions asked in bare <div>s', () => {
    const page = read(faqPage(), 'https://example.com/certificate-courses');
    expect(page.contentText).toContain('focuses on one subject in depth');
    expect(page.contentText).toContain('from the first lesson to the final assessment');
  });
});
