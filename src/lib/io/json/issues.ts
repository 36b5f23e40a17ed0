/**
 * Readable messages for Zod issues: each names what was wrong and what was expected, using the
 * value actually found in the file. Built from each issue's code and fields, never from Zod's
 * own English text: validation runs with `fromCode` as its error map, so Zod's wording never
 * reaches a user and a schema's own message (`error:` in schema.ts) is the one that is not the
 * map's mark. Only the issues that are listed get their text (`zodMessage`).
 */
import type { z } from 'zod';
import { quote, typeName, type JsonPath } from '../../model/dataset/problems';
import { hasAt, valueAt } from './values';

/** A schema problem at a path of a document; `key` asks to point at the field name. */
export interface IssueMessage {
  path: JsonPath;
  message: string;
  key?: boolean;
}

type Issue = z.core.$ZodIssue;
type RawIssue = z.core.$ZodRawIssue;

/** The mark the error map leaves on issues without a message of the schema's own. */
const FROM_CODE = '\u0000from-code';

/**
 * The error map validation runs with (`schema.safeParse(value, { error: fromCode })`): it only
 * marks the issue. Describing costs time, and a large file can have thousands of issues of
 * which the first few are listed, so `issueMessages` writes the text of those alone.
 */
export const fromCode = (): string => FROM_CODE;

/** The message of an issue the schema gives no message of its own, from its code and fields. */
export function zodMessage(issue: RawIssue): string {
  const value = issue.input;
  const missing = value === undefined;
  switch (issue.code) {
    case 'invalid_type':
      if (missing) return `is missing (expected ${issue.expected})`;
      if (issue.expected === 'int') return `expected an integer, got ${quote(value)}`;
      return `expected ${issue.expected}, got ${typeName(value)}`;
    case 'invalid_value': {
      const allowed = issue.values.map((v) => quote(v)).join(', ');
      const expected = issue.values.length === 1 ? allowed : `one of ${allowed}`;
      return missing
        ? `is missing (expected ${expected})`
        : `${quote(value)} is not allowed (expected ${expected})`;
    }
    case 'too_small':
    case 'too_big':
      return describeSize(issue, value);
    case 'invalid_format':
      return `${quote(value)} is not in the expected format`;
    case 'invalid_union':
      return `${quote(value)} matches none of the allowed forms`;
    case 'invalid_key':
      return 'is not allowed';
    case 'unrecognized_keys':
      return 'has unknown fields';
    default:
      return `${quote(value)} is not allowed`;
  }
}

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
      const inner = issue.issues[0];
      const own = inner && ownMessage(inner);
      out.push({ path, message: `field name ${quote(key)} ${own ?? 'is not allowed'}`, key: true });
    } else {
      out.push({ path, message: describeIssue(issue, path, document) });
    }
  }
  return out;
}

/** The schema's own message of an issue, or undefined when the error map marked it. */
function ownMessage(issue: Issue): string | undefined {
  return issue.message === FROM_CODE ? undefined : issue.message;
}

function describeIssue(issue: Issue, path: JsonPath, document: unknown): string {
  const input = hasAt(document, path) ? valueAt(document, path) : undefined;
  const own = ownMessage(issue);
  if (own === undefined) return zodMessage({ ...issue, input } as RawIssue);
  // A failed pattern or check says what the value is not ("is not a date (…)"): name the value
  if (issue.code === 'invalid_format' || issue.code === 'custom') return `${quote(input)} ${own}`;
  return own;
}

function describeSize(
  issue: { code: 'too_small' | 'too_big'; minimum?: unknown; maximum?: unknown },
  value: unknown,
): string {
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
