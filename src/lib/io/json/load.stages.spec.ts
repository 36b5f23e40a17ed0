/**
 * Like a compiler, loading reports every error of every stage that can still run, in file
 * order: a record that fails its schema does not hide a dangling reference in another file,
 * and it does not cause errors of its own in the records that mention it.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadBundle, loadDatasetFiles } from './load';
import { readDatasetFolder } from '../node-files';
import { errorTexts } from '$lib/testing/loaded';

const dir = fileURLToPath(new URL('../fixtures/valid/', import.meta.url));
const valid = readDatasetFolder(dir);

function load(edits: Record<string, [string, string]>) {
  const files = { ...valid };
  for (const [file, [from, to]] of Object.entries(edits)) {
    if (!files[file].includes(from)) throw new Error(`${file} has no ${from}`);
    files[file] = files[file].replace(from, to);
  }
  const result = loadDatasetFiles(files, { dir: 'graph-data' });
  return errorTexts(result);
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

describe('a single-file bundle with errors in several stages', () => {
  const bundleOf = (edit: (records: Record<string, unknown[]>) => void) => {
    const records: Record<string, unknown> = {};
    for (const [file, text] of Object.entries(valid)) {
      const value = JSON.parse(text) as { items?: unknown[] };
      records[file.replace(/\.json$/, '')] = value.items ?? value;
    }
    edit(records as Record<string, unknown[]>);
    const result = loadBundle(JSON.stringify(records, null, 2), 'bundle.json');
    return errorTexts(result);
  };
  type Row = Record<string, unknown>;

  it('reports an impossible month in one record and a dangling reference in another, in file order', () => {
    const errors = bundleOf((r) => {
      (r.alliances[0] as Row).to = '1925-13';
      (r.memberships[0] as Row).person = 'nobody';
    });
    // alliances come before memberships in this bundle: the month is reported first
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^bundle\.json:\d+:\d+ alliance .*"1925-13" is not a date/);
    expect(errors[1]).toMatch(/^bundle\.json:\d+:\d+ membership .*unknown person "nobody"/);
    const line = (text: string) => Number(/^bundle\.json:(\d+):/.exec(text)?.[1]);
    expect(line(errors[0])).toBeLessThan(line(errors[1]));
  });

  it('does not report references to a record that failed its schema', () => {
    const errors = bundleOf((r) => {
      (r.people[0] as Row).born = '1878-13-18';
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/\.born/);
  });

  it('stops before the cross-record checks when the description fails', () => {
    const errors = bundleOf((r) => {
      (r as unknown as Record<string, Row>).dataset.range = 'always';
      (r.memberships[0] as Row).person = 'nobody';
    });
    expect(errors.some((e) => e.includes('nobody'))).toBe(false);
  });
});
