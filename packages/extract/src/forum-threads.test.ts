import { describe, expect, it } from 'vitest';
import { probes } from './__fixtures__/forum-engine-probes.ts';
import { read } from './__fixtures__/probe-kit.ts';

// Session 22 forums pass: thread pages of link aggregators' engines (Lemmy, old Reddit), written by hand from their templates'
// markup with the chrome they carry, checked for what their dev golds keep.
const post = (n: number): string =>
  `Comment ${n} answers the question with some detail, a few commas and a full stop. It also adds a second sentence so the comment is long enough to count as text.`;
const T = 'Which soldering iron should a beginner buy';

/** A Lemmy (lemmy-ui) comment: the poster's shown name and instance, vote count and relative time, then the Markdown in `div.md-div`. */
const lemmyComment = (n: number, who: string, replies = ''): string =>
  `<li class="comment list-unstyled"><article class="details comment-node py-2 border-top border-light" id="comment-${n}"><div class="ms-2">` +
  '<div class="d-flex flex-wrap align-items-center text-muted small"><button class="btn btn-sm btn-link text-muted me-2" aria-label="Collapse">−</button>' +
  `<a class="person-listing d-inline-flex align-items-baseline text-info" title="${who}" href="/u/${who}@lemmy.example"><span>${who}</span><small class="text-muted">@lemmy.example</small></a>` +
  '<span class="badge text-bg-light d-none d-sm-inline me-2">English</span><span class="unselectable"><span aria-label="12 Upvotes">12</span></span>' +
  '<span><span class="moment-time pointer unselectable">1 year ago</span></span></div>' +
  `<div class="comment-content"><div class="md-div"><p dir="auto">${post(n)}</p></div></div>` +
  '<div class="comment-bottom-btns d-flex"><button class="btn btn-link btn-animate text-muted btn-sm">Reply</button></div></div></article>' +
  (replies === '' ? '' : `<ul class="comments ms-1 border-top border-light">${replies}</ul>`) +
  '</li>';
const lemmy =
  `<html><head><title>${T} - Lemmy</title><meta property="og:type" content="website"><meta property="og:title" content="${T}"></head><body><div id="root"><div class="post container-lg"><div class="row"><div class="col-12 col-md-8">` +
  '<div class="post-listing mt-2"><div class="small mb-1 mb-md-0"><a class="person-listing d-inline-flex align-items-baseline text-info" title="solderer" href="/u/solderer"><span>solderer</span></a> to <a class="community-link" href="/c/electronics"><span>Electronics</span></a> · <span class="moment-time">1 year ago</span></div>' +
  `<div class="post-title"><h1 class="h5 d-inline text-break">${T}</h1></div>` +
  `<article id="postContent" class="col-12 card my-2 p-2"><div class="md-div"><p dir="auto">I am starting out with small kits and want an iron that lasts. Budget is modest, and I would rather buy once than twice.</p></div></article></div>` +
  `<ul class="comments border-top border-light">${lemmyComment(1, 'ohm', lemmyComment(2, 'farad'))}${lemmyComment(3, 'henry')}</ul></div>` +
  '<aside class="d-none d-md-block col-md-4"><div class="community-sidebar"><section class="card" id="sidebarInfo"><div class="card-body"><div class="md-div"><p>Rules: be kind, no spam, no affiliate links. Posts must be about electronics, circuits, or tools.</p></div></div></section></div></aside>' +
  '</div></div></div></body></html>';

describe('forum threads: Lemmy', () => {
  it("reads the post and every comment with its poster's name, not the sidebar or the comment chrome", () => {
    const r = read(lemmy, 'https://lemmy.example/post/123');
    expect(r.contentText).toContain('I am starting out with small kits');
    for (const n of [1, 2, 3]) expect(r.contentText).toContain(post(n));
    expect(r.blocks[0]).toBe('solderer');
    expect(r.blocks.indexOf('ohm')).toBe(r.blocks.indexOf(post(1)) - 1);
    expect(r.blocks.indexOf('henry')).toBe(r.blocks.indexOf(post(3)) - 1);
    for (const chrome of ['@lemmy.example', 'Rules: be kind', '1 year ago', 'Upvotes']) expect(r.contentText).not.toContain(chrome);
  });
});

/** An old Reddit comment: the tagline (toggle, author, flags, three scores of which the stylesheet shows one, age, reply count), the text, the buttons. */
const redditComment = (n: number, who: string, extra = '', children = ''): string =>
  `<div class=" thing id-t1_c${n} ${extra} noncollapsed   comment " id="thing_t1_c${n}" data-type="comment" data-author="${who}"><p class="parent"><a name="c${n}"></a></p>` +
  '<div class="midcol unvoted"><div class="arrow up login-required" role="button" aria-label="upvote"></div><div class="arrow down login-required" role="button" aria-label="downvote"></div></div>' +
  '<div class="entry unvoted"><p class="tagline"><a href="javascript:void(0)" class="expand">[–]</a>' +
  `<a href="https://old.reddit.com/user/${who}" class="author may-blank">${who}</a><span class="userattrs">${extra.includes('stickied') ? '[<a class="moderator" href="#">M</a>]' : ''}</span> ` +
  `<span class="score dislikes" title="${10 * n}">${10 * n} points</span><span class="score unvoted" title="${10 * n + 1}">${10 * n + 1} points</span><span class="score likes" title="${10 * n + 2}">${10 * n + 2} points</span> ` +
  `<time title="Wed Mar 4 19:34:47 2026 UTC" datetime="2026-03-04T19:34:47+00:00" class="live-timestamp">9 hours ago</time>&nbsp;<a href="javascript:void(0)" class="numchildren">(1 child)</a></p>` +
  `<form action="#" class="usertext warn-on-unload"><input type="hidden" name="thing_id" value="t1_c${n}"><div class="usertext-body may-blank-within md-container "><div class="md"><p>${extra.includes('stickied') ? 'Welcome to r/electronics! Please read the rules before commenting here. Comments that break them will be removed by the moderators.' : post(n)}</p></div></div></form>` +
  '<ul class="flat-list buttons"><li class="first"><a href="#" class="bylink">permalink</a></li><li><a href="#">embed</a></li><li class="comment-save-button save-button"><a href="#">save</a></li><li class="report-button"><a href="#">report</a></li><li class="reply-button"><a href="#">reply</a></li></ul></div>' +
  `<div class="child">${children === '' ? '' : `<div class="sitetable listing">${children}</div>`}</div><div class="clearleft"></div></div><div class="clearleft"></div>`;
const redditPage = (selftext: string): string =>
  `<html><head><title>${T} : r/electronics</title><meta property="og:title" content="${T}"></head><body class="single-page comments-page">` +
  '<div id="header" role="banner"><a href="/">reddit</a> <a href="/r/electronics">electronics</a></div>' +
  '<div class="side"><div class="spacer"><div class="titlebox"><h1 class="hover redditname"><a href="/r/electronics">electronics</a></h1><span class="subscribers"><span class="number">1,234,567</span> readers</span>' +
  '<form action="#" class="usertext warn-on-unload"><div class="usertext-body may-blank-within md-container "><div class="md"><h2>Rules</h2><ol><li>Be civil to other posters, whatever their experience with electronics.</li><li>No self-promotion, no advertising and no referral links of any kind.</li><li>Ask for help with circuits in the weekly thread, not in new posts.</li></ol></div></div></form></div></div></div>' +
  '<div class="content" role="main"><section class="infobar listingsignupbar"><a href="/login" class="login-required listingsignupbar__container"><h2 class="listingsignupbar__title">Welcome to Reddit,</h2><p class="listingsignupbar__desc">the front page of the internet.</p></a></section>' +
  '<div id="siteTable" class="sitetable linklisting"><div class=" thing id-t3_abc odd  link self" id="thing_t3_abc" data-type="link">' +
  '<div class="midcol unvoted"><div class="score dislikes" title="99">99</div><div class="score unvoted" title="100">100</div><div class="score likes" title="101">101</div></div>' +
  `<div class="entry unvoted"><div class="top-matter"><p class="title"><a class="title may-blank" href="/r/electronics/comments/abc/">${T}</a> <span class="domain">(self.electronics)</span></p>` +
  '<p class="tagline ">submitted <time datetime="2026-03-04T18:58:32+00:00" class="live-timestamp">10 hours ago</time> by <a href="https://old.reddit.com/user/solderer" class="author may-blank">solderer</a><span class="userattrs"></span></p>' +
  `<ul class="flat-list buttons"><li class="first"><a href="#" class="bylink comments">4 comments</a></li><li class="share"><a href="#">share</a></li><li><a href="#">save</a></li><li><a href="#">hide</a></li><li><a href="#">report</a></li></ul></div>` +
  (selftext === ''
    ? ''
    : `<div class="expando"><form action="#" class="usertext warn-on-unload"><div class="usertext-body may-blank-within md-container "><div class="md"><p>${selftext}</p></div></div></form></div>`) +
  '</div><div class="child"></div><div class="clearleft"></div></div></div>' +
  '<div class="commentarea"><div class="panestack-title"><span class="title">all 4 comments</span></div><div class="menuarea"><div class="spacer"><span class="dropdown-title lightdrop">sorted by: </span><div class="dropdown lightdrop"><span class="selected">best</span></div></div></div>' +
  '<section class="infobar commentsignupbar"><div class="commentsignupbar__container"><h2 class="commentsignupbar__title">Want to add to the discussion?</h2><p class="commentsignupbar__desc">Post a comment!</p></div></section>' +
  `<div id="siteTable_t3_abc" class="sitetable nestedlisting">${redditComment(9, 'AutoModerator', 'stickied')}${redditComment(1, 'ohm', '', redditComment(2, 'farad'))}${redditComment(3, 'henry')}</div></div></div>` +
  '<div class="footer-parent"><div class="footer"><a href="/help">help</a> <a href="/wiki">reddiquette</a></div></div></body></html>';

describe('forum threads: old Reddit', () => {
  it("reads each comment under its poster's name and shown score, without the hidden scores, the age, the buttons or the sidebar", () => {
    const r = read(redditPage(''), 'https://old.reddit.com/r/electronics/comments/abc/which_soldering_iron/');
    for (const n of [1, 2, 3]) expect(r.contentText).toContain(post(n));
    expect(r.blocks).toContain('ohm 11 points');
    expect(r.blocks).toContain('henry 31 points');
    for (const chrome of [
      '[–]',
      '10 points',
      '12 points',
      '32 points',
      'hours ago',
      '(1 child)',
      'permalink',
      'sorted by',
      'all 4 comments',
      'Want to add',
      'Be civil',
      'Welcome to',
    ])
      expect(r.contentText).not.toContain(chrome);
  });

  it("leaves out the moderators' stickied comment", () => {
    const r = read(redditPage(''), 'https://old.reddit.com/r/electronics/comments/abc/which_soldering_iron/');
    expect(r.contentText).not.toContain('Welcome to r/electronics');
    expect(r.contentText).not.toContain('AutoModerator');
  });

  it("keeps a self post's own text above the comments", () => {
    const selftext =
      'I am starting out with small kits and want an iron that lasts. Budget is modest, and I would rather buy once than twice, so what should I get?';
    const r = read(redditPage(selftext), 'https://old.reddit.com/r/electronics/comments/abc/which_soldering_iron/');
    expect(r.contentText).toContain(selftext);
    for (const n of [1, 2, 3]) expect(r.contentText).toContain(post(n));
  });
});

/** A Quora answer: the first lines cut off under "Continue Reading", then the whole answer in a sibling its stylesheet hides. */
const quoraAnswer = (n: number, who: string): string =>
  `<div class="q-box dom_annotate_question_answer_item_${n}"><div class="q-flex"><a class="q-box qu-cursor--pointer" href="/profile/${who}"><span class="q-text qu-bold">${who}</span></a>` +
  `<span class="q-text qu-color--gray">Author has 1.2K answers and 3.4M answer views</span><a class="q-box answer_timestamp" href="/answer/${n}">1y</a></div>` +
  '<div class="q-box spacing_log_answer_content"><div class="q-box" style="max-width: 100%;">' +
  `<div class="q-box qu-cursor--pointer b1waa02m"><div class="q-relative"><div class="q-box qu-overflow--hidden" style="max-height: 300px;"><div class="q-text"><span class="q-box qu-userSelect--text"><p class="q-text qu-display--block">${post(n)}</p></span></div>` +
  '<div class="q-absolute qu-textAlign--center"><button class="q-click-wrapper puppeteer_test_read_more_button"><div class="q-text">Continue Reading</div></button></div></div></div></div>' +
  `<div class="q-box qu-display--none"><div class="q-text"><span class="q-box qu-userSelect--text"><p class="q-text qu-display--block">${post(n)}</p><p class="q-text qu-display--block">Answer ${n} goes on past the cut with a second paragraph, which only the whole copy holds. It ends the answer.</p></span></div></div>` +
  '</div></div></div>';
const quora =
  `<html><head><title>${T}? - Quora</title><meta property="og:title" content="${T}?"></head><body><div id="root"><div class="q-box qu-px--medium"><div class="q-text puppeteer_test_question_title"><span>${T}?</span></div>` +
  `${quoraAnswer(1, 'Ada Ohm')}${quoraAnswer(2, 'Ben Farad')}${quoraAnswer(3, 'Cy Henry')}</div></div></body></html>`;

describe('forum threads: Quora', () => {
  it('reads each answer once, whole, and not its cut-off preview', () => {
    const r = read(quora, 'https://www.quora.com/Which-soldering-iron-should-a-beginner-buy');
    for (const n of [1, 2, 3]) {
      expect(r.blocks.filter((b) => b === post(n))).toHaveLength(1);
      expect(r.contentText).toContain(`Answer ${n} goes on past the cut`);
    }
    expect(r.contentText).not.toContain('Continue Reading');
  });
});

/** A XenForo 2 post as themes without microdata write it: the user cell, the attribution header, the text in `article.message-body.js-selectToQuote`. */
const xfPost = (n: number, who: string, text: string): string =>
  `<article class="message message--post js-post js-inlineModContainer" data-author="${who}" data-content="post-${n}" id="js-post-${n}"><div class="message-inner">` +
  `<div class="message-cell message-cell--user"><section class="message-user"><div class="message-userDetails"><h4 class="message-name"><a href="/members/${who}.${n}/" class="username">${who}</a></h4><h5 class="userTitle message-userTitle">Member</h5></div>` +
  '<div class="message-userExtras"><dl class="pairs pairs--justified"><dt>Joined</dt><dd>Oct 25, 2017</dd></dl><dl class="pairs pairs--justified"><dt>Messages</dt><dd>1,234</dd></dl></div></section></div>' +
  '<div class="message-cell message-cell--main"><div class="message-main js-quickEditTarget"><header class="message-attribution message-attribution--split"><ul class="message-attribution-main listInline">' +
  `<li class="u-concealed"><a href="/threads/t.1/post-${n}" rel="nofollow"><time class="u-dt" dir="auto" datetime="2025-03-27T10:00:00-0400" data-date-string="Mar 27, 2025" title="Mar 27, 2025 at 10:00 AM">Mar 27, 2025</time></a></li></ul>` +
  `<ul class="message-attribution-opposite listInline"><li><a href="/threads/t.1/post-${n}" class="message-attribution-gadget" aria-label="Share"><i class="fa--xf fa-share-alt" aria-hidden="true"></i></a></li><li><a href="/threads/t.1/post-${n}" rel="nofollow">#${n}</a></li></ul></header>` +
  `<div class="message-content js-messageContent"><div class="message-userContent lbContainer js-lbContainer" data-lb-id="post-${n}"><article class="message-body js-selectToQuote"><div class="bbWrapper">${text}</div><div class="js-selectToQuoteEnd">&nbsp;</div></article></div></div>` +
  '<footer class="message-footer"><div class="message-actionBar actionBar"><div class="actionBar-set actionBar-set--external"><a href="#" class="actionBar-action actionBar-action--reply">Reply</a></div></div></footer></div></div></div></article>';
const xenforo =
  `<html><head><title>${T} | Example Forum</title><meta property="og:title" content="${T}"></head><body data-template="thread_view"><div class="p-pageWrapper"><div class="p-body"><div class="p-body-header"><h1 class="p-title-value">${T}</h1></div>` +
  `<div class="block block--messages"><div class="block-body js-replyNewMessageContainer">${xfPost(1, 'solderer', post(1))}${xfPost(2, 'ohm', 'Friends?')}${xfPost(3, 'farad', post(3))}</div></div>` +
  '</div><footer class="p-footer"><div class="p-footer-copyright">Community platform by XenForo® © 2010-2025 XenForo Ltd.</div></footer></div></body></html>';

describe('forum threads: XenForo 2 without microdata', () => {
  it('reads each post, short ones too, under its poster and date, without the user card or the action bar', () => {
    const r = read(xenforo, 'https://forum.example.org/threads/t.1/');
    expect(r.blocks.slice(0, 3)).toEqual(['solderer', 'Mar 27, 2025', post(1)]);
    expect(r.blocks.slice(r.blocks.indexOf('ohm'), r.blocks.indexOf('ohm') + 3)).toEqual(['ohm', 'Mar 27, 2025', 'Friends?']);
    expect(r.contentText).toContain(post(3));
    for (const chrome of ['Joined', 'Messages', 'Member', '#2', 'XenForo Ltd']) expect(r.contentText).not.toContain(chrome);
  });
});

describe('forum threads: Invision Community 4 quotes', () => {
  it('leaves out the "Expand" link its script writes under a quote it cuts short', () => {
    const quote =
      '<blockquote class="ipsQuote" data-ipsquote=""><div class="ipsQuote_citation ipsQuote_open"><a href="#" data-action="toggleQuote" aria-label="Toggle Quote">&nbsp;</a></div>' +
      '<div class="ipsQuote_contents ipsClearfix ipsTruncate" data-ipstruncate="true" data-ipstruncate-expandtext="Expand"><p>The quoted lines of an earlier post stand here, cut to a few lines by the script until a reader opens them.</p></div>' +
      '<a class="ipsTruncate_more" data-action="expandTruncate"><span>Expand &nbsp;<i class="fa fa-caret-down"></i></span></a></blockquote>';
    const probe = probes.invision4!;
    const html = probe.html.replace('data-controller="core.front.core.lightboxedImages">', `data-controller="core.front.core.lightboxedImages">${quote}`);
    expect(html).not.toBe(probe.html);
    const r = read(html, probe.url);
    expect(r.contentText).toContain('The quoted lines of an earlier post stand here');
    expect(r.blocks).not.toContain('Expand');
  });
});

/** A new Reddit (shreddit) post page: the community and poster over the post's title, then the post's text or, for a link post, the linked site. */
const shreddit = (type: 'link' | 'text', body: string): string =>
  `<html><head><title>${T} : r/electronics</title><meta property="og:title" content="${T}"></head><body><shreddit-app><div class="main-container"><main class="main w-full">` +
  `<shreddit-post post-title="${T}" post-type="${type}" domain="${type === 'link' ? 'example.com' : 'self.electronics'}" author="solderer" subreddit-prefixed-name="r/electronics">` +
  '<div slot="credit-bar"><span><a href="/r/electronics/"><faceplate-screen-reader-content>Go to electronics</faceplate-screen-reader-content></a><a href="/r/electronics/">r/electronics</a></span> <a href="/user/solderer/">solderer</a></div>' +
  `<h1 slot="title" class="font-bold text-18">${T}</h1>` +
  (type === 'link'
    ? '<a slot="post-media-container" href="https://example.com/irons">example.com</a>'
    : `<div slot="text-body"><div class="md"><p>${body}</p></div></div>`) +
  '</shreddit-post></main></div></shreddit-app></body></html>';

describe('forum threads: new Reddit', () => {
  it("keeps a link post's title, the post itself, and leaves out text for screen readers", () => {
    const r = read(shreddit('link', ''), 'https://www.reddit.com/r/electronics/comments/abc/which_soldering_iron/');
    expect(r.blocks).toContain(T);
    expect(r.contentText).not.toContain('Go to electronics');
  });

  it("drops a text post's title from its body as any page's", () => {
    const body = 'I am starting out with small kits and want an iron that lasts. Budget is modest, and I would rather buy once than twice.';
    const r = read(shreddit('text', body), 'https://www.reddit.com/r/electronics/comments/abc/which_soldering_iron/');
    expect(r.contentText).toContain(body);
    expect(r.blocks).not.toContain(T);
  });
});

// Session 25 forum2 pass: Hacker News' item page (Arc's `news` template) and GitHub's issue page, written from their markup.
const ASK = 'I put my laptop to sleep and on resume the fan spins at full speed until I reboot. Has anyone else seen this, and is there a fix?';

/** A Hacker News comment row: indent cell, vote arrow, `span.comhead` (poster, age, navigation), then `div.commtext` and the reply link. */
const hnComment = (n: number, indent: number): string =>
  `<tr class="athing comtr" id="${100 + n}"><td><table border="0"><tr><td class="ind" indent="${indent}"><img src="s.gif" height="1" width="${indent * 40}"></td>` +
  `<td valign="top" class="votelinks"><center><a id="up_${100 + n}" href="vote?id=${100 + n}&how=up"><div class="votearrow" title="upvote"></div></a></center></td>` +
  `<td class="default"><div style="margin-top:2px; margin-bottom:-10px;"><span class="comhead"><a href="user?id=u${n}" class="hnuser">u${n}</a> <span class="age" title="2024-01-02T03:04:05 1704164645"><a href="item?id=${100 + n}">3 hours ago</a></span> <span id="unv_${100 + n}"></span><span class="navs"> | <a href="#${101 + n}" class="clicky">next</a> <a class="togg clicky" href="javascript:void(0)">[–]</a></span></span></div><br>` +
  `<div class="comment"><div class="commtext c00">${post(n)}<p>${post(n + 10)}</div><div class="reply"><p><font size="1"><u><a href="reply?id=${100 + n}">reply</a></u></font></p></div></div></td></tr></table></td></tr>`;
/** A Hacker News "Ask HN" item: the orange bar, the post's title row and subtext, its own text (`div.toptext`), the comment form, the comment tree, the footer links. */
const hackerNews =
  `<html lang="en" op="item"><head><title>${T} | Hacker News</title></head><body><center><table id="hnmain" border="0" cellpadding="0" cellspacing="0" width="85%" bgcolor="#f6f6ef">` +
  '<tr><td bgcolor="#ff6600"><table border="0" width="100%"><tr><td><span class="pagetop"><b class="hnname"><a href="news">Hacker News</a></b><a href="newest">new</a> | <a href="front">past</a> | <a href="newcomments">comments</a> | <a href="ask">ask</a> | <a href="submit">submit</a></span></td><td><span class="pagetop"><a href="login">login</a></span></td></tr></table></td></tr>' +
  `<tr id="pagespace" title="${T}" style="height:10px"></tr><tr><td><table class="fatitem" border="0"><tr class="athing submission" id="1"><td class="title"><span class="rank"></span></td><td class="votelinks"></td><td class="title"><span class="titleline"><a href="item?id=1">Ask HN: ${T}</a></span></td></tr>` +
  '<tr><td colspan="2"></td><td class="subtext"><span class="subline"><span class="score" id="score_1">120 points</span> by <a href="user?id=op" class="hnuser">op</a> <span class="age" title="2024-01-02T01:04:05 1704157445"><a href="item?id=1">5 hours ago</a></span> | <a href="hide?id=1">hide</a> | <a href="fave?id=1">favorite</a> | <a href="item?id=1">45&nbsp;comments</a></span></td></tr>' +
  `<tr><td colspan="2"></td><td><div class="toptext">${ASK}</div></td></tr><tr><td colspan="2"></td><td><form action="comment" method="post"><textarea name="text" cols="80" rows="8"></textarea><br><input type="submit" value="add comment"></form></td></tr></table><br>` +
  `<table border="0" class="comment-tree">${hnComment(1, 0)}${hnComment(2, 1)}${hnComment(3, 0)}${hnComment(4, 1)}</table><br></td></tr>` +
  '<tr><td><center><span class="yclinks"><a href="newsguidelines.html">Guidelines</a> | <a href="newsfaq.html">FAQ</a> | <a href="lists">Lists</a> | <a href="security.html">Security</a> | <a href="mailto:hn@ycombinator.com">Contact</a></span></center></td></tr></table></center></body></html>';

describe('forum threads: Hacker News', () => {
  it("reads an Ask HN post's own text above its comments, each comment whole, and none of the chrome", () => {
    const r = read(hackerNews, 'https://news.ycombinator.com/item?id=1');
    expect(r.blocks[0]).toBe(ASK);
    for (const n of [1, 2, 3, 4]) {
      expect(r.blocks).toContain(post(n));
      expect(r.blocks).toContain(post(n + 10));
    }
    expect(r.contentText).not.toMatch(/\breply\b|Guidelines|add comment|points/);
  });

  it('dates the item by its subtext\'s `span.age` title (the exact UTC time behind "5 hours ago"), not a listing by its first row\'s', () => {
    expect(read(hackerNews, 'https://news.ycombinator.com/item?id=1').publishedAt).toBe('2024-01-02T01:04:05.000Z');
    // The same subtext row outside the item's own table: a front page's or /newest's story row.
    const listing = hackerNews.replace('class="fatitem"', 'class="itemlist"');
    expect(read(listing, 'https://news.ycombinator.com/newest').publishedAt).not.toBe('2024-01-02T01:04:05.000Z');
  });
});

/** A GitHub issue's comment: avatar, `timeline-comment` with its header (poster, "commented", time), `td.js-comment-body`, reactions. */
const ghComment = (n: number): string =>
  `<div class="TimelineItem js-comment-container"><div class="avatar-parent-child TimelineItem-avatar"><a href="/u${n}"><img class="avatar" src="a.png" alt="@u${n}"></a></div>` +
  `<div class="timeline-comment-group js-minimizable-comment-group TimelineItem-body my-0" id="issuecomment-${n}"><div class="ml-n3 timeline-comment unminimized-comment comment previewable-edit js-comment timeline-comment--caret">` +
  `<div class="timeline-comment-header clearfix d-flex"><h3 class="f5 text-normal"><strong><a class="author Link--primary text-bold" href="/u${n}">u${n}</a></strong> commented <a href="#issuecomment-${n}" class="Link--secondary js-timestamp"><relative-time datetime="2024-01-0${n}T03:04:05Z">Jan ${n}, 2024</relative-time></a></h3></div>` +
  `<div class="edit-comment-hide"><task-lists disabled sortable><table class="d-block user-select-contain"><tbody class="d-block"><tr class="d-block"><td class="d-block comment-body markdown-body js-comment-body"><p dir="auto">${post(n)}</p></td></tr></tbody></table></task-lists></div>` +
  '<div class="comment-reactions flex-items-center border-top js-reactions-container"><button class="social-reaction-summary-item btn-link" aria-label="3 people reacted with thumbs up">👍 3</button></div></div></div></div>';
/** A GitHub issue page as served to a signed-out reader: repository header, issue header, the timeline, the sign-up prompt under it, the sidebar. */
const githubIssue =
  `<html><head><title>${T} · Issue #123 · example/irons · GitHub</title><meta property="og:title" content="${T} · Issue #123 · example/irons"></head><body><header class="AppHeader"><nav>Product Solutions Pricing Sign in Sign up</nav></header><main>` +
  `<div id="partial-discussion-header" class="gh-header mb-3"><h1 class="gh-header-title"><bdi class="js-issue-title markdown-title">${T}</bdi> <span class="f1-light color-fg-muted">#123</span></h1><div class="gh-header-meta"><span class="State State--open">Open</span> <a class="author Link--secondary text-bold" href="/u1">u1</a> opened this issue on Jan 1, 2024 · 3 comments</div></div>` +
  `<div id="discussion_bucket" class="pull-discussion-timeline"><div class="Layout"><div class="Layout-main"><div class="js-discussion js-socket-channel">${[1, 2, 3, 4].map(ghComment).join('')}</div>` +
  '<div class="discussion-timeline-actions"><div class="flash flash-warn mt-3">Sign up for free to join this conversation on GitHub. Already have an account? Sign in to comment</div></div></div>' +
  '<div class="Layout-sidebar"><div class="discussion-sidebar-item"><div class="discussion-sidebar-heading">Assignees</div>No one assigned</div></div></div></div></main><footer><p>© 2024 GitHub, Inc. Terms Privacy Security Status Docs</p></footer></body></html>';

describe('forum threads: GitHub issues', () => {
  it('reads every comment of the timeline and not the sign-up prompt under it', () => {
    const r = read(githubIssue, 'https://github.com/example/irons/issues/123');
    for (const n of [1, 2, 3, 4]) expect(r.blocks).toContain(post(n));
    expect(r.contentText).not.toContain('join this conversation');
  });
});

// Session 26 forumdocs pass: a Khoros (Lithium) community thread, written by hand from its `lia-` template: the breadcrumb ending in the
// thread's title, the pager's "Previous Topic" / "Next Topic", and per message the poster's card, date, option menu, subject, body
// (`itemprop=text`), kudos and position ("Message 2 of 4").
describe('forum threads: Khoros', () => {
  const T = 'How do I replace the fan in my laptop';
  const WHO = ['fanman', 'helper42', 'oldtimer', 'quietpc'];
  const msg = (i: number, who: string): string =>
    `<div class="lia-message-view-wrapper lia-js-data-messageUid-${100 + i} lia-component-forums-widget-message-view-two" data-lia-message-uid="${100 + i}" id="M${i}">` +
    `<div class="MessageView lia-message-view-forum-message lia-message-view-display lia-row-standard-unread ${i === 1 ? 'lia-thread-topic' : 'lia-thread-reply'}"><span id="U${100 + i}"></span>` +
    `<div class="lia-quilt lia-quilt-forum-message lia-quilt-layout-forum-message"><div class="lia-quilt-row lia-quilt-row-header"><div class="lia-quilt-column lia-quilt-column-16 lia-quilt-column-left lia-quilt-column-header-left"><div class="lia-quilt-column-alley lia-quilt-column-alley-left">` +
    `<div class="lia-message-author-avatar lia-component-author-avatar lia-component-message-view-widget-author-avatar"><div class="UserAvatar lia-user-avatar lia-component-common-widget-user-avatar"><a class="UserAvatar lia-link-navigation" target="_self" href="/t5/user/viewprofilepage/user-id/${i}"><img class="lia-user-avatar-message" title="${who}" alt="${who}" src="/avatar/${i}.png"></a></div></div>` +
    `<div class="lia-message-author-with-avatar"><span class="UserName lia-user-name lia-user-rank-Newbie lia-component-message-view-widget-author-username"><a class="lia-link-navigation lia-page-link lia-user-name-link" style="" target="_self" aria-label="View Profile of ${who}" itemprop="url" href="/t5/user/viewprofilepage/user-id/${i}"><span class="">${who}</span></a></span></div>` +
    `<div class="lia-message-author-rank lia-component-author-rank lia-component-message-view-widget-author-rank">Newbie</div></div></div>` +
    `<div class="lia-quilt-column lia-quilt-column-08 lia-quilt-column-right lia-quilt-column-header-right"><div class="lia-quilt-column-alley lia-quilt-column-alley-right"><div class="lia-message-post-date lia-component-post-date-last-edited" class="lia-message-post-date"><span class="DateTime"><span class="local-date">\u200e03-0${i}-2024</span><span class="local-time">10:1${i} AM</span></span></div>` +
    `<div class="lia-menu-navigation-wrapper lia-js-hidden lia-menu-action lia-component-message-view-widget-action-menu"><div class="lia-menu-navigation"><div class="dropdown-default-item"><a title="Show option menu" class="lia-js-menu-opener default-menu-option lia-js-click-menu lia-link-navigation" aria-expanded="false" role="button" href="#"></a><div class="dropdown-positioning"><div class="dropdown-positioning-static"><ul aria-label="Dropdown menu items" role="menu" class="dropdown-menu"><li role="listitem"><a class="lia-link-navigation rss-thread-link lia-component-rss-action-thread" rel="nofollow noopener noreferrer" href="/t5/rss/message">Subscribe to RSS Feed</a></li><li><span class="lia-link-navigation mark-thread-unread lia-link-disabled">Mark Topic as New</span></li><li><a class="lia-link-navigation addThreadUserBookmark lia-component-subscriptions-action-add-thread-user-bookmark" href="#">Bookmark</a></li><li><a class="lia-link-navigation report-abuse-link lia-component-report-abuse-action-report-abuse" href="/t5/notify">Report Inappropriate Content</a></li></ul></div></div></div></div></div>` +
    `</div></div></div>` +
    `<div class="lia-quilt-row lia-quilt-row-main"><div class="lia-quilt-column lia-quilt-column-24 lia-quilt-column-single lia-quilt-column-main-content"><div class="lia-quilt-column-alley lia-quilt-column-alley-single">` +
    `<div class="lia-message-subject lia-component-message-view-widget-subject"><div class="MessageSubject"><div class="MessageSubjectIcons "><h${i === 1 ? 1 : 2} class="message-subject"><span class="lia-message-unread lia-message-unread-windows">${i === 1 ? '' : 'Re: '}${T}</span></h${i === 1 ? 1 : 2}></div></div></div>` +
    `<div class="lia-message-body-wrapper lia-component-message-view-widget-body"><div itemprop="text" id="bodyDisplay_${i}" class="lia-message-body"><div class="lia-message-body-content"><p>${post(i)}</p></div></div></div>` +
    (i === 1
      ? `<div class="Labels lia-component-labels"><div class="LabelsList"><span class="label-title">Labels:</span><ul role="list" class="lia-list-standard-inline"><li class="label"><a class="label-link lia-link-navigation" href="/t5/label/Hardware">Hardware</a></li></ul></div></div>`
      : '') +
    `</div></div></div>` +
    `<div class="lia-quilt-row lia-quilt-row-footer"><div class="lia-quilt-column lia-quilt-column-12 lia-quilt-column-left lia-quilt-column-footer-left"><div class="lia-quilt-column-alley lia-quilt-column-alley-left"><div class="lia-button-image-kudos-wrapper lia-component-kudos-widget-button-version-3 kudos-guest-button-wrapper lia-component-kudos-widget-button"><div class="lia-button-image-kudos lia-button-image-kudos-horizontal lia-button-image-kudos-enabled lia-button"><div class="MessageKudosCount lia-button-image-kudos-count lia-component-kudos-widget-message-kudos-count"><span class="lia-link-navigation lia-link-disabled">${i + 2}</span></div><div class="lia-button-image-kudos-give"><a class="lia-link-navigation kudos-link" href="/t5/kudos" title="Click here to give kudos to this post.">Like</a></div></div></div></div></div>` +
    `<div class="lia-quilt-column lia-quilt-column-12 lia-quilt-column-right lia-quilt-column-footer-right"><div class="lia-quilt-column-alley lia-quilt-column-alley-right"><div class="lia-message-footer"><a class="lia-button lia-button-secondary reply-action-link lia-action-reply" href="/t5/forums/replypage">Reply</a></div><span class="lia-message-position-in-thread lia-component-message-view-widget-post-position">Message ${i} of 4</span><span class="MessageStats lia-message-stats"><span class="lia-message-stats-views">(1,234 Views)</span></span></div></div></div>` +
    `</div></div></div>`;
  const html =
    `<html><head><title>${T} - Example Community</title><meta property="og:type" content="article"><meta property="og:title" content="${T}"></head><body class="lia-body lia-forum-page ForumTopicPage lia-user-status-anonymous"><div id="lia-body" class="lia-page ForumTopicPage"><div class="MinimumWidthContainer"><div class="min-width-wrapper"><div class="min-width"><div class="lia-content">` +
    `<div class="lia-quilt lia-quilt-forum-topic-page lia-quilt-layout-two-column-main-side lia-top-quilt"><div class="lia-quilt-row lia-quilt-row-header"><div class="lia-quilt-column lia-quilt-column-24 lia-quilt-column-single lia-quilt-column-common-header"><div class="lia-quilt-column-alley lia-quilt-column-alley-single">` +
    `<div class="lia-quilt lia-quilt-header lia-quilt-layout-custom-community-header"><a class="lia-link-navigation" href="/">Example Community</a><ul><li><a href="/t5/Forums/ct-p/forums">Forums</a></li><li><a href="/t5/Help/ct-p/help">Help</a></li><li><a href="/t5/user/userloginpage">Sign In</a></li></ul></div>` +
    `<div class="BreadCrumb crumb-line lia-breadcrumb lia-component-common-widget-breadcrumb" aria-label="breadcrumbs" role="navigation"><ul role="list" id="list" class="lia-list-standard-inline"><li class="lia-breadcrumb-node crumb"><a class="lia-link-navigation crumb-community lia-breadcrumb-community lia-breadcrumb-forum" href="/">Example Community</a></li><li class="lia-breadcrumb-node crumb"><a class="lia-link-navigation crumb-board lia-breadcrumb-board lia-breadcrumb-forum" href="/t5/Laptops/bd-p/laptops">Laptops</a></li><li class="lia-breadcrumb-node crumb final-crumb"><span class="lia-link-navigation child-thread lia-link-disabled">${T}</span></li></ul></div>` +
    `</div></div></div>` +
    `<div class="lia-quilt-row lia-quilt-row-main"><div class="lia-quilt-column lia-quilt-column-18 lia-quilt-column-left lia-quilt-column-main-content"><div class="lia-quilt-column-alley lia-quilt-column-alley-left">` +
    `<div class="lia-menu-bar lia-menu-bar-top lia-component-message-list-detail-menu-bar"><div class="lia-decoration-border-menu-bar"><div class="lia-menu-bar-buttons"><span class="lia-button-wrapper lia-button-wrapper-secondary"><a class="lia-button lia-button-secondary" href="/t5/forums/postpage">Start a Discussion</a></span></div><div class="lia-paging-full-wrapper lia-paging-pager lia-component-menu-bar"><ul class="lia-paging-full"><li class="lia-paging-page-previous"><a class="lia-link-navigation" href="/t5/prev">Previous Topic</a></li><li class="lia-paging-page-next"><a class="lia-link-navigation" href="/t5/next">Next Topic</a></li></ul></div></div></div>` +
    `<div class="lia-component-forums-widget-topic-messages-view"><div class="lia-thread-topic">` +
    msg(1, WHO[0]!) +
    `</div><div class="linear-message-list message-list">` +
    [2, 3, 4].map((i) => msg(i, WHO[i - 1]!)).join('') +
    `</div></div>` +
    `<div class="lia-menu-bar lia-menu-bar-bottom"><a class="lia-button lia-button-secondary reply-action-link" href="/t5/forums/replypage">Reply</a></div>` +
    `</div></div><div class="lia-quilt-column lia-quilt-column-06 lia-quilt-column-right lia-quilt-column-side-content"><div class="lia-quilt-column-alley lia-quilt-column-alley-right"><div class="lia-panel lia-panel-standard RelatedTopicsTaplet"><div class="lia-decoration-border"><div class="lia-panel-heading-bar-wrapper"><div class="lia-panel-heading-bar"><span class="lia-panel-heading-bar-title">Related Content</span></div></div><div class="lia-panel-content-wrapper"><ul><li><a href="/t5/a">My laptop fan is loud all the time</a></li><li><a href="/t5/b">Fan error on boot after an update</a></li></ul></div></div></div></div></div></div>` +
    `</div></div></div></div></div></div><div class="lia-footer">Powered by Khoros. © 2026 Example Corp.</div></body></html>`;

  it('reads every message, none of the chrome, and takes no pager label beside the first date for the author', () => {
    const r = read(html, 'https://community.example.com/t5/Laptops/How-do-I-replace-the-fan-in-my-laptop/td-p/123456');
    for (const n of [1, 2, 3, 4]) expect(r.contentText).toContain(post(n));
    for (const chrome of ['Previous Topic', 'Next Topic', 'Subscribe to RSS Feed', 'Message 2 of 4', '(1,234 Views)', 'Related Content', 'Labels:'])
      expect(r.contentText).not.toContain(chrome);
    expect(r.authors).not.toContain('Next Topic');
    expect(r.authors).not.toContain('Previous Topic');
  });
});

// Session 30 forum pass: a thread's item that also gives its text as metadata (`<meta itemprop="text" content="…">`, as
// Nairaland's DiscussionForumPosting does) marks no post: the meta shows nothing, and read as the first post it hid the
// opening post, which sits in the replies' frame without the mark.
describe('forum threads: a meta itemprop=text', () => {
  const reply = (n: number): string =>
    `<tbody itemprop="comment" itemscope itemtype="https://schema.org/Comment"><tr><td class="bold l pu">Re: ${T} by poster${n}</td></tr>` +
    `<tr><td class="l w pd"><div class="narrow" itemprop="text">${post(n)}</div><div class="s">Share</div></td></tr></tbody>`;
  const page =
    `<html><head><title>${T}</title></head><body><main><div itemscope itemtype="https://schema.org/DiscussionForumPosting">` +
    `<meta itemprop="text" content="I am starting out with small kits and want an iron that lasts."><h2>${T}</h2><table summary="posts">` +
    `<tbody><tr><td class="bold l pu">${T} by starter</td></tr><tr><td class="l w pd"><div class="narrow">I am starting out with small kits and want an iron that lasts. Budget is modest, and I would rather buy once than twice.</div><div class="s">Share</div></td></tr></tbody>` +
    `${reply(1)}${reply(2)}${reply(3)}</table></div></main></body></html>`;
  it('reads the opening post that the replies frame alike, not only the marked replies', () => {
    const r = read(page, 'https://board.example/7603790/which-soldering-iron');
    expect(r.contentText).toContain('I am starting out with small kits and want an iron that lasts. Budget is modest');
    for (const n of [1, 2, 3]) expect(r.contentText).toContain(post(n));
  });
});

// Session 35 forumgap pass: a field's row (a short caption beside a text field) outside any <form>, set under every post.
const fieldPost = (n: number, who: string): string =>
  `<div class="q1"><div class="q2"><a href="/u/${who}">${who}</a> <span>posted 3 years ago</span></div>` +
  `<div class="q3"><p>${post(n)}</p></div>` +
  '<ul class="q4"><li><span class="q5"><span class="q6"><div class="q7"><span class="q8">Number of slices to send: </span><input type="text" name="slices" value="1"></div>' +
  `<div class="q9"><span class="q8">Optional 'thank-you' note: </span><br><input type="text" name="note" value=""></div><input type="hidden" name="post_id" value="${n}"></span></span></li></ul></div>`;
const fieldThread =
  `<html><head><title>${T}</title></head><body><div class="q0"><h1>${T}</h1>` +
  `${fieldPost(1, 'ohm')}${fieldPost(2, 'farad')}${fieldPost(3, 'henry')}</div></body></html>`;

describe('forum threads: a field row under every post', () => {
  it("leaves out a field's caption set outside any form, and keeps the posts", () => {
    const r = read(fieldThread, 'https://board.example/t/123/soldering-iron');
    for (const n of [1, 2, 3]) expect(r.contentText).toContain(post(n));
    for (const chrome of ['Number of slices to send', "Optional 'thank-you' note"]) expect(r.contentText).not.toContain(chrome);
  });
});
