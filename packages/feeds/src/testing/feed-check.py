"""Feed checks that need Python: feedparser (Debian's python3-feedparser) and the RFC 4287 rules
that the RELAX NG schema cannot express. Reads a feed document on stdin, prints JSON on stdout.

Usage: feed-check.py feedparser | atom-rules
"""
import html
import json
import re
import sys
import time
import xml.etree.ElementTree as ET


def iso(parsed):
    return time.strftime('%Y-%m-%dT%H:%M:%SZ', parsed) if parsed else None


def displayed(value, detail_obj):
    """What a reader shows: HTML-typed text decoded, plain text as it is."""
    if value is None:
        return None
    kind = (detail_obj or {}).get('type')
    return html.unescape(value) if kind in ('text/html', 'application/xhtml+xml') else value


def run_feedparser(data):
    import feedparser  # imported here so atom-rules works without it

    parsed = feedparser.parse(data)
    entries = []
    for entry in parsed.entries:
        content = entry.get('content') or []
        entries.append({
            'id': entry.get('id'),
            'link': entry.get('link'),
            'title': displayed(entry.get('title'), entry.get('title_detail')),
            'titleType': (entry.get('title_detail') or {}).get('type'),
            'summary': displayed(entry.get('summary'), entry.get('summary_detail')),
            'content': [{'value': c.get('value'), 'type': c.get('type')} for c in content],
            'published': iso(entry.get('published_parsed')),
            'updated': iso(entry.get('updated_parsed')),
            'authors': [a.get('name') for a in entry.get('authors', []) if a.get('name')],
            'enclosures': [e.get('href') for e in entry.get('enclosures', [])],
            'mediaContent': [m.get('url') for m in entry.get('media_content', [])],
            'tags': [t.get('term') for t in entry.get('tags', [])],
        })
    feed = parsed.feed
    return {
        'bozo': 1 if parsed.bozo else 0,
        'bozoException': str(parsed.get('bozo_exception')) if parsed.bozo else None,
        'version': parsed.version,
        'feed': {
            'title': feed.get('title'),
            'link': feed.get('link'),
            'language': feed.get('language'),
            'updated': iso(feed.get('updated_parsed')),
            'links': [{'rel': l.get('rel'), 'href': l.get('href')} for l in feed.get('links', [])],
        },
        'entries': entries,
    }


A = '{http://www.w3.org/2005/Atom}'
RFC3339 = re.compile(r'^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$')
IRI = re.compile(r'^[A-Za-z][A-Za-z0-9+.-]*:\S+$')


def link_rules(parent, where, errors):
    seen = set()
    for link in parent.findall(A + 'link'):
        if link.get('rel', 'alternate') == 'alternate':
            key = (link.get('type'), link.get('hreflang'))
            if key in seen:
                errors.append(f'{where}: more than one alternate link with type/hreflang {key} (RFC 4287 4.1.1)')
            seen.add(key)


def run_atom_rules(data):
    errors = []
    root = ET.fromstring(data)
    if root.tag != A + 'feed':
        return {'errors': [f'root element is {root.tag}, not atom:feed']}
    feed_has_author = root.find(A + 'author') is not None
    link_rules(root, 'feed', errors)
    if not any(l.get('rel') == 'self' for l in root.findall(A + 'link')):
        errors.append('feed: no rel="self" link (RFC 4287 4.1.1 SHOULD)')
    ids = set()
    for index, entry in enumerate(root.findall(A + 'entry')):
        where = f'entry {index}'
        if not feed_has_author and entry.find(A + 'author') is None and entry.find(A + 'source/' + A + 'author') is None:
            errors.append(f'{where}: no author and the feed has none (RFC 4287 4.1.1)')
        if entry.find(A + 'content') is None and not any(
            l.get('rel', 'alternate') == 'alternate' for l in entry.findall(A + 'link')
        ):
            errors.append(f'{where}: no content and no alternate link (RFC 4287 4.1.2)')
        link_rules(entry, where, errors)
        entry_id = (entry.findtext(A + 'id') or '').strip()
        if not IRI.match(entry_id):
            errors.append(f'{where}: id {entry_id!r} is not an absolute IRI (RFC 4287 4.2.6)')
        if entry_id in ids:
            errors.append(f'{where}: duplicate id {entry_id!r}')
        ids.add(entry_id)
        for name in ('updated', 'published'):
            value = entry.findtext(A + name)
            if value is not None and not RFC3339.match(value.strip()):
                errors.append(f'{where}: {name} {value!r} is not an RFC 3339 date-time (RFC 4287 3.3)')
    feed_id = (root.findtext(A + 'id') or '').strip()
    if not IRI.match(feed_id):
        errors.append(f'feed: id {feed_id!r} is not an absolute IRI (RFC 4287 4.2.6)')
    updated = root.findtext(A + 'updated')
    if updated is None or not RFC3339.match(updated.strip()):
        errors.append(f'feed: updated {updated!r} is not an RFC 3339 date-time (RFC 4287 3.3)')
    return {'errors': errors}


def main():
    mode = sys.argv[1] if len(sys.argv) > 1 else ''
    data = sys.stdin.buffer.read()
    if mode == 'feedparser':
        result = run_feedparser(data)
    elif mode == 'atom-rules':
        result = run_atom_rules(data)
    else:
        sys.stderr.write(__doc__)
        sys.exit(2)
    json.dump(result, sys.stdout, ensure_ascii=False)


if __name__ == '__main__':
    main()
