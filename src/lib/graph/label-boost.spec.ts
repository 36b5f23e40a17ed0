import { describe, expect, it } from 'vitest';
import { labelBoost, LEGIBLE_PX } from './label-boost';

describe('labelBoost', () => {
  it('leaves a wide graph alone', () => {
    expect(labelBoost(0.3, 1280)).toBe(1);
  });
  it('scales labels on a phone until they reach a legible size on screen', () => {
    const boost = labelBoost(0.3, 390);
    expect(12 * boost * 0.3).toBeGreaterThanOrEqual(LEGIBLE_PX);
    expect(12 * (boost - 0.25) * 0.3).toBeLessThan(LEGIBLE_PX);
  });
  it('needs no boost once zoomed in', () => {
    expect(labelBoost(1.5, 390)).toBe(1);
    expect(labelBoost(0, 390)).toBe(1);
  });
});
