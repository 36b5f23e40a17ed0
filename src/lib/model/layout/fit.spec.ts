import { describe, expect, it } from 'vitest';
import { boundsOf, fitViewport } from './fit';

describe('fitting positions into a viewport', () => {
  const range = { minZoom: 0.02, maxZoom: 4 };

  it('bounds the points with a margin; a unit box for none', () => {
    const points = [
      { x: 10, y: -5 },
      { x: -20, y: 40 },
      { x: 0, y: 0 },
    ];
    expect(boundsOf(points, 5)).toEqual({ x1: -25, y1: -10, x2: 15, y2: 45 });
    expect(boundsOf([])).toEqual({ x1: -1, y1: -1, x2: 1, y2: 1 });
  });

  it('shows the bounds whole and centred, the tighter side touching the padding', () => {
    const bounds = { x1: 0, y1: 0, x2: 2000, y2: 500 };
    const { zoom, pan } = fitViewport(bounds, { width: 1000, height: 800 }, 50, range);
    expect(zoom).toBeCloseTo(0.45);
    // The box's centre lands on the viewport's centre
    expect(pan.x + zoom * 1000).toBeCloseTo(500);
    expect(pan.y + zoom * 250).toBeCloseTo(400);
    // Its left edge sits at the padding
    expect(pan.x + zoom * bounds.x1).toBeCloseTo(50);
  });

  it('keeps the zoom within its range', () => {
    const tiny = { x1: 0, y1: 0, x2: 1, y2: 1 };
    const huge = { x1: 0, y1: 0, x2: 1e7, y2: 1e7 };
    const size = { width: 800, height: 600 };
    expect(fitViewport(tiny, size, 30, range).zoom).toBe(4);
    expect(fitViewport(huge, size, 30, range).zoom).toBe(0.02);
    expect(fitViewport(tiny, { width: 10, height: 10 }, 30, range).zoom).toBe(0.02);
  });
});
