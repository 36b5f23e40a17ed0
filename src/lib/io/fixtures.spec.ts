/**
 * One fixture folder per kind of error, each the valid fixture with exactly one defect. Lines
 * and columns below were read off the fixture files by hand: they are the contract.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDatasetFiles } from './json/load';
import { readDatasetFolder } from './node-files';
import { errorTexts } from '$lib/testing/loaded';

const root = fileURLToPath(new URL('./fixtures/', import.meta.url));

/** Reads the JSON files of a fixture folder, as the CLI and the browser hand them over. */
function readFixture(name: string): Record<string, string> {
  return readDatasetFolder(root + name);
}

interface Case {
  file: string;
  line: number;
  column: number;
  recordId?: string;
  field?: string;
  /** The whole formatted text, with `dir` = `graph-data`. */
  text: string;
}

const cases: Record<string, Case> = {
  'bad-date': {
    file: 'alliances.json',
    line: 8,
    column: 13,
    recordId: 'stalin-zinoviev',
    field: 'to',
    text: 'graph-data/alliances.json:8:13 alliance "stalin-zinoviev" .to: "1925-13" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)',
  },
  'missing-field': {
    file: 'people.json',
    line: 79,
    column: 5,
    recordId: 'kamenev',
    field: 'name',
    text: 'graph-data/people.json:79:5 person "kamenev" .name: is missing (expected string)',
  },
  'wrong-type': {
    file: 'sources.json',
    line: 16,
    column: 15,
    recordId: 'kotkin-2014',
    field: 'year',
    text: 'graph-data/sources.json:16:15 source "kotkin-2014" .year: expected number, got string',
  },
  'unknown-field': {
    file: 'rivalries.json',
    line: 8,
    column: 7,
    recordId: 'stalin-trotsky',
    field: 'intensity',
    text: 'graph-data/rivalries.json:8:7 rivalry "stalin-trotsky" .intensity: unknown field "intensity"',
  },
  'bad-enum': {
    file: 'factions.json',
    line: 18,
    column: 15,
    recordId: 'united-opposition',
    field: 'kind',
    text: 'graph-data/factions.json:18:15 faction "united-opposition" .kind: "cabal" is not allowed (expected one of "leadership", "opposition", "institution", "bloc")',
  },
  'dangling-reference': {
    file: 'memberships.json',
    line: 51,
    column: 17,
    recordId: 'zinovyev→united-opposition',
    field: 'person',
    text: 'graph-data/memberships.json:51:17 membership "zinovyev→united-opposition" .person: references unknown person "zinovyev"',
  },
  'duplicate-id': {
    file: 'rivalries.json',
    line: 4,
    column: 13,
    recordId: 'stalin-zinoviev',
    field: 'id',
    text: 'graph-data/rivalries.json:4:13 rivalry "stalin-zinoviev" .id: duplicate id: "stalin-zinoviev" is already the id of an alliance (alliances[0])',
  },
  'interval-ends-before-start': {
    file: 'memberships.json',
    line: 67,
    column: 13,
    recordId: 'kamenev→united-opposition',
    field: 'to',
    text: 'graph-data/memberships.json:67:13 membership "kamenev→united-opposition" .to: "1926-02" is before the start "1926-04" (expected an end on or after the start)',
  },
  'membership-outside-life': {
    file: 'memberships.json',
    line: 31,
    column: 13,
    recordId: 'kamenev→politburo',
    field: 'to',
    text: 'graph-data/memberships.json:31:13 membership "kamenev→politburo" .to: "1937" is after person "kamenev" died ("1936-08-25")',
  },
  'membership-outside-faction': {
    file: 'memberships.json',
    line: 43,
    column: 13,
    recordId: 'trotsky→united-opposition',
    field: 'to',
    text: 'graph-data/memberships.json:43:13 membership "trotsky→united-opposition" .to: "1929" is after faction "united-opposition" ended ("1927-12")',
  },
  'unknown-source': {
    file: 'events.json',
    line: 25,
    column: 21,
    recordId: 'first-moscow-trial',
    field: 'sources[0].source',
    text: 'graph-data/events.json:25:21 event "first-moscow-trial" .sources[0].source: references unknown source "pravda-1936"',
  },
  'non-http-url': {
    file: 'sources.json',
    line: 18,
    column: 14,
    recordId: 'kotkin-2014',
    field: 'url',
    text: 'graph-data/sources.json:18:14 source "kotkin-2014" .url: "javascript:alert(document.cookie)" is not an http(s) URL (only http: and https: links are allowed)',
  },
  'syntax-error': {
    // The comma is missing at the end of line 7, after `"date": "1925-12"`
    file: 'betrayals.json',
    line: 7,
    column: 24,
    text: 'graph-data/betrayals.json:7:24 syntax error: expected a comma (before "summary")',
  },
  'disputed-without-note': {
    file: 'betrayals.json',
    line: 10,
    column: 19,
    recordId: 'stalin-breaks-with-zinoviev',
    field: 'disputed',
    text: 'graph-data/betrayals.json:10:19 betrayal "stalin-breaks-with-zinoviev" .disputed: is true but the record has no note (expected a note saying what is disputed)',
  },
};

describe('fixtures with one defect each', () => {
  it('has a folder for every case and no stray folder', () => {
    const folders = readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory());
    expect(folders.map((e) => e.name).sort()).toEqual([...Object.keys(cases), 'valid'].sort());
  });

  it('loads the valid fixture with no error and no warning', () => {
    const result = loadDatasetFiles(readFixture('valid'), { dir: 'graph-data' });
    expect(errorTexts(result)).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.ok && result.data.layout?.positions.stalin).toEqual({ x: 0, y: 0 });
  });

  for (const [name, expected] of Object.entries(cases)) {
    it(`reports ${name} with file, line, column, record and field`, () => {
      const result = loadDatasetFiles(readFixture(name), { dir: 'graph-data' });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.errors).toHaveLength(1);
      expect(result.warnings).toEqual([]);
      const [error] = result.errors;
      const { file, line, column } = expected;
      expect(error).toMatchObject({ severity: 'error', file, line, column });
      expect(error.recordId).toBe(expected.recordId);
      expect(error.field).toBe(expected.field);
      expect(error.text).toBe(expected.text);
    });
  }
});
