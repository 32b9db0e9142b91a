/**
 * Rules for discussion threads (forums, Q&A pages): a reply that quotes an earlier post repeats
 * that post's text, and a reader of the thread reads it once, where it was first posted.
 */
import type { AnyNode, Element } from 'domhandler';
import type { Block } from './blocks.ts';
import { escapeHtml } from './blocks.ts';
import { descendants as descendantsOf, isElement, isShortTimeForm, linkTextLength, rawText } from './dom.ts';
import { FORUM_BY_WORDS, anyOf } from './byline-labels.ts';
import { normalizeSpace, weightedLength } from './text.ts';

/** A quoted passage is dropped when it is at least this long (weighted characters): short lines ("Thanks!", "+1") repeat by chance. */
const QUOTED_MIN = 80;

/** The line that introduces a quote: "felixen said:", "Quote from Jane on May 2", "Originally Posted by Jane", "Jane wrote:". */
const ATTRIBUTION =
  /^(?:.{1,80}?\s(?:said|wrote|says|writes|posted)(?:\s.{0,40})?\s?[:：]?|quote(?:\s*(?:from|:)\s*.{0,80})?|originally posted by\s.{1,80}|in reply to\s.{1,80}|replying to\s.{1,80}|.{1,60}\s(?:said|wrote)\s?(?:…|\.\.\.)|.{1,60}\s?(?:said|wrote)\s?[:：]\s?\u2191?)$/i;

/**
 * Drops the passages of a thread that repeat an earlier block of it (at least QUOTED_MIN weighted characters: a quoted post),
 * and the attribution line that introduces them ("X said:", "Quote from X").
 */
export function dropQuotedPosts(blocks: Block[]): Block[] {
  const seen = new Set<string>();
  const drop = new Uint8Array(blocks.length);
  let dropped = false;
  for (let i = 0; i < blocks.length; i += 1) {
    const block = blocks[i]!;
    if (block.kind === 'image') continue;
    const text = block.text;
    if (weightedLength(text) < QUOTED_MIN) continue;
    if (!seen.has(text)) {
      seen.add(text);
      continue;
    }
    drop[i] = 1;
    dropped = true;
    // The attribution line before the first quoted block of a run.
    for (let j = i - 1; j >= 0; j -= 1) {
      if (drop[j] === 1) break;
      const before = blocks[j]!;
      if (before.kind === 'image') continue;
      if (before.kind !== 'list' && ATTRIBUTION.test(before.text)) drop[j] = 1;
      break;
    }
  }
  return dropped ? blocks.filter((_, i) => drop[i] === 0) : blocks;
}

/**
 * The label a forum engine writes above a quote it renders as a box: vBulletin's "Originally Posted by Jane", SMF's "Quote from: Jane on
 * June 9, 2024", Invision's and older boards' "Quote" / "Quote:". Not "Jane said:" or "Jane wrote:", which posters also type.
 */
const QUOTE_LABEL = /^(?:originally posted by\s.{1,60}|quote(?: from)?\s?:(?:\s.{1,120})?|quote)$/i;
/** The same labels of German, French, Spanish, Italian, Dutch, Polish and Portuguese boards ("Zitat von Jane", "Citation :", "Cytat"). */
const QUOTE_LABEL_ELSEWHERE = /^(?:zitat|citation|cita|citazione|citaat|cytat|citação)(?:\s(?:von|de|di|van|od)\s.{1,60}|\s?:(?:\s.{1,120})?)?$/i;

/**
 * phpBB's (3.2 and later) label over a quote, "NAME wrote: ↑DATE" (a `<cite>`: the name, a link back to the quoted post and its date),
 * in English, German, French, Spanish, Italian and Dutch. A poster's own "Jane wrote:" has no date after it and stays.
 */
const WROTE_ON_DATE = /^.{1,60}? (?:wrote|schrieb|a écrit|escribió|ha scritto|schreef):\s?↑?\s?.{0,30}\b(?:19|20)\d\d\b.{0,20}$/i;

/** Drops the quote labels of forum engines (QUOTE_LABEL, WROTE_ON_DATE): the quoted words are read, the engine's label over them is its frame. */
export function dropQuoteLabels(blocks: Block[]): Block[] {
  const label = (block: Block): boolean =>
    (block.kind === 'p' || block.kind === 'quote' || block.kind === 'h') &&
    block.text.length <= 140 &&
    (QUOTE_LABEL.test(block.text) || QUOTE_LABEL_ELSEWHERE.test(block.text) || WROTE_ON_DATE.test(block.text));
  return blocks.some(label) ? blocks.filter((block) => !label(block)) : blocks;
}

/**
 * The action links a forum engine writes under every post: "Reply", "Report", "Permalink", "Share", "Quote", old Reddit's
 * "permalink embed save parent report reply", Tripadvisor's "Report inappropriate content"; and the badge it puts on each post of
 * the thread's starter ("Original Poster", "Thread Starter", "Themenstarter"); with their German, French, Spanish, Italian and
 * Dutch names. SMF writes "Logged" under every guest-viewed post (where the poster's IP would be), MyBB "Find" (the poster's other
 * posts). Several of them on one line ("Reply Report", "Quote | Reply") are the same bar.
 */
const POST_CONTROL_WORD =
  '(?:reply|report|permalink|parent|embed|save|share|quote|original post(?:er)?|thread starter|topic starter|themenstarter|threadersteller|auteur du sujet|autor del tema|reply with quote|multi-?quote|logged|find|report (?:post|inappropriate content)|antworten|zitieren|melden|teilen|répondre|signaler|partager|citer|responder|denunciar|compartir|rispondi|segnala|condividi|beantwoorden|reageren|delen)';
const POST_CONTROL = new RegExp(`^${POST_CONTROL_WORD}(?:\\s?[|·•]?\\s?${POST_CONTROL_WORD}){0,5}$`, 'i');

/**
 * Drops post action lines (POST_CONTROL) that repeat, as they do under each post, whole blocks or a list's items (old Reddit's
 * button bar): a single "Share" or "Report" may be content.
 */
export function dropPostControls(blocks: Block[]): Block[] {
  const key = (text: string): string | null => (text.length <= 40 && POST_CONTROL.test(text.trim()) ? text.trim().toLowerCase() : null);
  const counts = new Map<string, number>();
  const count = (text: string): void => {
    const k = key(text);
    if (k !== null) counts.set(k, (counts.get(k) ?? 0) + 1);
  };
  for (const block of blocks) {
    if (block.kind === 'p') count(block.text);
    else if (block.kind === 'list') for (const item of block.items) count(item.text);
  }
  if (![...counts.values()].some((n) => n >= 3)) return blocks;
  const repeated = (text: string): boolean => {
    const k = key(text);
    return k !== null && (counts.get(k) ?? 0) >= 3;
  };
  const out: Block[] = [];
  for (const block of blocks) {
    if (block.kind === 'p' && repeated(block.text)) continue;
    if (block.kind === 'list' && block.items.some((item) => repeated(item.text))) {
      const items = block.items.filter((item) => !repeated(item.text));
      if (items.length > 0) out.push({ ...block, items, text: items.map((item) => item.text).join('\n') });
      continue;
    }
    out.push(block);
  }
  return out;
}

/**
 * The lines forum engines write around a thread that are neither posts nor headers:
 * - who likes a post, under it: XenForo 1's and vBSEO's (vBulletin) "alice, bob and 2 others like this.", "alice likes this.";
 * - who is reading the thread, below it: vBulletin's "There are currently 3 users browsing this thread. (0 members and 3 guests)"
 *   under "Users Browsing this Thread", MyBB's "Users browsing this thread: 1 Guest(s)", phpBB's "Users browsing this forum: No
 *   registered users and 1 guest", SMF's "0 Members and 1 Guest are viewing this topic.", XenForo's "Users who are viewing this
 *   thread" and "Total: 2 (members: 0, guests: 2)", Invision's "Recently Browsing 0 members" and "No registered users viewing this page.";
 * - Invision's prompt to guests, "Create an account or sign in to comment" / "You need to be a member in order to leave a comment";
 * - an issue tracker's under an issue's timeline: GitHub's "Sign up for free to join this conversation on GitHub. Already have an
 *   account? Sign in to comment", Gitea's and Forgejo's "Sign in to join this conversation."
 */
const THREAD_FURNITURE =
  /^(?:[^,!?:\s]+(?: [^,!?:\s]+){0,2}(?:, [^,!?:\s]+(?: [^,!?:\s]+){0,2})* and (?:\d+ others?|[^,!?:\s]+(?: [^,!?:\s]+){0,2}) like this\.?|[^,!?:\s]+ likes this\.|there (?:are|is) currently \d+ users? browsing this (?:thread|topic|forum)\.?(?: \(\d+ members? and \d+ guests?\))?|users? browsing this (?:thread|topic|forum)(?::.{1,80})?|\d+ members? and \d+ guests? (?:are|is) viewing this (?:topic|thread|board)\.?|users who are viewing this (?:thread|topic)|total: \d+ \(members: \d+, guests: \d+(?:, robots: \d+)?\)|recently browsing(?: \d+ members?)?|no registered users viewing this (?:page|topic)\.?|create an account or sign in to (?:comment|reply)|you need to be a member in order to (?:leave a comment|reply)\.?|sign up for free to join this conversation on [^.]{1,30}\. already have an account\? sign in to comment\.?|sign in to join this conversation\.?)$/i;
/**
 * A line that is only BBCode tags ("[quote quote=312679]", "[/quote]", "[b]"): a post whose markup the engine did not render
 * (bbPress with a BBCode plugin turned off, a tag typed wrong). The words between the tags are the post's and stay.
 */
const BBCODE_TAGS = /^(?:\[\/?(?:quote|b|i|u|s|url|img|code|size|color|font|spoiler|list|center|\*)(?:[= ][^\]]{0,60})?\]\s?)+$/i;
/** vBulletin's headings over its thread boxes, dropped where a line of THREAD_FURNITURE shows the boxes are there. */
const THREAD_BOX_HEADING = /^(?:thread information|quick navigation)$/i;

/** Drops THREAD_FURNITURE and BBCODE_TAGS lines (paragraphs and headings of at most 160 characters), and vBulletin's box headings with them. */
export function dropThreadFurniture(blocks: Block[]): Block[] {
  const furniture = (block: Block): boolean =>
    (block.kind === 'p' || block.kind === 'h') &&
    block.text.length <= 160 &&
    (block.text.charCodeAt(0) === 91 /* [ */ ? BBCODE_TAGS.test(block.text) : THREAD_FURNITURE.test(block.text));
  if (!blocks.some(furniture)) return blocks;
  return blocks.filter(
    (block) => !furniture(block) && !((block.kind === 'p' || block.kind === 'h') && block.text.length <= 20 && THREAD_BOX_HEADING.test(block.text)),
  );
}

/**
 * A post's time written relative to when the page was rendered ("2 years ago", "Posted 3 years ago", "3y", "vor 2 Jahren", "il y a
 * 2 ans", "hace 2 años", "2 anni fa", "2 jaar geleden"): frozen into the saved page it is no longer true, and forum golds leave it
 * out.
 */
const RELATIVE_TIME =
  /^(?:posted |edited |updated )?(?:(?:(?:an?|\d+) (?:second|minute|min|hour|hr|day|week|month|year|yr)s? ago)|\d+ ?(?:mo|y|yr|yrs)|vor (?:einem|einer|\d+) (?:sekunden?|minuten?|stunden?|tagen?|wochen?|monaten?|jahren?)|il y a (?:un|une|\d+) (?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)|hace (?:un|una|\d+) (?:segundos?|minutos?|horas?|días?|semanas?|meses|mes|años?)|(?:un|una|\d+) (?:secondi|minuti|ore|giorni|settimane|mesi|anni|anno|mese|giorno|ora) fa|(?:een|\d+) (?:seconden|minuten|uur|dagen|dag|weken|week|maanden|maand|jaar) geleden)$/i;

/** Drops a thread's relative post times (RELATIVE_TIME) when three or more stand as lines of their own, one a post. */
export function dropRelativeTimes(blocks: Block[]): Block[] {
  const relative = (block: Block): boolean => block.kind === 'p' && block.text.length <= 40 && RELATIVE_TIME.test(block.text.trim());
  let count = 0;
  for (const block of blocks) if (relative(block)) count += 1;
  return count >= 3 ? blocks.filter((block) => !relative(block)) : blocks;
}

/** Q&A sites (Stack Exchange) show the asker's and answerers' cards beside the posts; the thread is read without them. */
const QA_ITEM = /schema\.org\/(?:Question|Answer)$/i;
const POSTING_ITEM = /schema\.org\/(?:Comment|Answer|Question|DiscussionForumPosting|SocialMediaPosting)$/i;
const DATE_PROPS = /(?:^|\s)(?:datePublished|dateCreated)(?:\s|$)/;

/** The header blocks postHeader made: their date lines are the thread's content, not a dateline to drop (extract-article.ts). */
const headers = new WeakSet<Block>();

/** Longest header line (weighted length) a post gets: a name or a date, not a sentence. */
const HEADER_LINE_LIMIT = 40;

/** A post's header lines (its poster, its date) as blocks marked as headers; empty texts and texts over `limit` are left out. */
function headerLines(texts: readonly string[], limit = Number.POSITIVE_INFINITY): Block[] {
  const blocks: Block[] = [];
  for (const text of texts) {
    if (text === '' || weightedLength(text) > limit) continue;
    const block: Block = { kind: 'p', text, html: escapeHtml(text) };
    headers.add(block);
    blocks.push(block);
  }
  return blocks;
}

/** Whether a block is a post's author or date line (postHeader). */
export function isPostHeader(block: Block): boolean {
  return headers.has(block);
}

/** The nearest ancestor of a post's text that is the post's item (schema.org Comment, Answer, DiscussionForumPosting, …). */
function postingItem(post: Element): Element | null {
  for (let node = post.parent; node && isElement(node) && node.name !== 'body'; node = node.parent)
    if (node.attribs.itemscope !== undefined && POSTING_ITEM.test(node.attribs.itemtype ?? '')) return QA_ITEM.test(node.attribs.itemtype ?? '') ? null : node;
  return null;
}

/** Visible text of an element, whitespace collapsed; of a <time> that writes its date twice, the long form. */
function visibleText(element: Element): string {
  if (element.name === 'time')
    return normalizeSpace(element.children.map((child) => (isElement(child) && isShortTimeForm(child) ? '' : rawText(child))).join(''));
  return normalizeSpace(rawText(element));
}

/**
 * The visible author name and posting date of a marked-up post, as the thread shows them above it ("felixen", "Jul 9, 2022"):
 * read from the post's item (itemprop=author's name, itemprop=datePublished) outside the post's text and outside other posts' items.
 * A thread is read post by post with who wrote each and when; on Q&A pages (Question, Answer items) the user cards are left out.
 */
export function postHeader(post: Element, model?: Element): Block[] {
  const item = postingItem(post);
  if (!item) {
    if (isLemmyPostText(post)) return lemmyPostHeader(post);
    const quoted = quotedPostHeader(post);
    const header = quoted.length > 0 || !model || model === post ? quoted : framedPostHeader(post, model);
    // XenForo's posts where no post of the thread is marked (isXenForoPostBody): their frame's data-author and attribution header.
    return header.length === 0 && isXenForoPostBody(post) ? xenForoPostHeader(post) : header;
  }
  let author = '';
  let date = '';
  let time = '';
  const visit = (node: AnyNode): void => {
    if (!isElement(node) || node === post || (author !== '' && date !== '')) return;
    if (node !== item && node.attribs.itemscope !== undefined && POSTING_ITEM.test(node.attribs.itemtype ?? '')) return;
    if (time === '' && node.name === 'time') time = visibleText(node);
    const prop = node.attribs.itemprop;
    if (prop !== undefined) {
      if (author === '' && /(?:^|\s)author(?:\s|$)/.test(prop)) {
        const named = findItemprop(node, 'name');
        const text = visibleText(named ?? node);
        if (text !== '' && weightedLength(text) <= HEADER_LINE_LIMIT) author = text;
        return;
      }
      if (date === '' && DATE_PROPS.test(prop) && node.name !== 'meta') {
        const text = visibleText(node);
        if (text !== '' && weightedLength(text) <= HEADER_LINE_LIMIT) date = text;
        return;
      }
    }
    for (let ci = 0, kids = node.children; ci < kids.length; ci += 1) {
      const child = kids[ci]!;
      visit(child);
    }
  };
  visit(item);
  // A post whose item states its date only on a <meta> shows it in a bare <time> of the item, outside other posts' items: Discourse's
  // opening post (the topic's date is a <meta> of the thread's item; the replies' <time>s carry itemprop=datePublished), the posts
  // of VerticalScope's XenForo theme. Read only with an author, as a header.
  if (date === '' && author !== '' && weightedLength(time) <= HEADER_LINE_LIMIT) date = time;
  return headerLines([author, date]);
}

/** The first shown element (not a <meta>) under `root` that passes `test`, outside `skip` and outside other posts' items. */
function findShown(root: Element, skip: Element, test: (element: Element) => boolean): Element | null {
  for (let ci = 0, kids = root.children; ci < kids.length; ci += 1) {
    const child = kids[ci]!;
    if (!isElement(child) || child === skip) continue;
    if (child.name !== 'meta' && test(child)) return child;
    if (child.attribs.itemscope !== undefined && POSTING_ITEM.test(child.attribs.itemtype ?? '')) continue;
    const found = findShown(child, skip, test);
    if (found) return found;
  }
  return null;
}

/** The tag and class of the element or of its nearest ancestor with a class, up to `stop`: how the thread styles that line. */
function styleOf(element: Element, stop: Element): string {
  for (let node: Element | null = element; node && node !== stop; node = node.parent && isElement(node.parent) ? node.parent : null) {
    if ((node.attribs.class ?? '').trim() !== '') return frameOf(node);
  }
  return '';
}

/** The first element of a subtree (outside `skip`) with the given tag and class. */
function findStyled(root: Element, skip: Element, style: string): Element | null {
  for (let ci = 0, kids = root.children; ci < kids.length; ci += 1) {
    const child = kids[ci]!;
    if (!isElement(child) || child === skip) continue;
    if (frameOf(child) === style) return child;
    const found = findStyled(child, skip, style);
    if (found) return found;
  }
  return null;
}

/**
 * The header of a post the page does not mark up, read like a marked post's: XenForo marks each reply as a Comment item (its
 * author's name and its date by itemprop) but not the thread's opening post, which shows the same name and date lines in the same
 * styles ("h4.message-name", "time.u-dt"). The opening post's frame stands as far above its text as the reply's item above the
 * reply's text; in it the first elements styled as the reply's name and date lines are the opener's.
 */
function framedPostHeader(post: Element, model: Element): Block[] {
  const item = postingItem(model);
  if (!item) return [];
  let depth = 0;
  for (let node: Element = model; node !== item; node = node.parent as Element) depth += 1;
  // An unmarked post taken whole is the frame the marked posts sit in (XenForo's article.message-body): one level less.
  if (model.parent && isElement(model.parent) && frameOf(post) === frameOf(model.parent)) depth -= 1;
  let frame: Element = post;
  for (let level = 0; level < depth; level += 1) {
    if (!frame.parent || !isElement(frame.parent)) return [];
    frame = frame.parent;
  }
  if (frame === item || frame.name !== item.name || isAncestorOf(frame, model)) return [];
  const authorNode = findShown(item, model, (element) => /(?:^|\s)author(?:\s|$)/.test(element.attribs.itemprop ?? ''));
  const name = authorNode ? (findItemprop(authorNode, 'name') ?? authorNode) : null;
  const dated = findShown(item, model, (element) => DATE_PROPS.test(element.attribs.itemprop ?? ''));
  const shownText = (line: Element | null): string => {
    const style = line ? styleOf(line, item) : '';
    const shown = style === '' ? null : findStyled(frame, post, style);
    return shown ? visibleText(shown) : '';
  };
  return headerLines([shownText(name), shownText(dated)], HEADER_LINE_LIMIT);
}

/** An element's tag and class ("h4.message-name"): how a thread styles a line, or frames a post. */
function frameOf(element: Element): string {
  return `${element.name}.${(element.attribs.class ?? '').trim()}`;
}

function isAncestorOf(ancestor: Element, node: Element): boolean {
  for (let current = node.parent; current; current = current.parent) if (current === ancestor) return true;
  return false;
}

/** How far above a post's text Invision's comment frame (the element carrying data-quotedata) stands. */
const QUOTE_FRAME_LEVELS = 4;

/**
 * The author and posting date of an Invision Community post, which carries no microdata: the frame around the post's text
 * names its author in data-quotedata (the JSON its "Quote" button copies: {"username": …, "timestamp": …}) and shows the date
 * in its first <time> ("Posted April 18, 2024"); the author pane beside it is an <aside>, already gone.
 */
function quotedPostHeader(post: Element): Block[] {
  let frame: Element | null = null;
  let node = post.parent;
  for (let level = 0; level < QUOTE_FRAME_LEVELS && node && isElement(node); level += 1, node = node.parent)
    if (node.attribs['data-quotedata'] !== undefined) {
      frame = node;
      break;
    }
  if (!frame) return [];
  let author = '';
  try {
    const data = JSON.parse(frame.attribs['data-quotedata']!) as { username?: unknown };
    if (typeof data.username === 'string') author = normalizeSpace(data.username);
  } catch {
    // Not the JSON Invision writes: no author line.
  }
  const time = firstTime(frame, post);
  const date = time ? visibleText(time) : '';
  return headerLines([author, date], HEADER_LINE_LIMIT);
}

/**
 * Lemmy's (lemmy-ui) rendered Markdown: the post's text (`div.md-div` as the child of `article#postContent`) and each comment's
 * (`div.md-div` in `div.comment-content`). The page states no thread (og:type website, no microdata) and names its comments
 * `li.comment` / `article.comment-node`, so without these marks the comments were read as a comment section and left out.
 * The community sidebar's `div.md-div` (in an `<aside>`) is neither.
 */
export function isLemmyPostText(element: Element): boolean {
  if (element.name !== 'div' || element.attribs.class !== 'md-div') return false;
  const parent = element.parent;
  if (!parent || !isElement(parent)) return false;
  return parent.attribs.class === 'comment-content' || (parent.name === 'article' && parent.attribs.id === 'postContent');
}

/** Hacker News' comment text class ("commtext c00", "commtext cdd" for a faded comment). */
const COMMENT_TEXT = /^commtext(?:\s|$)/;

/**
 * Hacker News' (Arc's `news` template) post texts: an Ask/Show post's own text (`div.toptext` in `table.fatitem`, above the
 * comment form, in a `<td>`) and each comment's (`div.commtext` in `div.comment`, beside its `span.comhead` and under `div.reply`'s link). Nothing else marks
 * them, and the comment tree (`table.comment-tree`) outscores the post's text, which was lost.
 */
export function isHackerNewsPostText(element: Element): boolean {
  if (element.name !== 'div') return false;
  const cls = element.attribs.class;
  const parent = element.parent;
  if (cls === undefined || !parent || !isElement(parent)) return false;
  if (cls === 'toptext') return parent.name === 'td';
  return COMMENT_TEXT.test(cls) && parent.name === 'div' && parent.attribs.class === 'comment';
}

/**
 * Old Reddit's post and comments: each `div.thing` (data-type "link" or "comment") holds a `div.entry` with the tagline (poster,
 * shown score), the text (`form.usertext`) and the button bar, and then its replies in `div.child`, outside the entry. Each entry
 * is a post of the thread. A stickied comment (the moderators' notice pinned to every thread of a community) is not.
 */
export function isOldRedditPost(element: Element): boolean {
  if (element.name !== 'div' || element.attribs.class?.startsWith('entry') !== true) return false;
  const thing = element.parent;
  if (!thing || !isElement(thing)) return false;
  const type = thing.attribs['data-type'];
  if (type !== 'comment' && type !== 'link') return false;
  const cls = thing.attribs.class ?? '';
  return /^\s?thing\s/.test(cls) && !/\sstickied(?:\s|$)/.test(cls);
}

/**
 * XenForo 2's post text (`article.message-body.js-selectToQuote`, the element its quote script reads). Themes and versions that
 * write no schema.org microdata on the posts (no itemprop=text) leave it as the only mark of a post; the thread is then read
 * post by post from these.
 */
export function isXenForoPostBody(element: Element): boolean {
  if (element.name !== 'article') return false;
  const cls = element.attribs.class;
  return cls !== undefined && cls.startsWith('message-body') && /(?:^|\s)js-selectToQuote(?:\s|$)/.test(cls);
}

/** How far above XenForo's post text its `article.message` stands (message-userContent, message-content, message-main, message-cell, message-inner, …). */
const XENFORO_FRAME_LEVELS = 8;

/**
 * A XenForo post's header without microdata: the poster's name from its `article.message` (data-author) and the post's date, the
 * first `<time>` of its attribution header (`header.message-attribution`: "Mar 27, 2025").
 */
function xenForoPostHeader(post: Element): Block[] {
  let frame: Element | null = null;
  let node = post.parent;
  for (let level = 0; level < XENFORO_FRAME_LEVELS && node && isElement(node); level += 1, node = node.parent)
    if (node.name === 'article' && node.attribs['data-author'] !== undefined) {
      frame = node;
      break;
    }
  if (!frame) return [];
  const author = normalizeSpace(frame.attribs['data-author']!);
  const attribution = findShown(frame, post, (element) => element.name === 'header' && (element.attribs.class ?? '').includes('message-attribution'));
  const time = attribution ? firstTime(attribution, post) : null;
  const date = time ? visibleText(time) : '';
  return headerLines([author, date], HEADER_LINE_LIMIT);
}

/** How far above a Lemmy comment's text its `article.comment-node` stands (md-div, comment-content, div.ms-2, article). */
const LEMMY_FRAME_LEVELS = 4;

/**
 * A Lemmy post's or comment's header: the poster's shown name (`a.person-listing`'s first `<span>`; the instance after it, in a
 * `<small>`, left out). Its time is relative ("1 year ago") and left out, as dropRelativeTimes does.
 */
function lemmyPostHeader(post: Element): Block[] {
  let frame: Element | null = null;
  let node = post.parent;
  for (let level = 0; level < LEMMY_FRAME_LEVELS && node && isElement(node); level += 1, node = node.parent) {
    const cls = node.attribs.class ?? '';
    if ((node.name === 'article' && /(?:^|\s)comment-node(?:\s|$)/.test(cls)) || /(?:^|\s)post-listing(?:\s|$)/.test(cls)) {
      frame = node;
      break;
    }
  }
  if (!frame) return [];
  const person = findShown(frame, post, (element) => element.name === 'a' && /^person-listing(?:\s|$)/.test(element.attribs.class ?? ''));
  if (!person) return [];
  let name = '';
  for (let ci = 0, kids = person.children; ci < kids.length && name === ''; ci += 1) {
    const child = kids[ci]!;
    if (isElement(child) && child.name === 'span') name = visibleText(child);
  }
  return headerLines([name], HEADER_LINE_LIMIT);
}

/** The first <time> of a subtree, outside `skip`. */
function firstTime(root: Element, skip: Element): Element | null {
  for (let ci = 0, kids = root.children; ci < kids.length; ci += 1) {
    const child = kids[ci]!;
    if (!isElement(child) || child === skip) continue;
    if (child.name === 'time') return child;
    const found = firstTime(child, skip);
    if (found) return found;
  }
  return null;
}

/** The first descendant with the given itemprop that shows text. */
function findItemprop(root: Element, prop: string): Element | null {
  for (let ci = 0, kids = root.children; ci < kids.length; ci += 1) {
    const child = kids[ci]!;
    if (!isElement(child)) continue;
    if (child.name !== 'meta' && child.attribs.itemprop === prop) return child;
    const found = findItemprop(child, prop);
    if (found) return found;
  }
  return null;
}

/** A line of a poster's profile card beside a post: "Posts: 524", "Joined: 4. Jul 2012, 16:09", "Reaction score: 313", "Topic Author", SMF's "Karma: +5/-0". */
const PROFILE_STAT =
  /^(?:(?:posts|total posts|messages|threads|reputation|reaction score|points|trophy points|solutions|likes received|karma):\s?[\d.,]+\s?k?|karma:\s?[+-]?\d+\s?\/\s?[+-]?\d+|(?:joined|join date|member since|registered):\s?.{0,30}\d.{0,12}|topic author)$/i;
/** A card line that dates the poster's joining, among other counts ("Posts: 116 Threads: 23 Joined: Feb 2019"): not a post's date. */
const JOINED_WORD = /\b(?:joined|join date|member since|registered)\b/i;
/** A poster's location, read as a profile line only where the body shows other profile lines. */
const PROFILE_LOCATION = /^location:\s?.{1,40}$/i;
/**
 * A poster's name followed by the profile card's counts on one line, as VerticalScope's forum theme shows them above each post
 * ("eljaycanuck 25,064 posts · Joined 2007"): the name is the post's header, the counts are the card.
 */
const NAME_WITH_STATS = /^(.{0,60}?)\s?[\d.,]+k? posts? · joined \d{4}$/i;

/**
 * Drops the lines of posters' profile cards (post counts, join dates, reputation, and then their locations) when the body holds
 * at least two: forum software shows one card beside every post, and a reader of the thread reads the posts.
 */
export function dropProfileStats(blocks: Block[]): Block[] {
  // Profile lines are short: longer blocks, nearly all of them, skip the expression.
  const stat = (text: string): boolean => text.length <= 64 && PROFILE_STAT.test(text);
  const named = (text: string): boolean => text.length <= 100 && text.includes('·') && NAME_WITH_STATS.test(text);
  let count = 0;
  for (const block of blocks) {
    if (block.kind === 'p' && (stat(block.text) || named(block.text))) count += 1;
    else if (block.kind === 'list') for (const item of block.items) if (stat(item.text)) count += 1;
    if (count >= 2) break;
  }
  if (count < 2) return blocks;
  const profile = (text: string): boolean => stat(text) || (text.length <= 64 && PROFILE_LOCATION.test(text));
  const out: Block[] = [];
  for (const block of blocks) {
    if (block.kind === 'p' && profile(block.text)) continue;
    if (block.kind === 'p' && named(block.text)) {
      const name = NAME_WITH_STATS.exec(block.text)![1]!.trim();
      if (name !== '') out.push({ kind: 'p', text: name, html: escapeHtml(name) });
      continue;
    }
    if (block.kind === 'list') {
      const kept = withoutItems(block, profile);
      if (kept) out.push(kept);
      continue;
    }
    out.push(block);
  }
  return out;
}

/**
 * phpBB's (prosilver) line above each post, "by NAME » DATE" ("von NAME » …", "par NAME » …"), under the profile card's name: the
 * name is read twice, and golds keep the post's header as the name and the date. The post's own heading ("Re: …") may stand between the two.
 */
const NAME_AND_DATE = new RegExp(String.raw`^${anyOf(FORUM_BY_WORDS)}\s(.{1,60}?)\s»\s(.{4,48})$`, 'i');

/**
 * Reads phpBB's "by NAME » DATE" post lines (NAME_AND_DATE) as the date alone when the block before is the poster's name and the body
 * holds two or more such lines.
 */
export function dropBylineNames(blocks: Block[]): Block[] {
  // The name is the nearest block before that is not the post's own heading ("Re: …") or the poster's avatar, at most three back.
  const nameBefore = (i: number): Block | undefined => {
    for (let j = i - 1; j >= 0 && j >= i - 3; j -= 1) if (blocks[j]!.kind !== 'h' && blocks[j]!.kind !== 'image') return blocks[j];
    return undefined;
  };
  const match = (i: number): RegExpExecArray | null => {
    const block = blocks[i]!;
    if (block.kind !== 'p' || block.text.length > 120 || !block.text.includes('»')) return null;
    const previous = nameBefore(i);
    if (previous?.kind !== 'p') return null;
    const m = NAME_AND_DATE.exec(block.text.trim());
    return m && m[1]!.trim() === previous.text.trim() ? m : null;
  };
  let count = 0;
  for (let i = 1; i < blocks.length && count < 2; i += 1) if (match(i)) count += 1;
  if (count < 2) return blocks;
  return blocks.map((block, i) => {
    const m = match(i);
    if (!m) return block;
    const date = m[2]!.trim();
    const header: Block = { kind: 'p', text: date, html: escapeHtml(date) };
    // A post's header, like postHeader's: the date-only line filter of extract-article.ts leaves it.
    headers.add(header);
    return header;
  });
}

/**
 * The short lines of the poster's card every forum engine, and most hand-made boards, prints beside each post, recognised by
 * what they are rather than by the engine's class names (which an unknown engine does not share):
 * - the post's ordinal, a permalink written "#1", "#2", … (XenForo, vBulletin, Tom's Hardware, ResetEra, FlyerTalk);
 * - the card's bare counts, "13,539", "275", "1.2k" (post, reaction and point counts under the name; "0" like counts);
 * - the poster's rank, "Member", "Senior Member", "Moderator", "Registered User", "Site Admin" (XenForo, vBulletin, phpBB, MyBB).
 * Each kind is dropped only where the thread shows it on several posts (POST_CARD_REPEATS): one "#1" or "12" may be a post's
 * own words. Only paragraphs: a post's code or list keeps its numbers.
 */
const POST_ORDINAL = /^#\s?\d{1,6}$/;
const POST_COUNT = /^(?:\d{1,3}(?:[,.\u202f\u00a0]\d{3})+|\d{1,7}|\d{1,3}(?:[.,]\d)?k)$/i;
const POSTER_RANK =
  /^(?:(?:new|junior|senior|full|active|registered|well-known|established|valued|veteran|elite|premium|banned|supporting|retired|forum|super|global|site|community|regular)\s)?(?:member|user|moderator|mod|administrator|admin|guest|newbie)$/i;
/** Lines of one kind a thread must show before that kind is read as the cards' (one card per post, two posts at least; three for numbers). */
const POST_CARD_REPEATS = { ordinal: 3, count: 3, rank: 2 } as const;

function postCardKind(block: Block): keyof typeof POST_CARD_REPEATS | null {
  if (block.kind !== 'p' || block.text.length > 24) return null;
  const text = block.text.trim();
  if (text.charCodeAt(0) === 35 /* # */) return POST_ORDINAL.test(text) ? 'ordinal' : null;
  if (POST_COUNT.test(text)) return 'count';
  return POSTER_RANK.test(text) ? 'rank' : null;
}

/** Drops a thread's post-card lines (postCardKind) of each kind that repeats POST_CARD_REPEATS times or more. */
export function dropPostCardLines(blocks: Block[]): Block[] {
  const counts = { ordinal: 0, count: 0, rank: 0 };
  let any = false;
  for (const block of blocks) {
    const kind = postCardKind(block);
    if (kind !== null) {
      counts[kind] += 1;
      any = true;
    }
  }
  if (!any) return blocks;
  const drops = (kind: keyof typeof POST_CARD_REPEATS): boolean => counts[kind] >= POST_CARD_REPEATS[kind];
  if (!drops('ordinal') && !drops('count') && !drops('rank')) return blocks;
  return blocks.filter((block) => {
    const kind = postCardKind(block);
    return kind === null || !drops(kind);
  });
}

/**
 * A thread's address as forum engines and hand-made boards write it: a `/threads/`, `/thread/`, `/forum/`, `/boards/`,
 * `/discussion/` or `/comments/` path, phpBB's `viewtopic.php`, vBulletin's `showthread.php`, Invision's `showtopic`,
 * SMF's `?topic=`, MyBB's `thread-N`, Discourse's `/t/slug/N`, Flarum's `/d/N-slug`, Invision's `/topic/N-slug/`, NodeBB's
 * `/topic/N/slug`, Stack Exchange's `/questions/N/slug` and Khoros' (Lithium's) `/td-p/N` and `/m-p/N`. After `/topic/` a
 * topic's number must come first and not be a year: news sites and documentation name their sections `/topic/software`
 * and `/topic/2024-election/`. The engines' verbs (viewtopic, showthread, showtopic, Discuz!'s viewthread) are read with
 * any extension or none (`ShowTopic-…`, `showthread.html`, `forum.php?mod=viewthread`).
 */
const THREAD_URL =
  /\/(?:threads?|forums?|boards?|discussions?|comments)\/|\/(?:viewtopic|showthread|showtopic|viewthread)(?:\.\w{2,4}\b|[-_?])|[?&]mod=viewthread\b|\/t\/[^/?#]+\/\d+|[?&]topic=\d|\/thread-\d|\/d\/\d+-|\/topic\/(?!(?:19|20)\d\d\D)\d+[-/]|\/questions\/\d+\/|\/(?:td|m)-p\/\d/i;

/** Whether a page's address is a discussion thread's (THREAD_URL). */
export function isThreadUrl(url: string): boolean {
  return THREAD_URL.test(url);
}

/** Posts a thread must show before its repeated frames are read as its posts (an opening post and two replies). */
const GENERIC_POSTS_MIN = 3;
/** A short text that states when something was posted: a year, a clock time, a numeric date, a relative time. */
const POSTED_WHEN = /\b(?:(?:19|20)\d\d|\d{1,2}:\d\d|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})\b|\b(?:ago|yesterday|today)\b/i;
/** Longest text read as a post's date line. */
const POSTED_WHEN_LIMIT = 60;
/** Share of a post frame's text its text element holds at least, for the walk to step down into it. */
const POST_TEXT_SHARE = 0.8;

/** The tag and first class word of an element: how a thread frames its posts ("div.post", "div.post first" alike). */
function frameKey(element: Element): string {
  const cls = element.attribs.class;
  if (cls === undefined) return element.name;
  const trimmed = cls.trim();
  const space = trimmed.search(/\s/);
  return `${element.name}.${space < 0 ? trimmed : trimmed.slice(0, space)}`;
}

/** Whether the frames are every sibling framed as they are (a run none of whose frames was left out for showing no date). */
export function isWholeRun(frames: Element[]): boolean {
  const parent = frames[0]?.parent;
  if (!parent || !isElement(parent)) return false;
  const key = frameKey(frames[0]!);
  const set = new Set<Element>(frames);
  return parent.children.every((child) => !isElement(child) || frameKey(child) !== key || set.has(child));
}

/** Whether a subtree shows when it was posted: a <time>, or a short text (POSTED_WHEN). */
function showsWhen(node: Element): boolean {
  for (let ci = 0, kids = node.children; ci < kids.length; ci += 1) {
    const child = kids[ci]!;
    if (child.type === 'text') {
      const data = (child as unknown as { data: string }).data;
      if (data.length <= POSTED_WHEN_LIMIT * 2) {
        const text = normalizeSpace(data);
        if (text !== '' && text.length <= POSTED_WHEN_LIMIT && POSTED_WHEN.test(text)) return true;
      }
      continue;
    }
    if (!isElement(child) || child.name === 'script' || child.name === 'style') continue;
    if (child.name === 'time' || showsWhen(child)) return true;
  }
  return false;
}

/**
 * The posts of a thread that nothing marks (no microdata, no class an engine rule knows): the largest run of sibling elements
 * framed alike (tag and first class word, GENERIC_POSTS_MIN or more) that each show a date and hold text, and in each frame the
 * element its text sits in — the frames' common child that holds POST_TEXT_SHARE of their text, stepped down while one does. The
 * frame's other parts (the poster's card, the date, the buttons) are left out. `ink` measures an element's text; `least` is the
 * number of frames asked for (GENERIC_POSTS_MIN unless the caller has other evidence of a thread).
 */
export function repeatedPosts(root: Element, ink: (element: Element) => number, least = GENERIC_POSTS_MIN): { posts: Element[]; frames: Element[] } {
  let best: Element[] = [];
  let bestInk = 0;
  const visit = (node: Element): void => {
    const kids = node.children;
    let elements = 0;
    for (let ci = 0; ci < kids.length; ci += 1) if (isElement(kids[ci]!)) elements += 1;
    if (elements >= least) {
      const groups = new Map<string, Element[]>();
      for (let ci = 0; ci < kids.length; ci += 1) {
        const child = kids[ci]!;
        if (!isElement(child) || child.name === 'script' || child.name === 'style') continue;
        const key = frameKey(child);
        const group = groups.get(key);
        if (group) group.push(child);
        else groups.set(key, [child]);
      }
      for (const group of groups.values()) {
        if (group.length < least) continue;
        let total = 0;
        for (const frame of group) total += ink(frame);
        if (total <= bestInk) continue;
        const posts = group.filter((frame) => ink(frame) > 0 && showsWhen(frame));
        if (posts.length >= least && posts.length * 2 >= group.length) {
          best = posts;
          bestInk = total;
        }
      }
    }
    for (let ci = 0; ci < kids.length; ci += 1) {
      const child = kids[ci]!;
      if (isElement(child)) visit(child);
    }
  };
  visit(root);
  if (best.length === 0) return { posts: [], frames: [] };
  // Nested replies (a frame inside a frame's child) are posts of their own: the walk does not step into what holds them.
  const framing = frameKey(best[0]!);
  const holdsFrame = (element: Element): boolean => framing.includes('.') && descendantsOf(element).some((inner) => frameKey(inner) === framing);
  // Step down from the frames to their text: while the frames share one child (by tag and class) holding most of their text.
  let level = best;
  for (;;) {
    let total = 0;
    for (const element of level) total += ink(element);
    const next = stepDown(level, total, ink, holdsFrame, frameOf);
    if (next === null) return mostlyProse(level) ? { posts: level, frames: best } : { posts: [], frames: [] };
    level = next;
  }
}

/**
 * The frames' common child (by `keyOf`) that holds POST_TEXT_SHARE of their text, or the text column beside a card
 * (besideCard); null when there is none.
 */
function stepDown(
  level: Element[],
  total: number,
  ink: (element: Element) => number,
  holdsFrame: (element: Element) => boolean,
  keyOf: (element: Element) => string,
): Element[] | null {
  const shares = new Map<string, { ink: number; elements: Element[] }>();
  const once = new Set<string>();
  for (const element of level) {
    const seen = new Map<string, Element | null>();
    for (let ci = 0, kids = element.children; ci < kids.length; ci += 1) {
      const child = kids[ci]!;
      if (!isElement(child)) continue;
      const key = keyOf(child);
      seen.set(key, seen.has(key) ? oneWithText(seen.get(key)!, child) : child);
    }
    for (const [key, child] of seen) {
      if (child === null) {
        once.add(key);
        continue;
      }
      const share = shares.get(key);
      if (share) {
        share.ink += ink(child);
        share.elements.push(child);
      } else shares.set(key, { ink: ink(child), elements: [child] });
    }
  }
  let next: Element[] | null = null;
  for (const [key, share] of shares)
    if (!once.has(key) && share.elements.length === level.length && share.ink >= total * POST_TEXT_SHARE && !share.elements.some(holdsFrame))
      next = share.elements;
  return next ?? besideCard(level, shares, once, total, holdsFrame, keyOf, ink);
}

/** Layout wrappers a frame may repeat with a card or a button row in one and the post in another (FluxBB's two `div.inbox`). */
const WRAPPER_TAGS: ReadonlySet<string> = new Set(['div', 'section']);

/**
 * Of two children of a post frame styled alike, the one that holds more than short lines, when the other holds only short
 * lines (a card, a date, a row of buttons: shortLinesOnly) and both are layout wrappers (WRAPPER_TAGS); null otherwise (two
 * paragraphs, two posts' texts). `kept` is null when an earlier pair already held text in both.
 */
function oneWithText(kept: Element | null, child: Element): Element | null {
  if (kept === null || !WRAPPER_TAGS.has(child.name)) return null;
  const keptShort = shortLinesOnly(kept);
  const childShort = shortLinesOnly(child);
  if (keptShort === childShort) return null;
  return keptShort ? child : kept;
}

/** Share of the frames' text the post's column holds at least when the rest is the poster's card (besideCard). */
const CARD_COLUMN_SHARE = 0.5;

/**
 * The frames' text column when the rest of each frame is a poster's card of short lines (name, rank, location, counts): a
 * two-column post frame whose card holds more than the POST_TEXT_SHARE walk allows. Null when there is no such column.
 */
function besideCard(
  level: Element[],
  shares: Map<string, { ink: number; elements: Element[] }>,
  once: Set<string>,
  total: number,
  holdsFrame: (element: Element) => boolean,
  keyOf: (element: Element) => string,
  ink: (element: Element) => number,
): Element[] | null {
  let main: Element[] | null = null;
  for (const [key, share] of shares) {
    if (once.has(key) || share.elements.length !== level.length || share.elements.some(holdsFrame)) continue;
    const trailers = trailerInk(level, new Set<Element>(share.elements), shares, once, keyOf, ink);
    if (trailers !== null && share.ink >= (total - trailers) * CARD_COLUMN_SHARE) main = share.elements;
  }
  return main;
}

/**
 * The text of the frames' parts after their text column that some frames have and others lack (a signature, an attachment
 * box, an edit notice), when everything else beside the column is short lines (a poster's card); null when a frame holds
 * other text beside its column.
 */
function trailerInk(
  level: Element[],
  column: Set<Element>,
  shares: Map<string, { ink: number; elements: Element[] }>,
  once: Set<string>,
  keyOf: (element: Element) => string,
  ink: (element: Element) => number,
): number | null {
  let trailers = 0;
  for (const element of level) {
    let past = false;
    for (let ci = 0, kids = element.children; ci < kids.length; ci += 1) {
      const child = kids[ci]!;
      if (isElement(child) && column.has(child)) {
        past = true;
        continue;
      }
      if (child.type === 'text') {
        if (normalizeSpace((child as unknown as { data: string }).data) !== '') return null;
        continue;
      }
      if (!isElement(child) || shortLinesOnly(child)) continue;
      const key = keyOf(child);
      if (!past || once.has(key) || (shares.get(key)?.elements.length ?? 0) >= level.length) return null;
      trailers += ink(child);
    }
  }
  return trailers;
}

/** Longest line of a poster's card: a custom user title ("Prophet of Truth that's Corrupted by Vengeance") runs past a name's. */
const CARD_LINE_LIMIT = 60;

/** Whether every text in a subtree is a short line (CARD_LINE_LIMIT): a poster's card, not prose. */
function shortLinesOnly(node: Element): boolean {
  if (node.name === 'script' || node.name === 'style') return true;
  for (let ci = 0, kids = node.children; ci < kids.length; ci += 1) {
    const child = kids[ci]!;
    if (child.type === 'text') {
      if (weightedLength(normalizeSpace((child as unknown as { data: string }).data)) > CARD_LINE_LIMIT) return false;
    } else if (isElement(child) && !shortLinesOnly(child)) return false;
  }
  return true;
}

/**
 * The children of a thread's frames' parent read as the thread: every child but the rows before the first frame and after the
 * last that hold only short lines (shortLinesOnly) — the board's breadcrumb trail, its pager ("Pages: 1") and button rows,
 * which engines repeat above and below the posts. A row of prose there (an opening post framed unlike the replies) is read.
 */
export function threadRows(thread: Element, frames: Element[]): Element[] {
  const kids = thread.children.filter((child): child is Element => isElement(child));
  const first = kids.indexOf(frames[0]!);
  const last = kids.indexOf(frames[frames.length - 1]!);
  if (first < 0 || last < 0) return kids;
  return kids.filter((child, at) => (at >= first && at <= last) || !shortLinesOnly(child));
}

/** Whether posts' text is their own words rather than links (a forum's list of topics frames each topic alike, with a date). */
function mostlyProse(posts: Element[]): boolean {
  let text = 0;
  let links = 0;
  for (const post of posts) {
    text += rawText(post).replace(/\s+/g, '').length;
    links += linkTextLength(post);
  }
  return links * 2 < text;
}

/**
 * The lines of repeated post frames outside their posts' text and header (framePostHeader): the poster's card, counts, buttons,
 * share links, each frame's own. The texts of every element there, up to 200 characters.
 */
export function frameChrome(posts: Element[], frames: Element[]): Set<string> {
  const chrome = new Set<string>();
  const keep = new Set<string>();
  // A frame may hold other posts (nested replies): what leads to a post is walked through, never read as chrome.
  const postSet = new Set<Element>(posts);
  const leads = new Set<Element>();
  for (const post of posts) for (let node = post.parent; node && isElement(node) && !leads.has(node); node = node.parent) leads.add(node);
  // Past the post's text, a frame's parts are its trailers (a signature, an attachment box): their long lines are chrome too.
  let past = false;
  const visit = (node: Element, lines: Set<string>): void => {
    for (let ci = 0, kids = node.children; ci < kids.length; ci += 1) {
      const child = kids[ci]!;
      if (!isElement(child) || child.name === 'script' || child.name === 'style') continue;
      if (postSet.has(child)) {
        past = true;
        continue;
      }
      if (leads.has(child)) {
        visit(child, lines);
        continue;
      }
      for (const element of [child, ...descendantsOf(child)]) {
        if (element.name === 'time') continue;
        const text = visibleText(element);
        if (text !== '' && (text.length <= 200 || past)) lines.add(text);
        // Past the post, a trailer's lines one by one (a signature's paragraph broken into lines): before it, a card's
        // name broken from its rank is the poster's, which the header may not restate.
        if (past) for (const line of brokenLines(element)) lines.add(line);
      }
    }
  };
  for (let pi = 0; pi < posts.length; pi += 1) {
    if (posts[pi] === frames[pi]) continue;
    const lines = new Set<string>();
    past = false;
    visit(frames[pi]!, lines);
    const header = framePostHeader(posts[pi]!, frames[pi]!).map((line) => (line.kind === 'image' ? '' : line.text));
    for (const text of header) keep.add(text);
    // The poster's name on the card, also written in the post's header line ("by NAME » DATE"): the name, kept.
    for (const text of lines) {
      if (header.some((line) => line !== text && weightedLength(text) <= HEADER_LINE_LIMIT && containsWords(line, text))) keep.add(text);
      chrome.add(text);
    }
  }
  for (const text of keep) chrome.delete(text);
  return chrome;
}

/**
 * The lines of an element its `<br>` children break (a signature's paragraph of a motto, a pitch and a row of links, one line
 * each): a line break ends a block (blocks.ts), so each line is a block of its own that the element's whole text does not match.
 * None when the element has no `<br>` child.
 */
function brokenLines(element: Element): string[] {
  if (!element.children.some((child) => isElement(child) && child.name === 'br')) return [];
  const lines: string[] = [];
  let run = '';
  for (const child of element.children) {
    if (isElement(child) && child.name === 'br') {
      lines.push(normalizeSpace(run));
      run = '';
    } else if (!isElement(child) || (child.name !== 'script' && child.name !== 'style')) run += rawText(child);
  }
  lines.push(normalizeSpace(run));
  return lines.filter((line) => line !== '');
}

/**
 * A <time>'s text; of one that writes its date in two forms, each in an element of its own ("August 26, 2024" and "1 yr", one
 * shown per screen width), the first form, whether or not a class names the forms as isShortTimeForm reads them. The first
 * must state a date on its own (POSTED_WHEN): a date split into parts ("<span>27</span><span>Mar 2025</span>") is read whole.
 */
function firstForm(time: Element): string {
  const forms = time.children.filter((child): child is Element => isElement(child) && normalizeSpace(rawText(child)) !== '');
  const first = forms.length === 2 ? normalizeSpace(rawText(forms[0]!)) : '';
  return first !== '' && POSTED_WHEN.test(first) ? first : visibleText(time);
}

/** How many blocks before a post's first block its header lines may already stand (name, date, a title line between). */
const HEADER_REACH = 4;

/**
 * The thread's blocks with each repeated post's header (framePostHeader: its poster, its date) set before the post's first block
 * where the blocks do not already show it there: a post frame's card and date line are chrome the thread drops (or a card the
 * container left out, or a date written under the post), and the thread is read post by post with who wrote each and when, as
 * marked posts are. `read` collects a post's own blocks; a post whose first block is not found in order is left as it is.
 */
export function withPostHeaders(blocks: Block[], posts: Element[], frames: Element[], read: (post: Element) => Block[]): Block[] {
  const out = [...blocks];
  let cursor = 0;
  for (let pi = 0; pi < posts.length; pi += 1) {
    if (posts[pi] === frames[pi]) continue;
    const first = read(posts[pi]!).find((block) => block.kind !== 'image');
    if (!first) continue;
    const opens = (block: Block): boolean => block.kind !== 'image' && block.text === first.text;
    let at = cursor;
    while (at < out.length && !opens(out[at]!)) at += 1;
    if (at >= out.length) continue;
    // Never back past the previous post's first block: a short post before it shows its own date, the same day's, which is
    // not this post's header (session 31: Invision's replies of one line each lost every date after the first).
    const from = Math.max(cursor, at - HEADER_REACH);
    const missing: Block[] = [];
    for (const line of framePostHeader(posts[pi]!, frames[pi]!)) {
      if (line.kind !== 'p') continue;
      // A line the blocks before show alone (a paragraph, a list of one item) is marked as the header it is, so that it stays.
      let alone = at - 1;
      while (alone >= from && lineText(out[alone]!) !== line.text) alone -= 1;
      if (alone >= from) out[alone] = line;
      // A line they show in a longer one ("by jane » 11. Sep 2024, 18:36", which dropBylineNames splits) is there already.
      else if (!out.slice(from, at).some((block) => block.kind !== 'image' && containsPhrase(block.text, line.text))) missing.push(line);
    }
    out.splice(at, 0, ...missing);
    cursor = at + missing.length + 1;
  }
  return out;
}

/** The one line a block shows: a paragraph's text, a list's single item (XenForo's attribution `<ul><li><time>`); null otherwise. */
function lineText(block: Block): string | null {
  if (block.kind === 'p') return block.text;
  return block.kind === 'list' && block.items.length === 1 ? block.items[0]!.text : null;
}

/** Whether `line` holds `words` as whole words. */
function containsWords(line: string, words: string): boolean {
  return /\p{L}/u.test(words) && containsPhrase(line, words);
}

/** Whether `line` holds `phrase` (words, numbers: "2024-03-02") bounded by neither a letter nor a digit. */
function containsPhrase(line: string, phrase: string): boolean {
  const at = line.indexOf(phrase);
  if (at < 0 || phrase === '') return false;
  const before = at === 0 ? ' ' : line[at - 1]!;
  const after = at + phrase.length >= line.length ? ' ' : line[at + phrase.length]!;
  return !/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after);
}

/** A list block without the items whose text `drop` names: the block itself when none is, null when every one is. */
function withoutItems(block: Extract<Block, { kind: 'list' }>, drop: (text: string) => boolean): Block | null {
  const items = block.items.filter((item) => !drop(item.text));
  if (items.length === 0) return null;
  if (items.length === block.items.length) return block;
  return { ...block, items, text: items.map((item) => item.text).join('\n') };
}

/** Drops the blocks, and list items, whose text is a frame's chrome line (frameChrome). */
export function dropFrameChrome(blocks: Block[], chrome: Set<string>): Block[] {
  if (chrome.size === 0) return blocks;
  const out: Block[] = [];
  for (const block of blocks) {
    if ((block.kind === 'p' || block.kind === 'h') && chrome.has(block.text)) continue;
    if (block.kind === 'list') {
      const kept = withoutItems(block, (text) => chrome.has(text));
      if (kept) out.push(kept);
      continue;
    }
    out.push(block);
  }
  return out;
}

/** A default avatar's initial ("B" in a coloured circle where the poster set no picture): one letter, not a poster's name. */
const AVATAR_INITIAL = /^\p{L}$/u;

/**
 * The header of a post repeatedPosts found: the first short line of its frame before its text that is not a date, a count or an
 * ordinal (the poster's name), and the first date line (POSTED_WHEN) there, as marked posts' headers are read.
 */
export function framePostHeader(post: Element, frame: Element): Block[] {
  let author = '';
  let date = '';
  let done = false;
  const lineOf = (node: AnyNode, limit: number): string => {
    const parent = node.parent;
    const own = normalizeSpace((node as unknown as { data: string }).data);
    if (parent && isElement(parent) && parent !== frame) {
      const whole = visibleText(parent);
      if (weightedLength(whole) <= limit) return whole;
    }
    return own;
  };
  let after = false;
  const visit = (node: AnyNode): void => {
    if (done) return;
    if (node === post) {
      // Past the post's text only its date is looked for (XenForo 1 and others write "NAME, May 27, 2025" under the post).
      if (date !== '') done = true;
      after = true;
      return;
    }
    if (after && node.type === 'text') {
      const text = normalizeSpace((node as unknown as { data: string }).data);
      if (text !== '' && text.length <= POSTED_WHEN_LIMIT && POSTED_WHEN.test(text)) {
        const line = lineOf(node, POSTED_WHEN_LIMIT);
        if (!PROFILE_STAT.test(line) && !JOINED_WORD.test(line)) {
          date = line;
          done = true;
        }
      }
      return;
    }
    if (node.type === 'text') {
      const text = normalizeSpace((node as unknown as { data: string }).data);
      if (text === '' || text.length > POSTED_WHEN_LIMIT) return;
      // The card's own lines ("Joined: …", "Topic Author") are neither the poster's name nor the post's date.
      if (POSTED_WHEN.test(text)) {
        const line = lineOf(node, POSTED_WHEN_LIMIT);
        if (date === '' && !PROFILE_STAT.test(line) && !JOINED_WORD.test(line)) date = line;
      } else if (
        author === '' &&
        date === '' &&
        /\p{L}/u.test(text) &&
        !AVATAR_INITIAL.test(text) &&
        weightedLength(text) <= HEADER_LINE_LIMIT &&
        !POSTER_RANK.test(text)
      ) {
        const line = lineOf(node, HEADER_LINE_LIMIT);
        if (!PROFILE_STAT.test(line)) author = line;
      }
      if (author !== '' && date !== '') done = true;
      return;
    }
    if (!isElement(node) || node.name === 'script' || node.name === 'style') return;
    for (let ci = 0, kids = node.children; ci < kids.length && !done; ci += 1) visit(kids[ci]!);
  };
  visit(frame);
  const stamped = postedTime(frame, post);
  return headerLines([author, stamped === '' ? date : stamped], POSTED_WHEN_LIMIT);
}

/**
 * The date a post's frame shows in a `<time>` outside the post's text: the element engines write for a post's time (XenForo,
 * Invision, phpBB 3.3, Discourse). The poster's card beside it prints the joined date as plain text ("Joined Oct 25, 2017"),
 * which the first POSTED_WHEN text of the frame would read instead. Empty when the frame has no such `<time>`.
 */
function postedTime(frame: Element, post: Element): string {
  const time = firstTime(frame, post);
  if (time === null) return '';
  const text = firstForm(time);
  const line = time.parent && isElement(time.parent) && time.parent !== frame ? visibleText(time.parent) : text;
  return text.length <= POSTED_WHEN_LIMIT && !PROFILE_STAT.test(line) && !JOINED_WORD.test(line) ? text : '';
}
