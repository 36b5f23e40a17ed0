/**
 * The graph adapter on a headless Cytoscape: stepping from one year to another by the diff must
 * leave the graph exactly as showing the later year from scratch would (same elements in the
 * graph, same classes, labels and faction sizes), on the bundled dataset and a synthetic one.
 */
import type { Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { generateDataset, sizeForElements } from '../../../scripts/synth/generate';
import { defaultFilters } from '$lib/model/view/filters';
import type { DatasetRecords } from '$lib/model/dataset/schema';
import { bundledDataset } from '$lib/testing/bundled';
import { buildTimeline, yearWindow } from '$lib/model/timeline/timeline';
import { lightPalette } from './palette';
import { FULL_SIZE_MEMBERS } from './stylesheet';
import { GraphView, MAX_FRESH } from './view';

/** The Cytoscape instance a view keeps to itself, for these specs to look into. */
const cyOf = (view: GraphView) => (view as unknown as { cy: Core }).cy;

/**
 * What the graph holds once the emphasis of the last step (halos, ghosts) is over: every
 * element in it, with what the stylesheet reads.
 */
function picture(view: GraphView) {
  view.clearFresh();
  return cyOf(view)
    .elements()
    .map((e) => ({
      id: e.id(),
      classes: e
        .classes()
        .filter((c) => c !== 'fresh')
        .sort()
        .join(' '),
      label: e.data('label') as unknown,
      members: e.data('members') as unknown,
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

function views(data: DatasetRecords) {
  const timeline = buildTimeline(data);
  const make = () => new GraphView({ data, positions: {}, palette: lightPalette });
  const at = (year: number) => timeline.stateAt(yearWindow(year));
  /** A view that showed `from` and then stepped, year by year or at once, to `to`. */
  const stepped = (from: number, to: number, byYear: boolean) => {
    const view = make();
    view.show(at(from), defaultFilters);
    const stops = byYear
      ? Array.from({ length: Math.abs(to - from) }, (_, i) => from + Math.sign(to - from) * (i + 1))
      : [to];
    let year = from;
    for (const next of stops) {
      view.step(timeline.diff(yearWindow(year), yearWindow(next)), at(next), defaultFilters, true);
      year = next;
    }
    return view;
  };
  const shown = (year: number) => {
    const view = make();
    view.show(at(year), defaultFilters);
    return view;
  };
  return { stepped, shown };
}

describe('GraphView.step', () => {
  it('leaves the bundled graph as showing the year afresh would, one year at a time', () => {
    const { stepped, shown } = views(bundledDataset());
    for (const [from, to] of [
      [1924, 1938],
      [1938, 1924],
      [1926, 1929],
    ]) {
      const a = stepped(from, to, true);
      const b = shown(to);
      expect(picture(a)).toEqual(picture(b));
      expect(cyOf(a).elements('.off')).toHaveLength(0);
      a.destroy();
      b.destroy();
    }
  });

  it('does the same on a synthetic dataset, in jumps and steps both ways', () => {
    const data = generateDataset({ seed: 7, ...sizeForElements(1500) });
    const { stepped, shown } = views(data);
    const [first, last] = [Number(data.dataset.range.from), Number(data.dataset.range.to)];
    for (const [from, to, byYear] of [
      [first, last, false],
      [last, first, false],
      [first + 3, first + 9, true],
      [first + 9, first + 2, true],
    ] as const) {
      const a = stepped(from, to, byYear);
      const b = shown(to);
      expect(picture(a)).toEqual(picture(b));
      a.destroy();
      b.destroy();
    }
  });

  it('marks what entered as fresh only when there are few enough to pick out', () => {
    const bundled = bundledDataset();
    const few = views(bundled).stepped(1924, 1925, true);
    const fresh = cyOf(few).elements('.fresh');
    expect(fresh.length).toBeGreaterThan(0);
    expect(fresh.length).toBeLessThanOrEqual(MAX_FRESH);
    const data = generateDataset({ seed: 7, ...sizeForElements(5000) });
    const first = Number(data.dataset.range.from);
    const many = views(data).stepped(first, first + 1, true);
    expect(cyOf(many).elements('.fresh')).toHaveLength(0);
    few.destroy();
    many.destroy();
  });

  it('sizes factions by members only up to full size, so that bigger counts change nothing', () => {
    const { shown } = views(generateDataset({ seed: 3, people: 400, factions: 3 }));
    const view = shown(1930);
    const sizes = cyOf(view)
      .nodes('.faction')
      .map((n) => n.data('members') as number);
    expect(Math.max(...sizes)).toBe(FULL_SIZE_MEMBERS);
    view.destroy();
  });
});
