/**
 * XML read into a small tree that remembers where each element and attribute stands, for
 * error messages at `file:line:column`. Parsed by saxes (a maintained, non-validating parser
 * that never fetches anything); a DOCTYPE is refused outright, so no DTD, no external entity
 * (XXE) and no entity expansion (billion laughs) can reach the importers. Never throws.
 */
import { SaxesParser } from 'saxes';
import { computeLineStarts, lineColumnAt } from '../json/scan';
import { MAX_FILE_CHARS, fileTooLargeMessage } from '../json/limits';

/** A 1-based line and column. */
export interface At {
  line: number;
  column: number;
}

/** An attribute's value and where its name stands. */
export interface XmlAttribute {
  value: string;
  at: At;
}

/** An element: its local name (no prefix), attributes by local name, children and text. */
export interface XmlElement {
  name: string;
  /** The prefix it was written with (`viz` in `viz:color`), or ''. */
  prefix: string;
  attributes: Map<string, XmlAttribute>;
  children: XmlElement[];
  text: string;
  at: At;
}

/** The root element, or the first problem that stopped the parse. */
export type XmlResult = { ok: true; root: XmlElement } | { ok: false; message: string; at: At };

/** Deepest nesting accepted: GEXF and GraphML need fewer than ten levels. */
const MAX_DEPTH = 64;
/** Most elements accepted, about five per record at the record limit. */
const MAX_ELEMENTS = 1_000_000;

/** Parses XML text into a positioned tree, refusing DTDs and anything over the limits. */
export function parseXml(text: unknown): XmlResult {
  const start = { line: 1, column: 1 };
  if (typeof text !== 'string') return { ok: false, message: 'is not text', at: start };
  if (text.length > MAX_FILE_CHARS) {
    return { ok: false, message: fileTooLargeMessage(text.length), at: start };
  }
  const lines = computeLineStarts(text);
  const place = (offset: number): At => lineColumnAt(lines, offset);
  const parser = new SaxesParser({ position: true });
  let failure: { message: string; at: At } | undefined;
  const fail = (message: string, at: At = { line: parser.line, column: parser.column + 1 }) => {
    failure ??= { message, at };
  };
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let count = 0;
  let tagStart = 0;
  parser.on('doctype', () => {
    const offset = text.lastIndexOf('<!DOCTYPE', parser.position);
    fail(
      'has a DOCTYPE (DTDs and entity declarations are refused: they can read local files or expand without end)',
      place(Math.max(0, offset)),
    );
  });
  parser.on('opentagstart', () => {
    tagStart = Math.max(0, text.lastIndexOf('<', parser.position - 1));
  });
  parser.on('opentag', (tag) => {
    if (failure) return;
    if (++count > MAX_ELEMENTS) return fail(`has more than ${MAX_ELEMENTS} elements`);
    if (stack.length >= MAX_DEPTH) return fail(`nests elements more than ${MAX_DEPTH} deep`);
    const [prefix, name] = split(tag.name);
    const tagText = text.slice(tagStart, parser.position);
    const attributes = new Map<string, XmlAttribute>();
    for (const [qualified, value] of Object.entries(tag.attributes)) {
      const local = split(qualified)[1];
      if (attributes.has(local)) continue;
      const found = new RegExp(`\\s${escapeRegExp(qualified)}\\s*=`).exec(tagText);
      const offset = found ? tagStart + found.index + 1 : tagStart;
      attributes.set(local, { value: String(value), at: place(offset) });
    }
    const element = { name, prefix, attributes, children: [], text: '', at: place(tagStart) };
    if (stack.length > 0) stack[stack.length - 1].children.push(element);
    else root ??= element;
    if (!tag.isSelfClosing) stack.push(element);
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) stack.pop();
  });
  const addText = (value: string) => {
    const top = stack[stack.length - 1];
    // Text is kept for leaf elements only (GraphML's <data>, GEXF's <description>)
    if (top && top.text.length < 100_000) top.text += value;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('error', (error) => {
    fail(`is not well-formed XML: ${error.message.replace(/^[^:]*\d+:\d+: /, '')}`);
  });
  try {
    parser.write(text).close();
  } catch (error) {
    fail(`is not well-formed XML: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (failure) return { ok: false, ...failure };
  if (!root) return { ok: false, message: 'has no root element (expected XML)', at: start };
  return { ok: true, root };
}

/** The children of an element with a local name. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}

/** The first child of an element with a local name. */
export function childNamed(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((child) => child.name === name);
}

function split(qualified: string): [string, string] {
  const colon = qualified.indexOf(':');
  return colon < 0 ? ['', qualified] : [qualified.slice(0, colon), qualified.slice(colon + 1)];
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
