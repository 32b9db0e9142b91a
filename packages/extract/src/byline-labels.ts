/**
 * The words a byline puts before its writer's name ("By", "Written by", "Eingestellt von", "Ein Kommentar von", "Par", "Escrito
 * por", "Scritto da", "Autor:", "作者"), held once for every reader that looks for one: the author readers (authors.ts), the body's
 * byline paragraphs (extract-article.ts), bare labels left in the body (generic-body.ts) and forum post lines (threads.ts).
 *
 * Each list holds regular-expression fragments, read case-insensitively. Each reader builds its pattern once, at module level, from
 * these lists and builders, and picks the roles it accepts; a reader that accepts fewer than the others says why where it builds.
 * Where one word starts another ("author", "authors"), a list puts the longer form in one fragment ("authors?"), so a
 * prefix-stripping pattern removes the whole word whatever the order.
 *
 * To add a language: its bare "by" to BY_WORDS (or FORUM_BY_WORDS when it is only safe in a forum's "by NAME » DATE" line), its
 * writing participles to a `<LANGUAGE>_WRITING` list joined into WRITTEN_BY_ABROAD, its work-beside-the-writing participles to a
 * `<LANGUAGE>_OTHER_WORK` list (bare labels only), its author nouns to AUTHOR_NOUNS; then extend byline-labels.test.ts.
 */

/** The bare word before a byline's name: English "By", German "Von", French "Par", Spanish and Portuguese "Por", Dutch "Door", Italian "Di". */
export const BY_WORDS = ['by', 'von', 'par', 'por', 'door', 'di'] as const;
/** Italian's other "by" ("Scritto da", "12 maggio 2020 da Marco"): read only after a participle or a date, as a bare "Da" opens sentences. */
export const ITALIAN_DA = 'da';
/** The bare words of a forum's "by NAME » DATE" post line (phpBB's, translated), which also come in Polish, Swedish, Danish and Norwegian. */
export const FORUM_BY_WORDS = [...BY_WORDS, ITALIAN_DA, 'przez', 'av', 'af'] as const;

/** English's credit of the writer before "by": "Written by". */
export const ENGLISH_WRITTEN = ['written'] as const;
/** English's credits of the account that posted the piece before "by", often a login in lower case: "Posted by", "Submitted by". */
export const ENGLISH_POSTED = ['posted', 'submitted'] as const;
/** English words that credit the writing before "by": "Written by", "Posted by", "Submitted by", "Reported by", "Article by". */
export const ENGLISH_WRITING = [...ENGLISH_WRITTEN, ...ENGLISH_POSTED, 'report(?:ed)?', 'article'] as const;
/** English words that credit the writing or another part of the piece before "by": the above, "Published by", "Edited by", "Words by", "Photos by". */
export const ENGLISH_CREDITS = [...ENGLISH_WRITING, 'published', 'reviewed', 'edited', 'story', 'text', 'words', 'photos?'] as const;
/** English credits of work beside the writing, read only in a bare label (no name follows to mistake): "Fact-checked by", "Illustrations by". */
export const ENGLISH_OTHER_WORK = ['fact[- ]?checked', 'medically reviewed', 'updated', 'photographs', 'illustrations?'] as const;
/** A sentence that credits the writer, before its "by": "This post was written by", "This article is written by". */
export const WRITTEN_BY_SENTENCE = String.raw`this\s+(?:blog\s+)?(?:post|article|story|piece|guide)\s+(?:was|is|has\s+been)\s+written\s+by`;

/** The German participles a blog's byline puts before "von" (Blogger's "Eingestellt von", WordPress's "Veröffentlicht von", "Geschrieben von"), or after the name ("… von Max geschrieben"). */
export const GERMAN_PARTICIPLES = ['eingestellt', 'gepostet', 'geschrieben', 'verfasst', 'ver(?:ö|oe)ffentlicht', 'erstellt', 'publiziert'] as const;
/** German participles of work beside the writing, read only in a bare label: "Redigiert von", "Geprüft von", "Fotos von". */
export const GERMAN_OTHER_WORK = ['redigiert', 'bearbeitet', 'geprüft', 'fotos?'] as const;
/** The kinds of piece a German byline names before "von" ("Ein Bericht von", "Eine Analyse von", "Ein Kommentar von": Golem's and other German news sites'). */
export const GERMAN_PIECES = [
  'bericht',
  'beitrag',
  'artikel',
  'kommentar',
  'test',
  'analyse',
  'interview',
  'essay',
  'gastbeitrag',
  'gastkommentar',
  'kolumne',
  'reportage',
  'rezension',
  'kritik',
  'glosse',
  'hintergrund',
  'erfahrungsbericht',
  'ratgeber',
  'feature',
] as const;

/** French participles that credit the writing before "par": "Écrit par", "Rédigé par". */
export const FRENCH_WRITING = ['écrit', 'rédigé'] as const;
/** Spanish and Portuguese: "Escrito por". */
export const SPANISH_WRITING = ['escrito'] as const;
/** Italian: "Scritto da". */
export const ITALIAN_WRITING = ['scritto'] as const;
/** Dutch: "Geschreven door". */
export const DUTCH_WRITING = ['geschreven'] as const;
/** French credits of work beside the writing, read only in a bare label: "Relu par", "Édité par", "Photos par". */
export const FRENCH_OTHER_WORK = ['relu', 'édité', 'photos?'] as const;
/** Spanish and Portuguese ones: "Editado por", "Revisado por", "Fotos por". */
export const SPANISH_OTHER_WORK = ['editado', 'revisado', 'fotos?'] as const;
/** Italian ones: "Redatto da", "Rivisto da". */
export const ITALIAN_OTHER_WORK = ['redatto', 'rivisto'] as const;

/** German's noun for the writer and its forms: "Autor", "Autorin", "Autoren". */
export const GERMAN_AUTOR = 'autor(?:in|en)?';
/** German's other noun for the writer, read only with its colon ("Verfasser: Max"; without one it heads a sentence). */
export const GERMAN_VERFASSER = 'verfasser(?:in)?';
/** The nouns that label a writer: English "Author(s)", German (and Spanish) "Autor", French "Auteur(e)(s)", "Autrice", Spanish "Autora", Italian "Autore". */
export const AUTHOR_NOUNS = ['authors?', GERMAN_AUTOR, 'auteure?s?', 'autrice', 'autora', 'autore'] as const;
/** Russian nouns before a writer, read only with a colon: "Автор:", "Авторы:", "Текст:". */
export const RUSSIAN_AUTHOR_NOUNS = ['автор', 'авторы', 'текст'] as const;
/** Chinese and Japanese labels of the writer: "作者" (author), "文" and "撰文" (text), "記者"/"记者" (reporter). */
export const CJK_WRITERS = ['作者', '文', '撰文', '記者', '记者'] as const;
/** Chinese labels of the editor ("编辑", "編輯"): stripped before a name, never read as naming the writer on the next line. */
export const CJK_LABELS = [...CJK_WRITERS, '编辑', '編輯'] as const;

/** `words` as one non-capturing alternation, in their order: `(?:a|b|c)`. */
export function anyOf(words: readonly string[]): string {
  return `(?:${words.join('|')})`;
}

/** `by` after one of `credits`, a space or more between: `(?:eingestellt|gepostet)\s+von`. */
export function creditThenBy(credits: readonly string[], by: string): string {
  return String.raw`${anyOf(credits)}\s+${by}`;
}

/** A German piece label before its "von", "Ein Bericht von", "Eine Analyse von" (`pieces`: all of GERMAN_PIECES unless given). */
export function germanPieceBy(pieces: readonly string[] = GERMAN_PIECES): string {
  return String.raw`eine?\s+${anyOf(pieces)}\s+von`;
}

/** The other languages' writing credits before their "by": "Écrit par", "Escrito por", "Scritto da", "Geschreven door". */
export const WRITTEN_BY_ABROAD = [
  creditThenBy(FRENCH_WRITING, 'par'),
  creditThenBy(SPANISH_WRITING, 'por'),
  creditThenBy(ITALIAN_WRITING, ITALIAN_DA),
  creditThenBy(DUTCH_WRITING, 'door'),
] as const;

/**
 * A byline's label as an alternation, without anchors: one of `english` before "by", a German participle or piece label before
 * "von", the other languages' writing credits, or a bare word of BY_WORDS. The callers differ in the English credits they accept.
 */
export function bylineLabel(english: readonly string[]): string {
  return anyOf([creditThenBy(english, 'by'), creditThenBy(GERMAN_PARTICIPLES, 'von'), germanPieceBy(), ...WRITTEN_BY_ABROAD, ...BY_WORDS]);
}

/**
 * A label of any credit, the writing's or other work's, in every language listed here, as an alternation without anchors: "Edited
 * by", "Fotos von", "Relu par", "A cura di", "Authors". For a bare label only, where no name follows to be taken for the writer.
 */
export const ANY_CREDIT_LABEL = anyOf([
  creditThenBy([...ENGLISH_CREDITS, ...ENGLISH_OTHER_WORK], 'by'),
  creditThenBy([...GERMAN_PARTICIPLES, ...GERMAN_OTHER_WORK], 'von'),
  germanPieceBy(),
  creditThenBy([...FRENCH_WRITING, ...FRENCH_OTHER_WORK], 'par'),
  creditThenBy([...SPANISH_WRITING, ...SPANISH_OTHER_WORK], 'por'),
  creditThenBy([...ITALIAN_WRITING, ...ITALIAN_OTHER_WORK], ITALIAN_DA),
  'a cura di',
  creditThenBy(DUTCH_WRITING, 'door'),
  ...AUTHOR_NOUNS,
  ...BY_WORDS,
]);
