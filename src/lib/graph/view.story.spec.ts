/**
 * The story graph on a headless Cytoscape: people sized by their weight in the year, background
 * people receding, the dying drawn alive in their year, disputed markers only where the
 * disputed part is on screen, focus keeping a neighbourhood, and positions that move.
 */
import type { Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { defaultFilters } from '$lib/model/view/filters';
import { bundledDataset } from '$lib/testing/bundled';
import { buildTimeline, yearWindow } from '$lib/model/timeline/timeline';
import { personLevels } from '$lib/model/view/emphasis';
import { activeLinks, egoNetwork } from '$lib/model/view/graph-query';
import { tableRows } from '$lib/model/panels/table';
import { buildLookup } from '$lib/model/dataset/lookup';
import { lightPalette } from './palette';
import { GraphView } from './view';

const data = bundledDataset();
const timeline = buildTimeline(data);
const at = (year: number) => timeline.stateAt(yearWindow(year));
const cyOf = (view: GraphView) => (view as unknown as { cy: Core }).cy;

function shown(year: number) {
  const view = new GraphView({ data, positions: {}, palette: lightPalette });
  view.emphasise(personLevels(data, at(year)), true);
  view.show(at(year), defaultFilters);
  return view;
}

function steppedTo(from: number, to: number) {
  const view = shown(from);
  view.emphasise(personLevels(data, at(to)), true);
  view.step(timeline.diff(yearWindow(from), yearWindow(to)), at(to), defaultFilters, true);
  return view;
}

describe('the story graph', () => {
  it('sizes the protagonists of a year above the marginal, and backgrounds the unconnected', () => {
    const cy = cyOf(shown(1926));
    const level = (id: string) => cy.getElementById(id).data('level') as number;
    expect(level('stalin')).toBeGreaterThan(level('beria') ?? 0);
    expect(level('bukharin')).toBeGreaterThan(3);
    const background = cy.nodes('.background').map((n) => n.id());
    expect(background.length).toBeGreaterThan(0);
    for (const id of background) expect(level(id)).toBe(0);
    expect(background).not.toContain('stalin');
  });

  it('after a step, then the new levels (as the page does), sizes are those of the year shown', () => {
    const sizes = (view: GraphView) =>
      cyOf(view)
        .nodes('.person')
        .map((n) => `${n.id()}:${n.data('level')}:${n.hasClass('background')}`)
        .sort();
    for (const [from, to] of [
      [1926, 1927],
      [1929, 1925],
      [1936, 1937],
    ]) {
      const view = shown(from);
      view.step(timeline.diff(yearWindow(from), yearWindow(to)), at(to), defaultFilters, true);
      view.emphasise(personLevels(data, at(to)), true);
      expect(sizes(view)).toEqual(sizes(shown(to)));
    }
  });

  it('hides background people when "Show inactive people" is off', () => {
    const view = shown(1926);
    const before = cyOf(view).nodes('.background').length;
    view.emphasise(personLevels(data, at(1926)), false);
    expect(before).toBeGreaterThan(0);
    expect(cyOf(view).nodes('.background')).toHaveLength(0);
  });

  it('draws Zinoviev alive at his trial in 1936, "dies 25 Aug 1936", and dead in 1937', () => {
    for (const view of [shown(1936), steppedTo(1935, 1936)]) {
      const z = cyOf(view).getElementById('zinoviev');
      expect(z.hasClass('dying')).toBe(true);
      expect(z.hasClass('dead')).toBe(false);
      expect(z.data('label')).toContain('dies 25 Aug 1936');
    }
    for (const view of [shown(1937), steppedTo(1936, 1937)]) {
      const z = cyOf(view).getElementById('zinoviev');
      expect([z.hasClass('dead'), z.hasClass('dying')]).toEqual([true, false]);
      expect(z.data('label')).toContain('executed 1936');
    }
  });

  it('marks disputes only where the disputed part is on screen, after a step as when shown', () => {
    const disputed = (view: GraphView) =>
      cyOf(view)
        .elements('.disputed')
        .map((e) => e.id())
        .sort();
    // The Troika's disputed start (1922) is off screen in 1925; Kirov's disputed death is on from 1934
    expect(disputed(shown(1925))).not.toContain('a:stalin-zinoviev');
    expect(disputed(shown(1933))).not.toContain('kirov');
    expect(disputed(shown(1934))).toContain('kirov');
    expect(disputed(steppedTo(1933, 1934))).toEqual(disputed(shown(1934)));
    expect(disputed(steppedTo(1935, 1934))).toEqual(disputed(shown(1934)));
    // Far fewer rings than disputed records
    expect(disputed(shown(1926)).length).toBeLessThan(8);
  });

  it('draws a relationship that ends in the period as ending, and as a ghost for one step after', () => {
    const alliance = 'a:stalin-bukharin';
    expect(cyOf(shown(1928)).getElementById(alliance).hasClass('ending')).toBe(true);
    expect(cyOf(shown(1927)).getElementById(alliance).hasClass('ending')).toBe(false);
    expect(cyOf(steppedTo(1927, 1928)).getElementById(alliance).hasClass('ending')).toBe(true);
    const after = steppedTo(1928, 1929);
    expect(cyOf(after).getElementById(alliance).hasClass('ghost')).toBe(true);
    after.clearFresh();
    expect(cyOf(after).getElementById(alliance).empty()).toBe(true);
    expect(cyOf(shown(1929)).getElementById(alliance).empty()).toBe(true);
  });

  it('draws offices in institutions faintly, and hides them with their own filter', () => {
    const view = shown(1929);
    const offices = () => cyOf(view).edges('.membership.institutional').length;
    const factionTies = () => cyOf(view).edges('.membership').not('.institutional').length;
    expect(offices()).toBeGreaterThan(0);
    const ties = factionTies();
    view.show(at(1929), { ...defaultFilters, institutions: false });
    expect(offices()).toBe(0);
    expect(factionTies()).toBe(ties);
    const rows = tableRows(at(1929), buildLookup(data), { ...defaultFilters, institutions: false });
    expect(rows.some((r) => r.to.id === 'politburo')).toBe(false);
    expect(rows.some((r) => r.to.id === 'right-opposition')).toBe(true);
  });

  it('keeps only the focus and its neighbours with "Show connections only"', () => {
    const view = shown(1929);
    const ego = egoNetwork(activeLinks(data, at(1929)), 'bukharin', 1);
    view.only(ego.nodes);
    const ids = cyOf(view)
      .nodes()
      .map((n) => n.id())
      .sort();
    expect(ids).toEqual([...ego.nodes].sort());
    expect(ids).toContain('stalin');
    view.only(undefined);
    expect(cyOf(view).nodes().length).toBeGreaterThan(ids.length);
  });

  it('moves nodes to a year’s positions', () => {
    const view = shown(1926);
    view.place({ stalin: { x: 12, y: 34 } });
    expect(cyOf(view).getElementById('stalin').position()).toEqual({ x: 12, y: 34 });
  });
});
