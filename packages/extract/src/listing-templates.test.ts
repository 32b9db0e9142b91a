import { describe, expect, it } from 'vitest';
import { en, paras, read } from './__fixtures__/probe-kit.ts';

// Session 21 listings pass: listing pages by the template that writes them, each probe written by hand from the template's markup.

const hnStories = [
  ['Show HN: A terminal spreadsheet that fits in one binary', 'github.com/example'],
  ['Why the old compilers still matter for new languages', 'example.org'],
  ['The quiet history of the floppy disk controller', 'example.net'],
  ['Ask HN: How do you keep notes across many projects?', ''],
];

/** A Hacker News list page: rows of `athing` stories, each followed by its `subtext` row; `subline` says whether the row has votes and actions. */
const hackerNews = (subline: boolean) => {
  const rows = hnStories
    .map(([title, site], i) => {
      const id = 47000000 + i;
      const age = `<span class="age" title="2026-03-08T11:0${i}:00"><a href="item?id=${id}">${i + 2} hours ago</a></span>`;
      const sub = subline
        ? `<span class="subline"><span class="score" id="score_${id}">${i + 3} points</span> by <a href="user?id=user${i}" class="hnuser">user${i}</a> ${age} <span id="unv_${id}"></span> | <a href="hide?id=${id}&amp;goto=news">hide</a> | <a href="https://hn.algolia.com/?query=x" class="hnpast">past</a> | <a href="item?id=${id}">${i + 1}&nbsp;comments</a></span>`
        : age;
      return (
        `<tr class="athing submission" id="${id}"><td align="right" valign="top" class="title"><span class="rank">${i + 1}.</span></td>` +
        `<td valign="top" class="votelinks"><center><a id="up_${id}" href="vote?id=${id}&amp;how=up"><div class="votearrow" title="upvote"></div></a></center></td>` +
        `<td class="title"><span class="titleline"><a href="https://${site || 'news.ycombinator.com'}/post">${title}</a>${site ? ` <span class="sitebit comhead"> (<a href="from?site=${site}"><span class="sitestr">${site}</span></a>)</span>` : ''}</span></td></tr>` +
        `<tr><td colspan="2"></td><td class="subtext">${sub}</td></tr><tr class="spacer" style="height:5px"></tr>`
      );
    })
    .join('');
  return (
    '<html lang="en" op="news"><head><title>Hacker News</title></head><body><center><table id="hnmain" border="0" cellpadding="0" cellspacing="0" width="85%" bgcolor="#f6f6ef">' +
    '<tr><td bgcolor="#ff6600"><table border="0" cellpadding="0" cellspacing="0" width="100%"><tr><td><span class="pagetop"><b class="hnname"><a href="news">Hacker News</a></b>' +
    '<a href="newest">new</a> | <a href="front">past</a> | <a href="newcomments">comments</a> | <a href="ask">ask</a> | <a href="show">show</a> | <a href="jobs">jobs</a> | <a href="submit">submit</a></span></td></tr></table></td></tr>' +
    `<tr id="bigbox"><td><table border="0" cellpadding="0" cellspacing="0">${rows}<tr class="morespace" style="height:10px"></tr><tr><td colspan="2"></td><td class="title"><a href="news?p=2" class="morelink" rel="next">More</a></td></tr></table></td></tr>` +
    '<tr><td><table width="100%" cellspacing="0" cellpadding="1"><tr><td bgcolor="#ff6600"></td></tr></table><br><center><span class="yclinks"><a href="newsguidelines.html">Guidelines</a> | <a href="newsfaq.html">FAQ</a> | <a href="lists">Lists</a> | <a href="https://github.com/HackerNews/API">API</a> | <a href="security.html">Security</a> | <a href="https://www.ycombinator.com/legal/">Legal</a></span></center></td></tr>' +
    '</table></center></body></html>'
  );
};

describe('listing templates: Hacker News', () => {
  it('keeps every story line and leaves out the subline of votes, submitter, age and actions under each, the More link and the footer', () => {
    const page = read(hackerNews(true), 'https://news.ycombinator.com/news');
    for (const [title] of hnStories) expect(page.contentText).toContain(title);
    expect(page.contentText).toContain('github.com/example');
    expect(page.contentText).not.toMatch(/points|hide \||user0|hours ago|\bMore\b|Guidelines/);
  });

  it('keeps the age on the jobs list, whose subtext is the age alone', () => {
    const page = read(hackerNews(false), 'https://news.ycombinator.com/jobs');
    for (const [title] of hnStories) expect(page.contentText).toContain(title);
    expect(page.contentText).toContain('2 hours ago');
    expect(page.contentText).not.toContain('Guidelines');
  });
});

const events = [
  ['Cloud Architecture Summit 2026', 'Wed, Mar 18, 5:00 PM GMT', 'Free', 'Northwind Tech Meetups'],
  ['Women in Data Science Day', 'Tomorrow at 9:30 AM EDT', 'From $12.00', 'Data Guild'],
  ['Rust for Embedded Systems: A Hands-on Workshop', 'Sat, Apr 11, 10:00 AM PDT', 'Free', 'Ferris Lab'],
  ['Green Tech and Sustainability Pitch Night', 'Wed, Apr 15, 6:00 PM GMT+2', 'From $5.00', 'Impact Hub'],
];

/** One Eventbrite search result: the phone card (with the organizer) and then the desktop card, as its discover pages write them. */
const eventbriteResult = ([title, when, price, organizer]: string[], phoneCopy = true) => {
  const actions = `<section class="event-card-actions"><span class="eds-icon-button"><button type="button"><i class="eds-vector-image"><span class="eds-is-hidden-accessible">Save this event: ${title}</span></i></button></span></section>`;
  const details = (extra: string) =>
    `<section class="event-card-details"><div class="Stack_root__1ksk7"><a href="https://www.eventbrite.com/e/x-tickets-1" class="event-card-link" aria-label="View ${title}"><h3 class="Typography_root__487rx event-card__clamp-line--two">${title}</h3></a>` +
    `<p class="Typography_root__487rx Typography_body-md-bold__487rx">${when}</p><div class="DiscoverVerticalEventCard-module__priceWrapper___usWo6"><p class="Typography_root__487rx">${price}</p></div>${extra}</div>${actions}</section>`;
  const phone = `<div class="discover-search-mobile-card discover-search-mobile-card--hiddeable"><section class="discover-vertical-event-card"><div class="Container_root__4i85v event-card event-card__vertical">${details(`<div class="Stack_root__1ksk7"><p class="Typography_root__487rx">${organizer}</p><p class="Typography_root__487rx">260 followers</p></div>`)}</div></section></div>`;
  const desktop = `<div class="discover-search-desktop-card discover-search-desktop-card--hiddeable"><section class="DiscoverHorizontalEventCard-module__cardWrapper___2_FKN"><div class="Container_root__4i85v event-card event-card__horizontal">${details('')}</div></section></div>`;
  return `<li><div class="SearchResultPanelContentEventCard-module__card___Xno0V" data-testid="search-event" role="presentation">${phoneCopy ? phone : ''}${desktop}</div></li>`;
};

const eventbrite = (phoneCopy = true) =>
  '<html lang="en"><head><title>Online Tech Conferences Events | Eventbrite</title></head><body><div id="root"><header class="GlobalNav-module__main___jfEt2"><nav><a href="/">Eventbrite</a><a href="/d/online/events/">Find Events</a><a href="/organizer/overview/">Create Events</a><a href="/signin/">Log In</a></nav></header>' +
  '<main class="search-main-content"><h1>Discover Tech Conferences events</h1><section class="search-filters"><h2>Filters</h2><ul><li><button type="button">Today</button></li><li><button type="button">This weekend</button></li><li><button type="button">Free</button></li></ul></section>' +
  `<section class="SearchResultPanelContentEventCardList-module__eventList___2wk-D"><ul class="SearchResultPanelContentEventCardList-module__eventList___2wk-D">${events.map((e) => eventbriteResult(e, phoneCopy)).join('')}</ul></section>` +
  '<nav aria-label="Pagination" class="eds-pagination"><ul><li><button type="button">1</button></li><li><button type="button">2</button></li></ul></nav></main>' +
  '<footer class="eds-global-footer"><ul><li><a href="/about/">About</a></li><li><a href="/help/">Help Center</a></li><li><a href="/privacy/">Privacy</a></li></ul></footer></div></body></html>';

describe('listing templates: Eventbrite search results', () => {
  const url = 'https://www.eventbrite.com/d/online/tech-conferences/';

  it('reads each event once, from its first (phone) card with the organizer, not again from the desktop card', () => {
    const page = read(eventbrite(), url);
    for (const [title, when, price, organizer] of events) {
      expect(page.blocks.filter((b) => b === title)).toHaveLength(1);
      expect(page.blocks.filter((b) => b === when)).toHaveLength(1);
      expect(page.contentText).toContain(price);
      expect(page.contentText).toContain(organizer);
    }
  });

  it('keeps a desktop card that has no phone copy before it', () => {
    const page = read(eventbrite(false), url);
    for (const [title, when] of events) {
      expect(page.blocks.filter((b) => b === title)).toHaveLength(1);
      expect(page.contentText).toContain(when);
    }
  });
});

const valnetCards = [
  [
    'Final Fantasy 14 Is Being Hit With DDoS Attacks Yet Again',
    'The online game has been disrupted by another wave of attacks on its data centers, and players in three regions are affected.',
  ],
  [
    'Steam Winter Sale 2025 is Live Now and Here Are the Best Deals',
    "Steam's annual Winter Sale is officially live, and the event offers some of the year's best titles at great discounted prices.",
  ],
  [
    'Overwatch 2 December 18 Update Includes Vendetta Nerf',
    'Overwatch 2 releases a new update for December 18 that pulls back on Vendetta and adjusts some heroes in Stadium.',
  ],
  [
    'Borderlands 4 Launches a New Holiday Event',
    'Borderlands 4 launches a new holiday event, featuring some truly absurd Legendary loot drop rates for every player.',
  ],
  [
    'Nintendo Wins a Long Lawsuit Over Wii Technologies',
    'After 15 years of litigation and delays, Nintendo finally comes out victorious in a long-lived lawsuit over Wii console technologies.',
  ],
];

/** A Valnet section front (Game Rant, Screen Rant, CBR, …): display cards with a title, a tag, a teaser and a comment count. */
const valnetFront = () => {
  const cards = valnetCards
    .map(
      ([title, teaser], i) =>
        `<div class="display-card article ${i === 0 ? 'large' : 'small'} active-content"><div class="dc-img-link"><a href="/story-${i}/"><picture><img src="/img/${i}.jpg" alt=""></picture></a></div>` +
        `<div class="display-card-info"><h5 class="display-card-title"><a href="/story-${i}/" title="${title}">${title}</a></h5>` +
        `<div class="w-display-card-category"><a class="dc-tag-label no-bg" href="/tag/games/" title="Games"><span>Games</span></a></div>` +
        `<p class="display-card-excerpt">${teaser}</p><div class="w-display-card-extra"><div class="total-info extra-comments"><label>${i + 2}</label></div></div></div></div>`,
    )
    .join('');
  return (
    '<html lang="en"><head><title>Gaming News</title></head><body><header class="header-main"><nav class="main-nav"><a href="/gaming/">Gaming</a><a href="/movies-tv/">Movies &amp; TV</a><a href="/guides/">Guides</a></nav></header>' +
    '<main class="listing-page"><section class="page-header"><h1 class="page-title">Gaming News</h1><p class="page-description">The biggest video game news, rumors, previews, and info about the games you play.</p></section>' +
    `<section class="listing-content"><div class="sentinel-listing-page-list">${cards}</div></section><div class="pagination"><a href="/gaming/2/">Next</a></div></main>` +
    '<footer class="footer"><a href="/about/">About Us</a><a href="/privacy/">Privacy Policy</a></footer></body></html>'
  );
};

describe('listing templates: Valnet section fronts', () => {
  it("keeps every card's title and leaves out the teaser under it", () => {
    const page = read(valnetFront(), 'https://gamerant.com/gaming/');
    for (const [title, teaser] of valnetCards) {
      expect(page.contentText).toContain(title);
      expect(page.contentText).not.toContain(teaser);
    }
  });
});

const foremStories = [
  ['The Women Who Helped Me Grow as a Developer', 'Konark Sharma', 14, 2],
  ['Why I replaced "think freely" with structured blackboarding in my agent loops', 'Ana Ruiz', 27, 5],
  ['Procedural Gradients, Hotfixes, and the Power of QA', 'Lee Park', 6, 1],
  ['Screen Reader Experience Analysis on Grok', 'Sam Kim', 31, 9],
] as const;

/** A Forem home feed (dev.to): story cards (author, date, title, tags, a bar of reaction and comment counts) and a billboard among them. */
const foremFeed = () => {
  const story = ([title, author, reactions, comments]: (typeof foremStories)[number], i: number) =>
    `<div class="crayons-story" data-feed-content-id="${i}"><a href="/u${i}/post-${i}" class="crayons-story__hidden-navigation-link">${title}</a><div class="crayons-story__body">` +
    `<div class="crayons-story__top"><div class="crayons-story__meta"><div><a href="/u${i}" class="crayons-story__secondary fw-medium m:hidden">${author}</a></div><a href="/u${i}/post-${i}" class="crayons-story__tertiary fs-xs"><time datetime="2026-03-08T08:20:47Z">Mar 8</time></a></div></div>` +
    `<div class="crayons-story__indention"><h2 class="crayons-story__title"><a href="/u${i}/post-${i}">${title}</a></h2><div class="crayons-story__tags"><a class="crayons-tag" href="/t/webdev"><span class="crayons-tag__prefix">#</span>webdev</a></div>` +
    `<div class="crayons-story__bottom"><div class="crayons-story__details"><a href="/u${i}/post-${i}" class="crayons-btn crayons-btn--s crayons-btn--ghost"><span class="aggregate_reactions_counter">${reactions}<span class="hidden s:inline">&nbsp;reactions</span></span></a>` +
    `<a href="/u${i}/post-${i}#comments" class="crayons-btn crayons-btn--s crayons-btn--ghost">${comments}<span class="hidden s:inline">&nbsp;comments</span></a></div>` +
    `<div class="crayons-story__save"><small class="crayons-story__tertiary fs-xs mr-2">${i + 3} min read</small><button type="button" class="c-btn bookmark-button" aria-label="Save post">Save</button></div></div></div></div></div>`;
  const billboard =
    '<div class="crayons-story crayons-story__billboard bb-placement js-billboard" data-type-of="in_house"><div class="crayons-bb__header relative"><div class="crayons-bb__title">DEV Community</div>' +
    '<div class="crayons-dropdown bb-dropdown"><ul><li><a class="crayons-link" href="/billboards">What\'s a billboard?</a></li><li><a class="crayons-link" href="/settings/customization#sponsors">Manage preferences</a></li><li><button class="crayons-link">Report billboard</button></li></ul></div></div>' +
    '<div class="crayons-story__indention-billboard"><div class="text-styles text-styles--billboard"><h2>🎓 DEV Education Tracks</h2><p>Learn how to break your "one giant prompt" into specialized roles, in a free track with a badge at the end.</p></div></div></div>';
  const cards = foremStories.map(story);
  return (
    '<html lang="en"><head><title>DEV Community</title></head><body><header class="crayons-header"><a href="/" class="site-logo" aria-label="DEV Community Home">DEV</a><a href="/enter">Log in</a></header>' +
    '<div id="page-content" class="wrapper"><div class="crayons-layout crayons-layout--3-cols"><aside class="crayons-layout__sidebar-left"><nav><a href="/">Home</a><a href="/tags">Tags</a></nav></aside>' +
    `<main id="main-content" class="crayons-layout__content articles-list"><div class="substories" id="substories">${billboard}${cards.join('')}</div></main></div></div>` +
    '<footer id="footer" class="crayons-footer"><p>Built on <a href="https://www.forem.com">Forem</a>, the open source software that powers DEV and other inclusive communities.</p></footer></body></html>'
  );
};

describe('listing templates: Forem feeds', () => {
  it("keeps each story's title and leaves out its reaction and comment counts and the feed's billboard", () => {
    const page = read(foremFeed(), 'https://dev.to/');
    for (const [title, , reactions, comments] of foremStories) {
      expect(page.contentText).toContain(title);
      expect(page.blocks).not.toContain(String(reactions));
      expect(page.blocks).not.toContain(String(comments));
    }
    expect(page.contentText).not.toMatch(/billboard|Manage preferences|Education Tracks/);
  });
});

// Session 23 services pass: Dotdash Meredith's taxonomy pages (Mantle: Allrecipes, Serious Eats, Simply Recipes, EatingWell, …).
describe("listing templates: Dotdash Meredith's taxonomy pages", () => {
  const intro = 'Our collection of tomato sauce recipes has something for every type of dish, whether you want pasta or a vegetable tian.';
  const card = (n: number) =>
    `<a class="comp mntl-card-list-items mntl-document-card mntl-card card" href="https://www.seriouseats.com/recipe-${n}"><div class="card__content"><span class="card__title"><span class="card__title-text">Slow-Cooked Tomato Sauce Number ${n} With Basil and Butter</span></span></div></a>`;
  const page = `<html lang="en"><head><title>Tomato Sauce Recipes</title></head><body class="taxonomysc">
<header class="header"><nav><a href="/">Serious Eats</a> <a href="/recipes">Recipes</a> <a href="/techniques">Techniques</a></nav></header>
<main id="main" class="loc main">
<div id="mntl-taxonomysc-header_1-0" class="comp mntl-taxonomysc-header taxonomysc-header mntl-block"><div class="comp mntl-taxonomysc-header__top mntl-block"><div class="comp mntl-taxonomysc-header-group mntl-block"><h1 class="comp mntl-taxonomysc-heading mntl-text-block">Tomato Sauce Recipes</h1>
<div class="comp tag-nav"><div class="loc tag-nav-content"><ul class="comp link-list tag-nav__list"><li class="link-list__item tag-nav__item"><a class="link-list__link tag-nav__link" href="/pastas">Pastas</a></li><li class="link-list__item tag-nav__item"><a class="link-list__link tag-nav__link" href="/sauces">Condiments &amp; Sauces</a></li></ul></div></div></div></div>
<div class="comp mntl-taxonomysc-header__bottom mntl-block"><div class="comp mntl-taxonomysc-intro mntl-sc-page mntl-block"><div class="comp mntl-sc-block mntl-sc-block-html"> ${intro} </div></div></div></div>
<div class="comp mntl-taxonomysc-content mntl-sc-page mntl-block"></div>
<section class="comp mntl-document-spotlight"><div class="loc fixedContent">${[1, 2, 3, 4, 5, 6].map(card).join('')}</div></section>
</main><footer class="footer"><p>© 2026 Dotdash Meredith. All rights reserved.</p></footer></body></html>`;

  it("reads the category's introduction in the taxonomy header, and not its tag row", () => {
    const { blocks } = read(page, 'https://www.seriouseats.com/tomato-sauce-recipes-5117879');
    expect(blocks).toContain(intro);
    expect(blocks).not.toContain('Condiments & Sauces');
  });
});

// Session 25 listing pass: a card's footer that holds only its writers and date, as news and blog fronts set it under each card.

const newsCards = [
  ['Cloud Warehouse Previews Cross-Region Queries for Distributed Data', 'Renata Lopes', 'Mar 08'],
  ['How a Storage Team Uses Language Models to Label Search Results', 'Sergio Demir', 'Mar 07'],
  ['Nested Virtualization Arrives on General-Purpose Instances', 'Renata Lopes', 'Mar 07'],
  ['Hybrid Key Exchange Replaces Legacy Cipher Suites in IPsec', 'Stefan Wiggins', 'Mar 06'],
];

/** A news front of cards, each a title, a teaser and a `card__footer` with the writer (linked to their profile) and "on <date>". */
const cardFooterFront = (): string => {
  const cards = newsCards
    .map(
      ([title, writer, date], i) =>
        `<li><div class="card__content"><div class="card__data"><h4 class="card__title"><a href="/news/${title!.slice(0, 8)}">${title}</a></h4><p class="card__excerpt">${en(i + 1)}</p>` +
        `<div class="card__footer"><div class="card__details"><div class="card__authors authors"><span><a href="/profile/${writer!.replace(' ', '-')}">${writer}</a></span></div>` +
        `<span class="card__date date"> on <span>${date}</span></span></div></div></div></div></li>`,
    )
    .join('');
  return (
    '<html><head><title>Software News</title></head><body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header><main>' +
    `<section class="homepage__news"><h2><a href="/news/">News</a></h2><ul class="cards no-style">${cards}</ul></section>` +
    '</main><footer class="site-footer"><p>Copyright 2026 Example Media. All rights reserved.</p></footer></body></html>'
  );
};

describe("listing templates: a card's footer of writers and date", () => {
  it("keeps each card's writer and date under its title on a page of cards", () => {
    const page = read(cardFooterFront(), 'https://news.example.com/');
    for (const [title, writer, date] of newsCards) {
      expect(page.contentText).toContain(title);
      expect(page.contentText).toContain(writer);
      expect(page.contentText).toContain(date);
    }
  });
});

// Session 26 grid pass: a breadcrumb trail whose markup names no breadcrumb (hashed classes).

/** A page in hashed classes: a trail (a list, a line of links, or a list that is no trail), the `<h1>` and three paragraphs. */
const trailPage = (trail: 'list' | 'line' | 'text' | 'other'): string => {
  const crumbs = {
    list: '<ul class="sc-1x9 kTc"><li class="sc-2b7"><a href="https://shop.example.com/">Home</a></li><li class="sc-2b7"><a href="https://shop.example.com/garden">Garden</a></li><li class="sc-2b7">Robotic mowers</li></ul>',
    line: '<p class="sc-7qa"><a href="https://shop.example.com/">Home</a> <a href="https://shop.example.com/rankings">Rankings overview</a> Robotic mowers for lawns of every size and slope</p>',
    text: '<p class="sc-7qa">Home &gt; Garden &gt; Mowers &gt; Robotic mowers for lawns of every size</p>',
    other: '<ul class="sc-1x9"><li>Home improvement loans</li><li>Garden</li></ul>',
  }[trail];
  return (
    '<html><head><title>Robotic mowers | Shop</title></head><body><header><nav><a href="/">Shop</a></nav></header><main>' +
    `<div class="sc-4f0">${crumbs}<h1>Robotic mowers</h1>${paras(en, [1, 7, 8])}</div>` +
    '</main><footer class="site-footer"><p>Copyright 2026 Example Shop.</p></footer></body></html>'
  );
};

describe('listing templates: a breadcrumb trail in hashed classes', () => {
  const url = 'https://shop.example.com/garden/robotic-mowers';
  it('leaves out a trail set as a list whose first item is the home page', () => {
    const page = read(trailPage('list'), url);
    expect(page.blocks).not.toContain('Home');
    expect(page.blocks).not.toContain('Garden');
    expect(page.blocks[0]).toMatch(/^Paragraph 1 carries/);
  });
  it('leaves out a trail set as one line of links opening with the home page', () => {
    const page = read(trailPage('line'), url);
    expect(page.contentText).not.toContain('Rankings overview');
    expect(page.blocks[0]).toMatch(/^Paragraph 1 carries/);
  });
  it('leaves out a trail written out with separators', () => {
    const page = read(trailPage('text'), url);
    expect(page.contentText).not.toContain('Home > Garden');
    expect(page.blocks[0]).toMatch(/^Paragraph 1 carries/);
  });
  it('keeps a list at the head whose first item only begins with "Home"', () => {
    const page = read(trailPage('other'), url);
    expect(page.contentText).toContain('Home improvement loans');
  });
});

// Session 30 listing pass: a news front's featured stories in a branch of their own above the river of cards.

const riverCards = [
  [
    'Port strike enters its second week as talks stall',
    'Dock workers say the offer on the table does not cover the rise in living costs since the last contract.',
  ],
  [
    'Central bank holds rates steady for a third month',
    'Policymakers point to slowing inflation but warn that energy prices could push it back up this spring.',
  ],
  [
    'Farmers brace for higher fertiliser bills this season',
    'Shipping disruption has cut supplies from the usual exporters, and prices have risen by a third since January.',
  ],
  [
    'Regional airline orders twenty new turboprop planes',
    'The carrier says the aircraft will replace older models on short routes and cut its fuel use by a fifth.',
  ],
  [
    'Retail sales rise as shoppers return to high streets',
    'Clothing and electronics led the gains, while spending on furniture fell for the fourth month in a row.',
  ],
];

/** A section front: a featured row (one lead card and two smaller ones) in its own region, an empty ad slot, then the river's column. */
const featuredFront = (): string => {
  const card = ([title, teaser]: string[], i: number) =>
    `<article class="c8 k${i}"><div class="c9"><a class="c10" href="https://news.example.com/story-${i}"><h3 class="c11"><span>${title}</span></h3></a><p class="c12">${teaser}</p></div></article>`;
  const featured = [
    [
      'Government unveils plan to rebuild the national grid',
      'The ten-year programme would replace ageing pylons and add storage for wind and solar power across the country.',
    ],
    ['Steel plant to close with the loss of 800 jobs', 'Unions call the decision a blow to the town.'],
  ];
  return (
    '<html lang="en"><head><title>Economy | News Example</title></head><body><header class="q1"><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/economy">Economy</a></nav></header>' +
    '<div class="q2"><h1 class="q3">Economy</h1>' +
    `<div class="q4"><ul class="q5">${featured.map((f, i) => `<li class="q6">${card(f, 10 + i)}</li>`).join('')}</ul></div>` +
    '<div class="q7"><div class="q8"></div></div>' +
    `<div class="q9"><div class="q10"><div class="q11"><section class="q12"><h2 class="q13">Latest</h2>${riverCards.map((c, i) => card(c, i)).join('')}</section></div></div></div>` +
    '</div><footer class="q14"><p>Copyright 2026 News Example.</p></footer></body></html>'
  );
};

describe('listing templates: a featured row above the river of cards', () => {
  it("reads the featured stories before the river's cards", () => {
    const page = read(featuredFront(), 'https://news.example.com/economy/');
    expect(page.contentText).toContain('Government unveils plan to rebuild the national grid');
    expect(page.contentText).toContain('Steel plant to close with the loss of 800 jobs');
    for (const [title, teaser] of riverCards) {
      expect(page.contentText).toContain(title);
      expect(page.contentText).toContain(teaser);
    }
    expect(page.contentText.indexOf('Steel plant')).toBeLessThan(page.contentText.indexOf('Port strike'));
  });
});

// Session 31 listforum pass: a card's call to action, repeated card after card, in hashed classes (an Elementor call-to-action
// widget's markup with its `elementor-button` classes hashed).
const trails = [
  ['Anthills Park', 'Difficulty: Intermediate to advanced', 'Length: 5 miles', 'Trail steward: Dave Ruiz'],
  ['Burroughs Park', 'Difficulty: Beginner', 'Length: 5 miles', 'Trail steward: Ricardo Valdez'],
  ['Cypress Creek', 'Difficulty: Intermediate with a beginner route', 'Length: 10 miles', 'Trail steward: Scott Dammitt'],
  ['Double Lake', 'Difficulty: Beginner to intermediate', 'Length: 18 miles', 'Trail steward: Jim Mackey'],
];
const trailCards = (cta: (i: number) => string) =>
  '<html lang="en"><head><title>Trails | Riders Example</title></head><body><header class="q1"><nav><a href="/">Home</a> <a href="/trails">Trails</a></nav></header>' +
  '<section class="q2"><h1 class="q3">Trails</h1><p class="q4">The riders association builds, maintains and rides the off-road trails around the city, with a steward for each trail.</p></section>' +
  trails
    .map(
      ([name, ...facts], i) =>
        `<section class="q5 q${20 + i}"><div class="q6"><div class="q13"><div class="q14"><div class="q15" role="img" aria-label="trail-${i}"></div><div class="q16"></div></div>` +
        `<div class="q17"><h2 class="q7">${name}</h2><div class="q8">${facts.join(' <br>')}</div>` +
        `<div class="q9"><a class="q10 q11" href="https://maps.example.org/region/${i}/" target="_blank" rel="noopener">${cta(i)}</a></div></div></div></div></section>`,
    )
    .join('') +
  '<footer class="q12"><p>Copyright 2026 Riders Example.</p></footer></body></html>';

describe("listing templates: a card's call to action repeated card after card", () => {
  it('drops the button line every card repeats, and keeps the cards', () => {
    const text = read(
      trailCards(() => 'View Trail Map'),
      'https://riders.example.org/trails/',
    ).contentText;
    for (const [name, difficulty] of trails) {
      expect(text).toContain(name);
      expect(text).toContain(difficulty);
    }
    expect(text).not.toContain('View Trail Map');
  });

  it('keeps a link line that comes once or twice, and a lone "View"', () => {
    const once = read(
      trailCards((i) => (i === 0 ? 'View Trail Map' : `Trail guide ${i}`)),
      'https://riders.example.org/trails/',
    ).contentText;
    expect(once).toContain('View Trail Map');
    const lone = read(
      trailCards(() => 'View'),
      'https://riders.example.org/trails/',
    ).contentText;
    expect(lone).toContain('View');
  });
});

// Session 32 listing pass: a pager written out as one line of page numbers under a listing's cards, in hashed classes (no
// `pagination` or `pager` class word to name it).
const pagerPosts = [
  ['How we moved our build to a single cache', 'A year of slow builds, three caches and the one that finally stuck for every team.'],
  ['Notes from the spring planning offsite', 'What the teams agreed to ship this quarter, and what they chose to leave for later.'],
  ['The small tools that keep our releases calm', 'A tour of the scripts and checklists our release captains run before every tag.'],
  ['Why our docs moved next to the code', 'Keeping reference pages in the same repository changed how often they were right.'],
];
const pagedArchive = (pager: string) =>
  '<html lang="en"><head><title>Engineering blog | Example</title></head><body><main class="k1"><h1 class="k2">Engineering blog</h1>' +
  pagerPosts
    .map(([title, teaser], i) => `<article class="k3"><h2 class="k4"><a href="/blog/post-${i}/">${title}</a></h2><p class="k5">${teaser}</p></article>`)
    .join('') +
  `<div class="k6">${pager}</div></main><footer class="k7"><p>Example Engineering</p></footer></body></html>`;

describe('listing templates: a pager written out as one line of page numbers', () => {
  it('drops the page numbers under the cards, with their previous and next links', () => {
    for (const pager of [
      '<a href="?p=1">1</a> <a href="?p=2">2</a> <a href="?p=3">3</a> <a href="?p=4">4</a> <a href="?p=5">5</a> ... <a href="?p=2">[Next »]</a>',
      '<a href="?p=1">« previous</a> <a href="?p=1">1</a> <a href="?p=2">2</a> <a href="?p=3">3</a> … <a href="?p=94">94</a> <a href="?p=95">95</a> <a href="?p=2">next »</a>',
      'Page <a href="?p=1">1</a> <a href="?p=2">2</a> <a href="?p=2">&gt;</a>',
    ]) {
      const text = read(pagedArchive(pager), 'https://example.com/blog/').contentText;
      for (const [title, teaser] of pagerPosts) {
        expect(text).toContain(title);
        expect(text).toContain(teaser);
      }
      expect(text).not.toMatch(/\b2 3\b|\b1 2\b|next »/i);
    }
  });

  it('drops a pager set as a list of numbers a script turns, and keeps a list whose items say more than a number', () => {
    const pager = `<ul class="k8">${[1, 2, 3, 4].map((n) => `<li class="k9"><span class="k10">${n}</span></li>`).join('')}<li class="k9"><span class="k10">Next</span></li></ul>`;
    const text = read(pagedArchive(pager), 'https://example.com/blog/').contentText;
    expect(text).toContain(pagerPosts[3]![1]);
    expect(text).not.toMatch(/^-? ?[1-4]$/m);
    expect(text).not.toMatch(/^-? ?Next$/m);
    const steps = '<ol class="k8"><li>1 cup of flour</li><li>2 eggs</li><li>3 spoons of sugar</li></ol>';
    expect(read(pagedArchive(steps), 'https://example.com/blog/').contentText).toContain('2 eggs');
  });

  it('keeps numbers that do not run on, and a program output of counts', () => {
    const scores = read(pagedArchive('Scores 3 1 4 1 5'), 'https://example.com/blog/').contentText;
    expect(scores).toContain('3 1 4 1 5');
    const years = read(pagedArchive('2021 2022 2023'), 'https://example.com/blog/').contentText;
    expect(years).toContain('2021 2022 2023');
    const counts = read(pagedArchive('<pre>0 1 2 3 ...</pre>'), 'https://example.com/blog/').contentText;
    expect(counts).toContain('0 1 2 3');
  });
});
