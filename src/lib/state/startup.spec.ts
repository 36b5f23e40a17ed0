import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { startDataset, startPositions, withDataParam, withoutDataParam } from './startup';

const EXAMPLE = readFileSync('static/examples/henry-viii-court.json', 'utf8');

afterEach(() => vi.unstubAllGlobals());

describe('startDataset', () => {
  it('is the bundled dataset when nothing else is asked for or kept', async () => {
    // No IndexedDB here: nothing is kept
    expect(await startDataset(null)).toEqual({ origin: 'bundled', notes: [] });
  });

  it('opens the bundle ?data= names', async () => {
    vi.stubGlobal('fetch', async () => new Response(EXAMPLE));
    const start = await startDataset('https://data.example/court.json');
    expect(start).toMatchObject({ origin: 'url', name: 'https://data.example/court.json' });
    expect(start.result?.data.dataset.id).toBe('henry-viii-court');
  });

  it('reports a bundle that cannot be fetched or is invalid, and falls back', async () => {
    vi.stubGlobal('fetch', async () => new Response('', { status: 403, statusText: 'Forbidden' }));
    const refused = await startDataset('https://data.example/court.json');
    expect(refused.origin).toBe('bundled');
    expect(refused.report?.problems).toEqual([
      {
        text: 'Could not fetch https://data.example/court.json: the server answered 403 Forbidden.',
      },
    ]);
    vi.stubGlobal('fetch', async () => new Response(EXAMPLE.replace('"1529"', '"1529-13"')));
    const invalid = await startDataset('https://data.example/court.json');
    expect(invalid.report?.intro).toBe(
      '1 error in https://data.example/court.json. The bundled dataset is shown instead.',
    );
    expect(invalid.report?.problems[0].text).toMatch(
      /^https:\/\/data\.example\/court\.json:\d+:\d+ dataset "henry-viii-court" \.defaultTime/,
    );
  });
});

describe('startPositions', () => {
  const data = JSON.parse(EXAMPLE);

  it('uses a complete stored layout', () => {
    expect(startPositions(data)).toBe(data.layout.positions);
  });

  it('stands in a circle for a missing layout, one place per node', () => {
    const positions = startPositions({ ...data, layout: undefined });
    const ids = [...data.people, ...data.factions].map((r: { id: string }) => r.id);
    expect(Object.keys(positions).sort()).toEqual(ids.sort());
    expect(new Set(Object.values(positions).map((p) => `${p.x},${p.y}`)).size).toBe(ids.length);
  });
});

describe('withoutDataParam', () => {
  it('drops data= and keeps the rest', () => {
    expect(withoutDataParam('https://x.example/app/?data=a.json&year=1530#h')).toBe(
      '/app/?year=1530#h',
    );
    expect(withoutDataParam('https://x.example/?year=1530')).toBeUndefined();
  });
});

describe('withDataParam', () => {
  it('names the address in data= and keeps the rest', () => {
    expect(withDataParam('https://x.example/app/?year=1530#h', '/app/examples/a.json')).toBe(
      '/app/?year=1530&data=%2Fapp%2Fexamples%2Fa.json#h',
    );
    expect(withDataParam('https://x.example/?data=b.json', 'b.json')).toBeUndefined();
  });
});
