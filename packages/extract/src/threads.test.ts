import { describe, expect, it } from 'vitest';
import type { Element } from 'domhandler';
import type { Block } from './blocks.ts';
import { rawText } from './dom.ts';
import { extractArticle } from './extract-article.ts';
import { parseHtml } from './parse-html.ts';
import { dropPostCardLines, dropPostControls, dropProfileStats, dropQuotedPosts, dropThreadFurniture, isThreadUrl, repeatedPosts } from './threads.ts';

const options = { url: 'https://forum.example.org/threads/1', fetchedAt: new Date('2026-02-08T08:00:00Z') };
const p = (text: string): Block => ({ kind: 'p', text, html: text });
const texts = (blocks: Block[]): string[] => blocks.map((b) => (b.kind === 'image' ? '' : b.text));
const opening = 'My battery drains overnight since the update, even with every background refresh switched off in the settings.';
const reply = 'Same here on the older model: it went from three days to one, and a reset of all settings did not help at all.';
/** A thread of three posts by three posters, for the tests that frame posts alike. */
const threePosts = [
  ['jane', opening],
  ['sam', reply],
  ['lee', 'Mine recovered after the second patch; the first one made it worse for about a week before it settled down.'],
] as const;

describe('threads: quoted posts', () => {
  it('drops a passage quoted from an earlier post, with its attribution line', () => {
    const blocks = [p(opening), p('jane said:'), p(opening), p('Did you try turning off the new widgets?'), p(reply)];
    expect(texts(dropQuotedPosts(blocks))).toEqual([opening, 'Did you try turning off the new widgets?', reply]);
  });

  it('keeps short lines that repeat and lines before a repeat that do not attribute a quote', () => {
    const blocks = [p('Thanks!'), p(opening), p('Thanks!'), p('Me too.'), p(opening)];
    expect(texts(dropQuotedPosts(blocks))).toEqual(['Thanks!', opening, 'Thanks!', 'Me too.']);
  });

  it('reads each post of a marked-up thread once, not again inside the replies that quote it', () => {
    const post = (author: string, body: string): string =>
      `<article itemprop="comment" itemscope itemtype="https://schema.org/Comment"><div class="author">${author}</div><div class="message" itemprop="text">${body}</div></article>`;
    const quote = `<blockquote class="bbCodeBlock"><div class="attribution">jane said:</div><div class="quote"><p>${opening}</p></div></blockquote>`;
    const page = `<html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"Battery drain"}</script></head><body><main>${post('jane', `<p>${opening}</p>`)}${post('sam', `${quote}<p>${reply}</p>`)}</main></body></html>`;
    const text = extractArticle(page, options).contentText;
    expect(text.split(opening).length - 1).toBe(1);
    expect(text).toContain(reply);
    expect(text).not.toContain('jane said:');
  });

  it("reads each marked-up post with its author's name and posting date, as the thread shows them", () => {
    const post = (author: string, date: string, body: string): string =>
      `<article itemscope itemtype="https://schema.org/Comment"><section itemprop="author" itemscope itemtype="https://schema.org/Person"><h4><span itemprop="name">${author}</span></h4><h5 itemprop="jobTitle">Member</h5></section><header><time itemprop="datePublished" datetime="2022-07-09">${date}</time></header><div itemprop="text"><p>${body}</p></div></article>`;
    const page = `<html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"Battery drain"}</script></head><body><main>${post('felixen', 'Jul 9, 2022', opening)}${post('spikeymike', 'Jul 10, 2022', reply)}</main></body></html>`;
    const text = extractArticle(page, options).contentText;
    expect(text).toContain(`felixen\n\nJul 9, 2022\n\n${opening}`);
    expect(text).toContain(`spikeymike\n\nJul 10, 2022\n\n${reply}`);
    expect(text).not.toContain('Member');
  });

  it('reads the marked posts of a stated thread even when they are short beside the menus and user cards', () => {
    const card = (author: string): string =>
      `<div class="message-userDetails"><h4>${author}</h4><h5>Full Member</h5><dl><dt>Joined</dt><dd>Jul 2015</dd><dt>Messages</dt><dd>11</dd><dt>Reaction score</dt><dd>10</dd><dt>Points</dt><dd>4,726</dd></dl></div>`;
    const post = (author: string, body: string): string =>
      `<article class="message" itemscope itemtype="https://schema.org/Comment">${card(author)}<div class="message-content"><div class="message-body" itemprop="text">${body}</div></div></article>`;
    const menu = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => `<li>Community number ${n}: medicine, dentistry, pharmacy and more</li>`).join('');
    const page = `<html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","mainEntity":{"@type":"DiscussionForumPosting","headline":"Interviews"}}</script></head><body><main><ul class="communities">${menu}</ul><div class="notice">This forum made possible through the generous support of its members, donors, and sponsors. Thank you.</div>${post('jane', 'Congrats!')}${post('sam', 'Thanks, good luck to you all.')}${post('jane', 'Found a spreadsheet on the other site.')}</main></body></html>`;
    const text = extractArticle(page, options).contentText;
    expect(text).toContain('Congrats!');
    expect(text).toContain('Found a spreadsheet on the other site.');
    expect(text).not.toContain('Community number 1');
  });

  it("reads an Invision Community thread post by post, with each post's author and date, without microdata", () => {
    const post = (id: number, author: string, date: string, body: string): string =>
      `<article class="cPost ipsComment"><aside class="cAuthorPane"><h3>${author}</h3><ul><li>Members</li><li>10 posts</li></ul></aside><div class="ipsColumn"><div class="ipsComment_content" data-quotedata="{&quot;userid&quot;:${id},&quot;username&quot;:&quot;${author}&quot;,&quot;timestamp&quot;:1713388384}"><div class="ipsComment_meta"><div class="ipsType_reset">Posted <time datetime="2024-04-17T21:13:04Z">${date}</time></div></div><div class="cPost_contentWrap"><div data-role="commentContent" class="ipsType_richText"><p>${body}</p></div></div></div></div></article>`;
    const menu = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => `<li><a href="/forum/${n}">Cruise line forum number ${n}</a></li>`).join('');
    const page = `<html><body><div class="menu"><ul>${menu}</ul></div><main><div id="elPostFeed"><form action="/mod">${post(1, 'thanosmano', 'April 18, 2024', opening)}${post(2, 'donaldsc', 'April 19, 2024', reply)}</form></div></main></body></html>`;
    const text = extractArticle(page, options).contentText;
    expect(text).toContain(`thanosmano\n\nApril 18, 2024\n\n${opening}`);
    expect(text).toContain(`donaldsc\n\nApril 19, 2024\n\n${reply}`);
  });

  it("reads a date a <time> writes in a long and a short form as its long form, in a post's header and in its text", () => {
    const time = (long: string): string =>
      `<time datetime="2024-06-14T13:22:54Z" data-short="1 yr"><span class="ipsTime__long">${long}</span><span class="ipsTime__short">1 yr</span></time>`;
    const post = (id: number, author: string, date: string, body: string): string =>
      `<article class="ipsEntry"><div class="ipsEntry__content" data-quotedata="{&quot;userid&quot;:${id},&quot;username&quot;:&quot;${author}&quot;}"><div class="ipsEntry__meta">${time(date)}</div><div data-role="commentContent" class="ipsRichText"><p>${body}</p><p class="ipsEdited">Edited ${time(date)} by ${author}</p></div></div></article>`;
    const page = `<html><body><main><form action="/mod">${post(1, 'ColdJ', 'June 14, 2024', opening)}${post(2, 'Lisias', 'June 15, 2024', reply)}</form></main></body></html>`;
    const text = extractArticle(page, options).contentText;
    expect(text).toContain(`ColdJ\n\nJune 14, 2024\n\n${opening}`);
    expect(text).toContain('Edited June 15, 2024 by Lisias');
    expect(text).not.toContain('1 yr');
  });

  it("drops a forum engine's label over a quote box and keeps the quoted words and a poster's own 'X wrote:'", () => {
    const quote = (label: string, words: string): string =>
      `<div class="bbcode_container"><div class="bbcode_quote"><div class="quote_container"><div class="bbcode_postedby">${label}</div><div class="message">${words}</div></div></div></div>`;
    const post = (body: string): string => `<div class="postbody"><div class="content">${body}</div></div>`;
    const page = `<html><body><main>${post(`<p>${opening}</p>`)}${post(`${quote('Originally Posted by jane', 'Did you try the widgets?')}<p>${reply}</p>`)}${post(`${quote('Quote from: sam on June 9, 2024, 03:29:46 AM', 'It went from three days to one.')}<p>Sam wrote:</p><p>Not yet, I will try that tonight and report back here.</p>`)}</main></body></html>`;
    const text = extractArticle(page, options).contentText;
    expect(text).toContain('Did you try the widgets?');
    expect(text).toContain('It went from three days to one.');
    expect(text).toContain('Sam wrote:');
    expect(text).not.toContain('Originally Posted by');
    expect(text).not.toContain('Quote from:');
    // German, French and Polish boards write the same labels.
    for (const label of ['Zitat von jane', 'Zitat:', 'Citation de jane', 'Cytat']) {
      const translated = `<html><body><main>${post(`<p>${opening}</p>`)}${post(`${quote(label, 'Did you try the widgets?')}<p>${reply}</p>`)}</main></body></html>`;
      const words = extractArticle(translated, options).contentText;
      expect(words).toContain('Did you try the widgets?');
      expect(words).not.toContain(label);
    }
  });

  it('drops the action links and starter badges repeated under every post, and keeps a single one', () => {
    const replies = [
      reply,
      'Mine went back to normal after the second update, so it may be worth waiting a week before resetting anything.',
      'I had the same problem and the fix for me was to remove the mail account and add it back again afterwards.',
    ];
    const bar = '<ul class="flat-list buttons"><li>permalink</li><li>embed</li><li>save</li><li>report</li><li>reply</li></ul>';
    const post = (body: string, badge = '', controls = bar): string => `<div class="entry">${badge}<div class="md"><p>${body}</p></div>${controls}</div>`;
    const page = `<html><body><main>${post(opening, '<p>Original Poster</p>')}${replies.map((r) => post(r)).join('')}</main></body></html>`;
    const text = extractArticle(page, options).contentText;
    for (const words of [opening, ...replies]) expect(text).toContain(words);
    for (const control of ['permalink', 'embed', 'save', 'report', 'reply']) expect(text.split('\n')).not.toContain(control);
    // A badge that repeats goes too; a single "Report" line is left alone.
    const starter = `<html><body><main>${[opening, ...replies].map((r) => post(r, '<p>Thread Starter</p>', '')).join('')}<p>Report</p></main></body></html>`;
    const lines = extractArticle(starter, options).contentText.split('\n');
    expect(lines).not.toContain('Thread Starter');
    expect(lines).toContain('Report');
  });

  it("drops a thread's post times written relative to the render when each post has one, and keeps a single one", () => {
    const replies = [
      reply,
      'Mine went back to normal after the second update, so it may be worth waiting a week before resetting anything.',
      'I had the same problem and the fix for me was to remove the mail account and add it back again afterwards.',
    ];
    const post = (body: string, when: string): string => `<div class="post"><p class="when">${when}</p><p>${body}</p></div>`;
    const ld = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"Battery drain"}</script>';
    const page = (times: string[]): string =>
      `<html><head>${ld}</head><body><main>${[opening, ...replies].map((body, i) => post(body, times[i] ?? '')).join('')}</main></body></html>`;
    const lines = extractArticle(page(['2 years ago', 'Posted 2 years ago', '3y', 'vor 2 Jahren']), options).contentText.split('\n');
    for (const words of [opening, ...replies]) expect(lines).toContain(words);
    for (const when of ['2 years ago', 'Posted 2 years ago', '3y', 'vor 2 Jahren']) expect(lines).not.toContain(when);
    expect(extractArticle(page(['2 years ago']), options).contentText.split('\n')).toContain('2 years ago');
  });

  it('leaves the user cards of a Q&A page out', () => {
    const answer = (author: string, body: string): string =>
      `<div itemscope itemtype="https://schema.org/Answer"><div itemprop="text"><p>${body}</p></div><div itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">${author}</span></div><time itemprop="dateCreated" datetime="2022-07-09">answered Jul 9, 2022</time></div>`;
    const page = `<html><body><main>${answer('felixen', opening)}${answer('spikeymike', reply)}</main></body></html>`;
    const text = extractArticle(page, options).contentText;
    expect(text).toContain(opening);
    expect(text).not.toContain('felixen');
  });

  it("drops the lines of posters' profile cards on a thread that states nothing, and a lone location line elsewhere stays", () => {
    const post = (author: string, body: string): string =>
      `<div class="post"><div class="postprofile"><p>${author}</p><p>Posts: 524</p><p>Joined: 4. Jul 2012, 16:09</p><p>Location: Wyoming</p></div><div class="postbody"><p>${body}</p></div></div>`;
    const thread = extractArticle(`<html><body><main>${post('changingtimes', opening)}${post('galitsyn', reply)}</main></body></html>`, options).contentText;
    expect(thread).toContain(opening);
    expect(thread).toContain(reply);
    expect(thread).not.toContain('Posts: 524');
    expect(thread).not.toContain('Joined:');
    expect(thread).not.toContain('Location: Wyoming');
    const visit = `<html><body><main><p>${opening}</p><p>Location: Wyoming</p><p>${reply}</p></main></body></html>`;
    expect(extractArticle(visit, options).contentText).toContain('Location: Wyoming');
  });

  it("keeps the poster's name of a 'name N posts · Joined YYYY' line and drops the counts", () => {
    const post = (line: string, body: string): string => `<div class="message"><p>${line}</p><div class="message-body"><p>${body}</p></div></div>`;
    const third = 'Mine lasts two days again after the second update, so it may be worth waiting for the next one before a reset.';
    const page = `<html><body><main>${post('JosephF', opening)}${post('eljaycanuck 25,064 posts · Joined 2007', reply)}${post('bud16415 11,045 posts · Joined 2006', third)}</main></body></html>`;
    const text = extractArticle(page, options).contentText;
    expect(text).toContain(`eljaycanuck\n\n${reply}`);
    expect(text).toContain(`bud16415\n\n${third}`);
    expect(text).not.toContain('posts · Joined');
  });

  it("reads the opening post's date from the bare <time> above it when only a <meta> of the thread's item states it (Discourse)", () => {
    const meta = (name: string): string =>
      `<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" href="/u/${name}"><span itemprop="name">${name}</span></a></span>`;
    const first = `<div id="post_1" class="topic-body crawler-post">${meta('amondale')}<span class="crawler-post-infos"><time datetime="2024-11-08T19:33:12Z" class="post-time">November 8, 2024, 7:33pm</time></span></div><div class="post" itemprop="text"><p>${opening}</p></div></div>`;
    const second = `<div id="post_2" itemprop="comment" itemscope itemtype="http://schema.org/Comment" class="topic-body crawler-post">${meta('rimelek')}<span class="crawler-post-infos"><time itemprop="datePublished" datetime="2024-11-08T20:42:42Z" class="post-time">November 8, 2024, 8:42pm</time></span></div><div class="post" itemprop="text"><p>${reply}</p></div></div>`;
    const page = `<html><body><div id="main-outlet"><div itemscope itemtype="http://schema.org/DiscussionForumPosting"><meta itemprop="headline" content="Battery drain"><meta itemprop="datePublished" content="2024-11-08T19:33:12Z">${first}${second}</div></div></body></html>`;
    const text = extractArticle(page, options).contentText;
    expect(text).toContain(`amondale\n\nNovember 8, 2024, 7:33pm\n\n${opening}`);
    expect(text).toContain(`rimelek\n\nNovember 8, 2024, 8:42pm\n\n${reply}`);
  });

  it("reads the unmarked opening post of a XenForo thread with the name and date lines styled as the marked replies' ones", () => {
    const cell = (name: string, date: string, marked: boolean): string =>
      `<div class="message-inner"><div class="message-cell message-cell--user"><h4 class="message-name"><a class="username" href="/members/${name}">${marked ? `<span itemprop="name">${name}</span>` : name}</a></h4></div><div class="message-cell message-cell--main"><header class="message-attribution"><time class="u-dt"${marked ? ' itemprop="datePublished"' : ''} datetime="2022-07-09">${date}</time></header>`;
    const opener = `<article class="message message-threadStarterPost message--post">${cell('felixen', 'Jul 9, 2022', false)}<article class="message-body js-selectToQuote"><div class="bbWrapper">${opening}</div></article></div></div></article>`;
    const replyPost = `<article class="message message--post" itemscope itemtype="https://schema.org/Comment"><div itemprop="author" itemscope itemtype="https://schema.org/Person">${cell('spikeymike', 'Jul 10, 2022', true)}</div><article class="message-body js-selectToQuote"><div itemprop="text"><div class="bbWrapper">${reply}</div></div></article></div></div></article>`;
    const third = `<article class="message message--post" itemscope itemtype="https://schema.org/Comment"><div itemprop="author" itemscope itemtype="https://schema.org/Person">${cell('cynics', 'Jul 11, 2022', true)}</div><article class="message-body js-selectToQuote"><div itemprop="text"><div class="bbWrapper">${opening.replace('battery', 'screen')}</div></div></article></div></div></article>`;
    const page = `<html><body><main><div class="block-body">${opener}${replyPost}${third}</div></main></body></html>`;
    const text = extractArticle(page, options).contentText;
    expect(text).toContain(`felixen\n\nJul 9, 2022\n\n${opening}`);
    expect(text).toContain(`${reply}`);
  });
});

describe("threads: forum engines' furniture (session 20)", () => {
  const h = (text: string): Block => ({ kind: 'h', level: 4, text, html: text }) as Block;

  it('drops like lines ("alice and bob like this.", vBSEO\'s "A, B, C and 2 others like this.") and keeps sentences that are not one', () => {
    const blocks = [
      p(opening),
      p('alice and bob like this.'),
      p(reply),
      p('Holiday.with.Ken, WiSK, TedToToe and 2 others like this.'),
      p('fanman likes this.'),
      p('Make work like this'),
      p('My kids like this.'),
    ];
    expect(texts(dropThreadFurniture(blocks))).toEqual([opening, reply, 'Make work like this', 'My kids like this.']);
  });

  it("drops who-is-reading lines of vBulletin, MyBB, phpBB, SMF, XenForo and Invision, vBulletin's box headings with them, and issue trackers' sign-in prompts", () => {
    const chrome = [
      h('Thread Information'),
      h('Users Browsing this Thread'),
      p('There are currently 3 users browsing this thread. (0 members and 3 guests)'),
      p('Users browsing this thread: 1 Guest(s)'),
      p('Users browsing this forum: No registered users and 1 guest'),
      p('0 Members and 1 Guest are viewing this topic.'),
      h('Users who are viewing this thread'),
      p('Total: 2 (members: 0, guests: 2)'),
      h('Recently Browsing 0 members'),
      p('No registered users viewing this page.'),
      h('Create an account or sign in to comment'),
      p('You need to be a member in order to leave a comment'),
      // Issue trackers, under an issue's timeline: GitHub's prompt, and Gitea's and Forgejo's.
      p('Sign up for free to join this conversation on GitHub. Already have an account? Sign in to comment'),
      p('Sign in to join this conversation.'),
    ];
    expect(texts(dropThreadFurniture([p(opening), ...chrome, p(reply)]))).toEqual([opening, reply]);
  });

  it('keeps a "Thread Information" or "Quick Navigation" heading where no who-is-reading line shows the boxes', () => {
    const blocks = [h('Quick Navigation'), p(opening), h('Thread Information'), p(reply)];
    expect(texts(dropThreadFurniture(blocks))).toEqual(texts(blocks));
  });

  it('drops lines that are only BBCode tags and keeps the words between them', () => {
    const blocks = [p('[quote quote=312679]'), p(opening), p('[/quote]'), p(reply), p('[b][/b]'), p('[1] See the manual.')];
    expect(texts(dropThreadFurniture(blocks))).toEqual([opening, reply, '[1] See the manual.']);
  });

  it('drops SMF\'s "Logged", MyBB\'s "Find" and button bars on one line ("Reply Report") when they repeat, and a single one stays', () => {
    const blocks = [
      p(opening),
      p('Logged'),
      p('Find'),
      p('Reply Report'),
      p(reply),
      p('Logged'),
      p('Find'),
      p('Reply Report'),
      p(opening),
      p('Logged'),
      p('Find'),
      p('Reply Report'),
      p('Quote | Reply'),
    ];
    expect(texts(dropPostControls(blocks))).toEqual([opening, reply, opening, 'Quote | Reply']);
    expect(texts(dropPostControls([p('Find'), p(opening), p('Logged')]))).toEqual(['Find', opening, 'Logged']);
  });

  it('reads SMF\'s "Karma: +5/-0" as a profile line', () => {
    expect(texts(dropProfileStats([p('fanman'), p('Karma: +5/-0'), p('Posts: 1,234'), p(opening)]))).toEqual(['fanman', opening]);
  });
});

describe('threads: post cards of engines no rule knows (session 23)', () => {
  const third = 'Rolled back to the previous firmware and the battery lasts two days again, so it is the update and not the phone.';

  it("drops the ordinals, bare counts and ranks that repeat on every post card, and keeps a single one as the post's words", () => {
    const blocks = [
      p('alice'),
      p('Senior Member'),
      p('13,539'),
      p('#1'),
      p(opening),
      p('bob'),
      p('Member'),
      p('275'),
      p('#2'),
      p(reply),
      p('carol'),
      p('Moderator'),
      p('1.2k'),
      p('#3'),
      p(third),
    ];
    expect(texts(dropPostCardLines(blocks))).toEqual(['alice', opening, 'bob', reply, 'carol', third]);
    const single = [p(opening), p('#1'), p('42'), p(reply), p('Member')];
    expect(texts(dropPostCardLines(single))).toEqual(texts(single));
  });

  it("keeps a post's numbers outside paragraphs (code, lists) and longer lines that only start with a number", () => {
    const code: Block = { kind: 'pre', text: '0\n0\n1\n1', html: '0\n0\n1\n1' } as Block;
    const blocks = [p(opening), code, p('12 of them failed'), p('#1 fix'), p(reply)];
    expect(texts(dropPostCardLines(blocks))).toEqual(texts(blocks));
  });

  it("reads a thread written by an unknown engine without its posters' cards", () => {
    const post = (name: string, rank: string, count: string, n: number, text: string): string =>
      `<div class="q7x"><div class="a1"><a href="/u/${name}">${name}</a><div class="b2">${rank}</div><div class="c3">${count}</div></div>` +
      `<div class="d4"><a class="e5" href="/t/1#p${n}">#${n}</a><div class="f6"><p>${text}</p></div></div></div>`;
    const html =
      `<html><head><title>Battery drain</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"Battery drain"}</script></head>` +
      `<body><h1>Battery drain</h1><div class="z9">${post('alice', 'Senior Member', '13,539', 1, opening)}${post('bob', 'Member', '275', 2, reply)}${post('carol', 'Member', '1,024', 3, third)}</div></body></html>`;
    const text = extractArticle(html, options).contentText;
    expect(text).toContain(opening);
    expect(text).toContain(third);
    expect(text).not.toMatch(/^(?:#\d|13,539|275|Member|Senior Member)$/m);
  });
});

describe("threads: a thread's address (session 23)", () => {
  it('reads forum engines\' and boards\' thread addresses as threads, and section pages named "topic" as not', () => {
    for (const url of [
      'https://forums.example.org/viewtopic.php?t=112320',
      'https://www.example.org/forum/viewtopic.php?t=425337',
      'https://www.example.com/threads/best-hosts-2025.691400/',
      'https://example.com/showthread.php?t=5',
      'https://www.example.org/community/index.php?topic=589061.0',
      'https://community.example.com/thread-222085.html',
      'https://community.example.io/t/where-should-i-start/68911',
      'https://discuss.example.org/d/2068-types-of-threads',
      'https://www.example.com/r/Cooking/comments/1rl0nt4/enameled_pan/',
      // Session 30: the engines' verbs without `.php` (Discuz!'s mod=viewthread, a board's ShowTopic-… and showthread.html).
      'https://bbs.example.cn/forum.php?mod=viewthread&tid=12345',
      'https://bbs.example.cn/viewthread.php?tid=12345',
      'https://www.example.com/ShowTopic-g294232-i525-k15476375-Tips_for_a_first_visit.html',
      'https://www.example.net/showthread.html?t=5',
      // Session 34: a topic's number after "/topic/" (Invision, NodeBB), Stack Exchange's questions, Khoros' thread pages.
      'https://forum.example.com/topic/225132-if-the-forum-comes-to-an-end-soon/',
      'https://forum.example.com/index.php?/topic/201820-ai-discussion/',
      'https://community.example.org/topic/18427/rc1-of-v4',
      'https://example.stackexchange.com/questions/12068/catering-event',
      'https://community.example.com/t5/Help/Battery-drain/td-p/5231234',
      'https://community.example.com/t5/Help/Battery-drain/m-p/5231299',
    ])
      expect(isThreadUrl(url), url).toBe(true);
    for (const url of [
      'https://news.example.edu/topic/software',
      'https://www.example.com/topic/history-of-coffee',
      'https://www.example.com/topic/2024-election/',
      'https://example.com/faq/questions/',
      'https://docs.example.com/en/5.1/topics/db/models/',
      'https://example.com/blog/2024/post',
      'https://example.com/blog/how-to-showtopics-in-a-sidebar',
    ])
      expect(isThreadUrl(url), url).toBe(false);
  });

  it("reads a board that states nothing, at a thread address, as a thread: its posters' cards are dropped", () => {
    const card = (name: string, count: string): string =>
      `<div class="x4"><a href="/u/${name}">${name}</a><div class="x5">Member</div><div class="x6">${count}</div></div>`;
    const html =
      `<html><head><title>Battery drain</title></head><body><h1>Battery drain</h1><div class="x1">` +
      `<div class="x2">${card('alice', '1,024')}<div class="x3"><p>${opening}</p></div></div>` +
      `<div class="x2">${card('bob', '275')}<div class="x3"><p>${reply}</p></div></div>` +
      `<div class="x2">${card('carol', '13,539')}<div class="x3"><p>${opening} Still.</p></div></div>` +
      `</div></body></html>`;
    const thread = extractArticle(html, { ...options, url: 'https://www.example.org/forum/viewtopic.php?t=425337' }).contentText;
    expect(thread).toContain(reply);
    expect(thread).not.toMatch(/^(?:Member|275|13,539)$/m);
    const page = extractArticle(html, { ...options, url: 'https://www.example.org/blog/battery-drain' }).contentText;
    expect(page).toContain(reply);
    expect(page).toMatch(/^Member$/m);
  });
});

describe("threads: marked posts at a thread's address (session 23)", () => {
  it('reads the posts a page marks (itemprop=text) as its body at a thread address, short as they are beside other prose', () => {
    const promo =
      'Our editors test every graphics card on the market in the lab, measure noise and power draw under load, and publish the results in long reviews that compare each card with its rivals at every price. ';
    const html =
      `<html><head><title>GPU question</title></head><body><h1>GPU question</h1>` +
      `<div><div><p>${promo.repeat(3)}</p><p>${promo.repeat(2)}</p></div>` +
      `<div><div itemprop="text">Which of these two cards is faster for 1440p?</div></div>` +
      `<div><div itemprop="text">The second one, by about a fifth in most games.</div></div></div></body></html>`;
    const thread = extractArticle(html, { ...options, url: 'https://forums.example.com/threads/gpu-question.3859106/' }).contentText;
    expect(thread).toContain('Which of these two cards is faster');
    expect(thread).not.toContain('Our editors test');
  });
});

describe('threads: post frames no engine rule knows (session 24)', () => {
  const more = 'Posting the details here in case somebody with the same phone and the same carrier settings runs into it as well.';
  const also = 'The phone is on the latest firmware, and I have already cleared the system cache twice without any change.';
  const frame = (author: string, date: string, body: string, likes: number): string =>
    `<div class="zq-item"><div class="zq-card"><div>${author}</div><div>Kudos ${likes}</div></div><div class="zq-meta"><span>${date}</span></div><div class="zq-txt"><p>${body}</p><p>${more}</p><p>${also}</p></div><div class="zq-tools"><div>Copy Link to Reply</div><div>Printer Friendly Format</div></div></div>`;
  const third = 'Mine recovered after the second patch; the first one made it worse for about a week before it settled down.';
  const page = `<html><head><title>Battery drain</title></head><body><nav><a href="/">Home</a> <a href="/forum">Forum</a></nav><main><h1>Battery drain</h1><div class="zq-list">${frame('jane', '7/9/05 7:57 PM', opening, 4)}${frame('sam', '7/9/05 8:56 PM', reply, 2)}${frame('lee', '7/13/05 7:22 AM', third, 7)}</div></main><footer>© Example</footer></body></html>`;

  it("reads the posts under their poster's name, without each frame's card and buttons", () => {
    const text = extractArticle(page, { ...options, url: 'https://forum.example.org/threads/battery-drain.12/' }).contentText;
    for (const body of [opening, reply, third]) expect(text).toContain(body);
    // Under the poster's name, the post's date line of the frame (session 28: withPostHeaders).
    expect(text).toContain(`sam\n\n7/9/05 8:56 PM\n\n${reply}`);
    expect(text).not.toContain('Copy Link to Reply');
    expect(text).not.toContain('Printer Friendly Format');
    expect(text).not.toContain('Kudos');
  });

  it('leaves a page that is not at a thread address alone', () => {
    const text = extractArticle(page, { ...options, url: 'https://www.example.org/blog/battery-drain' }).contentText;
    expect(text).toContain(opening);
    expect(text).toContain('Copy Link to Reply');
  });
});

describe('threads: a thread of two posts framed alike (session 25)', () => {
  const answer = 'For more insight into the roadmap, you may want to check whether you can join the partner circle this year.';
  const frame = (n: number, author: string, date: string, body: string): string =>
    `<article class="zq-entry"><aside class="zq-author"><h3><a href="/profile/${n}">${author}</a></h3><ul><li>10 posts</li></ul></aside><div class="zq-content"><header><time datetime="2024-08-2${n}">${date}</time></header><div class="zq-post"><p>${body}</p></div><menu><li><button>Quote</button></li></menu></div></article>`;
  const page = `<html><body><main><h1>Roadmap</h1><div class="zq-feed">${frame(6, 'ron', 'August 26, 2024', opening)}${frame(7, 'paul', 'August 27, 2024', answer)}</div><div class="zq-box"><span>Updated 2024</span></div><div class="zq-box"><span>Updated 2025</span></div></main></body></html>`;
  const root = parseHtml(page).document as unknown as Element;
  const ink = (element: Element): number => rawText(element).length;

  it('finds the two frames and, in each, the element the text sits in, when asked for two', () => {
    const { posts, frames } = repeatedPosts(root, ink, 2);
    expect(frames.map((frame) => frame.attribs.class)).toEqual(['zq-entry', 'zq-entry']);
    expect(posts.map((post) => rawText(post))).toEqual([opening, answer]);
  });

  it('asks for three frames by default', () => {
    expect(repeatedPosts(root, ink).posts).toEqual([]);
  });

  // Class names with no word in them (as on an engine no rule knows): the reply's long signature makes the reply's frame the
  // body chosen, and the short opening post beside it was lost.
  const question = 'Hi, is there a roadmap for future products?';
  const lines = [
    'For more insight into the products and the roadmap, you may want to check whether you can join the partner circle.',
    'Members of the circle see the plans for the next releases a few months ahead, and they can comment on them as well.',
    'The public forum only lists the changes that have already shipped, so the circle is the place to ask about what is next.',
  ];
  const signature = [
    'Community Leader, Software Engineer and UX Designer, helping store owners with their sites since 2016.',
    'Design should be simple. Communication should be honest. I advocate for both, on behalf of everyone.',
    'Want to improve your store? I build proven solutions, including breadcrumbs, currencies, favourites and wishlists.',
    'Buying me a coffee is a generous way to say thanks for the help, and it keeps these free answers coming.',
  ];
  const paragraphs = (texts: string[]): string => texts.map((text) => `<p>${text}</p>`).join('');
  const unknownFrame = (n: number, author: string, date: string, body: string, below = ''): string =>
    `<article class="h1a2b3${n === 6 ? ' h9f8e7' : ''}"><aside class="h4c5d6"><h3><a href="/profile/${n}">${author}</a></h3><div>Silver Partner</div><ul><li><a href="/profile/${n}/content">10 posts</a></li></ul></aside><div class="h7e8f9"><header><a href="?comment=${n}"><time datetime="2024-08-2${n}">${date}</time></a></header><div class="h0a1b2"><div class="h3c4d5">${body}</div></div>${below}<menu><li><button>Quote</button></li></menu></div></article>`;
  const topics = [1, 2, 3, 4, 5, 6].map((n) => `<li><a href="/t/${n}">Another topic in this forum, number ${n}, with a long enough title</a></li>`).join('');
  const thread = `<html><head><title>Roadmap</title></head><body><nav><a href="/">Home</a> <a href="/forum">Forum</a></nav><div class="h5d6e7"><h1>Roadmap</h1><div class="h2b3c4">${unknownFrame(6, 'ron', 'August 26, 2024', `<p>${question}</p>`)}${unknownFrame(7, 'paul', 'August 27, 2024', paragraphs(lines), `<div class="h6e7f8">${paragraphs(signature)}</div>`)}</div><ul class="h8f9a0">${topics}</ul></div><footer>© Example</footer></body></html>`;

  it("reads both posts where the body chosen is one frame, without the frames' cards", () => {
    const text = extractArticle(thread, { ...options, url: 'https://forum.example.org/threads/roadmap.12/' }).contentText;
    expect(text).toContain(question);
    for (const line of lines) expect(text).toContain(line);
    expect(text).not.toContain('10 posts');
    expect(text).not.toContain('Silver Partner');
  });

  it("sets each post's date over it, as on threads of three posts or more (session 29)", () => {
    const text = extractArticle(thread, { ...options, url: 'https://forum.example.org/threads/roadmap.12/' }).contentText;
    expect(text).toContain(`August 26, 2024\n\n${question}`);
    expect(text).toContain(`August 27, 2024\n\n${lines[0]}`);
  });
});

describe('threads: a post frame whose poster card holds more than a fifth of it (session 27)', () => {
  const more = 'Posting the details here in case somebody with the same phone and the same carrier settings runs into it as well.';
  // Two columns in each frame: the poster's card of short lines (name, a long custom title, location, counts), and the post's
  // column (date, ordinal, text). The card holds about a third of the frame's text, more than the 80% walk lets the text column leave.
  const card = (author: string): string =>
    `<div class="h1c2"><h4>${author}</h4><div>Prophet of Truth that's Corrupted by Vengeance</div><div>Miami, FL</div><div>Member since March 2019</div><div>Messages 13,539</div></div>`;
  const frame = (author: string, date: string, body: string): string =>
    `<article class="h9a8"><div class="h7b6">${card(author)}<div class="h5d4"><div class="h3e2"><span>${date}</span> <span>#1</span></div><div class="h0f1"><p>${body}</p><p>${more}</p></div></div></div></article>`;
  const page = `<html><body><main><div class="h6a7">${frame('jane', 'Mar 27, 2025', opening)}${frame('sam', 'Mar 28, 2025', reply)}${frame('lee', 'Mar 29, 2025', reply.replace('older', 'newer'))}</div></main></body></html>`;
  const root = parseHtml(page).document as unknown as Element;
  const ink = (element: Element): number => rawText(element).replace(/\s+/g, ' ').length;

  it("steps into the post's column beside the card", () => {
    const { posts, frames } = repeatedPosts(root, ink);
    expect(frames).toHaveLength(3);
    expect(posts.map((post) => post.attribs.class)).toEqual(['h0f1', 'h0f1', 'h0f1']);
  });

  it('reads the thread without the cards', () => {
    const text = extractArticle(page, { ...options, url: 'https://forum.example.org/threads/battery-drain.12/' }).contentText;
    expect(text).toContain(opening);
    expect(text).toContain(reply);
    expect(text).not.toContain('Prophet of Truth');
    expect(text).not.toContain('Miami, FL');
  });

  it('does not step past a column of prose', () => {
    const prose = page.replaceAll('<div>Miami, FL</div>', `<div>${more} And a second sentence that makes it prose.</div>`);
    const { posts } = repeatedPosts(parseHtml(prose).document as unknown as Element, ink);
    expect(posts.map((post) => post.attribs.class)).not.toContain('h0f1');
  });
});

describe('threads: a thread read whole whose posts are framed alike (session 27)', () => {
  const third = 'Mine recovered after the second patch; the first one made it worse for about a week before it settled down.';
  const row = (author: string, date: string, body: string): string =>
    `<tr><td><div class="h1a"><span>${author}</span> <span>Posted ${date}</span></div><div class="h2b"><p>${body}</p><p>${body.toUpperCase()}</p></div></td></tr>`;
  const notice = 'The annual community awards results are in, thank you to everyone who took the time to vote and congratulations to the winners.';
  const latest = [1, 2, 3, 4, 5, 6, 7, 8]
    .map((n) => `<li><a href="/threads/${n}">Another thread on this board, number ${n}, about phones and their batteries</a></li>`)
    .join('');
  // No <main>, no class an engine rule knows: the table of posts holds under half the page's text, so the page was read whole.
  const page = `<html><head><title>Battery drain</title></head><body><div class="h0"><a href="/">Home</a> <a href="/boards">Boards</a> <a href="/new">New</a></div><div class="h9"><p>${notice}</p></div><h1>Battery drain</h1><table class="h3c"><tbody>${row('jane', '7/9/2025 7:57 PM', opening)}${row('sam', '7/9/2025 8:56 PM', reply)}${row('lee', '7/13/2025 7:22 AM', third)}</tbody></table><div class="h8"><h3>Latest threads</h3><ul>${latest}</ul></div></body></html>`;

  it("reads the frames' parent, not the page's notices and lists", () => {
    const text = extractArticle(page, { ...options, url: 'https://forum.example.org/boards/1-phones/123' }).contentText;
    for (const body of [opening, reply, third]) expect(text).toContain(body);
    expect(text).not.toContain('community awards');
    expect(text).not.toContain('Latest threads');
  });

  it('leaves a page that is not at a thread address alone', () => {
    const text = extractArticle(page, { ...options, url: 'https://www.example.org/blog/battery-drain' }).contentText;
    expect(text).toContain('Latest threads');
  });
});

describe("threads: the headers of posts framed alike, read from the frames' structure (session 28)", () => {
  const posts = threePosts;
  const third = threePosts[2][1];
  const page = (frame: (author: string, n: number, body: string) => string): string =>
    `<html><head><title>Battery drain</title></head><body><main><h1>Battery drain</h1><div class="h6a7">${posts.map(([author, body], n) => frame(author, n, body)).join('')}</div></main></body></html>`;
  const url = 'https://forum.example.org/threads/battery-drain.12/';
  const read = (html: string): string => extractArticle(html, { ...options, url }).contentText;

  // The card prints the poster's joined date as plain text; the post's own date is the frame's <time>.
  const timed = page(
    (author, n, body) =>
      `<article class="h9a8"><div class="h1c2"><h4><a href="/members/${author}">${author}</a></h4><div>Member</div><dl><dt>Joined</dt><dd>Oct 25, 2017</dd></dl></div><div class="h5d4"><ul><li><a href="#post-${n}"><time datetime="2025-03-2${n + 5}">Mar 2${n + 5}, 2025</time></a></li><li><a href="#post-${n}">#${n + 1}</a></li></ul><div class="h0f1"><p>${body}</p></div></div></article>`,
  );

  it("reads each post under its poster's name and the date of the frame's <time>, not the card's joined date", () => {
    const text = read(timed);
    expect(text).toContain(`jane\n\nMar 25, 2025\n\n${opening}`);
    expect(text).toContain(`sam\n\nMar 26, 2025\n\n${reply}`);
    expect(text).not.toContain('Oct 25, 2017');
  });

  it('reads the long form of a <time> that writes its date twice, whatever its classes', () => {
    const text = read(timed.replace(/(<time [^>]*>)([^<]*)(<\/time>)/g, '$1<span class="h3e">$2</span><span class="h4f">1 yr</span>$3'));
    expect(text).toContain(`jane\n\nMar 25, 2025\n\n${opening}`);
    expect(text).not.toContain('1 yr');
  });

  it('sets the date a frame writes under its post over the post', () => {
    const under = page(
      (author, n, body) =>
        `<li class="h9a8"><div class="h1c2"><h3><a href="/members/${author}">${author}</a></h3></div><div class="h5d4"><div class="h0f1"><p>${body}</p></div><div class="h2e3"><a href="#post-${n}">#${n + 1}</a> <span>${author},</span> <a href="#post-${n}"><span>May 2${n + 6}, 2025</span></a></div></div></li>`,
    );
    const text = read(under);
    expect(text).toContain(`jane\n\nMay 26, 2025\n\n${opening}`);
    expect(text).toContain(`lee\n\nMay 28, 2025\n\n${third}`);
  });

  it('sets the date of a post written the same day as a short post before it (session 31)', () => {
    const sameDay = page(
      (author, n, body) =>
        `<article class="h9a8"><div class="h1c2"><h4><a href="/members/${author}">${author}</a></h4><div>Member</div></div><div class="h5d4"><div><a href="#post-${n}"><time datetime="2024-06-14">June 14, 2024</time></a></div><div class="h0f1"><p>${body}</p></div></div></article>`,
    );
    const text = read(sameDay);
    expect(text).toContain(`jane\n\nJune 14, 2024\n\n${opening}`);
    expect(text).toContain(`sam\n\nJune 14, 2024\n\n${reply}`);
    expect(text).toContain(`lee\n\nJune 14, 2024\n\n${third}`);
  });

  it("does not read the card's line of counts with the joined date as the post's date", () => {
    const counted = page(
      (author, n, body) =>
        `<div class="h9a8"><div class="h1c2"><strong><a href="/members/${author}">${author}</a></strong><div>Posts: 116 Threads: 23 Joined: Feb 2019 Reputation: 7</div></div><div class="h5d4"><div><span>2019-02-2${n + 3}, 09:14 PM</span></div><div class="h0f1"><p>${body}</p></div></div></div>`,
    );
    const text = read(counted);
    expect(text).toContain(`jane\n\n2019-02-23, 09:14 PM\n\n${opening}`);
    expect(text).not.toContain('Joined: Feb 2019');
  });
});

describe('threads: post frames with a wrapper repeated, a signature in some frames, two posts read whole (session 29)', () => {
  const third = 'Mine recovered after the second patch; the first one made it worse for about a week before it settled down.';
  const ink = (element: Element): number => rawText(element).replace(/\s+/g, ' ').length;
  // FluxBB's frame: the post's wrapper and the row of its "Offline" line are both `div.inbox` (styled alike, hashed here).
  const fluxFrame = (n: number, author: string, date: string, body: string): string =>
    `<div class="h1p h${n}r"><h2><span>#${n}</span> <a href="?pid=${n}">${date}</a></h2><div class="h2b"><div class="h3i"><div class="h4d"><div class="h5l"><dl><dt><strong>${author}</strong></dt><dd>Member</dd><dd>Registered: 2025-11-01</dd></dl></div><div class="h6r"><h3>Re: Battery drain</h3><div class="h7m"><p>${body}</p></div></div></div></div><div class="h3i"><div class="h8f"><p><span>Offline</span></p></div></div></div></div>`;

  it('steps into the wrapper that holds the post where the frame repeats it with a row of short lines', () => {
    const page = `<html><body><div class="h0">${fluxFrame(1, 'jane', '2025-11-01 15:14:37', opening)}${fluxFrame(2, 'sam', '2025-11-02 06:23:21', reply)}${fluxFrame(3, 'lee', '2025-11-03 09:00:00', third)}</div></body></html>`;
    const { posts } = repeatedPosts(parseHtml(page).document as unknown as Element, ink);
    expect(posts.map((post) => rawText(post))).toEqual([opening, reply, third]);
  });

  // A board's page around a thread: its menu and a notice above the title, the thread's rows in one parent, a latest-topics list below.
  const menu = ['Index', 'Rules', 'Search', 'Register', 'Login'].map((label) => `<li><a href="/${label.toLowerCase()}">${label}</a></li>`).join('');
  const notice = 'The annual community awards results are in, thank you to everyone who took the time to vote and congratulations to the winners.';
  const latest = [1, 2, 3, 4, 5, 6, 7, 8]
    .map((n) => `<li><a href="/viewtopic.php?id=${n}">Another topic on this board, number ${n}, about phones and batteries</a></li>`)
    .join('');
  const boardPage = (rows: string): string =>
    `<html><head><title>Battery drain</title></head><body><div class="h0"><ul>${menu}</ul></div><div class="h9"><p>${notice}</p></div><h1>Battery drain</h1><div class="hm">${rows}</div><div class="h8"><h3>Latest topics</h3><ul>${latest}</ul></div></body></html>`;

  it("reads a thread of two posts read whole as its frames' parent, without the board's menus", () => {
    const page = boardPage(fluxFrame(1, 'jane', '2025-11-01 15:14:37', `${opening} ${third}`) + fluxFrame(2, 'sam', '2025-11-02 06:23:21', reply));
    const text = extractArticle(page, { ...options, url: 'https://bbs.example.org/viewtopic.php?id=12' }).contentText;
    expect(text).toContain(opening);
    expect(text).toContain(reply);
    expect(text).not.toContain('community awards');
    expect(text).not.toContain('Latest topics');
  });

  it("leaves out the rows of short lines the frames' parent holds above and below the posts (session 32)", () => {
    // The board's breadcrumb trail and pager, in a row of the frames' parent written above the posts and again below them.
    const crumbs = `<div class="hk"><div class="hj"><ul class="hc"><li><a href="/index.php">Index</a></li><li><span>»&#160;</span><a href="/viewforum.php?id=1">Phones</a></li><li><span>»&#160;</span><strong><a href="?id=12">Battery drain</a></strong></li></ul><div class="hg"><p class="hp"><span>Pages: </span><strong>1</strong></p></div><div class="hx"></div></div></div>`;
    const page = boardPage(
      crumbs + fluxFrame(1, 'jane', '2025-11-01 15:14:37', `${opening} ${third}`) + fluxFrame(2, 'sam', '2025-11-02 06:23:21', reply) + crumbs,
    );
    const text = extractArticle(page, { ...options, url: 'https://bbs.example.org/viewtopic.php?id=12' }).contentText;
    expect(text).toContain(opening);
    expect(text).toContain(reply);
    expect(text).not.toContain('Pages:');
    expect(text).not.toContain('Phones');
  });

  it("steps past a signature some frames have after the post's text, and not past prose every frame has", () => {
    const signature = [
      'Community Leader, Software Engineer and UX Designer, helping store owners with their sites since 2016.',
      'Design should be simple. Communication should be honest. I advocate for both, on behalf of everyone.',
      'Want to improve your store? I build proven solutions, including breadcrumbs, currencies, favourites and wishlists.',
    ];
    const frame = (n: number, date: string, body: string, below: string): string =>
      `<article class="ha1"><aside class="ha2"><h3>poster${n}</h3></aside><div class="ha3"><div class="ha4"><time>${date}</time></div><div class="ha5"><p>${body}</p></div>${below}</div></article>`;
    const sig = `<div class="ha6">${signature.map((line) => `<p>${line}</p>`).join('')}</div>`;
    const page = (below: string): string =>
      `<html><body><div class="h0">${frame(1, 'August 26, 2024', opening, '')}${frame(2, 'August 27, 2024', reply, sig)}${frame(3, 'August 28, 2024', third, below)}</div></body></html>`;
    const posts = (html: string): string[] => repeatedPosts(parseHtml(html).document as unknown as Element, ink).posts.map((post) => rawText(post));
    expect(posts(page(''))).toEqual([opening, reply, third]);
    // Every frame with its part after the text: the part is the frames' own (a second column of prose), not a signature.
    const everyFrame = `<html><body><div class="h0">${frame(1, 'August 26, 2024', opening, sig)}${frame(2, 'August 27, 2024', reply, sig)}${frame(3, 'August 28, 2024', third, sig)}</div></body></html>`;
    expect(posts(everyFrame)).not.toContain(opening);
  });

  it("drops a signature's long lines after the post's text, and keeps the posts", () => {
    const long =
      'Tip of the week: be cautious with copy-paste snippets, they are likely to stop working within a few months, and for anything business-critical buy actively maintained plugins that are supported through a subscription.';
    const frame = (n: number, date: string, body: string, below: string): string =>
      `<article class="ha1"><aside class="ha2"><h3>poster${n}</h3></aside><div class="ha3"><div class="ha4"><time>${date}</time></div><div class="ha5"><p>${body}</p></div>${below}</div></article>`;
    const sig = `<div class="ha6"><p>Community Leader and Software Engineer</p><p>${long}</p></div>`;
    const page = `<html><body><main><h1>Battery drain</h1><div class="h0">${frame(1, 'August 26, 2024', opening, '')}${frame(2, 'August 27, 2024', reply, sig)}${frame(3, 'August 28, 2024', third, '')}</div></main></body></html>`;
    const text = extractArticle(page, { ...options, url: 'https://forum.example.org/threads/battery-drain.12/' }).contentText;
    for (const body of [opening, reply, third]) expect(text).toContain(body);
    expect(text).not.toContain('Tip of the week');
  });

  it("drops a signature's paragraph broken into lines by <br> after the post's text (session 32)", () => {
    const frame = (n: number, date: string, body: string, below: string): string =>
      `<article class="ha1"><aside class="ha2"><h3>poster${n}<br>Member</h3></aside><div class="ha3"><div class="ha4"><time>${date}</time></div><div class="ha5"><p>${body}</p></div>${below}</div></article>`;
    const sig = `<div class="ha6"><p>⭐ Community Leader ⭐ Software Engineer ⭐<br>Design should be simple. Communication should be honest.<br>Want to improve your store? I build proven solutions including:<br>✦ <a href="https://example.net/a">Breadcrumbs</a> ✦ <a href="https://example.net/b">Wishlist</a> ✦</p></div>`;
    const page = `<html><body><main><h1>Battery drain</h1><div class="h0">${frame(1, 'August 26, 2024', opening, '')}${frame(2, 'August 27, 2024', reply, sig)}${frame(3, 'August 28, 2024', third, '')}</div></main></body></html>`;
    const text = extractArticle(page, { ...options, url: 'https://forum.example.org/threads/battery-drain.12/' }).contentText;
    for (const body of [opening, reply, third]) expect(text).toContain(body);
    for (const line of ['Community Leader', 'Design should be simple', 'proven solutions', 'Wishlist']) expect(text).not.toContain(line);
  });
});

describe("threads: a default avatar's initial is not the poster's name (session 33)", () => {
  const posts = threePosts;
  const third = threePosts[2][1];
  const url = 'https://forum.example.org/threads/battery-drain.12/';
  // No picture set: the card shows the poster's initial in a coloured circle before the name.
  const html = `<html><head><title>Battery drain</title></head><body><main><h1>Battery drain</h1><div class="h6a7">${posts
    .map(
      ([author, body], n) =>
        `<article class="h9a8"><div class="h1c2"><a href="/members/${author}" class="h2b"><span class="h3c" role="img" aria-label="${author}">${author[0]!.toUpperCase()}</span></a><h4><a href="/members/${author}">${author}</a></h4><div>Member</div></div><div class="h5d4"><div><a href="#post-${n}"><time datetime="2025-03-2${n + 5}">Mar 2${n + 5}, 2025</time></a></div><div class="h0f1"><p>${body}</p></div></div></article>`,
    )
    .join('')}</div></main></body></html>`;

  it("reads each post under its poster's name, not the avatar's letter", () => {
    const text = extractArticle(html, { ...options, url }).contentText;
    expect(text).toContain(`jane\n\nMar 25, 2025\n\n${opening}`);
    expect(text).toContain(`lee\n\nMar 27, 2025\n\n${third}`);
    expect(text.split('\n')).not.toContain('J');
  });
});
