import { describe, expect, it } from 'vitest';
import { loadDatasetFiles } from '../src/lib/io/json/load';
import { buildTimeline, yearWindow } from '../src/lib/model/timeline/timeline';
import { parseSynthArgs } from './synth';
import { elementCount, generateDataset, relationCounts, sizeForElements } from './synth/generate';
import type { DatasetRecords } from '../src/lib/model/dataset/schema';
import { datasetFiles } from './synth/write';

describe('synthetic datasets', () => {
  it('are the same for the same seed and differ between seeds', () => {
    const make = (seed: number) => datasetFiles(generateDataset({ seed, people: 60, factions: 5 }));
    expect(make(7)).toEqual(make(7));
    expect(make(7)['people.json']).not.toEqual(make(8)['people.json']);
  });

  it.each([1, 2, 3, 4])('pass the validator without errors or warnings (seed %i)', (seed) => {
    const result = loadDatasetFiles(
      datasetFiles(generateDataset({ seed, people: 150, factions: 8 })),
    );
    expect(result.ok ? [] : result.errors.map((e) => e.text)).toEqual([]);
    expect(result.warnings.map((w) => w.text)).toEqual([]);
  });

  it.each([500, 5_000, 20_000])('make exactly %i graph elements when sized for them', (n) => {
    const data = generateDataset({ seed: 1, ...sizeForElements(n), layout: false });
    expect(elementCount(data)).toBe(n);
  });

  it('split relationships by kind without losing any', () => {
    const counts = relationCounts(1_001);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(1_001);
  });

  it('place every person and faction in the layout', () => {
    const data = generateDataset({ seed: 5, people: 40, factions: 4 });
    const ids = [...data.people, ...data.factions].map((r) => r.id);
    expect(Object.keys(data.layout?.positions ?? {}).sort()).toEqual(ids.sort());
  });

  it('change a realistic share of what is shown from one year to the next', () => {
    const data = generateDataset({ seed: 1, ...sizeForElements(5_000) });
    const timeline = buildTimeline(data);
    const shown = timeline.stateAt(yearWindow(1930));
    const active = shown.people.size + shown.factions.size + shown.memberships.size;
    const step = timeline.diff(yearWindow(1929), yearWindow(1930));
    const changes =
      Object.values(step.entered).flat().length + Object.values(step.exited).flat().length;
    // The bundled dataset changes about a quarter of what it shows in a year
    expect(changes).toBeGreaterThan(active * 0.1);
    expect(changes).toBeLessThan(active * 0.8);
  });
});

describe('scattered synthetic networks (the unkind case)', () => {
  const data = generateDataset({ seed: 2, ...sizeForElements(5_000), network: 'scattered' });
  // Share of person–person alliances and rivalries whose ends share a home faction
  const homeOf = (d: DatasetRecords) => {
    const home = new Map<string, string>();
    for (const m of d.memberships) if (!home.has(m.person)) home.set(m.person, m.faction);
    return home;
  };
  const localShare = (d: DatasetRecords) => {
    const home = homeOf(d);
    const pairs = [...d.alliances, ...d.rivalries].filter((r) => home.has(r.a) && home.has(r.b));
    return pairs.filter((r) => home.get(r.a) === home.get(r.b)).length / pairs.length;
  };

  it('pass the validator without errors', () => {
    const result = loadDatasetFiles(datasetFiles(data));
    expect(result.ok ? [] : result.errors.map((e) => e.text)).toEqual([]);
  });

  it('span 61 years with no stored layout, opening in the middle', () => {
    expect(data.dataset.range).toEqual({ from: '1900', to: '1960' });
    expect(data.dataset.defaultTime).toBe('1930');
    expect(data.layout).toBeUndefined();
    expect(elementCount(data)).toBe(5_000);
  });

  it('pair people across the whole network, unlike the local one', () => {
    const local = generateDataset({ seed: 2, ...sizeForElements(5_000) });
    expect(localShare(data)).toBeLessThan(localShare(local) / 2);
    expect(localShare(local)).toBeGreaterThan(0.3);
  });

  it('let many people die inside the range', () => {
    const dead = data.people.filter((p) => p.died && p.died >= '1900').length;
    expect(dead / data.people.length).toBeGreaterThan(0.3);
  });
});

describe('npm run synth arguments', () => {
  it('reads sizes, or picks them from --elements', () => {
    expect(
      parseSynthArgs(['--out', 'x', '--seed', '3', '--people', '10', '--factions', '2']),
    ).toEqual({
      out: 'x',
      options: {
        seed: 3,
        people: 10,
        factions: 2,
        relations: undefined,
        from: undefined,
        to: undefined,
        network: 'local',
      },
    });
    expect(parseSynthArgs(['--out', 'x', '--elements', '500']).options).toMatchObject(
      sizeForElements(500),
    );
  });

  it('reads the kind of network', () => {
    expect(parseSynthArgs(['--out', 'x', '--network', 'scattered']).options.network).toBe(
      'scattered',
    );
    expect(() => parseSynthArgs(['--out', 'x', '--network', 'kind'])).toThrow(/--network/);
  });

  it('refuses a missing --out and bad numbers', () => {
    expect(() => parseSynthArgs([])).toThrow(/--out is required/);
    expect(() => parseSynthArgs(['--out', 'x', '--people', 'many'])).toThrow(/--people/);
  });
});
