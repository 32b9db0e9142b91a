import { Document, isSeq, parseDocument } from 'yaml';
import { parseConfig, type SourceInput } from './config.ts';
import { FeedwrightError } from './errors.ts';

/** The YAML stanza of one source, as it goes under `sources:` (a one-item list). */
export function sourceStanza(source: SourceInput): string {
  return new Document([source]).toString({ lineWidth: 0 });
}

/**
 * Appends sources to the `sources:` list of a feedwright.yaml text, keeping its comments and
 * layout (the yaml Document API edits the tree, not the text). The result is validated as a whole
 * (a duplicate id fails with CONFIG_INVALID) before it is returned.
 */
export function appendSources(text: string, sources: readonly SourceInput[], origin = 'feedwright.yaml'): string {
  const doc = parseDocument(text.trim() === '' ? '{}' : text);
  if (doc.errors.length > 0) {
    throw new FeedwrightError('CONFIG_INVALID', `${origin}: not valid YAML: ${doc.errors[0]!.message}`, { cause: doc.errors[0] });
  }
  const list = doc.get('sources');
  if (isSeq(list)) {
    // A flow list (`sources: []`) would take the new sources inline; a block list reads better.
    list.flow = false;
    for (const source of sources) list.add(doc.createNode(source));
  } else {
    doc.set('sources', doc.createNode([...sources]));
  }
  const out = doc.toString({ lineWidth: 0 });
  parseConfig(out, origin);
  return out;
}
