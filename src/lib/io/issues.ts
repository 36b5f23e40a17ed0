/**
 * Readable messages for Zod issues: each names what was wrong and what was expected, using the
 * value actually found in the file (Zod's issues do not carry it by default).
 */
import type { z } from 'zod';
import { quote, type JsonPath } from '../model/problems';
import { hasAt, valueAt } from './values';

/** A schema problem at a path of a document; `key` asks to point at the field name. */
export interface IssueMessage {
  path: JsonPath;
  message: string;
  key?: boolean;
}

type Issue = z.core.$ZodIssue;

// Messages Zod writes itself; the schemas' own messages start with "is " or "has "
const ZOD_DEFAULT = /^(Invalid|Too (small|big)|Unrecognized)/;

/** Turns Zod issues about `document` into messages, one per problem. */
export function issueMessages(issues: readonly Issue[], document: unknown): IssueMessage[] {
  const out: IssueMessage[] = [];
  for (const issue of issues) {
    const path = issue.path.map((s) => (typeof s === 'number' ? s : String(s)));
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push({ path: [...path, key], message: `unknown field ${quote(key)}`, key: true });
      }
    } else if (issue.code === 'invalid_key') {
      const key = path[path.length - 1];
      const inner = issue.issues[0]?.message ?? 'is not allowed';
      const message = `field name ${quote(key)} ${ZOD_DEFAULT.test(inner) ? 'is not allowed' : inner}`;
      out.push({ path, message, key: true });
    } else {
      out.push({ path, message: describeIssue(issue, path, document) });
    }
  }
  return out;
}

function describeIssue(issue: Issue, path: JsonPath, document: unknown): string {
  const value = valueAt(document, path);
  const missing = !hasAt(document, path);
  const custom = ZOD_DEFAULT.test(issue.message) ? undefined : issue.message;
  switch (issue.code) {
    case 'invalid_type': {
      // A custom "is not a date (expected YYYY, …)" names the thing better than "string"
      const named = custom && /^is not (an? [^(]+?) \((?:expected )?(.+)\)$/.exec(custom);
      if (missing) {
        return `is missing (expected ${named ? `${named[1]}: ${named[2]}` : issue.expected})`;
      }
      if (issue.expected === 'int') return `expected an integer, got ${quote(value)}`;
      const expected = named ? `${named[1]} (${named[2]})` : issue.expected;
      return `expected ${expected}, got ${typeName(value)}`;
    }
    case 'invalid_value': {
      const allowed = issue.values.map((v) => quote(v)).join(', ');
      const expected = issue.values.length === 1 ? allowed : `one of ${allowed}`;
      return missing
        ? `is missing (expected ${expected})`
        : `${quote(value)} is not allowed (expected ${expected})`;
    }
    case 'too_small':
    case 'too_big':
      return custom ?? describeSize(issue, value);
    default:
      if (custom) return /^is not\b/.test(custom) ? `${quote(value)} ${custom}` : custom;
      if (issue.code === 'invalid_format') return `${quote(value)} is not in the expected format`;
      if (issue.code === 'invalid_union')
        return `${quote(value)} matches none of the allowed forms`;
      return issue.message;
  }
}

function describeSize(issue: Issue & { code: 'too_small' | 'too_big' }, value: unknown): string {
  const small = issue.code === 'too_small';
  const limit = Number(small ? issue.minimum : issue.maximum).toLocaleString('en-US');
  const bound = small ? `at least ${limit}` : `at most ${limit}`;
  if (typeof value === 'number')
    return `${value} is too ${small ? 'small' : 'large'} (expected ${bound})`;
  if (typeof value === 'string') {
    const length = value.length.toLocaleString('en-US');
    return `is too ${small ? 'short' : 'long'} (${length} characters; expected ${bound})`;
  }
  if (Array.isArray(value)) {
    return `has ${value.length.toLocaleString('en-US')} items (expected ${bound})`;
  }
  return `is too ${small ? 'small' : 'large'} (expected ${bound})`;
}

/** `string`, `number`, `array`, `null`, … as a JSON user thinks of types. */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
