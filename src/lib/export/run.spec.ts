/**
 * `buildExport` for JSON on the bundled dataset: the snapshot carries a position for every
 * node it contains, taken at full precision from the positions on screen, and a months-mode
 * export is named for its month and holds that month.
 */
import { describe, expect, it } from 'vitest';
import { GraphView } from '$lib/graph/view';
import { lightPalette } from '$lib/graph/palette';
import { defaultFilters } from '$lib/model/view/filters';
import { buildLookup } from '$lib/model/dataset/lookup';
import type { Position } from '$lib/model/dataset/schema';
import { buildTimeline, monthWindow, yearWindow } from '$lib/model/timeline/timeline';
import { bundledDataset } from '$lib/testing/bundled';
import { buildExport, type ExportInput } from './run';

const data = bundledDataset();
const timeline = buildTimeline(data);
const lookup = buildLookup(data);
const layout = data.layout!.positions;

function input(window: ExportInput['window'], moved: Record<string, Position> = {}): ExportInput {
  return {
    data,
    lookup,
    timeline,
    window,
    state: timeline.stateAt(window),
    filters: defaultFilters,
    comparison: undefined,
    selection: undefined,
    positions: { ...layout, ...moved },
  };
}

async function snapshot(given: ExportInput) {
  const { blob, fileName } = await buildExport('json', given, {
    picture: undefined,
    area: 'view',
    palette: lightPalette,
  });
  return { fileName, bundle: JSON.parse(await blob.text()) };
}

describe('the JSON export', () => {
  it('of 1937 has a position for every node, hidden ones included, as the graph holds them', async () => {
    const view = new GraphView({ data, positions: layout, palette: lightPalette });
    view.show(timeline.stateAt(yearWindow(1937)), defaultFilters);
    const moved = view.positions();
    moved.stalin = { x: 123.44, y: -45.66 };
    const { fileName, bundle } = await snapshot(input(yearWindow(1937), moved));
    view.destroy();
    expect(fileName).toBe('soviet-succession-1937.json');
    const nodes = [...bundle.people, ...bundle.factions].map((r: { id: string }) => r.id);
    expect(Object.keys(bundle.layout.positions).sort()).toEqual([...nodes].sort());
    for (const id of nodes) {
      const at = moved[id] ?? layout[id];
      expect(bundle.layout.positions[id]).toEqual({
        x: Math.round(at.x * 10) / 10,
        y: Math.round(at.y * 10) / 10,
      });
    }
    expect(bundle.layout.positions.stalin).toEqual({ x: 123.4, y: -45.7 });
  });

  it('in months mode is named for the month and holds that month', async () => {
    const { fileName, bundle } = await snapshot(input(monthWindow(1936, 1)));
    expect(fileName).toBe('soviet-succession-1936-01.json');
    expect(bundle.dataset.defaultTime).toBe('1936-01');
    const ids = bundle.events.map((e: { id: string }) => e.id);
    expect(ids).not.toContain('sixteen-executed');
    const whole = await snapshot(input(yearWindow(1936)));
    expect(whole.bundle.events.map((e: { id: string }) => e.id)).toContain('sixteen-executed');
  });
});

describe('GraphView.positions', () => {
  it('gives every node of the dataset, though hidden nodes are out of the graph', () => {
    const view = new GraphView({ data, positions: layout, palette: lightPalette });
    view.show(timeline.stateAt(yearWindow(1937)), defaultFilters);
    const positions = view.positions();
    view.destroy();
    expect(Object.keys(positions).sort()).toEqual(Object.keys(layout).sort());
  });
});
