/**
 * Property tests: whatever the input, the loader returns (never throws), and every error it
 * returns is placed at a real line and column of a named file, with a message.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDataset } from '../../model/dataset/dataset';
import { loadBundle, loadDatasetFiles, requiredFiles, type LoadResult } from './load';

const fixture = fileURLToPath(new URL('../fixtures/valid/', import.meta.url));
const validFiles: Record<string, string> = {};
for (const file of readdirSync(fixture)) validFiles[file] = readFileSync(fixture + file, 'utf8');

/** Checks the loader's promises about a result; `texts` are the files, to bound positions. */
function expectWellFormed(result: LoadResult, texts: Record<string, unknown>): void {
  const problems = result.ok ? result.warnings : [...result.errors, ...result.warnings];
  if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
  for (const problem of problems) {
    expect(problem.line).toBeGreaterThanOrEqual(1);
    expect(problem.column).toBeGreaterThanOrEqual(1);
    expect(problem.message.length).toBeGreaterThan(0);
    expect(problem.text).toContain(problem.file);
    const text = texts[problem.file];
    if (typeof text === 'string') {
      expect(problem.line).toBeLessThanOrEqual(text.split(/\r\n|\r|\n/).length);
    }
  }
  // Whatever passes the loader also passes the cross-record checks
  if (result.ok)
    expect(checkDataset(result.data).filter((p) => p.severity === 'error')).toEqual([]);
}

const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
);
const jsonText = fc.jsonValue().map((value) => JSON.stringify(value));
const fileName = fc.constantFrom(...requiredFiles, 'layout.json');

describe('random input', () => {
  it('returns located errors for random text as a bundle', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, jsonText), (text) => {
        const result = loadBundle(text, 'random.json');
        expect(result.ok).toBe(false);
        expectWellFormed(result, { 'random.json': text });
      }),
      { numRuns: 1000 },
    );
  });

  it('returns errors for any value at all as a bundle', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const result = loadBundle(value as string);
        expect(result.ok).toBe(false);
        expectWellFormed(result, {});
      }),
      { numRuns: 1000 },
    );
  });

  it('returns located errors for random text or values as one file of a folder', () => {
    fc.assert(
      fc.property(fileName, fc.oneof(anyText, jsonText, fc.anything()), (file, content) => {
        const files: Record<string, unknown> = { ...validFiles, [file]: content };
        const result = loadDatasetFiles(files as Record<string, string>, { dir: 'x' });
        expectWellFormed(result, files);
      }),
      { numRuns: 1000 },
    );
  });

  it('returns located errors for random values as the whole file map', () => {
    fc.assert(
      fc.property(fc.anything(), (files) => {
        const result = loadDatasetFiles(files as Record<string, string>);
        expect(result.ok).toBe(false);
        expectWellFormed(result, {});
      }),
      { numRuns: 1000 },
    );
  });

  it('returns located errors when text is inserted into or cut out of a valid file', () => {
    const edit = fc.record({
      file: fileName,
      at: fc.nat(),
      cut: fc.nat({ max: 20 }),
      insert: fc.oneof(
        fc.string({ maxLength: 5 }),
        fc.constantFrom('{', '}', '[', ']', ',', '"', ':', '//', '/*'),
      ),
    });
    fc.assert(
      fc.property(edit, ({ file, at, cut, insert }) => {
        const text = validFiles[file];
        const position = at % (text.length + 1);
        const edited = text.slice(0, position) + insert + text.slice(position + cut);
        const files = { ...validFiles, [file]: edited };
        expectWellFormed(loadDatasetFiles(files), files);
      }),
      { numRuns: 1000 },
    );
  });
});
