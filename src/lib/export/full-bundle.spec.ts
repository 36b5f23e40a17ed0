import { describe, expect, it } from 'vitest';
import { loadBundle } from '$lib/io/load';
import { bundledDataset } from '$lib/testing/bundled';
import { fullBundleFile } from './full-bundle';

describe('fullBundleFile', () => {
  it('holds every record and the layout, and opens again as the same dataset', () => {
    const data = bundledDataset()!;
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
});
