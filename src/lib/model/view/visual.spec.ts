/**
 * One look per kind: the graph's stylesheet and the caption of exported pictures draw each kind
 * as `model/view/visual.ts` says, in both themes.
 */
import { describe, expect, it } from 'vitest';
import { buildStylesheet } from '$lib/graph/stylesheet';
import { captionInfo } from '$lib/export/caption';
import { defaultFilters } from '$lib/model/view/filters';
import { bundledDataset } from '$lib/testing/bundled';
import { buildTimeline, yearWindow } from '../timeline/timeline';
import { EDGE_VISUALS, FACTION_KINDS, FACTION_VISUALS, palettes, type EdgeKind } from './visual';

const kinds = Object.keys(EDGE_VISUALS) as EdgeKind[];
const data = bundledDataset();
const state = buildTimeline(data).stateAt(yearWindow(1929));

describe.each(['light', 'dark'] as const)('the %s theme', (theme) => {
  const p = palettes[theme];
  const styles = buildStylesheet(p) as { selector: string; style: Record<string, unknown> }[];
  const style = (selector: string) => styles.find((s) => s.selector === selector)?.style ?? {};

  it('the stylesheet draws each edge kind as specified', () => {
    for (const kind of kinds) {
      const v = EDGE_VISUALS[kind];
      const s = style(`edge.${kind}`);
      expect(s['line-color'], kind).toBe(p[v.color]);
      expect(s.width, kind).toBe(v.width);
      expect(s['line-style'], kind).toBe(v.line);
      if (v.line === 'dashed') expect(s['line-dash-pattern'], kind).toEqual(v.dash);
      if (v.arrow) expect(s['target-arrow-shape'], kind).toBe('triangle');
    }
    for (const kind of FACTION_KINDS) {
      expect(style(`node.faction-${kind}`).shape).toBe(FACTION_VISUALS[kind].shape);
    }
  });

  it('the caption of an exported picture uses the same colour, width, dash and arrow', () => {
    const caption = captionInfo({ data, year: 1929, state, filters: defaultFilters, palette: p });
    for (const kind of kinds) {
      const v = EDGE_VISUALS[kind];
      const item = caption.legend.find((i) => i.label.startsWith(v.label));
      expect(item, kind).toMatchObject({
        kind: 'edge',
        color: p[v.color],
        width: v.width,
        dash: v.dash,
        arrow: v.arrow,
        opacity: v.opacity,
      });
    }
    const shapes = caption.legend.filter((i) => i.kind === 'node');
    for (const kind of FACTION_KINDS) {
      const item = shapes.find((i) => i.label === FACTION_VISUALS[kind].label);
      if (item?.kind === 'node') expect(item.shape).toBe(FACTION_VISUALS[kind].shape);
    }
  });
});
