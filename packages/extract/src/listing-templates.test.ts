import { describe, expect, it } from 'vitest';
import { read } from './__fixtures__/probe-kit.ts';

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

  it("keeps the age on the jobs list, whose subtext is the age alone", () => {
    const page = read(hackerNews(false), 'https://news.ycombinator.com/jobs');
    for (const [title] of hnStories) expect(page.contentText).toContain(title);
    expect(page.contentText).toContain('2 hours ago');
    expect(page.contentText).not.toContain('Guidelines');
  });
});
