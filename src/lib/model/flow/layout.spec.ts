import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../timeline/timeline';
import { defaultFilters } from '../view/filters';
import { bundledDataset } from '$lib/testing/bundled';
import { factionFlow } from './flow';
import { layoutFlow } from './layout';

describe('layoutFlow', () => {
  const data = bundledDataset();
  const years = Array.from({ length: 15 }, (_, i) => 1924 + i);
  const flow = factionFlow(data, buildTimeline(data), years, defaultFilters);
  const layout = layoutFlow(flow, { width: 900, height: 500 }, (t) => t.length * 6);

  it('gives each person the same height, and ribbons no more than their blocks', () => {
    const unit = layout.blocks[0].height / layout.blocks[0].people.length;
    for (const b of layout.blocks) expect(b.height).toBeCloseTo(b.people.length * unit, 6);
    for (const b of layout.blocks) {
      const out = layout.ribbons
        .filter((r) => r.from === b)
        .reduce((s, r) => s + r.people.length, 0);
      const into = layout.ribbons
        .filter((r) => r.to === b)
        .reduce((s, r) => s + r.people.length, 0);
      expect(out).toBeLessThanOrEqual(b.people.length);
      expect(into).toBeLessThanOrEqual(b.people.length);
    }
  });

  it('keeps columns in order, blocks apart and inside the drawing; names each group once', () => {
    const xs = layout.columns.map((c) => c.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    for (const c of layout.columns) {
      const col = layout.blocks.filter((b) => b.year === c.year);
      for (let i = 1; i < col.length; i++)
        expect(col[i].y).toBeGreaterThanOrEqual(col[i - 1].y + col[i - 1].height);
      for (const b of col) expect(b.y + b.height).toBeLessThanOrEqual(layout.height);
    }
    expect(layout.width).toBeGreaterThanOrEqual(layout.columns.at(-1)!.x + layout.blockWidth);
    const named = layout.blocks.filter((b) => b.named).map((b) => b.group);
    expect(new Set(named).size).toBe(named.length);
    expect(new Set(named)).toEqual(new Set(flow.groups.map((g) => g.id)));
  });
});
