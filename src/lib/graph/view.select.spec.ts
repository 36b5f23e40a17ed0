import type { Core } from 'cytoscape';
/**
 * Selection on a headless Cytoscape: the explorer selects records by their ids, and edges are
 * drawn under prefixed element ids ("a:stalin-bukharin"); a tap reports the record id.
 */
import { describe, expect, it } from 'vitest';
import { defaultFilters } from '$lib/model/view/filters';
import { bundledDataset } from '$lib/testing/bundled';
import { buildTimeline, yearWindow } from '$lib/model/timeline/timeline';
import { lightPalette } from './palette';
import { GraphView } from './view';

function viewIn1927(onSelect?: (id: string | undefined) => void) {
  const data = bundledDataset();
  const view = new GraphView({ data, positions: {}, palette: lightPalette, onSelect });
  view.show(buildTimeline(data).stateAt(yearWindow(1927)), defaultFilters);
  return view;
}

const cyOf = (view: GraphView) => (view as unknown as { cy: Core }).cy;

describe('GraphView selection', () => {
  it('highlights an edge selected by its record id, with its two ends', () => {
    const view = viewIn1927();
    view.select('stalin-bukharin');
    const edge = cyOf(view).getElementById('a:stalin-bukharin');
    expect(edge.hasClass('selected')).toBe(true);
    expect(cyOf(view).getElementById('stalin').hasClass('dimmed')).toBe(false);
    expect(cyOf(view).getElementById('bukharin').hasClass('dimmed')).toBe(false);
    expect(cyOf(view).getElementById('trotsky').hasClass('dimmed')).toBe(true);
  });

  it('reports the record id of a tapped edge, and undefined for the background', () => {
    const tapped: (string | undefined)[] = [];
    const view = viewIn1927((id) => tapped.push(id));
    cyOf(view).getElementById('a:stalin-bukharin').emit('tap');
    cyOf(view).getElementById('stalin').emit('tap');
    cyOf(view).emit('tap');
    expect(tapped).toEqual(['stalin-bukharin', 'stalin', undefined]);
  });
});
