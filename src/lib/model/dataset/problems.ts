/**
 * Problems found in a dataset: what the loader and the cross-record checks report.
 * A problem names the file, a JSON path into it, the record and field, and what was expected.
 */
import type { FileName } from './schema';

export type Severity = 'error' | 'warning';

/** A path into a JSON document: object keys and array indexes. */
export type JsonPath = (string | number)[];

/** The kind of record a problem is in, as written in messages. */
export type RecordKind =
  | 'dataset'
  | 'source'
  | 'person'
  | 'faction'
  | 'membership'
  | 'alliance'
  | 'rivalry'
  | 'betrayal'
  | 'event'
  | 'layout'
  | 'tour';

/** The kind of record each file (or bundle key) holds. */
export const recordKinds: Record<FileName, RecordKind> = {
  dataset: 'dataset',
  sources: 'source',
  people: 'person',
  factions: 'faction',
  memberships: 'membership',
  alliances: 'alliance',
  rivalries: 'rivalry',
  betrayals: 'betrayal',
  events: 'event',
  layout: 'layout',
  tours: 'tour',
};

export interface Problem {
  severity: Severity;
  /** File name without folder (`alliances.json`), or the bundle's name. */
  file: string;
  /** JSON path into that file, e.g. `['items', 3, 'to']`. */
  path: JsonPath;
  /** The kind of record the problem is in, when it is in one. */
  kind?: RecordKind;
  /** The record's id; for memberships `person→faction`. */
  recordId?: string;
  /** The field within the record, e.g. `to` or `sources[0].source`. */
  field?: string;
  /** What was wrong and what was expected. */
  message: string;
  /**
   * Another record the problem names (the first holder of a duplicate id), kept apart so that
   * a front end can say where it is in its own terms: the message is `lead (collection[index])`.
   */
  other?: OtherRecord;
  /**
   * A record the problem names but did not find (a dangling reference, a position of no node):
   * its id and the kinds it was expected to be. A loader leaves the problem out when that
   * record failed its schema.
   */
  missing?: MissingRecord;
  /** 1-based line of the value in the file, once located. */
  line?: number;
  /** 1-based column of the value in the file, once located. */
  column?: number;
  /** The formatted one-line text, once located (always set on a LocatedProblem). */
  text?: string;
}

/** A record a problem names besides its own: its collection and index, and the message before it. */
export interface OtherRecord {
  collection: string;
  index: number;
  lead: string;
}

/** A record named by id that is not there, and the kinds of record it may be. */
export interface MissingRecord {
  id: string;
  kinds: readonly RecordKind[];
}

/** The message of a problem about another record: `lead (collection[index])`. */
export function otherRecordMessage(other: OtherRecord): string {
  return `${other.lead} (${other.collection}[${other.index}])`;
}

/** A problem the loader has placed in its file, with its formatted text. */
export interface LocatedProblem extends Problem {
  line: number;
  column: number;
  /** `graph-data/alliances.json:41:12 alliance "stalin-bukharin" .to: …` */
  text: string;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Shortens long text for messages so that a 1 MB value never ends up in one. */
export function truncate(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** Quotes a value from the data for a message: `"1928-13"`, `1928`, `null`. */
export function quote(value: unknown, max = 60): string {
  if (typeof value === 'string') return JSON.stringify(truncate(value, max));
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) {
    return String(value);
  }
  return Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : 'a value';
}

/** Formats a path within a record as a field name: `sources[0].source`, `positions.stalin.x`. */
export function fieldName(path: readonly (string | number)[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) out += `${out ? '.' : ''}${truncate(segment, 40)}`;
    else out += `[${JSON.stringify(truncate(segment, 40))}]`;
  }
  return out;
}

/**
 * Formats a problem on one line: file, position, record, field and message, e.g.
 * `graph-data/alliances.json:41:12 alliance "stalin-bukharin" .to: "1928-13" is not a date …`.
 */
export function formatProblem(problem: Problem, options: { dir?: string } = {}): string {
  const dir = options.dir ? options.dir.replace(/[\\/]+$/, '') + '/' : '';
  const position = problem.line ? `:${problem.line}:${problem.column ?? 1}` : '';
  const parts: string[] = [];
  if (problem.kind) parts.push(recordLabel(problem));
  if (problem.field)
    parts.push(problem.field.startsWith('[') ? problem.field : `.${problem.field}`);
  const subject = parts.length > 0 ? ` ${parts.join(' ')}:` : '';
  return `${dir}${problem.file}${position}${subject} ${problem.message}`;
}

/** `alliance "stalin-bukharin"`, or `person at index 3` when the record has no usable id. */
function recordLabel(problem: Problem): string {
  if (problem.recordId !== undefined) return `${problem.kind} ${quote(problem.recordId, 80)}`;
  const index = problem.path.find((segment) => typeof segment === 'number');
  return index === undefined ? `${problem.kind}` : `${problem.kind} at index ${index}`;
}

/**
 * How problems name a membership, which has no id: `stalin→politburo`. (The timeline and the
 * lookup key memberships by `membershipKey`, which adds the start.)
 */
export function membershipSubject(person: string, faction: string): string {
  return `${person}→${faction}`;
}

/** `string`, `number`, `array`, `null`, … as a JSON user thinks of types. */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
