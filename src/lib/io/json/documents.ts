/**
 * One JSON document on its way to validated records: read it within the limits, parse it,
 * check it against its schema, and place every problem found in it.
 */
import type { z } from 'zod';
import {
  formatProblem,
  type JsonPath,
  type LocatedProblem,
  type Problem,
} from '../../model/dataset/problems';
import { fileTooLargeMessage, MAX_FILE_CHARS, MAX_LISTED } from './limits';
import { fromCode, issueMessages } from './issues';
import { lineColumn, locate, parseJson, type ParsedJson } from './positions';
import { child, describePath, type DocumentShape } from './values';

/** A problem not yet placed: at a text offset, or at a path (at its key with `key`). */
export interface Pending {
  problem: Problem;
  offset?: number;
  key?: boolean;
}

/** A document: its name in messages, what it holds, its parse and its problems so far. */
export interface Doc {
  file: string;
  shape: DocumentShape;
  /** Present when the text could be parsed; `clean` when it had no syntax error. */
  parsed?: ParsedJson;
  clean: boolean;
  pending: Pending[];
  /** Errors found but not turned into problems, because too many are listed already. */
  omitted: number;
}

/** An error in a document, at a path; the record and field are read from the path. */
export function problemAt(doc: Doc, path: JsonPath, message: string): Problem {
  const meaning = describePath(doc.shape, doc.parsed?.value, path);
  return { severity: 'error', file: doc.file, path, ...meaning, message };
}

/** Reads and parses a document's text, or says why it cannot be read. */
export function readDocument(file: string, shape: DocumentShape, text: unknown): Doc {
  const doc: Doc = { file, shape, clean: false, pending: [], omitted: 0 };
  const fail = (message: string) =>
    doc.pending.push({ problem: { severity: 'error', file, path: [], message } });
  if (text === undefined) {
    fail(shape.type === 'file' ? 'is missing (every dataset needs this file)' : 'is missing');
  } else if (typeof text !== 'string') fail(`is not text (expected JSON text, got ${typeof text})`);
  else if (text.length > MAX_FILE_CHARS) fail(fileTooLargeMessage(text.length));
  else {
    doc.parsed = parseJson(text);
    doc.clean = doc.parsed.errors.length === 0;
    for (const error of doc.parsed.errors) {
      const problem: Problem = { severity: 'error', file, path: [], message: error.message };
      doc.pending.push({ problem, offset: error.offset });
    }
  }
  return doc;
}

/**
 * A document made in memory (a CSV import's records), not read from text: it has no positions,
 * so its problems are placed at line 1 until their front end moves them to where they came from.
 */
export function valueDocument(file: string, shape: DocumentShape, value: unknown): Doc {
  const parsed: ParsedJson = {
    value,
    root: undefined,
    errors: [],
    duplicateKeys: [],
    lineStarts: [0],
  };
  return { file, shape, parsed, clean: true, pending: [], omitted: 0 };
}

/** The number of records in a cleanly parsed document, before any schema check. */
export function countRecords(doc: Doc): number {
  const value = doc.parsed?.value;
  if (doc.shape.type === 'file') {
    const items = child(value, 'items');
    return Array.isArray(items) ? items.length : 1;
  }
  let count = 0;
  if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value)) {
      const list = child(value, key);
      if (Array.isArray(list)) count += list.length;
    }
  }
  return count;
}

/** Checks a cleanly parsed document against its schema; returns the parsed data when valid. */
export function validateDocument<T>(doc: Doc, schema: z.ZodType<T>): T | undefined {
  const value = doc.parsed?.value;
  for (const path of doc.parsed?.duplicateKeys ?? []) {
    const message = `appears twice in one object (expected each field once; the first is used)`;
    doc.pending.push({ problem: problemAt(doc, path, message), key: true });
  }
  const result = schema.safeParse(value, { error: fromCode });
  if (result.success) return doc.parsed?.duplicateKeys.length ? undefined : result.data;
  // Describing an issue costs time: only describe as many as can be listed
  const issues = result.error.issues;
  doc.omitted += Math.max(0, issues.length - MAX_LISTED);
  for (const issue of issueMessages(issues.slice(0, MAX_LISTED), value)) {
    doc.pending.push({ problem: problemAt(doc, issue.path, issue.message), key: issue.key });
  }
  return undefined;
}

/** Places a pending problem in its document and formats it. */
export function placeProblem(doc: Doc, pending: Pending, dir?: string): LocatedProblem {
  const { problem } = pending;
  let position = { line: 1, column: 1 };
  if (doc.parsed && pending.offset !== undefined) position = lineColumn(doc.parsed, pending.offset);
  else if (doc.parsed?.root) position = locate(doc.parsed, problem.path, { key: pending.key });
  const placed = { ...problem, ...position };
  return { ...placed, text: formatProblem(placed, { dir }) };
}
