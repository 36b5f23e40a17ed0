/**
 * Wikidata SPARQL JSON results (fixtures/wikidata-query.json, the shape the README's query
 * returns) as people, positions, parties and memberships with their "stated in" sources.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { damagedText } from '$lib/testing/damaged-text';
import { openTexts } from '../open';
import { isWikidataResults, loadWikidata, wikidataDate } from './wikidata';
import { dataOf, errorTexts } from '$lib/testing/loaded';

const text = readFileSync(new URL('../fixtures/wikidata-query.json', import.meta.url), 'utf8');
const file = { name: 'wikidata-query.json', text };

describe('Wikidata import', () => {
  it('makes people and positions with their Wikidata ids, and memberships with dates', () => {
    const data = dataOf(loadWikidata(file, { year: 2026 }));
    expect(data.people.map((p) => [p.id, p.wikidata, p.born, p.died])).toEqual([
      ['joseph-stalin', 'Q855', '1878-12-18', '1953-03-05'],
      ['leon-trotsky', 'Q33391', '1879-11-07', '1940-08-21'],
      ['nikolai-bukharin', 'Q150807', '1888-10-09', '1938-03-15'],
    ]);
    expect(data.factions.map((f) => [f.id, f.wikidata, f.from, f.to])).toEqual([
      [
        'general-secretary-of-the-communist-party-of-the-soviet-union',
        'Q1136062',
        '1922-04-03',
        '1952-10-16',
      ],
      ['communist-party-of-the-soviet-union', 'Q79854', '1906-01-01', undefined],
      ['member-of-the-politburo-of-the-cpsu', 'Q2293808', '1924-06-02', '1929-11-17'],
    ]);
    // One statement with two references: one membership citing both
    const general = data.memberships.filter((m) => m.faction.startsWith('general-secretary'));
    expect(general.map((m) => m.sources.map((s) => s.source))).toEqual([
      ['great-soviet-encyclopedia-1969-1978', 'armenian-soviet-encyclopedia'],
    ]);
    // Year precision (P580 precision 9) keeps only the year
    const party = data.memberships.find(
      (m) => m.person === 'joseph-stalin' && m.faction === 'communist-party-of-the-soviet-union',
    );
    expect(party?.from).toBe('1912');
    expect(party?.sources).toEqual([{ source: 'wikidata', note: 'statement of Q855' }]);
    const encyclopedia = data.sources.find((s) => s.id === 'great-soviet-encyclopedia-1969-1978');
    expect(encyclopedia).toMatchObject({
      title: 'Great Soviet Encyclopedia (1969–1978)',
      url: 'https://www.wikidata.org/wiki/Q17299517',
      year: 2026,
    });
    expect(data.memberships).toHaveLength(5);
  });

  it('places problems at the row they come from', () => {
    const bad = text.replace('"1927-11-12T00:00:00Z"', '"1907-11-12T00:00:00Z"');
    const result = loadWikidata({ name: 'q.json', text: bad });
    const errors = errorTexts(result);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^q\.json:\d+:\d+ membership "leon-trotsky→communist-party/);
    const line = Number(errors[0].split(':')[1]);
    expect(bad.split('\n')[line - 1]).toMatch(/"1907-11-12T00:00:00Z"/);
  });

  it('says which row lacks an item', () => {
    const bad = text.replace('"value": "http://www.wikidata.org/entity/Q33391"', '"value": "x"');
    const result = loadWikidata({ name: 'q.json', text: bad });
    expect(!result.ok && result.errors[0].message).toMatch(/has no Wikidata item in "person"/);
  });

  it('is recognised by its shape when opened', () => {
    expect(isWikidataResults(text)).toBe(true);
    expect(isWikidataResults('{"people": []}')).toBe(false);
    expect(openTexts([file]).result.ok).toBe(true);
  });

  it('never throws on damaged results, and places every error (fuzzed)', () => {
    fc.assert(
      fc.property(damagedText(text, 30, 6), (damaged) => {
        const result = loadWikidata({ name: 'q.json', text: damaged });
        if (!result.ok) for (const e of result.errors) expect(e.text).toMatch(/^q\.json:\d+:\d+ /);
      }),
      { numRuns: 150 },
    );
  });

  it('reads Wikidata times at their precision', () => {
    expect(wikidataDate('1922-04-03T00:00:00Z')).toBe('1922-04-03');
    expect(wikidataDate('1922-01-01T00:00:00Z', '9')).toBe('1922');
    expect(wikidataDate('1922-04-01T00:00:00Z', '10')).toBe('1922-04');
  });
});
