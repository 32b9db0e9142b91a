/**
 * Language as BCP 47, with Chinese script detection: pages say "zh", "zh-CN" or nothing, and
 * some say the wrong thing; the characters themselves tell Simplified from Traditional.
 */

// Pairs of very frequent characters that differ between the scripts (simplified, traditional).
const SIMPLIFIED = '这个们来为国说时会对发后过还从进经见现关开长问间实学东车书门电话让应与网动种当体点机没样两军战业产华岁买卖认识导区边总统报变万亿记湾';
const TRADITIONAL = '這個們來為國說時會對發後過還從進經見現關開長問間實學東車書門電話讓應與網動種當體點機沒樣兩軍戰業產華歲買賣認識導區邊總統報變萬億記灣';

function countIn(text: string, set: string): number {
  let count = 0;
  for (const ch of text) if (set.includes(ch)) count += 1;
  return count;
}

/** "zh-Hans" or "zh-Hant" from the characters, or null when the text has too few clues. */
export function detectChineseScript(text: string): 'zh-Hans' | 'zh-Hant' | null {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const simplified = countIn(sample, SIMPLIFIED);
  const traditional = countIn(sample, TRADITIONAL);
  if (simplified + traditional < 3) return null;
  if (simplified >= traditional * 2) return 'zh-Hans';
  if (traditional >= simplified * 2) return 'zh-Hant';
  return null;
}

/** Normalises a language tag to BCP 47 casing, mapping Chinese regions to scripts. */
export function normalizeLanguageTag(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const parts = tag.trim().replace(/_/g, '-').split('-').filter(Boolean);
  if (parts.length === 0 || !/^[a-z]{2,3}$/i.test(parts[0]!)) return null;
  const language = parts[0]!.toLowerCase();
  const rest = parts.slice(1).map((part) => {
    if (/^[a-z]{4}$/i.test(part)) return part[0]!.toUpperCase() + part.slice(1).toLowerCase();
    if (/^[a-z]{2}$/i.test(part)) return part.toUpperCase();
    return part.toLowerCase();
  });
  if (language === 'zh') {
    if (rest.includes('Hans')) return 'zh-Hans';
    if (rest.includes('Hant')) return 'zh-Hant';
    if (rest.some((r) => r === 'CN' || r === 'SG' || r === 'MY')) return 'zh-Hans';
    if (rest.some((r) => r === 'TW' || r === 'HK' || r === 'MO')) return 'zh-Hant';
    return 'zh';
  }
  return [language, ...rest].join('-');
}

type ScriptCounts = { han: number; kana: number; hangul: number; letters: number };

/** The code units countScripts counts as Han, and as kana or Hangul. */
const HAN = /[\u4e00-\u9fff]/;
const KANA_OR_HANGUL = /[\u3040-\u30ff\uac00-\ud7af]/;

/**
 * Han, kana, Hangul and other letters in a text. A function of its own: resolveLanguage runs once a page, so V8 compiles
 * it around this loop (on-stack replacement) together with everything it calls, and compiled that again at each new
 * kind of string or script; this loop alone is small to compile.
 */
function countScripts(sample: string): ScriptCounts {
  let han = 0;
  let kana = 0;
  let hangul = 0;
  let letters = 0;
  const charCodeAt = String.prototype.charCodeAt; // see CHAR_LOOPS in text.ts
  const length = sample.length;
  for (let i = 0; i < length; i += 1) {
    const code = charCodeAt.call(sample, i);
    if (code >= 0x4e00 && code <= 0x9fff) han += 1;
    else if (code >= 0x3040 && code <= 0x30ff) kana += 1;
    else if (code >= 0xac00 && code <= 0xd7af) hangul += 1;
    else if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code < 0x3040)) letters += 1;
  }
  return { han, kana, hangul, letters };
}

/**
 * The first `length` characters of the title, a line break and the body. Made from the parts: a slice of the whole joined
 * text would first copy all of it into one flat string (V8 flattens a concatenation before slicing it), and only the head is read.
 */
function textHead(title: string, body: string, length: number): string {
  if (title.length >= length) return title.slice(0, length);
  const rest = length - title.length - 1;
  return `${title}\n${body.length > rest ? body.slice(0, rest) : body}`;
}

/**
 * The article language: the declared tag, corrected by the text for Chinese (script) and
 * filled from the text when nothing usable is declared.
 */
export function resolveLanguage(declared: string | null, title: string, body: string, hint: string | null): { language: string | null; from: string } {
  const tag = normalizeLanguageTag(declared);
  // The text corrects only a missing tag, a Chinese one or a bare "en" (a CMS's default): any other declared tag stands as it is,
  // and the script count below cannot change that.
  if (tag !== null && tag !== 'en' && !tag.startsWith('zh')) return { language: tag, from: 'declared' };
  // A few thousand characters decide the script as well as the whole text would.
  const head = textHead(title, body, 4000);
  // Without a Han character the text is not mostly Chinese, and without kana or Hangul it is read as neither Japanese nor
  // Korean: the counts below then decide nothing, and one scan for those characters stands for the count (most pages).
  if (!HAN.test(head)) {
    if (tag) return { language: tag, from: 'declared' };
    if (!KANA_OR_HANGUL.test(head)) return fromHint(hint);
  }
  const { han, kana, hangul, letters: others } = countScripts(head);
  const letters = han + kana + hangul + others || 1;
  const mostlyChinese = han / letters > 0.3 && kana < han * 0.05 && hangul < han * 0.05;
  if (mostlyChinese && (tag === null || tag.startsWith('zh') || tag === 'en')) {
    const script = detectChineseScript(textHead(title, body, 20000));
    if (script) return { language: script, from: tag === script ? 'declared' : 'text' };
    if (tag?.startsWith('zh')) return { language: tag, from: 'declared' };
    return { language: normalizeLanguageTag(hint) ?? 'zh', from: 'text' };
  }
  if (tag) return { language: tag, from: 'declared' };
  if (kana > 20) return { language: 'ja', from: 'text' };
  if (hangul > 20) return { language: 'ko', from: 'text' };
  return fromHint(hint);
}

/** The configured language, when neither the page nor its text names one. */
function fromHint(hint: string | null): { language: string | null; from: string } {
  const language = normalizeLanguageTag(hint);
  return language ? { language, from: 'config' } : { language: null, from: 'none' };
}
