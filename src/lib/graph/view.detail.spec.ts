/**
 * Level of detail on a headless Cytoscape: a large network zoomed out draws its lines straight,
 * betrayals solid and rivalries in long dashes, and returns to full detail zoomed in, with a
 * gap between the two thresholds; a small network never changes.
 */
import type { Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { generateDataset, sizeForElements } from '../../../scripts/synth/generate';
import { defaultFilters } from '$lib/model/view/filters';
import type { DatasetRecords } from '$lib/model/dataset/schema';
import { buildTimeline, yearWindow } from '$lib/model/timeline/timeline';
import { EDGE_VISUALS, LEADING, OVERVIEW, OVERVIEW_EDGES } from '$lib/model/view/visual';
import { bundledDataset } from '$lib/testing/bundled';
import { quickLayout } from '$lib/model/layout/quick';
import { darkPalette, lightPalette } from './palette';
import { GraphView } from './view';

const cyOf = (view: GraphView) => (view as unknown as { cy: Core }).cy;

function open(data: DatasetRecords, year: number) {
  const view = new GraphView({ data, positions: quickLayout(data), palette: lightPalette });
  view.show(buildTimeline(data).stateAt(yearWindow(year)), defaultFilters);
  return view;
}

/** How the first edge of a kind in the graph is drawn now. */
function drawn(view: GraphView, kind: string) {
  const edges = cyOf(view).edges(`.${kind}`);
  if (edges.empty()) throw new Error(`no ${kind} in the graph`);
  const edge = edges[0];
  return {
    line: edge.style('line-style') as string,
    curve: edge.style('curve-style') as string,
    dash: String(edge.style('line-dash-pattern'))
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number),
  };
}

describe('level of detail', () => {
  const large = generateDataset({ seed: 1, ...sizeForElements(5_000) });

  it('draws a large network zoomed out with the overview lines, and full detail zoomed in', () => {
    const view = open(large, 1930);
    const cy = cyOf(view);
    expect(cy.elements().length).toBeGreaterThan(0);
    cy.zoom(1);
    expect(view.detail).toBe('full');
    expect(drawn(view, 'betrayal').line).toBe(EDGE_VISUALS.betrayal.line);
    expect(drawn(view, 'alliance').curve).toBe('bezier');

    cy.zoom(OVERVIEW.enter - 0.05);
    expect(view.detail).toBe('overview');
    expect(drawn(view, 'betrayal').line).toBe(OVERVIEW_EDGES.betrayalLine);
    expect(drawn(view, 'alliance').curve).toBe('straight');
    expect(drawn(view, 'rivalry').dash).toEqual(OVERVIEW_EDGES.rivalryDash);

    // Between the thresholds it stays as it is, either way
    cy.zoom((OVERVIEW.enter + OVERVIEW.leave) / 2);
    expect(view.detail).toBe('overview');
    cy.zoom(OVERVIEW.leave + 0.05);
    expect(view.detail).toBe('full');
    cy.zoom((OVERVIEW.enter + OVERVIEW.leave) / 2);
    expect(view.detail).toBe('full');
    expect(drawn(view, 'rivalry').dash).toEqual(EDGE_VISUALS.rivalry.dash);
    view.destroy();
  });

  it('keeps the overview through a change of theme', () => {
    const view = open(large, 1930);
    cyOf(view).zoom(0.2);
    view.setPalette(darkPalette);
    expect(drawn(view, 'betrayal').line).toBe(OVERVIEW_EDGES.betrayalLine);
    view.destroy();
  });

  it('names the leading actors at any zoom: their labels keep their size on screen', async () => {
    const view = open(large, 1930);
    const cy = cyOf(view);
    const leading = cy.$('node.leading');
    // The leading people and factions, those in the graph that year
    expect(leading.length).toBeGreaterThan(LEADING.people / 2);
    expect(leading.length).toBeLessThanOrEqual(LEADING.people + LEADING.factions);
    cy.zoom(0.2);
    await new Promise((resolve) => setTimeout(resolve, 200));
    for (const node of leading) {
      expect(node.numericStyle('font-size')).toBeCloseTo(LEADING.fontPx / 0.2);
      expect(node.style('label')).toBe(node.data('label'));
    }
    // The rest would be drawn below the smallest size: they have no label to measure
    const unnamed = cy.nodes('.person').not('.leading');
    expect(unnamed.length).toBeGreaterThan(0);
    for (const node of unnamed) expect(node.style('label')).toBe('');
    cy.zoom(2);
    await new Promise((resolve) => setTimeout(resolve, 200));
    for (const node of leading) expect(node.numericStyle('font-size')).toBe(LEADING.fontPx);
    expect(unnamed.first().style('label')).toBe(unnamed.first().data('label'));
    const others = cy.nodes('.person').not('.leading');
    expect(others.length).toBeGreaterThan(0);
    expect(others.first().numericStyle('font-size')).toBeLessThan(LEADING.fontPx / 0.2);
    view.destroy();
  });

  it('sizes the leading labels as it fits, so the first frame is the one that stays', async () => {
    const view = open(large, 1930);
    const cy = cyOf(view);
    cy.zoom(2);
    await new Promise((resolve) => setTimeout(resolve, 200));
    view.fit();
    const zoom = cy.zoom();
    expect(zoom).toBeLessThan(1);
    const font = Math.min(LEADING.maxFont, Math.max(LEADING.fontPx, LEADING.fontPx / zoom));
    for (const node of cy.$('node.leading'))
      expect(node.numericStyle('font-size')).toBeCloseTo(font);
    view.destroy();
  });

  it('never changes a small network', () => {
    const view = open(bundledDataset(), 1928);
    cyOf(view).zoom(0.2);
    expect(view.detail).toBe('full');
    expect(drawn(view, 'betrayal').line).toBe(EDGE_VISUALS.betrayal.line);
    view.destroy();
  });
});
