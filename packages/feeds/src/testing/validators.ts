/**
 * Feed validators for tests: the feeds package's golden tests and the end-to-end tests on live
 * HTTP responses use the same real parsers, so "valid" means the same thing everywhere.
 *
 * External tools (Debian packages): xmllint (libxml2-utils), jing (jing), python3-feedparser.
 * A missing tool fails loudly with the install command; FEEDWRIGHT_SKIP_EXTERNAL_VALIDATORS=1
 * turns those checks into no-ops for machines that cannot install them (the JSON Feed checks
 * need no external tool and always run).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parseFeed } from 'feedsmith';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const ATOM_SCHEMA = join(HERE, 'schemas', 'atom.rnc');
const JSON_FEED_SCHEMA = join(HERE, 'schemas', 'json-feed-1.1.schema.json');
const FEED_CHECK_SCRIPT = join(HERE, 'feed-check.py');

/** True when FEEDWRIGHT_SKIP_EXTERNAL_VALIDATORS=1: external-tool checks then pass without running. */
export function externalValidatorsSkipped(): boolean {
  return process.env.FEEDWRIGHT_SKIP_EXTERNAL_VALIDATORS === '1';
}

type ToolResult = { status: number | null; stdout: string; stderr: string };

function runTool(command: string, args: string[], debianPackage: string, input?: string, env?: NodeJS.ProcessEnv): ToolResult {
  const result = spawnSync(command, args, {
    input,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: env ?? process.env,
  });
  const error = result.error as NodeJS.ErrnoException | undefined;
  if (error?.code === 'ENOENT') {
    throw new Error(
      `${command} is not installed: run \`apt-get install -y ${debianPackage}\` ` +
        '(or set FEEDWRIGHT_SKIP_EXTERNAL_VALIDATORS=1 to skip external feed validators)',
    );
  }
  if (error) throw new Error(`${command} failed to run`, { cause: error });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Debian's feedparser lives in the system Python; a pyenv or venv python3 first on PATH would not
// see it, so prefer /usr/bin/python3 and otherwise ask pyenv for the system interpreter.
function python(): { command: string; env: NodeJS.ProcessEnv } {
  if (existsSync('/usr/bin/python3')) return { command: '/usr/bin/python3', env: process.env };
  return { command: 'python3', env: { ...process.env, PYENV_VERSION: 'system' } };
}

function runFeedCheck(mode: 'feedparser' | 'atom-rules', text: string): unknown {
  const { command, env } = python();
  const result = runTool(command, [FEED_CHECK_SCRIPT, mode], 'python3 python3-feedparser', text, env);
  if (result.status !== 0) {
    if (result.stderr.includes("No module named 'feedparser'")) {
      throw new Error(
        'python3-feedparser is not installed: run `apt-get install -y python3-feedparser` ' +
          '(or set FEEDWRIGHT_SKIP_EXTERNAL_VALIDATORS=1 to skip external feed validators)',
      );
    }
    throw new Error(`feed-check.py ${mode} failed (exit ${result.status}):\n${result.stderr}`);
  }
  return JSON.parse(result.stdout) as unknown;
}

/** Throws unless `xml` is a well-formed XML document according to `xmllint --noout`. */
export function assertWellFormedXml(xml: string): void {
  if (externalValidatorsSkipped()) return;
  const result = runTool('xmllint', ['--noout', '--nonet', '-'], 'libxml2-utils', xml);
  if (result.status !== 0) throw new Error(`xmllint: document is not well-formed:\n${result.stderr}`);
}

/**
 * Throws unless `xml` is valid Atom 1.0: the RFC 4287 RELAX NG schema (jing) plus the RFC's
 * rules a schema cannot express (authors, alternate links, absolute ids, RFC 3339 dates, a self link).
 */
export function assertValidAtom(xml: string): void {
  if (externalValidatorsSkipped()) return;
  assertWellFormedXml(xml);
  const dir = mkdtempSync(join(tmpdir(), 'feedwright-atom-'));
  try {
    const file = join(dir, 'feed.atom');
    writeFileSync(file, xml);
    const result = runTool('jing', ['-c', ATOM_SCHEMA, file], 'jing');
    // jing reports validation errors on stdout; its stderr carries Debian launcher warnings.
    if (result.status !== 0) throw new Error(`jing: not valid against atom.rnc:\n${result.stdout}${result.stderr}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const { errors } = runFeedCheck('atom-rules', xml) as { errors: string[] };
  if (errors.length > 0) throw new Error(`Atom breaks RFC 4287 rules:\n${errors.join('\n')}`);
}

export type FeedparserEntry = {
  id: string | null;
  link: string | null;
  /** The title as a reader displays it (HTML-typed titles decoded). */
  title: string | null;
  /** feedparser's idea of the title's type: "text/plain" or "text/html". */
  titleType: string | null;
  summary: string | null;
  content: Array<{ value: string; type: string | null }>;
  /** ISO 8601 UTC at second precision (feedparser's parsed date), or null. */
  published: string | null;
  updated: string | null;
  authors: string[];
  enclosures: string[];
  mediaContent: string[];
  tags: string[];
};

export type FeedparserResult = {
  bozo: 0 | 1;
  bozoException: string | null;
  /** feedparser's format name, e.g. "rss20", "atom10". */
  version: string;
  feed: {
    title: string | null;
    link: string | null;
    language: string | null;
    updated: string | null;
    links: Array<{ rel: string | null; href: string | null }>;
  };
  entries: FeedparserEntry[];
};

/**
 * Parses an RSS or Atom document with Debian's python3-feedparser (what many readers are built on)
 * and returns what it saw; null when external validators are skipped. (Debian's feedparser 6.0
 * cannot read JSON Feed; use parseWithFeedsmith for that.)
 */
export function parseWithFeedparser(text: string): FeedparserResult | null {
  if (externalValidatorsSkipped()) return null;
  return runFeedCheck('feedparser', text) as FeedparserResult;
}

export type ParsedEntry = {
  id: string | null;
  link: string | null;
  /** The title as a reader displays it. */
  title: string | null;
  /** ISO 8601 UTC at second precision, or null. */
  published: string | null;
  updated: string | null;
  authors: string[];
};

export type FeedsmithResult = { format: 'rss' | 'atom' | 'json' | 'rdf'; entries: ParsedEntry[] };

function decodeHtmlEntities(html: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
  return html.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = /^#x/i.test(name) ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return named[name.toLowerCase()] ?? whole;
  });
}

function isoSecond(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : `${date.toISOString().slice(0, 19)}Z`;
}

type Loose = Record<string, unknown> | undefined;
const field = (value: unknown, key: string): unknown => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined);
const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const names = (list: unknown): string[] =>
  Array.isArray(list) ? list.map((item) => (typeof item === 'string' ? item : text(field(item, 'name')))).filter((name): name is string => !!name) : [];

/**
 * Parses any feed with the npm parser `feedsmith` (a second, independent reading) and maps its
 * entries to one shape; RSS and Atom titles are treated as HTML, the way readers display them.
 */
export function parseWithFeedsmith(document: string): FeedsmithResult {
  const { format, feed } = parseFeed(document);
  const raw = (field(feed, 'items') ?? field(feed, 'entries') ?? []) as Loose[];
  const entries = raw.map((entry): ParsedEntry => {
    switch (format) {
      case 'rss': {
        const title = text(field(entry, 'title'));
        return {
          id: text(field(field(entry, 'guid'), 'value')),
          link: text(field(entry, 'link')),
          title: title === null ? null : decodeHtmlEntities(title),
          published: isoSecond(field(entry, 'pubDate')),
          updated: isoSecond(field(entry, 'pubDate')),
          authors: names(field(field(entry, 'dc'), 'creators')),
        };
      }
      case 'atom': {
        const title = field(entry, 'title');
        const titleValue = text(field(title, 'value')) ?? text(title);
        const links = (field(entry, 'links') ?? []) as Loose[];
        const alternate = links.find((link) => (text(field(link, 'rel')) ?? 'alternate') === 'alternate');
        return {
          id: text(field(entry, 'id')),
          link: text(field(alternate, 'href')),
          title: titleValue === null ? null : text(field(title, 'type')) === 'text' ? titleValue : decodeHtmlEntities(titleValue),
          published: isoSecond(field(entry, 'published')),
          updated: isoSecond(field(entry, 'updated')),
          authors: names(field(entry, 'authors')),
        };
      }
      default:
        return {
          id: text(field(entry, 'id')),
          link: text(field(entry, 'url')),
          title: text(field(entry, 'title')),
          published: isoSecond(field(entry, 'date_published')),
          updated: isoSecond(field(entry, 'date_modified')),
          authors: names(field(entry, 'authors')),
        };
    }
  });
  return { format: format as FeedsmithResult['format'], entries };
}

// ajv-formats is CommonJS with `module.exports = plugin`; under NodeNext its typings see the
// namespace object, so take the callable from either shape.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;

let jsonFeedValidator: ReturnType<Ajv['compile']> | undefined;

function validateJsonFeedSchema(document: unknown): string[] {
  if (!jsonFeedValidator) {
    const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
    addFormats(ajv);
    jsonFeedValidator = ajv.compile(JSON.parse(readFileSync(JSON_FEED_SCHEMA, 'utf8')) as object);
  }
  if (jsonFeedValidator(document)) return [];
  return (jsonFeedValidator.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`);
}

const URL_KEYS = new Set(['home_page_url', 'feed_url', 'next_url', 'icon', 'favicon', 'url', 'external_url', 'image', 'banner_image', 'avatar']);

function nonAbsoluteUrls(value: unknown, path: string, found: string[]): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => nonAbsoluteUrls(item, `${path}/${index}`, found));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, child] of Object.entries(value)) {
    if (URL_KEYS.has(key) && typeof child === 'string' && !/^https?:\/\/[^/\s]+/i.test(child)) found.push(`${path}/${key}: ${child}`);
    nonAbsoluteUrls(child, `${path}/${key}`, found);
  }
}

/**
 * Throws unless `text` is a JSON Feed 1.1 document: valid against the JSON Feed 1.1 schema, with
 * unique item ids and absolute http(s) URLs everywhere a URL goes.
 */
export function assertValidJsonFeed(text: string): void {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new Error('JSON Feed is not JSON', { cause: error });
  }
  const errors = validateJsonFeedSchema(document);
  const items = (document as { items?: Array<{ id?: unknown }> }).items ?? [];
  const ids = new Set<unknown>();
  for (const [index, item] of items.entries()) {
    if (ids.has(item.id)) errors.push(`/items/${index}/id duplicate id ${String(item.id)}`);
    ids.add(item.id);
  }
  const relative: string[] = [];
  nonAbsoluteUrls(document, '', relative);
  errors.push(...relative.map((where) => `${where} is not an absolute http(s) URL`));
  if (errors.length > 0) throw new Error(`invalid JSON Feed 1.1:\n${errors.join('\n')}`);
}
