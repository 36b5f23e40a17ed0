/**
 * Structured mutations of the valid fixture: drop a field, give it a value of another type,
 * dangle a reference, blow up a string, nest deeply, add prototype-ish keys. Whatever
 * happens, the loader returns, and every error is placed and explained.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nested, setOwn } from '$lib/testing/json-mutations';
import type { JsonPath } from '../../model/dataset/problems';
import { loadBundle, loadDatasetFiles, type LoadResult } from './load';

const fixture = fileURLToPath(new URL('../fixtures/valid/', import.meta.url));
const validDocs: Record<string, unknown> = {};
for (const file of readdirSync(fixture))
  validDocs[file] = JSON.parse(readFileSync(fixture + file, 'utf8'));

type Json = Record<string, unknown> | unknown[];

/** Every object in a document, with its path; mutations pick one. */
function objects(value: unknown, path: JsonPath = []): [JsonPath, Record<string, unknown>][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => objects(v, [...path, i]));
  if (typeof value !== 'object' || value === null) return [];
  const own: [JsonPath, Record<string, unknown>] = [path, value as Record<string, unknown>];
  return [own, ...Object.entries(value).flatMap(([k, v]) => objects(v, [...path, k]))];
}

const replacement = fc.oneof(
  fc.record({ op: fc.constant('drop' as const) }),
  fc.record({ op: fc.constant('retype' as const), value: fc.jsonValue({ maxDepth: 3 }) }),
  fc.record({
    op: fc.constant('dangle' as const),
    value: fc.stringMatching(/^[a-z]{1,8}(-[a-z]{1,5})?$/),
  }),
  fc.record({ op: fc.constant('deep' as const), depth: fc.integer({ min: 1, max: 300 }) }),
  fc.record({
    op: fc.constant('proto' as const),
    key: fc.constantFrom('__proto__', 'constructor', 'prototype'),
    value: fc.jsonValue({ maxDepth: 2 }),
  }),
);

type Op = typeof replacement extends fc.Arbitrary<infer T> ? T : never;

/** Applies a mutation to the `pick`-th object of `doc`, at its `keyPick`-th key. */
function mutate(doc: Json, pick: number, keyPick: number, op: Op): void {
  const all = objects(doc);
  const [, target] = all[pick % all.length];
  const keys = Object.keys(target);
  const key = keys.length > 0 ? keys[keyPick % keys.length] : 'id';
  if (op.op === 'drop') delete target[key];
  else if (op.op === 'retype' || op.op === 'dangle') setOwn(target, key, op.value);
  else if (op.op === 'deep') setOwn(target, key, nested(op.depth, target[key] ?? 1));
  else setOwn(target, op.key, op.value);
}

function expectWellFormed(result: LoadResult): void {
  const problems = result.ok ? result.warnings : [...result.errors, ...result.warnings];
  for (const problem of problems) {
    expect(problem.line).toBeGreaterThanOrEqual(1);
    expect(problem.column).toBeGreaterThanOrEqual(1);
    expect(problem.message.trim().length).toBeGreaterThan(0);
    expect(problem.text).toContain(problem.file);
  }
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

const fileNames = Object.keys(validDocs);
const target = fc.record({
  file: fc.constantFrom(...fileNames),
  pick: fc.nat(),
  keyPick: fc.nat(),
});

describe('mutations of the valid fixture', () => {
  it('folder: one mutation in one file', () => {
    fc.assert(
      fc.property(
        target,
        replacement,
        fc.constantFrom(0, 2),
        ({ file, pick, keyPick }, op, indent) => {
          const doc = structuredClone(validDocs[file]) as Json;
          mutate(doc, pick, keyPick, op);
          const files: Record<string, string> = {};
          for (const name of fileNames) files[name] = JSON.stringify(validDocs[name], null, 2);
          files[file] = JSON.stringify(doc, null, indent);
          const result = loadDatasetFiles(files);
          expectWellFormed(result);
          // Changing a value to something of another type always fails
          if (op.op === 'retype' && op.value === null) expect(result.ok).toBe(false);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('bundle: one mutation anywhere in the bundle', () => {
    const bundle: Record<string, unknown> = {};
    for (const [file, doc] of Object.entries(validDocs)) {
      const name = file.replace('.json', '');
      bundle[name] =
        name === 'dataset' || name === 'layout' ? doc : (doc as { items: unknown }).items;
    }
    fc.assert(
      fc.property(fc.nat(), fc.nat(), replacement, (pick, keyPick, op) => {
        const doc = structuredClone(bundle);
        mutate(doc, pick, keyPick, op);
        expectWellFormed(loadBundle(JSON.stringify(doc, null, 2)));
      }),
      { numRuns: 1000 },
    );
  });

  it('huge strings up to 1 MB in any field', () => {
    fc.assert(
      fc.property(
        target,
        fc.integer({ min: 0, max: 1024 * 1024 }),
        ({ file, pick, keyPick }, size) => {
          const doc = structuredClone(validDocs[file]) as Json;
          const all = objects(doc);
          const [, object] = all[pick % all.length];
          const keys = Object.keys(object);
          setOwn(object, keys[keyPick % keys.length] ?? 'id', 'x'.repeat(size));
          const result = loadDatasetFiles({ ...texts(), [file]: JSON.stringify(doc) });
          expectWellFormed(result);
          for (const problem of result.ok ? [] : result.errors)
            expect(problem.text.length).toBeLessThan(2_000);
        },
      ),
      { numRuns: 30 },
    );
  });
});

function texts(): Record<string, string> {
  return Object.fromEntries(fileNames.map((name) => [name, JSON.stringify(validDocs[name])]));
}
