/**
 * Fuzzing with the REAL dataset (graph-data/): structured mutations of its files — dropped
 * fields, values of the wrong type, dangling references, duplicate ids, huge strings, deep
 * nesting, keys such as `__proto__` and `constructor`, whole files replaced by random JSON.
 * Whatever happens, the loader returns (no throw; its speed is the benchmark's), and every problem it reports is placed
 * at a line and column inside the part of the file its path names.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { nested, setOwn } from '$lib/testing/json-mutations';
import type { JsonPath, LocatedProblem } from '../../model/dataset/problems';
import { loadBundle, loadDatasetFiles, type LoadResult } from './load';

const dir = fileURLToPath(new URL('../../../../graph-data/', import.meta.url));
const realDocs: Record<string, unknown> = {};
for (const file of readdirSync(dir).filter((name) => name.endsWith('.json')))
  realDocs[file] = JSON.parse(readFileSync(dir + file, 'utf8'));
const fileNames = Object.keys(realDocs).sort();
const collections = fileNames.filter((name) => !['dataset.json', 'layout.json'].includes(name));

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype);
const ARRAY_KEYS = Object.getOwnPropertyNames(Array.prototype);

/** Fields that hold ids of other records, per collection. */
const REFERENCE_FIELDS = ['a', 'b', 'by', 'against', 'person', 'faction', 'ends', 'endedBy'];

type Json = Record<string, unknown> | unknown[];
type Item = Record<string, unknown>;

const mutation = fc.oneof(
  fc.record({ op: fc.constant('drop' as const) }),
  fc.record({ op: fc.constant('retype' as const), value: fc.jsonValue({ maxDepth: 3 }) }),
  fc.record({ op: fc.constant('dangle' as const), id: fc.stringMatching(/^zz-[a-z]{1,8}$/) }),
  fc.record({ op: fc.constant('duplicate' as const) }),
  fc.record({ op: fc.constant('huge' as const), size: fc.integer({ min: 20_001, max: 300_000 }) }),
  fc.record({ op: fc.constant('deep' as const), depth: fc.integer({ min: 1, max: 200 }) }),
  fc.record({
    op: fc.constant('proto' as const),
    key: fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'),
    value: fc.jsonValue({ maxDepth: 2 }),
    asId: fc.boolean(),
  }),
  fc.record({ op: fc.constant('replace' as const), value: fc.jsonValue({ maxDepth: 4 }) }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

/** What a mutation must make the loader report, when it must report something. */
interface Expectation {
  /** An error whose path starts with this one (the mutated record or field). */
  errorAt?: JsonPath;
}

/** Applies `m` to the `pick`-th record (and `keyPick`-th field) of `doc`, in place. */
function mutate(file: string, doc: Json, pick: number, keyPick: number, m: Mutation): Expectation {
  const items = (doc as { items?: Item[] }).items;
  const isCollection = Array.isArray(items) && items.length > 0;
  const index = isCollection ? pick % items.length : 0;
  const record: Item = isCollection ? items[index] : (doc as Item);
  const base: JsonPath = isCollection ? ['items', index] : [];
  const keys = Object.keys(record);
  const key = keys[keyPick % keys.length] ?? 'id';
  switch (m.op) {
    case 'drop':
      delete record[key];
      return {};
    case 'retype':
      setOwn(record, key, m.value);
      return {};
    case 'dangle': {
      const refs = REFERENCE_FIELDS.filter((field) => typeof record[field] === 'string');
      if (refs.length === 0 || !isCollection) return {};
      const field = refs[keyPick % refs.length];
      record[field] = m.id;
      return { errorAt: [...base, field] };
    }
    case 'duplicate': {
      if (!isCollection || items.length < 2 || typeof record.id !== 'string') return {};
      const other = items[(index + 1) % items.length];
      if (typeof other.id !== 'string') return {};
      record.id = other.id;
      return { errorAt: ['items'] };
    }
    case 'huge': {
      // Over the schema's 20,000-character limit for text: an error at that field
      const wasText = typeof record[key] === 'string' && key !== '$schema';
      setOwn(record, key, 'x'.repeat(m.size));
      return wasText && file !== 'layout.json' ? { errorAt: [...base, key] } : {};
    }
    case 'deep':
      // A value wrapped in arrays and objects is never of the right type (or is too deep)
      setOwn(record, key, nested(m.depth, record[key] ?? 1));
      return { errorAt: [] };
    case 'proto':
      if (!m.asId) {
        // Not a field of any record: refused as an unknown field, not swallowed
        setOwn(record, m.key, m.value);
        return { errorAt: base };
      }
      if (!isCollection) return {};
      record.id = m.key;
      // `constructor` and `prototype` are valid ids and must simply work
      return /^[a-z]+$/.test(m.key) ? {} : { errorAt: base };
    case 'replace':
      return { errorAt: [] };
  }
}

/** The text range a path names: the deepest node along it that exists (with its key). */
function rangeOf(root: Node | undefined, path: JsonPath): { start: number; end: number } {
  if (!root) return { start: 0, end: Infinity };
  for (let n = path.length; n >= 0; n--) {
    const node = findNodeAtLocation(root, path.slice(0, n));
    if (!node) continue;
    const whole = node.parent?.type === 'property' ? node.parent : node;
    return { start: whole.offset, end: whole.offset + whole.length };
  }
  return { start: 0, end: Infinity };
}

/** Where each line starts; `\r\n`, `\r` and `\n` all end a line, as in the loader. */
function lineStarts(text: string): number[] {
  return [0, ...[...text.matchAll(/\r\n|\r|\n/g)].map((m) => m.index + m[0].length)];
}

/** Every problem is placed in its file, inside the part its path names, and explained. */
function expectLocated(result: LoadResult, texts: Record<string, string>): void {
  const problems: LocatedProblem[] = result.ok
    ? result.warnings
    : [...result.errors, ...result.warnings];
  if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
  const trees = new Map<string, { root: Node | undefined; starts: number[] }>();
  const treeOf = (file: string) => {
    if (!trees.has(file))
      trees.set(file, { root: parseTree(texts[file]), starts: lineStarts(texts[file]) });
    return trees.get(file) as { root: Node | undefined; starts: number[] };
  };
  for (const problem of problems) {
    expect(problem.message.trim()).not.toBe('');
    expect(problem.text.length).toBeLessThan(2_000);
    expect(problem.text).toContain(`${problem.file}:${problem.line}:${problem.column}`);
    const text = texts[problem.file];
    expect(text, `problem in an unknown file: ${problem.text}`).toBeTypeOf('string');
    const { root, starts } = treeOf(problem.file);
    expect(problem.line).toBeGreaterThanOrEqual(1);
    expect(problem.line).toBeLessThanOrEqual(starts.length);
    expect(problem.column).toBeGreaterThanOrEqual(1);
    const lineEnd = problem.line < starts.length ? starts[problem.line] : text.length + 1;
    expect(starts[problem.line - 1] + problem.column - 1).toBeLessThanOrEqual(lineEnd);
    if (problem.path.length > 0 && !problem.message.startsWith('…')) {
      const offset = starts[problem.line - 1] + problem.column - 1;
      const { start, end } = rangeOf(root, problem.path);
      expect(offset, problem.text).toBeGreaterThanOrEqual(start);
      expect(offset, problem.text).toBeLessThanOrEqual(end);
    }
  }
  // No `__proto__` key reached a real prototype
  expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(PROTOTYPE_KEYS);
  expect(Object.getOwnPropertyNames(Array.prototype)).toEqual(ARRAY_KEYS);
}

function expectErrorAt(result: LoadResult, file: string, path: JsonPath | undefined): void {
  if (path === undefined) return;
  expect(result.ok).toBe(false);
  if (result.ok) return;
  const starts = (p: JsonPath) => path.every((segment, i) => p[i] === segment);
  const hit = result.errors.some((e) => e.file === file && starts(e.path));
  expect(hit, `an error at ${file} ${JSON.stringify(path)}`).toBe(true);
}

function realTexts(): Record<string, string> {
  return Object.fromEntries(
    fileNames.map((name) => [name, JSON.stringify(realDocs[name], null, 2)]),
  );
}

describe('mutations of the real dataset (graph-data)', () => {
  it('the real dataset loads (the baseline the mutations start from)', () => {
    expect(loadDatasetFiles(realTexts()).ok).toBe(true);
  });

  it('folder: one mutation in one file; never throws, always located', () => {
    const texts = realTexts();
    fc.assert(
      fc.property(
        fc.constantFrom(...fileNames),
        fc.nat(),
        fc.nat(),
        mutation,
        fc.constantFrom(0, 2),
        (file, pick, keyPick, m, indent) => {
          const doc = structuredClone(realDocs[file]) as Json;
          const expected = mutate(file, doc, pick, keyPick, m);
          const files = {
            ...texts,
            [file]: JSON.stringify(m.op === 'replace' ? m.value : doc, null, indent),
          };
          const result = loadDatasetFiles(files);
          expectLocated(result, files);
          expectErrorAt(result, file, expected.errorAt);
        },
      ),
      // Each run loads the whole dataset (about 0.2 s on a quiet machine, 150+ records more since)
      { numRuns: 300 },
    );
  }, 300_000);

  it('bundle: one mutation in a bundle of the real dataset; never throws, always located', () => {
    const bundle: Record<string, unknown> = {};
    for (const file of fileNames) {
      const name = file.replace('.json', '');
      const doc = realDocs[file] as { items?: unknown };
      bundle[name] = collections.includes(file) ? doc.items : doc;
    }
    fc.assert(
      fc.property(
        fc.constantFrom(...collections),
        fc.nat(),
        fc.nat(),
        mutation,
        (file, pick, keyPick, m) => {
          const copy = structuredClone(bundle);
          const name = file.replace('.json', '');
          const doc = { items: copy[name] };
          mutate(file, doc, pick, keyPick, m);
          copy[name] = m.op === 'replace' ? m.value : doc.items;
          const text = JSON.stringify(copy, null, 2);
          const result = loadBundle(text, 'bundle.json');
          expectLocated(result, { 'bundle.json': text });
        },
      ),
      { numRuns: 150 },
    );
  }, 300_000);

  it('random text and random JSON: never throws, always located', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 2_000 }),
      fc.jsonValue({ maxDepth: 8 }).map((value) => JSON.stringify(value, null, 1)),
      // Real records under random keys, and random values under real keys
      fc
        .dictionary(
          fc.constantFrom(...fileNames.map((f) => f.replace('.json', ''))),
          fc.jsonValue(),
        )
        .map((value) => JSON.stringify(value, null, 2)),
    );
    fc.assert(
      fc.property(text, (input) => {
        const result = loadBundle(input, 'random.json');
        expect(result.ok).toBe(false);
        expectLocated(result, { 'random.json': input });
      }),
      { numRuns: 1000 },
    );
  });
});
