/**
 * Date parsing for every signal the cascade reads: ISO 8601 (with or without offset), epoch
 * numbers, Chinese/Japanese/Korean forms (2026年2月5日 14:30), month names in English, German,
 * French, Spanish, Italian, Dutch, Portuguese, Polish, Russian and Ukrainian ("2. August 2019",
 * "2 de agosto de 2019", "2 sierpnia 2019", "2 августа 2019"), and Czech, Slovak, Slovenian, Finnish, Norwegian, Danish,
 * Romanian, Indonesian, Malay, Catalan, Turkish, Greek, Bulgarian and Serbian,
 * numeric day-month-year ("02.08.2019"; "08/02/2019" only when the order is certain or the
 * language decides it), and relative times ("5 小时前", "vor 3 Stunden", "3 hours ago") resolved
 * against the fetch time. A date without an offset is read in the source's IANA timezone.
 * Anything unclear returns null: never a guess.
 */

/** Month names and abbreviations (lowercase, accents kept) in the languages we read. */
const MONTHS: Record<string, number> = {};
const MONTH_NAMES: [number, string[]][] = [
  [1, ['january', 'jan', 'januar', 'jänner', 'janvier', 'janv', 'enero', 'ene', 'gennaio', 'gen', 'januari', 'janeiro']],
  [2, ['february', 'feb', 'februar', 'février', 'fevrier', 'févr', 'fév', 'febrero', 'febbraio', 'februari', 'fevereiro', 'fev']],
  [3, ['march', 'mar', 'märz', 'maerz', 'mrz', 'mär', 'mars', 'marzo', 'maart', 'mrt', 'março', 'marco']],
  [4, ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile']],
  [5, ['may', 'mai', 'mayo', 'maggio', 'mag', 'mei', 'maio']],
  [6, ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'giu', 'junho']],
  [7, ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'lug', 'julho']],
  [8, ['august', 'aug', 'août', 'aout', 'agosto', 'ago', 'augustus', 'augusti']],
  [9, ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'settembre', 'set', 'setembro']],
  [10, ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'ott', 'outubro', 'out']],
  [11, ['november', 'nov', 'novembre', 'noviembre', 'novembro']],
  [12, ['december', 'dec', 'dezember', 'dez', 'décembre', 'decembre', 'déc', 'diciembre', 'dic', 'dicembre', 'dezembro']],
  // Polish, Russian and Ukrainian: a date names the month in the genitive ("2 sierpnia", "2 августа", "2 серпня").
  [1, ['stycznia', 'styczeń', 'sty', 'января', 'январь', 'янв', 'січня']],
  [2, ['lutego', 'luty', 'lut', 'февраля', 'февраль', 'фев', 'лютого']],
  [3, ['marca', 'marzec', 'марта', 'март', 'мар', 'березня']],
  [4, ['kwietnia', 'kwiecień', 'kwi', 'апреля', 'апрель', 'апр', 'квітня']],
  [5, ['maja', 'maj', 'мая', 'май', 'травня']],
  [6, ['czerwca', 'czerwiec', 'cze', 'июня', 'июнь', 'июн', 'червня']],
  [7, ['lipca', 'lipiec', 'lip', 'июля', 'июль', 'июл', 'липня']],
  [8, ['sierpnia', 'sierpień', 'sie', 'августа', 'август', 'авг', 'серпня']],
  [9, ['września', 'wrzesień', 'wrz', 'сентября', 'сентябрь', 'сен', 'сент', 'вересня']],
  [10, ['października', 'październik', 'paź', 'октября', 'октябрь', 'окт', 'жовтня']],
  [11, ['listopada', 'listopad', 'lis', 'ноября', 'ноябрь', 'ноя', 'листопада']],
  [12, ['grudnia', 'grudzień', 'gru', 'декабря', 'декабрь', 'дек', 'грудня']],
  // Czech and Slovak (genitive "3. prosince 2025", "3. decembra 2025", and the nominative), Slovenian, Finnish (the partitive of
  // "3. joulukuuta 2025"), Norwegian and Danish, Romanian, Indonesian and Malay, Catalan ("3 de desembre de 2025", "3 d'octubre"),
  // Turkish, Greek (genitive), Bulgarian and Serbian. Croatian is left out: its "listopad" is October, the Polish and Czech November.
  [1, ['ledna', 'leden', 'januára', 'tammikuuta', 'tammikuu', 'ianuarie', 'gener', 'ocak', 'ιανουαρίου', 'януари', 'јануар']],
  [2, ['února', 'únor', 'februára', 'helmikuuta', 'helmikuu', 'februarie', 'febrer', 'şubat', 'φεβρουαρίου', 'февруари', 'фебруар']],
  [3, ['března', 'březen', 'marec', 'maaliskuuta', 'maaliskuu', 'martie', 'maret', 'març', 'mart', 'μαρτίου']],
  [4, ['dubna', 'duben', 'apríla', 'huhtikuuta', 'huhtikuu', 'aprilie', 'nisan', 'απριλίου', 'април']],
  [5, ['května', 'květen', 'mája', 'toukokuuta', 'toukokuu', 'maig', 'mayıs', 'μαΐου', 'мај']],
  [6, ['června', 'červen', 'júna', 'junij', 'kesäkuuta', 'kesäkuu', 'iunie', 'juny', 'haziran', 'ιουνίου', 'юни', 'јун']],
  [7, ['července', 'červenec', 'júla', 'julij', 'heinäkuuta', 'heinäkuu', 'iulie', 'julai', 'juliol', 'temmuz', 'ιουλίου', 'юли', 'јул']],
  [8, ['srpna', 'srpen', 'augusta', 'avgust', 'elokuuta', 'elokuu', 'agustus', 'ogos', 'agost', 'ağustos', 'αυγούστου']],
  [9, ['září', 'septembra', 'syyskuuta', 'syyskuu', 'septembrie', 'setembre', 'eylül', 'σεπτεμβρίου', 'септември', 'септембар']],
  [10, ['října', 'říjen', 'októbra', 'lokakuuta', 'lokakuu', 'octombrie', 'ekim', 'οκτωβρίου', 'октомври', 'октобар']],
  [11, ['listopadu', 'novembra', 'marraskuuta', 'marraskuu', 'noiembrie', 'kasım', 'νοεμβρίου', 'ноември', 'новембар']],
  [
    12,
    [
      'prosince',
      'prosinec',
      'decembra',
      'joulukuuta',
      'joulukuu',
      'desember',
      'decembrie',
      'disember',
      'desembre',
      'aralık',
      'δεκεμβρίου',
      'декември',
      'децембар',
    ],
  ],
];
for (const [month, names] of MONTH_NAMES) for (const name of names) MONTHS[name] = month;
const MONTH_ALTERNATION = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const WORD_END = '(?![\\p{L}])';
const TIME_OF_DAY = `(?:\\s*(?:,|\\s-|\\s[|·•]|\\sat|\\sum|\\sà|\\sa las|\\salle|\\som|\\sàs|\\s@|\\sв|\\so)?\\s*(\\d{1,2})[:h.](\\d{2})(?::(\\d{2}))?(?!\\d)\\s*(am|pm|a\\.m\\.|p\\.m\\.|uhr|h)?(?:\\s*(Z|UTC|GMT|[+-]\\d{2}:?\\d{2}))?)?`;
// "2 August 2019", "2. August 2019", "2 de agosto de 2019", "2nd Aug, 2019", "1er août 2019", "2 d'agost de 2019".
const DAY_MONTH_YEAR = new RegExp(
  `(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th|er|º|°|\\.)?\\s*(?:de\\s+|d['’]|-)?(${MONTH_ALTERNATION})${WORD_END}\\.?,?\\s*(?:de\\s+|del\\s+|-)?(\\d{4})(?!\\d)${TIME_OF_DAY}`,
  'iu',
);
/** A whole value "2024 Jun 30": the order of citation metadata (PubMed's, Highwire's citation_publication_date); in running text "2024 May 5" may be a count. */
const YEAR_MONTH_NAME_DAY = new RegExp(`^(\\d{4})\\s+(${MONTH_ALTERNATION})${WORD_END}\\.?\\s+(\\d{1,2})$`, 'iu');
// "August 2, 2019", "Aug. 2nd 2019", "Dec 28 Sat 2013".
const MONTH_DAY_YEAR = new RegExp(
  `(?<![\\p{L}])(${MONTH_ALTERNATION})${WORD_END}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d),?(?:\\s+(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?)?\\s+(\\d{4})(?!\\d)${TIME_OF_DAY}`,
  'iu',
);
// "2019-08-02", "2019/8/2", "2019.08.02" (year first is never ambiguous).
const YEAR_MONTH_DAY = new RegExp(`(?<!\\d)(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?!\\d)(?:T|\\s*)${TIME_OF_DAY}`, 'u');
// "02.08.2019" and "02-08-2019" (day first), "02/08/2019" (order by range, else by language: month first in American English).
const NUMERIC_DAY_FIRST = new RegExp(`(?<![\\d./-])(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4})(?!\\d)${TIME_OF_DAY}`, 'u');
// Korean "2019. 8. 2." and "2019.08.02. 오후 2:30" (a dot closes the day; 오전/오후 mark the half of the day).
const KOREAN_DOTTED = /(?<![\d.])(\d{4})\.\s*(\d{1,2})\.\s*(\d{1,2})\.(?!\d)(?:\s*(오전|오후)?\s*(\d{1,2}):(\d{2}))?/u;
const CJK_DATE =
  /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日号號일]?\s*(?:(上午|下午|晚上|凌晨|早上|中午|오전|오후)?\s*(\d{1,2})\s*[:：时時点點시]\s*(\d{1,2})\s*[分분]?(?:\s*[:：]\s*(\d{1,2}))?)?/;

/** Offset in minutes of an IANA zone at a UTC instant (positive east of Greenwich). */
// Building an Intl.DateTimeFormat costs far more than using one: keep one per zone.
const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterFor(timeZone: string): Intl.DateTimeFormat | null {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      });
    } catch {
      formatter = null;
    }
    if (formatters.size < 1000) formatters.set(timeZone, formatter);
  }
  return formatter;
}

function zoneOffsetMinutes(timeZone: string, utcMillis: number): number {
  if (timeZone === 'UTC') return 0;
  const formatter = formatterFor(timeZone);
  if (!formatter) return 0;
  const parts = formatter.formatToParts(new Date(utcMillis));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour') % 24, get('minute'), get('second'));
  return Math.round((asUtc - utcMillis) / 60000);
}

function validZone(timeZone: string | null | undefined): string {
  if (!timeZone || timeZone === 'UTC') return 'UTC';
  return formatterFor(timeZone) ? timeZone : 'UTC';
}

/** UTC millis of a wall-clock time in a zone (two passes handle DST edges). */
function wallClockToUtc(y: number, mo: number, d: number, h: number, mi: number, s: number, timeZone: string): number | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return null;
  const naive = Date.UTC(y, mo - 1, d, h, mi, s);
  if (Number.isNaN(naive)) return null;
  const first = naive - zoneOffsetMinutes(timeZone, naive) * 60000;
  return naive - zoneOffsetMinutes(timeZone, first) * 60000;
}

/**
 * ISO 8601 for an instant: UTC ("…Z") unless the page stated its own offset, which is kept
 * ("2019-08-02T21:00:00.000-04:00") so the publisher's calendar day survives next to the instant.
 */
function toIso(millis: number | null, offsetMinutes: number | null = null): string | null {
  if (millis === null || !Number.isFinite(millis)) return null;
  const date = new Date(millis);
  const year = date.getUTCFullYear();
  // Outside this range a "date" is a parsing accident (ids, prices), not a publication time.
  if (year < 1990 || year > 2100) return null;
  if (!offsetMinutes) return date.toISOString();
  const local = new Date(millis + offsetMinutes * 60000).toISOString().slice(0, 23);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** Minutes east of UTC of a stated offset ("+08:00", "-0400", "Z"), null when none is stated. */
function offsetMinutesOf(offset: string | undefined): number | null {
  if (!offset) return null;
  if (/^(Z|UTC|GMT)$/i.test(offset)) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(offset);
  if (!m || +m[2]! > 14) return null;
  return (+m[2]! * 60 + +(m[3] ?? 0)) * (m[1] === '-' ? -1 : 1);
}

/** The same instant written in a stated offset ("-05:00", "+0530"); unchanged when the offset is not one. */
export function inOffset(iso: string, offset: string): string {
  return toIso(Date.parse(iso), offsetMinutesOf(offset)) ?? iso;
}

export type DateContext = {
  timezone?: string | null;
  fetchedAt?: Date | null;
  /** The page's language (BCP 47): decides "08/02/2019" between month-first (en-US) and day-first. */
  language?: string | null;
};

/** Month-first numeric dates are American; everything else we read writes the day first. */
function monthFirst(language: string | null | undefined): boolean {
  if (!language) return false;
  return /^en(-US)?$/i.test(language) || /^en-(PH|CA)$/i.test(language);
}

function hourOf(hour: string | undefined, marker: string | undefined): number {
  let h = +(hour ?? 0);
  const m = marker?.toLowerCase();
  if (m?.startsWith('p') && h < 12) h += 12;
  if (m?.startsWith('a') && h === 12) h = 0;
  return h;
}

export type FoundDate = { iso: string; index: number; length: number };

/**
 * The first whole calendar date stated in a text (a day, month and year; a time of day when one
 * follows), in any format we read; null when there is none. Partial dates ("August 2019") never count.
 */
export function findDateInText(text: string, context: DateContext = {}): FoundDate | null {
  // Every format states a four-digit year (`\d` is ASCII in each of them): a text without four digits in a row states no date,
  // and most texts asked (names, bylines, short lines) are ruled out by this one scan instead of six.
  if (!FOUR_DIGITS.test(text)) return null;
  const zone = validZone(context.timezone);
  let best: FoundDate | null = null;
  // The formats in order; an earlier match in the text wins, and at the same index the earlier format.
  for (let format = 0; format < TEXT_DATES.length; format += 1) {
    const match = TEXT_DATES[format]!.exec(text);
    if (!match || (best && best.index <= match.index)) continue;
    const offsetGroup = TEXT_DATE_OFFSET_GROUPS[format]!;
    const iso = toIso(textDateMillis(format, match, zone, context), offsetGroup ? offsetMinutesOf(match[offsetGroup]) : null);
    if (iso) best = { iso, index: match.index, length: match[0].length };
  }
  return best;
}

const FOUR_DIGITS = /\d{4}/;
/** The formats findDateInText reads, in the order it tries them (a loop over module constants: no closure per call). */
const TEXT_DATES = [CJK_DATE, KOREAN_DOTTED, YEAR_MONTH_DAY, DAY_MONTH_YEAR, MONTH_DAY_YEAR, NUMERIC_DAY_FIRST];
/** The group holding each format's stated UTC offset (0: none). */
const TEXT_DATE_OFFSET_GROUPS = [0, 0, 9, 8, 8, 9];

/** The instant a match of TEXT_DATES[format] states, or null when it names no real day. */
function textDateMillis(format: number, m: RegExpExecArray, zone: string, context: DateContext): number | null {
  switch (format) {
    case 0: {
      let hour = +(m[5] ?? 0);
      if (m[4] && /下午|晚上|오후/.test(m[4]) && hour < 12) hour += 12;
      return wallClockToUtc(+m[1]!, +m[2]!, +m[3]!, hour, +(m[6] ?? 0), +(m[7] ?? 0), zone);
    }
    case 1:
      return wallClockToUtc(+m[1]!, +m[2]!, +m[3]!, m[4] === '오후' && +(m[5] ?? 0) < 12 ? +m[5]! + 12 : +(m[5] ?? 0), +(m[6] ?? 0), 0, zone);
    case 2:
      return withOffset(+m[1]!, +m[3]!, +m[4]!, hourOf(m[5], m[8]), +(m[6] ?? 0), +(m[7] ?? 0), m[9], zone);
    case 3: {
      const month = MONTHS[m[2]!.toLowerCase()];
      return month ? withOffset(+m[3]!, month, +m[1]!, hourOf(m[4], m[7]), +(m[5] ?? 0), +(m[6] ?? 0), m[8], zone) : null;
    }
    case 4: {
      const month = MONTHS[m[1]!.toLowerCase()];
      return month ? withOffset(+m[3]!, month, +m[2]!, hourOf(m[4], m[7]), +(m[5] ?? 0), +(m[6] ?? 0), m[8], zone) : null;
    }
    default: {
      let day = +m[1]!;
      let month = +m[3]!;
      if (m[2] === '/') {
        // Slashes: the order is certain when one number exceeds 12, else the language decides.
        const swap = month > 12 ? true : day > 12 ? false : monthFirst(context.language);
        if (swap) [day, month] = [month, day];
      } else if (month > 12 && day <= 12) {
        // Dots and dashes write the day first, unless the numbers say otherwise.
        [day, month] = [month, day];
      }
      return withOffset(+m[4]!, month, day, hourOf(m[5], m[8]), +(m[6] ?? 0), +(m[7] ?? 0), m[9], zone);
    }
  }
}

/** Parses one date value from any signal into ISO 8601 UTC, or null when unsure. */
export function parseDate(value: unknown, context: DateContext = {}): string | null {
  if (typeof value === 'number') {
    // Epoch seconds vs milliseconds.
    return toIso(value < 1e11 ? value * 1000 : value);
  }
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (text === '') return null;
  const zone = validZone(context.timezone);

  if (/^\d{10}(\d{3})?$/.test(text)) return parseDate(Number(text), context);

  // ISO 8601 and RFC 3339-like: 2026-02-05T04:21:13.000Z, 2026-02-05 12:00:00+08:00, 2026/02/05 12:00
  const iso = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2}|[+-]\d{2}|UTC|GMT)?$/i.exec(
    text,
  );
  if (iso) {
    const [, y, mo, d, h, mi, s, offset] = iso;
    return toIso(withOffset(+y!, +mo!, +d!, +(h ?? 0), +(mi ?? 0), +(s ?? 0), offset, zone), offsetMinutesOf(offset));
  }

  const cited = YEAR_MONTH_NAME_DAY.exec(text);
  const citedMonth = cited ? MONTHS[cited[2]!.toLowerCase()] : undefined;
  if (cited && citedMonth) return toIso(wallClockToUtc(+cited[1]!, citedMonth, +cited[3]!, 0, 0, 0, zone));

  const relative = parseRelative(text, context.fetchedAt ?? null, zone);
  if (relative !== undefined) return relative;

  const found = findDateInText(text, context);
  if (found) return found.iso;

  // RFC 2822 with explicit zone (Thu, 05 Feb 2026 04:21:13 GMT): Date.parse is exact there.
  if (/\d{1,2}:\d{2}.*(?:GMT|UTC|[+-]\d{4})$/.test(text)) {
    const millis = Date.parse(text);
    if (!Number.isNaN(millis)) return toIso(millis, offsetMinutesOf(/([+-]\d{4})$/.exec(text)?.[1]));
  }
  return null;
}

function withOffset(y: number, mo: number, d: number, h: number, mi: number, s: number, offset: string | undefined, zone: string): number | null {
  // A "time" that is not one ("2 August 2019 25.00") leaves the day standing.
  if (h > 23 || mi > 59 || s > 59) return wallClockToUtc(y, mo, d, 0, 0, 0, zone);
  if (!offset) return wallClockToUtc(y, mo, d, h, mi, s, zone);
  const minutes = offsetMinutesOf(offset);
  if (minutes === null) return null;
  return Date.UTC(y, mo - 1, d, h, mi, s) - minutes * 60000;
}

/** Relative times; undefined when the text is not relative, null when it is but unresolvable. */
function parseRelative(text: string, fetchedAt: Date | null, zone: string): string | null | undefined {
  if (fetchedAt && (!Number.isFinite(fetchedAt.getTime()) || fetchedAt.getTime() > 4e15)) fetchedAt = null;
  const ago = findRelative(text);
  if (ago !== undefined) return fetchedAt && ago !== null ? toIso(fetchedAt.getTime() - ago) : null;
  if (/^(刚刚|剛剛|just now)$/i.test(text)) return fetchedAt ? toIso(fetchedAt.getTime()) : null;
  return relativeDay(text, fetchedAt, zone);
}

// "Today"/"yesterday" with a time, in the languages we read: "heute, 14:30 Uhr", "gestern um 9:15", "hier à 14h30", "ayer a las 9:15", "вчера в 14:30", "어제 14:30", "昨天 14:30".
const RELATIVE_DAY =
  /^(今天|今日|昨天|昨日|前天|today|yesterday|heute|gestern|vorgestern|aujourd'hui|aujourd’hui|hier|hoy|ayer|anteayer|oggi|ieri|vandaag|gisteren|hoje|ontem|dzisiaj|dziś|wczoraj|сегодня|вчера|позавчера|сьогодні|учора|вчора|오늘|어제|그제)\s*,?\s*(?:um|à|a las|alle|om|às|o|в|о|at)?\s*(\d{1,2})[:：h.](\d{2})(?!\d)(?:\s*([ap])\.?m\b\.?)?/iu;
const TWO_DAYS_BACK = /前天|vorgestern|anteayer|позавчера|그제/i;
const ONE_DAY_BACK = /昨|yesterday|gestern|hier|ayer|ieri|gisteren|ontem|wczoraj|вчера|учора|вчора|어제/i;

/** "Yesterday 14:30" and kin at the start of a text, on the fetch's calendar day in the source's zone; undefined when not one. */
function relativeDay(text: string, fetchedAt: Date | null, zone: string): string | null | undefined {
  const day = RELATIVE_DAY.exec(text);
  if (!day) return undefined;
  if (!fetchedAt) return null;
  const back = TWO_DAYS_BACK.test(day[1]!) ? 2 : ONE_DAY_BACK.test(day[1]!) ? 1 : 0;
  // The calendar day of the fetch, in the source's timezone.
  // Days back are counted on the calendar: the day before the 1st is the last of the month before.
  const local = new Date(fetchedAt.getTime() + zoneOffsetMinutes(zone, fetchedAt.getTime()) * 60000 - back * 86400000);
  // "Yesterday at 5:45 PM": a 12-hour clock's afternoon.
  let hour = +day[2]!;
  const half = day[4]?.toLowerCase();
  if (half === 'p' && hour < 12) hour += 12;
  else if (half === 'a' && hour === 12) hour = 0;
  return toIso(wallClockToUtc(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate(), hour, +day[3]!, 0, zone));
}

const UNIT_MILLIS: [RegExp, number][] = [
  [/^(秒|초|second|sec|sekund|sek|seconde|segundo|secondi|seconden|секунд)/i, 1000],
  [/^(分|분|minute|min|minuto|minuti|minuut|минут|хвилин)/i, 60000],
  [/^(小时|小時|時間|시간|hour|hr|stunde|std|heure|hora|ore|uur|godzin|час|годин)/i, 3600000],
  [/^(天|日|일|day|tag|jour|día|dia|giorn|dag|dni|dzie|дн|день)/i, 86400000],
  [/^(周|週|星期|주|week|woche|semaine|semana|settiman|tydzie|tygod|недел|тижн|тиж)/i, 604800000],
];

const ONE = /^(an?|one|eine?[mnr]?|une?|una?|un'|één|een)$/i;

// "3 hours ago", "vor 3 Stunden", "il y a 3 heures", "hace 3 horas", "3 ore fa", "3 uur geleden", "há 3 horas", "3 小时前", "3時間前", "3시간 전".
const RELATIVE = new RegExp(
  [
    '(\\d+|an?|one)\\s*(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\\s+ago',
    'vor\\s+(\\d+|einer?|einem)\\s+(sekunden?|minuten?|stunden?|tag(?:en)?|wochen?|sek\\.|min\\.|std\\.)',
    'il\\s+y\\s+a\\s+(\\d+|une?)\\s+(secondes?|minutes?|heures?|jours?|semaines?)',
    'hace\\s+(\\d+|una?)\\s+(segundos?|minutos?|horas?|días?|semanas?)',
    "(\\d+|un'|una?)\\s*(secondi|minuti|ore|giorni|settimane|ora|giorno|settimana)\\s+fa",
    '(\\d+|een|één)\\s+(seconden|minuten|minuut|uur|dagen|dag|weken|week)\\s+geleden',
    'h[áa]\\s+(\\d+|uma?)\\s+(segundos?|minutos?|horas?|dias?|semanas?)',
    '(\\d+)\\s*(秒|分钟|分鐘|分|小时|小時|時間|天|日|周|週|星期)\\s*(?:前|之前)',
    '(\\d+)\\s*(초|분|시간|일|주)\\s*전',
    '(\\d+)\\s+(sekund[y]?|minut[y]?|godzin[y]?|dni|dzień|tygodni[e]?)\\s+temu',
    '(\\d+)\\s+(секунд[ыу]?|минут[ыу]?|час(?:а|ов)?|дн(?:я|ей)|день|недел(?:ю|и|ь)|хвилин[иу]?|годин[иу]?|тижн(?:і|ів)|тиждень)\\s+(?:назад|тому)',
  ].join('|'),
  'iu',
);

/**
 * A word (or sign) that every form of RELATIVE holds, each written as a part of its own alternative and with the same flags,
 * so a text without one cannot match RELATIVE. Nearly every line tested holds none, and this test runs at about a third of
 * RELATIVE's cost (whose alternatives, with Unicode case folding, are tried at every character).
 */
const RELATIVE_HINT = /ago|vor\s|il\s+y|hace\s|\sfa|geleden|h[áa]\s|前|전|temu|назад|тому/iu;

/** Milliseconds a relative time reaches back, undefined when the text is not relative. */
function findRelative(text: string): number | null | undefined {
  if (!RELATIVE_HINT.test(text)) return undefined;
  const match = RELATIVE.exec(text);
  if (!match) return undefined;
  let amount: string | undefined;
  let unit: string | undefined;
  for (let i = 1; i < match.length; i += 2) {
    if (match[i] !== undefined) {
      amount = match[i];
      unit = match[i + 1];
      break;
    }
  }
  const millis = UNIT_MILLIS.find(([pattern]) => pattern.test(unit ?? ''))?.[1];
  if (!amount || !millis) return null;
  const count = ONE.test(amount) ? 1 : Number(amount);
  return Number.isFinite(count) ? count * millis : null;
}

/** A relative time ("3 hours ago", "3 小时前", "vor 3 Stunden") in a text, resolved against the fetch time; null when none or no fetch time. */
export function findRelativeDate(text: string, fetchedAt: Date | null | undefined, timezone?: string | null): string | null {
  if (!fetchedAt || !Number.isFinite(fetchedAt.getTime()) || fetchedAt.getTime() > 4e15) return null;
  const ago = findRelative(text);
  if (ago === undefined) return relativeDay(text.trim(), fetchedAt, validZone(timezone)) ?? null;
  return ago === null ? null : toIso(fetchedAt.getTime() - ago);
}
