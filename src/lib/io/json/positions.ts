/**
 * Strict JSON parsing that keeps source positions, so that problems can say `file:line:column`.
 * Built on jsonc-parser's tree (comments and trailing commas are reported as errors).
 */
import {
  findNodeAtLocation,
  getNodePath,
  parseTree,
  type Node,
  type ParseError,
} from 'jsonc-parser';
import type { JsonPath } from '../../model/dataset/problems';
import { computeLineStarts, deepestOffset, lineColumnAt } from './scan';
import { syntaxMessage } from './syntax';

/** Deepest nesting of arrays and objects accepted (a dataset needs about 7). */
export const MAX_DEPTH = 64;

/** Most repeated keys reported per document. */
const MAX_DUPLICATES = 1_000;

/** A syntax error at an offset of the text. */
export interface SyntaxProblem {
  offset: number;
  message: string;
}

/** JSON text parsed into a value and a tree of positions. */
export interface ParsedJson {
  /** The parsed value; objects have no prototype, so `__proto__` is an ordinary key. */
  value: unknown;
  /** The syntax tree, for positions (undefined when the text holds no value). */
  root: Node | undefined;
  /** Syntax errors; the value is only meaningful when there are none. */
  errors: SyntaxProblem[];
  /** Paths of keys an object repeats (the first occurrence wins). */
  duplicateKeys: JsonPath[];
  /** Offsets at which each line starts. */
  lineStarts: number[];
}

/** Parses strict JSON text (a leading byte order mark is allowed). Never throws. */
export function parseJson(text: string): ParsedJson {
  const lineStarts = computeLineStarts(text);
  // A BOM becomes a space so that offsets stay those of the original text
  const source = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
  const tooDeep = deepestOffset(source, MAX_DEPTH);
  if (tooDeep >= 0) {
    const message = `nests arrays and objects deeper than ${MAX_DEPTH} levels (the limit)`;
    return unparsed(tooDeep, message, lineStarts);
  }
  const parseErrors: ParseError[] = [];
  let root: Node | undefined;
  try {
    root = parseTree(source, parseErrors, { disallowComments: true, allowTrailingComma: false });
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'unknown error';
    return unparsed(0, `could not be parsed (${reason})`, lineStarts);
  }
  // Only the first error: the ones after it are mostly its echoes
  const errors = parseErrors.slice(0, 1).map((e) => syntaxMessage(source, e));
  if (!root && errors.length === 0)
    errors.push({ offset: 0, message: 'syntax error: expected a value' });
  const duplicateKeys: JsonPath[] = [];
  const value = root ? nodeValue(root, duplicateKeys) : undefined;
  return { value, root, errors, duplicateKeys, lineStarts };
}

function unparsed(offset: number, message: string, lineStarts: number[]): ParsedJson {
  return {
    value: undefined,
    root: undefined,
    errors: [{ offset, message }],
    duplicateKeys: [],
    lineStarts,
  };
}

/** The 1-based line and column of an offset. */
export function lineColumn(parsed: ParsedJson, offset: number): { line: number; column: number } {
  return lineColumnAt(parsed.lineStarts, offset);
}

/**
 * The position of the value at `path` (of its key with `key: true`), or of the nearest
 * enclosing value that exists, e.g. the record object when a required field is missing.
 */
export function locate(
  parsed: ParsedJson,
  path: JsonPath,
  options: { key?: boolean } = {},
): { line: number; column: number } {
  if (!parsed.root) return { line: 1, column: 1 };
  for (let length = path.length; length >= 0; length--) {
    const node = findNodeAtLocation(parsed.root, path.slice(0, length));
    if (!node) continue;
    const atKey = options.key && length === path.length && node.parent?.type === 'property';
    return lineColumn(parsed, atKey && node.parent ? node.parent.offset : node.offset);
  }
  return lineColumn(parsed, parsed.root.offset);
}

/** Builds the value of a node; objects get no prototype so no key can reach Object.prototype. */
function nodeValue(node: Node, duplicates: JsonPath[]): unknown {
  if (node.type === 'array') return (node.children ?? []).map((c) => nodeValue(c, duplicates));
  if (node.type !== 'object') return node.value;
  const object: Record<string, unknown> = Object.create(null);
  for (const property of node.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    if (!keyNode || typeof keyNode.value !== 'string') continue;
    const key: string = keyNode.value;
    if (Object.prototype.hasOwnProperty.call(object, key)) {
      // Capped: finding a path scans the arrays above it, and a hostile file may repeat a lot
      if (duplicates.length < MAX_DUPLICATES) duplicates.push(getNodePath(keyNode));
    } else object[key] = valueNode ? nodeValue(valueNode, duplicates) : undefined;
  }
  return object;
}
