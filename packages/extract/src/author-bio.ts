/**
 * The writer's bio box after an article ("Lisa Jennings is a veteran restaurant industry reporter …", "Jared leads Microsoft's AI
 * at Work efforts …"), with the name, role and "About the author" lines set above it and the "See all posts" links below. Templates
 * name the box in many ways (generic-body.ts' BOILERPLATE: "author-bio", "about-author", "saboxplugin-wrap"); a template whose
 * classes say nothing (hashed, or unknown words) leaves it in the body. What it always says is the byline's name, first.
 */
import type { Block } from './blocks.ts';
import type { PageKind } from './generic-body.ts';

/** How many blocks from the end of the body a bio is looked for. */
const BIO_TAIL = 8;
/** The least text a bio paragraph holds: a name and a sentence about the writer. */
const BIO_LENGTH = 80;
/** How many short lines above the bio go with it (the name, the role, "About the author"). */
const BIO_HEAD = 3;
/** The longest of those lines. */
const HEAD_LINE = 80;
/** What a bio says of its writer after the first name ("Jared leads …", "Karina holds …", "Jean-Luc started …"). */
const BIO_VERB = /^(?:is|was|has|had|leads|joined|started|covers|writes|holds|serves|brings|spent|worked|began|founded|lives)\b/;
/** A first name: a capital, then small letters (not an outlet's acronym, "QCY Official"). */
const FIRST_NAME = /^\p{Lu}\p{Ll}[\p{L}'’-]+$/u;

/** Whether a paragraph opens with a writer's first name and a bio's verb ("Jared leads …"). */
function opensWithFirstName(text: string, first: string): boolean {
  return text.startsWith(`${first} `) && BIO_VERB.test(text.slice(first.length + 1));
}

/** Whether a paragraph opens with a writer's full name, or with their first name and a bio's verb. */
function opensBio(text: string, names: string[]): boolean {
  for (const name of names) {
    if (text.startsWith(`${name} `) || text.startsWith(`${name},`)) return true;
    const first = name.split(' ')[0]!;
    if (FIRST_NAME.test(first) && opensWithFirstName(text, first)) return true;
  }
  return false;
}

/** A line that heads a bio box: an image, or a short line that is no sentence (a name, a role, "About the author"). */
function isHeadLine(block: Block): boolean {
  return block.kind === 'image' || (block.kind !== 'list' && block.text.length <= HEAD_LINE && !/[.!?]$/.test(block.text));
}

/** A short line that is only a stated writer's full name ("Natalie Nevares", "Emmet White"): a bio box's head. */
function isNameLine(block: Block, names: string[]): boolean {
  if (block.kind !== 'p' && block.kind !== 'h') return false;
  const line = block.text.toLowerCase();
  return names.some((name) => name.toLowerCase() === line);
}

/** How many blocks after a bio's name line its paragraph may stand (a role line between: "Associate Editor"). */
const NAME_REACH = 2;

/**
 * Whether a bio follows a name line: a paragraph of BIO_LENGTH or more within NAME_REACH blocks, with short head lines only
 * between, and the name line and what follows it at most a third of the body's text (a short story's byline above its lead is no bio).
 */
function bioFollows(blocks: Block[], at: number): boolean {
  let bio = false;
  for (let i = at + 1; i < blocks.length && i <= at + NAME_REACH; i += 1) {
    const block = blocks[i]!;
    if (block.kind === 'p' && block.text.length >= BIO_LENGTH) {
      bio = true;
      break;
    }
    if (!isHeadLine(block)) return false;
  }
  if (!bio) return false;
  let before = 0;
  let after = 0;
  for (let i = 0; i < blocks.length; i += 1) {
    const block = blocks[i]!;
    if (block.kind === 'image') continue;
    if (i < at) before += block.text.length;
    else after += block.text.length;
  }
  return after * 2 <= before;
}

/**
 * Whether the block after a writer's first name set alone on its line (a blog signed by one name: "Regan") is a bio that opens
 * with that name and a bio's verb ("Regan is a Southeastern Connecticut native …"), and the two are at most a third of the body's
 * text. A first name alone is a weaker sign than a full name: both the line and the bio's opening must say it.
 */
function firstNameBioFollows(blocks: Block[], at: number, name: string): boolean {
  const next = blocks[at + 1];
  if (next === undefined || next.kind !== 'p' || next.text.length < BIO_LENGTH || !opensWithFirstName(next.text, name)) return false;
  return bioFollows(blocks, at);
}

/**
 * Drops the writer's bio box at the end of an article's body: from a paragraph near the end that opens with the name of a writer
 * the page states (`authors`, two words or more), with up to three short lines above it, to the end. A bio that does not open with
 * the name ("As Mommywise Founder, my mission is …", "A New York transplant hailing from …") is known by the name set alone on the
 * line above it (bioFollows): from that line to the end. A writer stated by one first name ("Regan") counts only where the name
 * stands alone on its line and the next paragraph opens with it and a bio's verb (firstNameBioFollows). Threads and shops keep
 * theirs: a post signed by its poster is the post.
 */
export function dropAuthorBio(blocks: Block[], authors: string[], kind: PageKind): Block[] {
  if (kind === 'product' || kind === 'thread') return blocks;
  const stated = authors.map((name) => name.trim());
  const names = stated.filter((name) => name.includes(' '));
  const firstNames = stated.filter((name) => FIRST_NAME.test(name));
  if (names.length === 0 && firstNames.length === 0) return blocks;
  const from = Math.max(1, blocks.length - BIO_TAIL);
  for (let index = from; index < blocks.length; index += 1) {
    const block = blocks[index]!;
    if (block.kind !== 'image' && firstNames.length > 0 && isNameLine(block, firstNames) && firstNameBioFollows(blocks, index, block.text))
      return blocks.slice(0, index);
    if (names.length === 0) continue;
    if (isNameLine(block, names) && bioFollows(blocks, index)) {
      // The writer's portrait above the name goes with it.
      let start = index;
      while (start > 1 && blocks[start - 1]!.kind === 'image') start -= 1;
      return blocks.slice(0, start);
    }
    if (block.kind !== 'p' || block.text.length < BIO_LENGTH || !opensBio(block.text, names)) continue;
    let start = index;
    while (start > 1 && index - start < BIO_HEAD && isHeadLine(blocks[start - 1]!)) start -= 1;
    return blocks.slice(0, start);
  }
  return blocks;
}
