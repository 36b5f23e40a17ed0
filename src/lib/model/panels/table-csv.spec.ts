import { describe, expect, it } from 'vitest';
import { bundledDataset } from '$lib/testing/bundled';
import { defaultFilters } from '../view/filters';
import { buildLookup } from '../dataset/lookup';
import { csvField, filterRows, rowsToCsv } from './table-csv';
import { tableRows } from './table';
import { buildTimeline, yearWindow } from '../timeline/timeline';

const data = bundledDataset();
const rows = (year: number) =>
  tableRows(buildTimeline(data).stateAt(yearWindow(year)), buildLookup(data), defaultFilters);

describe('table rows', () => {
  it('carry every source and whether the record is disputed', () => {
    const all = rows(1934);
    expect(all.some((r) => r.sources.length > 1)).toBe(true);
    const kirov = all.find((r) => r.id === 'stalin-kirov')!;
    expect(kirov.disputed).toBe(true);
    expect(kirov.note).toMatch(/disputed/);
  });
});

describe('filterRows', () => {
  it('keeps the rows that contain every word, ignoring case and accents', () => {
    const all = rows(1927);
    const found = filterRows(all, 'alliance BUKHARIN');
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((r) => r.type === 'Alliance')).toBe(true);
    expect(found.every((r) => [r.from.name, r.to.name].some((n) => /Bukharin/.test(n)))).toBe(true);
    expect(filterRows(all, '   ')).toHaveLength(all.length);
    expect(filterRows(all, 'no such thing anywhere')).toEqual([]);
    expect(filterRows(rows(1934), 'disputed').every((r) => r.disputed)).toBe(true);
  });
});

describe('rowsToCsv', () => {
  it('writes a header and one line per row, quoting what needs it', () => {
    const all = rows(1927);
    const csv = rowsToCsv(all);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('Type,From,To,Since,Until,Sources,Disputed,Id');
    expect(lines).toHaveLength(all.length + 1);
    expect(csv).toMatch(/\r\nAlliance,Joseph Stalin,Nikolai Bukharin,1925[^,]*,1928[^,]*,[^\r]+,/);
  });

  it('keeps fields from running as formulas and quotes commas and quotes', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('-1')).toBe("'-1");
    expect(csvField('plain')).toBe('plain');
  });
});
