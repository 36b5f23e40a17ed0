/**
 * The graph shows what the model says is shown (model/visibility): on a headless Cytoscape,
 * for every year of the bundled dataset and several filters, the elements in the graph are
 * exactly `shownAt`'s, after showing a year and after stepping to it.
 */
import type { Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { defaultFilters, type GraphFilters } from '$lib/model/view/filters';
import { personLevels } from '$lib/model/view/emphasis';
import { buildTimeline, yearWindow } from '$lib/model/timeline/timeline';
import { shownAt } from '$lib/model/view/visibility';
import { bundledDataset } from '$lib/testing/bundled';
import { elementId } from './elements';
import { lightPalette } from './palette';
import { GraphView } from './view';

const cyOf = (view: GraphView) => (view as unknown as { cy: Core }).cy;

describe('the graph and the model agree on what is shown', () => {
  const data = bundledDataset();
  const timeline = buildTimeline(data);
  const positions = Object.fromEntries(
    [...data.people, ...data.factions].map((r, i) => [r.id, { x: i * 10, y: 0 }]),
  );
  const variants: Partial<GraphFilters>[] = [
    {},
    { dead: false, inactive: false },
    { institutions: false, pastBetrayals: false, alliances: false },
  ];
  it.each(variants)('in every year, shown or stepped to (%o)', (changed) => {
    const filters = { ...defaultFilters, ...changed };
    const view = new GraphView({ data, positions, palette: lightPalette });
    let previous: ReturnType<typeof timeline.stateAt> | undefined;
    for (let year = 1924; year <= 1938; year++) {
      const state = timeline.stateAt(yearWindow(year));
      const levels = personLevels(data, state);
      view.emphasise(levels, filters.inactive);
      if (previous) view.step(timeline.diff(previous.window, state.window), state, filters, false);
      else view.show(state, filters);
      previous = state;
      const shown = shownAt(data, state, filters, levels);
      const expected = [
        ...shown.people.keys(),
        ...shown.factions,
        ...[...shown.memberships].map((k) => elementId('membership', k)),
        ...[...shown.alliances].map((k) => elementId('alliance', k)),
        ...[...shown.rivalries].map((k) => elementId('rivalry', k)),
        ...[...shown.betrayals.keys()].map((k) => elementId('betrayal', k)),
      ].sort();
      const inGraph = cyOf(view)
        .elements()
        .map((e) => e.id())
        .sort();
      expect(inGraph, String(year)).toEqual(expected);
    }
    view.destroy();
  });
});
