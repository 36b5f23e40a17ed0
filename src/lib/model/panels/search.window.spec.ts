/**
 * "Active now" in search is the timeline's answer for the period shown, a month as well as a
 * year: the same answer the graph draws.
 */
import { describe, expect, it } from 'vitest';
import { bundledDataset } from '$lib/testing/bundled';
import { buildSearchIndex, search } from './search';
import { buildTimeline, monthWindow, yearWindow } from '../timeline/timeline';
import { parsePartialDate } from '../time/dates';

const data = bundledDataset();
const index = buildSearchIndex(data);
const timeline = buildTimeline(data);
const first = (query: string, options: Parameters<typeof search>[2]) =>
  search(index, query, options)[0];

describe('search reads "active now" from the timeline', () => {
  it('a person executed in 1936 is active in 1936 and not in 1937, and says where to go', () => {
    const in1936 = first('Zinoviev', { year: 1936, state: timeline.stateAt(yearWindow(1936)) });
    expect(in1936).toMatchObject({ id: 'zinoviev', active: true });
    const in1937 = first('Zinoviev', { year: 1937, state: timeline.stateAt(yearWindow(1937)) });
    expect(in1937).toMatchObject({ id: 'zinoviev', active: false, year: 1936 });
  });

  it('a faction founded later in the year is not active in January of it (months mode)', () => {
    const faction = data.factions.find((f) => {
      const from = parsePartialDate(f.from);
      return from?.month !== undefined && from.month >= 3 && from.year >= 1924;
    });
    expect(faction, 'a faction founded after February of a year').toBeDefined();
    const year = parsePartialDate(faction!.from)!.year;
    const january = timeline.stateAt(monthWindow(year, 1));
    const hit = search(index, faction!.name, { year, state: january }).find(
      (r) => r.id === faction!.id,
    );
    expect(hit?.active).toBe(false);
    // Read from the records' years alone, it would have counted as active
    const byYear = search(index, faction!.name, { year }).find((r) => r.id === faction!.id);
    expect(byYear?.active).toBe(true);
  });
});
