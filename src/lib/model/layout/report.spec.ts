import { describe, expect, it } from 'vitest';
import { bundledDataset } from '$lib/testing/bundled';
import { layoutFigures } from './report';
import { completeYears } from './positions-at';

describe('the bundled layout tells each year apart (issue 13 targets)', () => {
  const loaded = bundledDataset();
  if (!loaded) throw new Error('the bundled dataset does not load');
  const data = loaded;
  const figures = layoutFigures(data);
  const year = (y: number) => figures.find((f) => f.year === y);

  it('has a complete layout per year', () => {
    expect(completeYears(data)).toBeDefined();
  });

  it.each([1925, 1927, 1929, 1932, 1934, 1937])(
    'in %i allies sit within 0.45 and co-members within 0.55 of the mean distance',
    (y) => {
      const f = year(y);
      expect(f?.alliance).toBeLessThanOrEqual(0.45);
      expect(f?.coMembers).toBeLessThanOrEqual(0.55);
      // and closer than the fixed layout draws them
      expect(f?.alliance).toBeLessThan(f?.fixedAlliance ?? 0);
    },
  );

  it('moves the median person at most 10% of the diagonal between consecutive years', () => {
    for (const f of figures.slice(1)) expect(f.move, String(f.year)).toBeLessThanOrEqual(0.1);
  });

  it('does move people between years (the layout is per year, not one for all)', () => {
    expect(figures.slice(1).some((f) => f.move > 0.005)).toBe(true);
  });
});
