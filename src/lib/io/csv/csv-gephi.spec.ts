/**
 * Gephi's spreadsheet conventions (`Id, Label, Type`, `Source, Target, Type, Id, Weight`, the
 * `Time Interval` and `timeset` columns) and Palladio's `Start Date` / `End Date`, on
 * fixtures written as those tools write them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readGephiTime } from './csv-interval';
import { openTexts } from '../open';
import { dataOf } from '$lib/testing/loaded';

const fixture = (name: string) => ({
  name,
  text: readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8'),
});

describe('Gephi time columns', () => {
  it('reads intervals of doubles and of dates, several intervals, open bounds and timesets', () => {
    expect(readGephiTime('<[1924.0, 1926.0]>')).toEqual([{ start: '1924', end: '1926' }]);
    expect(readGephiTime('<[1924-01-01, 1926-12-31]>')).toEqual([
      { start: '1924-01-01', end: '1926-12-31' },
    ]);
    expect(readGephiTime('<[1924, 1925]; (1928.0, Infinity)>')).toEqual([
      { start: '1924', end: '1925' },
      { start: '1928', end: undefined },
    ]);
    expect(readGephiTime('<[1924.0, 1925.0, 1927.0]>')).toEqual([{ start: '1924', end: '1927' }]);
    expect(readGephiTime('<[1924, soon]>')).toBeUndefined();
    expect(readGephiTime('1924')).toBeUndefined();
  });
});

describe('Gephi nodes and edges tables', () => {
  const opened = openTexts([fixture('gephi-nodes.csv'), fixture('gephi-edges.csv')]);
  const data = opened.result.ok ? opened.result.data : undefined;

  it('loads, with a warning for the column it does not read', () => {
    expect(opened.result.ok).toBe(true);
    expect(opened.result.warnings.map((w) => w.text)).toEqual([
      'gephi-edges.csv:1:29 column "Weight" is not used (the columns read are source, target, relation, type, start, end, interval, id, description, citation, page)',
    ]);
  });

  it('gives factions their Time Interval and edges one record per interval', () => {
    expect(data?.factions.map((f) => [f.id, f.kind, f.from, f.to])).toEqual([
      ['troika', 'leadership', '1924', '1925'],
      ['united-opposition', 'opposition', '1926-04-01', '1927-12-31'],
    ]);
    expect(data?.rivalries.map((r) => [r.id, r.from, r.to])).toEqual([
      ['rivalry-stalin-trotsky', '1924', '1927'],
      ['rivalry-stalin-trotsky-2', '1928', '1929'],
    ]);
    expect(data?.memberships.find((m) => m.person === 'trotsky')?.role).toBe('leader');
    expect(data?.alliances.map((a) => [a.from, a.to])).toEqual([['1924-01-01', '1925-12-31']]);
    expect(data?.dataset.range).toEqual({ from: '1924', to: '1929' });
  });

  it('places a bad interval at its cell', () => {
    const edges = fixture('gephi-edges.csv');
    const text = edges.text.replace('"<[1924-01-01, 1925-12-31]>"', '"<[1924-01-01, 1925-13-31]>"');
    const result = openTexts([fixture('gephi-nodes.csv'), { name: 'edges.csv', text }]).result;
    expect(!result.ok && result.errors.map((e) => e.text)).toEqual([
      'edges.csv:8:44 alliance "alliance-stalin-zinoviev" .interval: "1925-13-31" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)',
    ]);
  });
});

describe('Palladio tables', () => {
  it('reads Start Date and End Date', () => {
    const opened = openTexts([fixture('palladio-nodes.csv'), fixture('palladio-edges.csv')]);
    const data = dataOf(opened.result);
    expect(data.people.map((p) => [p.id, p.born, p.died])).toEqual([
      ['bukharin', '1888-10-09', '1938-03-15'],
      ['rykov', '1881-02-25', '1938-03-15'],
    ]);
    expect(data.factions.map((f) => [f.id, f.from, f.to])).toEqual([
      ['right-opposition', '1928', '1929-11'],
    ]);
    expect(data.alliances.map((a) => [a.a, a.b, a.from, a.to])).toEqual([
      ['bukharin', 'rykov', '1926', '1929-11'],
    ]);
  });
});
