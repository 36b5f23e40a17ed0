/**
 * A bundle whose records use every form of the date grammar loads, and Details and the table
 * say its dates in words; bad forms are refused with file:line:col and what was expected.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { eventDetails, personDetails } from '$lib/model/panels/details';
import { defaultFilters } from '$lib/model/view/filters';
import { buildLookup } from '$lib/model/dataset/lookup';
import { tableRows } from '$lib/model/panels/table';
import { buildTimeline, monthWindow, yearWindow } from '$lib/model/timeline/timeline';
import { loadBundle } from './load';
import { dataOf } from '$lib/testing/loaded';

const FILE = 'edtf-bundle.json';
const text = readFileSync(fileURLToPath(new URL(`../fixtures/${FILE}`, import.meta.url)), 'utf8');

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function loaded() {
  const result = loadBundle(text, FILE);
  const data = dataOf(result);
  return { data, timeline: buildTimeline(data), lookup: buildLookup(data) };
}

describe('a bundle with every date form', () => {
  it('loads, and Details says its dates in words', () => {
    const { data, timeline, lookup } = loaded();
    const person = (id: string, year = 1937) =>
      personDetails(data, lookup, timeline.stateAt(yearWindow(year)), id)!;
    expect(person('pyatakov').fate?.text).toBe('executed between 30 Jan and 1 Feb 1937');
    expect(person('kamenev').life).toBe('18 or 22 Jul 1883 – 25 Aug 1936');
    expect(person('ghost').life).toBe('about 1880 – the 1930s');
    expect(person('anon').life).toBe('1885 (month unknown) – 1925 or later');
    expect(person('vague').life).toBe('perhaps May 1888 – perhaps about 1938');
    expect(eventDetails(lookup, 'trial')?.date).toBe('19 – 24 Aug 1936');
    expect(eventDetails(lookup, 'verdict')?.date).toBe('between 30 Jan and 1 Feb 1937');
  });

  it('says "possibly executed" in January 1937 and "executed" once the span is over', () => {
    const { data, timeline, lookup } = loaded();
    const status = (month: number) =>
      personDetails(data, lookup, timeline.stateAt(monthWindow(1937, month)), 'pyatakov')!
        .statusText;
    expect(status(1)).toBe('possibly executed between 30 Jan and 1 Feb 1937');
    expect(status(3)).toBe('executed 1937');
  });

  it('gives the table its dates in words', () => {
    const { timeline, lookup } = loaded();
    const rows = tableRows(timeline.stateAt(yearWindow(1924)), lookup, defaultFilters);
    const alliance = rows.find((r) => r.type === 'Alliance');
    expect([alliance?.sinceText, alliance?.untilText]).toEqual(['about 1922', '1926 or earlier']);
    const member = rows.find((r) => r.type === 'Membership');
    expect(member?.sinceText).toBe('perhaps May 1922');
  });

  it.each([
    ['1937-13?', 'month 13 is not 01 to 12'],
    ['[1937-02-01..1937-01-30]', 'a range [a..b] whose end 1937-01-30 is not before its start'],
  ])('refuses %s with its position and what was expected', (bad, expected) => {
    const broken = text.replace('"1936-08-25"', JSON.stringify(bad));
    const result = loadBundle(broken, FILE);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const at = broken.indexOf(JSON.stringify(bad));
    const line = broken.slice(0, at).split('\n').length;
    const column = at - broken.lastIndexOf('\n', at - 1);
    const prefix = `${FILE}:${line}:${column} person "kamenev" .died: ${JSON.stringify(bad)}`;
    expect(result.errors[0].text).toMatch(
      new RegExp(`^${escape(prefix)} is not a date \\(expected `),
    );
    expect(result.errors[0].text).toContain(expected);
  });
});
