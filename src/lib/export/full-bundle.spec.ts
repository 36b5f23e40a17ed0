import { describe, expect, it } from 'vitest';
import { loadBundle } from '$lib/io/json/load';
import { bundledDataset } from '$lib/testing/bundled';
import { fullBundleFile } from './full-bundle';
import { sourcesFile } from './sources-file';

describe('fullBundleFile', () => {
  it('holds every record and the layout, and opens again as the same dataset', () => {
    const data = bundledDataset();
    const positions = Object.fromEntries(data.people.map((p, i) => [p.id, { x: i, y: 2 * i + 1 }]));
    const { text, fileName } = fullBundleFile(data, positions);
    expect(fileName).toBe(`${data.dataset.id}-dataset.json`);
    const loaded = loadBundle(text, fileName);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    for (const key of [
      'people',
      'factions',
      'alliances',
      'rivalries',
      'betrayals',
      'events',
    ] as const)
      expect(loaded.data[key]).toHaveLength(data[key].length);
    expect(loaded.data.layout?.positions).toEqual(positions);
  });

  it("keeps each year's layout and whatever else the dataset holds (tours)", () => {
    const data = bundledDataset();
    expect(data.tours?.length).toBeGreaterThan(0);
    const years = { '1929': { stalin: { x: 1, y: 2 } } };
    const parsed = JSON.parse(fullBundleFile(data, {}, years).text);
    expect(parsed.layout).toEqual({ positions: {}, years });
    expect(parsed.tours).toEqual(data.tours);
  });
});

describe('sourcesFile', () => {
  it('names the files after the dataset', () => {
    const data = bundledDataset();
    expect(sourcesFile(data, 'csl').fileName).toBe(`${data.dataset.id}-sources.csl.json`);
    expect(sourcesFile(data, 'bibtex').fileName).toBe(`${data.dataset.id}-sources.bib`);
    expect(JSON.parse(sourcesFile(data, 'csl').text)).toHaveLength(data.sources.length);
  });
});
