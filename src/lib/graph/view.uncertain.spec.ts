/** Uncertain dates on the graph: what is only possibly active carries the class `uncertain`. */
import type { Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { defaultFilters } from '$lib/model/view/filters';
import { buildTimeline, monthWindow } from '$lib/model/timeline/timeline';
import * as make from '$lib/testing/timeline-fixtures';
import { lightPalette } from './palette';
import { GraphView } from './view';

const executed = '[1937-01-30..1937-02-01]';
const data = make.dataset({
  people: [
    make.person('pyatakov', { died: executed, fate: { kind: 'executed', date: executed } }),
    make.person('stalin'),
  ],
  rivalries: [make.rivalry('feud', 'stalin', 'pyatakov', '1936-12?', '1937-02')],
});
const timeline = buildTimeline(data);
const at = (month: number) => timeline.stateAt(monthWindow(1937, month));
const classesOf = (view: GraphView, id: string) =>
  (view as unknown as { cy: Core }).cy.getElementById(id).classes();

describe('uncertain dates on the graph', () => {
  it('marks Pyatakov possibly executed in January 1937 and draws him dead from March', () => {
    const view = new GraphView({ data, positions: {}, palette: lightPalette });
    view.show(at(1), defaultFilters);
    expect(classesOf(view, 'pyatakov')).toContain('uncertain');
    expect(classesOf(view, 'pyatakov')).not.toContain('dead');
    for (const [from, to] of [
      [1, 2],
      [2, 3],
    ]) {
      const diff = timeline.diff(monthWindow(1937, from), monthWindow(1937, to));
      view.step(diff, at(to), defaultFilters, false);
    }
    expect(classesOf(view, 'pyatakov')).not.toContain('uncertain');
    expect(classesOf(view, 'pyatakov')).toContain('dead');
    view.destroy();
  });

  it('gives an edge whose start is uncertain the class only while it is possible', () => {
    const view = new GraphView({ data, positions: {}, palette: lightPalette });
    const dec = timeline.stateAt(monthWindow(1936, 12));
    view.show(dec, defaultFilters);
    const edge = (view as unknown as { cy: Core }).cy
      .edges()
      .filter((e) => e.id().includes('feud'));
    expect(edge.classes()).toContain('uncertain');
    view.step(
      timeline.diff(monthWindow(1936, 12), monthWindow(1937, 1)),
      at(1),
      defaultFilters,
      false,
    );
    expect(edge.classes()).not.toContain('uncertain');
    view.destroy();
  });
});
