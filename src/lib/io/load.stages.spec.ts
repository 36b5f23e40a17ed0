/**
 * Like a compiler, loading reports every error of every stage that can still run, in file
 * order: a record that fails its schema does not hide a dangling reference in another file,
 * and it does not cause errors of its own in the records that mention it.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDatasetFiles } from './load';
import { readDatasetFolder } from './node-files';

const dir = fileURLToPath(new URL('./fixtures/valid/', import.meta.url));
const valid = readDatasetFolder(dir);

function load(edits: Record<string, [string, string]>) {
  const files = { ...valid };
  for (const [file, [from, to]] of Object.entries(edits)) {
    if (!files[file].includes(from)) throw new Error(`${file} has no ${from}`);
    files[file] = files[file].replace(from, to);
  }
  const result = loadDatasetFiles(files, { dir: 'graph-data' });
  return result.ok ? [] : result.errors.map((e) => e.text);
}

describe('a dataset with errors in several stages', () => {
  it('reports an impossible month in one file and a dangling reference in another, in file order', () => {
    const errors = load({
      'alliances.json': ['"to": "1925-12"', '"to": "1925-13"'],
      'memberships.json': ['"person": "stalin"', '"person": "nobody"'],
    });
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^graph-data\/memberships\.json:4:\d+ .*unknown person "nobody"/);
    expect(errors[1]).toMatch(/^graph-data\/alliances\.json:8:13 .*"1925-13" is not a date/);
  });

  it('does not report references to a record that failed its schema', () => {
    const errors = load({ 'people.json': ['"born": "1878-12-18"', '"born": "1878-13-18"'] });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/people\.json:\d+:\d+ person "stalin" \.born/);
  });

  it('stops before the cross-record checks when a file cannot be read at all', () => {
    const errors = load({
      'alliances.json': ['"items": [', '"items": [,'],
      'memberships.json': ['"person": "stalin"', '"person": "nobody"'],
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/alliances\.json/);
  });
});
