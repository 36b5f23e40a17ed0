/**
 * What follows from a record that failed its schema is left out by data, not by reading
 * messages: a problem names the record it did not find (`missing`), and the loader compares
 * that id with the ids that failed. Other errors, even ones that quote a failed id, stay.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadBundle } from './load';
import { readDatasetFolder } from '../node-files';
import { checkDataset } from '../../model/dataset/dataset';
import type { DatasetRecords } from '../../model/dataset/schema';
import { errorTexts } from '$lib/testing/loaded';

const dir = fileURLToPath(new URL('../fixtures/valid/', import.meta.url));
type Row = Record<string, unknown>;

function bundle(): Record<string, Row[] | Row> {
  const records: Record<string, Row[] | Row> = {};
  for (const [file, text] of Object.entries(readDatasetFolder(dir))) {
    const value = JSON.parse(text) as { items?: Row[] };
    records[file.replace(/\.json$/, '')] = value.items ?? (value as Row);
  }
  return records;
}

function load(edit: (records: Record<string, Row[]>) => void) {
  const records = bundle();
  edit(records as Record<string, Row[]>);
  const result = loadBundle(JSON.stringify(records, null, 2), 'bundle.json');
  return {
    errors: errorTexts(result),
    warnings: result.warnings.map((w) => w.text),
  };
}

const breakStalin = (r: Record<string, Row[]>) => {
  r.people[0].born = '1878-13-18';
};

describe('problems that follow from a record that failed its schema', () => {
  it('name the record they did not find', () => {
    const loaded = loadBundle(JSON.stringify(bundle()));
    if (!loaded.ok) throw new Error('the valid fixture failed');
    const records: DatasetRecords = structuredClone(loaded.data);
    records.memberships[0].person = 'nobody';
    records.layout = { positions: { ...records.layout?.positions, ghost: { x: 0, y: 0 } } };
    const problems = checkDataset(records);
    expect(problems.find((p) => p.message.includes('"nobody"'))?.missing).toEqual({
      id: 'nobody',
      kinds: ['person'],
    });
    expect(problems.find((p) => p.message.includes('"ghost"'))?.missing).toEqual({
      id: 'ghost',
      kinds: ['person', 'faction'],
    });
  });

  it('are left out: references to it and its stale position', () => {
    const { errors, warnings } = load(breakStalin);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/person "stalin" \.born/);
    expect(warnings.some((w) => w.includes('"stalin"'))).toBe(false);
  });

  it('are left out when a whole list fails', () => {
    const { errors } = load((r) => {
      (r as Record<string, unknown>).people = 'nobody here';
    });
    expect(errors.some((e) => e.includes('unknown person'))).toBe(false);
  });

  it('leave a dangling reference to another record of that kind', () => {
    const { errors } = load((r) => {
      breakStalin(r);
      r.memberships[1].person = 'nobody';
    });
    expect(errors).toHaveLength(2);
    expect(errors.some((e) => /unknown person "nobody"/.test(e))).toBe(true);
  });

  it('leave an error that only quotes the failed id', () => {
    const { errors } = load((r) => {
      breakStalin(r);
      r.alliances[0].b = 'stalin';
    });
    expect(errors.some((e) => /is the same as a \("stalin"\)/.test(e))).toBe(true);
  });
});
