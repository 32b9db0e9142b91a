import { describe, expect, it } from 'vitest';
import { read } from './__fixtures__/probe-kit.ts';

// Session 19 forums pass: thread pages of forum engines, written by hand from their templates' markup with the chrome they
// carry (profile cards, signatures, action bars, similar threads), checked for what forum golds keep: every post's text, the
// poster's name and the post's date, and none of the card, signature or thread tools.
const post = (n: number): string =>
  `Post ${n} answers the question with some detail, a few commas and a full stop. It also adds a second sentence so the post is long enough to count as text.`;
const T = 'How do I replace the fan in my laptop';
const SIG = 'My rig: Ryzen 5, 32 GB, too many cables and not enough time.';

/** A phpBB 3 (prosilver) post: the profile card (name, rank, counts, custom fields), "by NAME » DATE" above the text, a signature. */
const phpbbPost = (i: number, who: string, day: string, rank: boolean): string =>
  `<div id="p${i}" class="post has-profile bg${(i % 2) + 1}"><div class="inner">` +
  `<dl class="postprofile" id="profile${i}"><dt class="${rank ? 'has' : 'no'}-profile-rank has-avatar"><div class="avatar-container"><a href="./memberlist.php?mode=viewprofile&amp;u=5" class="avatar"><img class="avatar" src="a.png" alt="User avatar"></a></div><a href="./memberlist.php?mode=viewprofile&amp;u=5" class="username">${who}</a></dt>` +
  (rank ? '<dd class="profile-rank">Volunteer</dd>' : '') +
  '<dd class="profile-posts"><strong>Posts:</strong> <a href="./search.php?author_id=5">1234</a></dd><dd class="profile-joined"><strong>Joined:</strong> Mon Jan 04, 2010 7:22 pm</dd>' +
  '<dd class="profile-custom-field profile-primary_os"><strong>Primary OS:</strong> Linux other</dd><dd class="profile-contact"><strong>Contact:</strong> <a href="#">Contact</a></dd></dl>' +
  `<div class="postbody"><div id="post_content${i}"><h3 class="first"><a href="#p${i}">Re: ${T}</a></h3>` +
  `<p class="author"><a class="unread" href="./viewtopic.php?p=${i}#p${i}" title="Post"><i class="icon fa-file fa-fw"></i><span class="sr-only">Post</span></a> <span class="responsive-hide">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=5" class="username">${who}</a></strong> » </span><time datetime="${day}T10:00:00+00:00">${day}</time></p>` +
  `<div class="content">${post(i)}</div><div id="sig${i}" class="signature">${SIG}</div></div></div></div></div><hr class="divider">`;
const phpbb =
  `<html><head><title>${T} - Example Forum</title></head><body id="phpbb" class="section-viewtopic"><div id="wrap" class="wrap">` +
  '<div id="page-header"><div class="navbar"><ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks"><li class="breadcrumbs"><span class="crumb"><a href="./index.php">Board index</a></span></li></ul></div></div>' +
  `<div id="page-body" class="page-body"><h2 class="topic-title"><a href="./viewtopic.php?t=123">${T}</a></h2>` +
  phpbbPost(1, 'fanman', '2024-03-02', false) +
  phpbbPost(2, 'helper42', '2024-03-02', true) +
  phpbbPost(3, 'fanman', '2024-03-03', false) +
  '</div><div id="page-footer" class="page-footer"><div class="copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>® Forum Software © phpBB Limited</div></div></div></body></html>';

describe('forum templates: phpBB 3 (prosilver)', () => {
  it("reads each post's header as the poster's name and the date, without the card's rank, custom fields or signature", () => {
    const r = read(phpbb, 'https://forum.example.org/viewtopic.php?t=123');
    expect(r.title).toBe(T);
    for (const n of [1, 2, 3]) expect(r.contentText).toContain(post(n));
    expect(r.blocks.slice(0, 3)).toEqual(['fanman', '2024-03-02', post(1)]);
    expect(r.blocks).toContain('helper42');
    for (const chrome of ['by fanman', 'Volunteer', 'Primary OS', 'Contact:', 'Joined:', 'Posts:', 'Ryzen 5', 'Board index'])
      expect(r.contentText).not.toContain(chrome);
  });

  it('leaves a "by NAME » DATE" line whole when the block before it is not that name', () => {
    const lone = phpbb.replace(/<a href="\.\/memberlist\.php\?mode=viewprofile&amp;u=5" class="username">(\w+)<\/a><\/dt>/g, '</dt>');
    const r = read(lone, 'https://forum.example.org/viewtopic.php?t=123');
    expect(r.blocks).toContain('by fanman » 2024-03-02');
  });
});

describe('forum templates: phpBB quotes', () => {
  // The quote's text in a block of its own (a quote extension's wrapper, as on bogleheads); prosilver's own markup runs the
  // text on after the <cite>, which the walk reads as one block with it, and that label is left.
  it('drops the "NAME wrote: ↑DATE" label over a quote and keeps a poster\'s own "NAME wrote:"', () => {
    const quote =
      '<blockquote cite="./viewtopic.php?p=1#p1"><div><cite><a href="./memberlist.php?mode=viewprofile&amp;u=5">fanman</a> wrote: <a href="./viewtopic.php?p=1#p1" data-post-id="1">↑</a><span class="responsive-hide">Sat Mar 02, 2024 10:00 am</span></cite>' +
      `<div class="imcger-quote"><div class="imcger-quote-text"><div>${post(1)}</div></div></div></div></blockquote>`;
    const quoted = phpbb.replace(`<div class="content">${post(2)}</div>`, `<div class="content">${quote}<br>helper42 wrote:<br>${post(2)}</div>`);
    const r = read(quoted, 'https://forum.example.org/viewtopic.php?t=123');
    expect(r.contentText).toContain(post(2));
    expect(r.contentText).not.toContain('fanman wrote:');
    expect(r.contentText).not.toContain('Sat Mar 02, 2024');
    expect(r.blocks).toContain('helper42 wrote:');
  });
});

/** A vBulletin 4 thread: user info, the post in `blockquote.postcontent`, the signature in `blockquote.signature`, the thread-info blocks. */
const vbPost = (i: number, who: string): string =>
  `<li class="postbitlegacy postbitim postcontainer old" id="post_${i}"><div class="posthead"><span class="postdate old"><span class="date">03-02-2024,&nbsp;<span class="time">10:22 AM</span></span></span><span class="nodecontrols"><a name="post${i}" href="showthread.php?p=${i}#post${i}" class="postcounter">#${i}</a></span></div>
<div class="postdetails"><div class="userinfo"><div class="username_container"><a class="username offline popupctrl" href="member.php?u=7"><strong>${who}</strong></a></div><span class="usertitle">Senior Member</span><hr><dl class="userinfo_extra"><dt>Join Date</dt> <dd>Jan 2009</dd><dt>Location</dt> <dd>Ohio</dd><dt>Posts</dt> <dd>2,345</dd></dl></div>
<div class="postbody"><div class="postrow"><h2 class="title icon">Re: ${T}</h2><div class="content"><div id="post_message_${i}"><blockquote class="postcontent restore ">${post(i)}</blockquote></div></div>
<div class="after_content"><blockquote class="signature restore"><div class="signaturecontainer">${SIG}</div></blockquote></div></div>
<div class="cleardiv"></div></div></div><div class="postfoot"><div class="textcontrols floatcontainer"><span class="postcontrols"><a id="qrwq_${i}" class="newreply" href="newreply.php?do=newreply&amp;p=${i}"><img src="reply_40b.png" alt="Reply With Quote"> Reply With Quote</a></span></div></div></li>`;
const vb4 = `<html><head><title>${T}</title><meta name="generator" content="vBulletin 4.2.5"></head><body><div class="above_body"><div id="header" class="floatcontainer"><a href="forum.php"><img src="logo.png" alt="Example Forums"></a></div>
<div id="navbar" class="navbar"><ul id="navtabs"><li><a class="navtab" href="forum.php">Forum</a></li><li><a class="navtab" href="search.php">Search</a></li></ul></div></div>
<div class="body_wrapper"><div id="breadcrumb" class="breadcrumb"><ul class="floatcontainer"><li class="navbithome"><a href="index.php">Home</a></li><li class="navbit"><a href="forum.php">Forum</a></li><li class="navbit"><a href="forumdisplay.php?5">Hardware</a></li><li class="navbit lastnavbit"><span>${T}</span></li></ul></div>
<div id="pagetitle"><h1>Thread: <span class="threadtitle"><a href="showthread.php?12345">${T}</a></span></h1></div>
<div id="above_postlist" class="above_postlist"><a href="newreply.php?p=1" class="newcontent_textcontrol" id="newreplylink_top"><span>+</span> Reply to Thread</a><div id="pagination_top" class="pagination_top"><span>Results 1 to 3 of 3</span></div></div>
<div id="postlist" class="postlist restrain"><ol id="posts" class="posts">${vbPost(1, 'fanman')}${vbPost(2, 'helper42')}${vbPost(3, 'oldtimer')}</ol></div>
<div id="below_postlist"><a href="newreply.php?p=1" class="newcontent_textcontrol"><span>+</span> Reply to Thread</a><div class="navpopupmenu" id="navpopup">Quick Navigation</div></div>
<div id="thread_info" class="thread_info block"><h4 class="threadinfohead blockhead">Thread Information</h4><div class="threadinfo"><p>There are currently 1 users browsing this thread.</p></div>
<h4 id="similar_threads_title" class="threadinfohead blockhead">Similar Threads</h4><div id="similar_threads"><ol class="similar_threads"><li class="floatcontainer"><h6><a href="showthread.php?999">Fan noise after cleaning</a></h6><div class="starter_forum">By bob in forum Hardware</div><div class="threaddetails"><p>Replies: 4</p><p>Last Post: 02-01-2024, 09:12 PM</p></div></li></ol></div>
<h4 class="threadinfohead blockhead">Bookmarks</h4><div class="threadinfo"><ul><li><a href="#">Digg</a></li><li><a href="#">del.icio.us</a></li></ul></div>
<h4 class="threadinfohead blockhead">Posting Permissions</h4><div id="forumrules" class="info_subblock"><ul class="youcandoblock"><li>You <strong>may not</strong> post new threads</li><li>You <strong>may not</strong> post replies</li></ul></div></div></div>
<div id="footer" class="floatcontainer footer"><ul id="footer_links"><li><a href="sendmessage.php">Contact Us</a></li><li><a href="#top">Top</a></li></ul></div><div id="footer_copyright">Powered by vBulletin® Version 4.2.5 Copyright © 2024 vBulletin Solutions</div></body></html>`;

describe('forum templates: vBulletin 4', () => {
  it("drops the poster's signature set in a quotation (`blockquote.signature`)", () => {
    const r = read(vb4, 'https://www.example-vb.com/forum/showthread.php?12345-How-do-I-replace-the-fan');
    for (const n of [1, 2, 3]) expect(r.contentText).toContain(post(n));
    expect(r.contentText).not.toContain('Ryzen 5');
  });

  it('drops the similar threads and the posting rules below the posts (`#similar_threads`, `#forumrules`)', () => {
    const r = read(vb4, 'https://www.example-vb.com/forum/showthread.php?12345-How-do-I-replace-the-fan');
    for (const n of [1, 2, 3]) expect(r.contentText).toContain(post(n));
    for (const chrome of ['Similar Threads', 'Fan noise after cleaning', 'Replies: 4', 'Posting Permissions', 'may not post'])
      expect(r.contentText).not.toContain(chrome);
  });

  it('keeps a quotation whose class names no signature', () => {
    const html =
      `<html><head><title>${T}</title></head><body><article><h1>${T}</h1><p>${post(1)}</p>` +
      `<blockquote class="pullquote restore"><p>${SIG}</p></blockquote><p>${post(2)}</p></article></body></html>`;
    expect(read(html, 'https://example.com/a').contentText).toContain(SIG);
  });
});

// Session 20 authors pass: the opening poster as the thread's author, where the engine states it.
describe('forum templates: the opening poster as the author', () => {
  /** A vBulletin 4 post: the thread is a microdata UserComments list (`ol#posts`) of Comment items, the poster an `itemprop=author`. */
  const vb4Post = (i: number, who: string): string =>
    `<li class="postbit postbitim postcontainer old" id="post_${i}" itemscope itemtype="http://schema.org/Comment"><div class="postdetails_noavatar"><div class="posthead">` +
    `<span class="postdate old" itemprop="datePublished"><span class="date">11-29-2024,&nbsp;<span class="time">09:0${i} AM</span></span></span>` +
    `<span class="nodecontrols"><a name="post${i}" href="showthread.php?t=9&amp;p=${i}#post${i}" class="postcounter">#${i}</a></span></div>` +
    `<div class="userinfo_noavatar"><div class="contact"><div class="username_container"><div class="popupmenu memberaction">` +
    `<a class="username offline popupctrl" href="member.php?u=${i}" title="${who} is offline" rel="nofollow"><strong itemprop="author">${who}</strong></a>` +
    `<ul class="popupbody popuphover memberaction_body"><li class="left"><a href="member.php?u=${i}" class="siteicon_profile" rel="nofollow">View Profile</a></li></ul></div></div></div></div>` +
    `<div class="postbody"><div class="postrow"><h2 class="title icon">${T}</h2><div class="content"><div id="post_message_${i}"><blockquote class="postcontent restore">${post(i)}</blockquote></div></div></div></div></div></li>`;
  const vb4 =
    `<html><head><title>${T}</title></head><body><div class="above_body"><div id="breadcrumb" class="breadcrumb"><ul class="floatcontainer"><li class="navbithome"><a href="index.php">Home</a></li></ul></div></div>` +
    `<div class="body_wrapper"><div id="pagetitle" class="pagetitle"><h1>Thread: <span class="threadtitle"><a href="showthread.php?t=9">${T}</a></span></h1></div>` +
    `<div id="postlist" class="postlist restrain"><ol id="posts" class="posts" start="1" itemscope itemtype="http://schema.org/UserComments">` +
    vb4Post(1, 'HOSTLAR') +
    vb4Post(2, 'helper42') +
    vb4Post(3, 'fanman') +
    '</ol></div></div></body></html>';

  it("reads vBulletin 4's first post in its UserComments list as the opening post, and not an article's comment list", () => {
    expect(read(vb4, 'https://forum.example.org/showthread.php?t=9').authors).toEqual(['HOSTLAR']);
    // A blog's comments typed the same way, without vBulletin's post list: the first commenter is not the author.
    const blog = vb4.replace('id="posts" class="posts"', 'id="comments" class="comment-list"');
    expect(read(blog, 'https://forum.example.org/showthread.php?t=9').authors).toEqual([]);
  });

  it('reads the poster in Simple Machines Forum\'s topic header, "Started by NAME, DATE"', () => {
    const smfPost = (i: number, who: string): string =>
      `<div class="windowbg" id="msg${i}"><div class="post_wrapper"><div class="poster"><h4><span class="off" title="Offline"></span><a href="index.php?action=profile;u=${i}" title="View the profile of ${who}">${who}</a></h4>` +
      `<ul class="user_info"><li class="membergroup">SMF Hero</li><li class="postcount">Posts: 3,760</li></ul></div>` +
      `<div class="postarea"><div class="keyinfo"><div class="postinfo"><a href="#msg${i}" class="smalltext">June 04, 2024, 11:23:55 AM</a></div></div><div class="post"><div class="inner" id="msg_${i}">${post(i)}</div></div></div></div></div>`;
    const smf =
      `<html><head><title>${T}</title></head><body><div id="header"><h1 class="forumtitle"><a id="top" href="index.php">Example Community Forum</a></h1></div>` +
      `<div id="content_section"><div id="display_head" class="information"><h2 class="display_title"><span id="top_subject">${T}</span></h2><p>Started by Biology Forums, June 04, 2024, 11:23:55 AM</p></div>` +
      `<div id="forumposts">${smfPost(1, 'Biology Forums')}${smfPost(2, 'helper42')}</div></div></body></html>`;
    expect(read(smf, 'https://www.example.org/community/index.php?topic=5.0').authors).toEqual(['Biology Forums']);
  });

  it("reads the first poster of Flarum's page without its script (`h3.PostUser-name`)", () => {
    const flarumPost = (i: number, who: string): string =>
      `<article><div class="PostUser"><h3 class="PostUser-name">${who}</h3></div><div class="Post-body"><p>${post(i)}</p></div></article><hr>`;
    const flarum =
      `<html><head><title>${T} - Example Community</title></head><body><div id="app" class="App"><div class="App-content"><div class="container"><h1>${T}</h1><div>` +
      `${flarumPost(1, 'antonjw')}${flarumPost(2, 'wizgriz')}${flarumPost(3, 'luceos')}</div></div></div></div></body></html>`;
    expect(read(flarum, 'https://discuss.example.org/d/2068-laptop-fan').authors).toEqual(['antonjw']);
  });
});
