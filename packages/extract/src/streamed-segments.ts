/**
 * React's streamed server rendering (React 18+, Next.js app router) sends a page's slow parts
 * after its shell: a Suspense boundary is first a placeholder `<template id="B:n">` (its
 * "Loading…" fallback is dropped before parsing, inert-markup.ts), a segment's slot is
 * `<template id="P:n">`, and the content arrives at the end of the body as
 * `<div hidden id="S:n">`, which an inline script (`$RC("B:n","S:n")`, `$RS("S:n","P:n")`) moves
 * into place. Scripts never run here, so the move is done on the tree: without it the article's
 * paragraphs sit hidden at the end of the page and the reader's text is "Loading paragraph...".
 */
import type { AnyNode, Element } from 'domhandler';
import { holds, removeNode } from './dom.ts';

/** The id number of a streaming placeholder (`B:1f`, `P:3` → `1f`, `3`), or null. */
function placeholderKey(element: Element): string | null {
  const id = element.attribs.id;
  return id !== undefined && /^[BP]:[0-9a-f]+$/.test(id) ? id.slice(2) : null;
}

/** True for a streamed segment: `<div hidden id="S:n">`. */
export function isStreamedSegment(name: string, attribs: Record<string, string>): boolean {
  return name === 'div' && attribs.hidden !== undefined && attribs.id !== undefined && /^S:[0-9a-f]+$/.test(attribs.id);
}

/** Moves each segment's children to where its placeholder template stands (as React's inline scripts do) and removes both; other templates are removed. */
export function revealStreamedSegments(templates: Element[], segments: Element[]): void {
  const byKey = new Map<string, Element>();
  for (const segment of segments) byKey.set(segment.attribs.id!.slice(2), segment);
  for (const template of templates) {
    const key = placeholderKey(template);
    const segment = key === null ? undefined : byKey.get(key);
    const parent = template.parent;
    if (segment && parent && !holds(segment, template)) {
      byKey.delete(key!);
      removeNode(segment);
      const moved: AnyNode[] = segment.children;
      segment.children = [];
      const at = parent.children.indexOf(template);
      parent.children.splice(at, 1, ...moved);
      for (let i = 0; i < moved.length; i += 1) {
        const node = moved[i]!;
        node.parent = parent;
        node.prev = i === 0 ? template.prev : moved[i - 1]!;
        node.next = i === moved.length - 1 ? template.next : moved[i + 1]!;
      }
      if (moved.length > 0) {
        if (template.prev) template.prev.next = moved[0]!;
        if (template.next) template.next.prev = moved[moved.length - 1]!;
      } else removeNode(template);
      template.parent = null;
      template.prev = null;
      template.next = null;
    } else removeNode(template);
  }
}
