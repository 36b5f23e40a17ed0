/**
 * Messages are built from Zod's issue codes, not from its English text: with Zod's messages in
 * another language, every message of a dataset with schema errors reads the same.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadDatasetFiles } from './load';
import { readDatasetFolder } from '../node-files';
import { errorTexts } from '$lib/testing/loaded';

const root = fileURLToPath(new URL('../fixtures/', import.meta.url));
const FIXTURES = ['bad-date', 'bad-enum', 'missing-field', 'unknown-field', 'wrong-type'];

/** The valid fixture with no authors: a size check with no message of the schema's own. */
function noAuthors(): Record<string, string> {
  const files = readDatasetFolder(root + 'valid');
  const dataset = files['dataset.json'].replace('["Factions test suite"]', '[]');
  return { ...files, 'dataset.json': dataset };
}

function messages(): string[] {
  const sets = [...FIXTURES.map((name) => readDatasetFolder(root + name)), noAuthors()];
  return sets.flatMap((files) => {
    const result = loadDatasetFiles(files, { dir: 'graph-data' });
    return errorTexts(result);
  });
}

describe('schema messages', () => {
  afterAll(() => {
    z.config(z.locales.en());
  });

  it('do not change when Zod speaks French or German', () => {
    const english = messages();
    expect(english.length).toBeGreaterThan(FIXTURES.length);
    expect(english.at(-1)).toMatch(
      /dataset\.json:\d+:\d+ .*\.authors: has 0 items \(expected at least 1\)$/,
    );
    for (const locale of [z.locales.fr(), z.locales.de()]) {
      z.config(locale);
      expect(messages()).toEqual(english);
    }
  });
});
