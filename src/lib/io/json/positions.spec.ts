import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JsonPath } from '../../model/dataset/problems';
import { lineColumn, locate, MAX_DEPTH, parseJson } from './positions';

describe('parseJson', () => {
  it('parses strict JSON into values without prototypes', () => {
    const parsed = parseJson('{"__proto__": {"x": 1}, "a": [1, "b", null, true]}');
    expect(parsed.errors).toEqual([]);
    const value = parsed.value as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBeNull();
    expect(Object.keys(value)).toEqual(['__proto__', 'a']);
    expect(value.a).toEqual([1, 'b', null, true]);
  });

  it('keeps the first of repeated keys and lists the repeats', () => {
    const parsed = parseJson('{"a": {"b": 1, "b": 2}}');
    expect(parsed.value).toEqual({ a: { b: 1 } });
    expect(parsed.duplicateKeys).toEqual([['a', 'b']]);
  });

  it('reports one syntax error, at the first problem', () => {
    const parsed = parseJson('{"a": 1 "b": 2, "c": }');
    expect(parsed.errors).toEqual([
      { offset: 7, message: 'syntax error: expected a comma (before "b")' },
    ]);
  });

  it('refuses nesting deeper than MAX_DEPTH before the parser recurses', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(parseJson(deep).errors[0]).toMatchObject({ offset: MAX_DEPTH });
    // Brackets inside strings do not count
    expect(parseJson(`["${'['.repeat(1000)}"]`).errors).toEqual([]);
    expect(parseJson('['.repeat(MAX_DEPTH) + ']'.repeat(MAX_DEPTH)).errors).toEqual([]);
  });
});

describe('positions', () => {
  const text = '{\n  "items": [\n    { "id": "a" },\n    { "id": 3 }\n  ]\n}\n';
  const parsed = parseJson(text);

  it('maps offsets to 1-based lines and columns', () => {
    expect(lineColumn(parsed, 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn(parsed, text.indexOf('"items"'))).toEqual({ line: 2, column: 3 });
    expect(lineColumn(parsed, text.length)).toEqual({ line: 7, column: 1 });
  });

  it('locates values, keys, and the nearest existing parent', () => {
    expect(locate(parsed, ['items', 1, 'id'])).toEqual({ line: 4, column: 13 });
    expect(locate(parsed, ['items', 1, 'id'], { key: true })).toEqual({ line: 4, column: 7 });
    expect(locate(parsed, ['items', 1, 'name'])).toEqual({ line: 4, column: 5 });
    expect(locate(parsed, ['items', 9])).toEqual({ line: 2, column: 12 });
    expect(locate(parsed, [])).toEqual({ line: 1, column: 1 });
    expect(locate(parseJson(''), ['x'])).toEqual({ line: 1, column: 1 });
  });

  it('locates every value of any JSON document where JSON.stringify wrote it', () => {
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 6 }),
        fc.constantFrom(0, 1, 2, '\t'),
        (value, indent) => {
          const text = JSON.stringify(value, null, indent);
          const parsed = parseJson(text);
          expect(parsed.errors).toEqual([]);
          const lines = text.split('\n');
          for (const [path, leaf] of leaves(parsed.value)) {
            const { line, column } = locate(parsed, path);
            const at = lines[line - 1].slice(column - 1);
            expect(at.startsWith(JSON.stringify(leaf))).toBe(true);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});

/** Every leaf value of a JSON value with its path (keys JSON.stringify would write). */
function leaves(value: unknown, path: JsonPath = []): [JsonPath, unknown][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...path, i]));
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    if (entries.length === 0) return [[path, {}]];
    return entries.flatMap(([k, v]) => leaves(v, [...path, k]));
  }
  return [[path, value]];
}
