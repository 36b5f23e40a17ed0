/**
 * What the stylesheet draws, read back from a headless Cytoscape with styles on (GraphView's
 * headless instance computes none, so the classes it sets are set here by hand): the labels of the dead stay
 * readable (WCAG AA, 4.5:1), a dimmed disputed record is dimmed like the rest, and the halo of
 * what a step brought is not the disputed gold.
 */
import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { bundledDataset } from '$lib/testing/bundled';
import { buildElements } from './elements';
import { darkPalette, lightPalette, type Palette } from './palette';
import { buildStylesheet } from './stylesheet';

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
const luminance = (c: number[]) => {
  const [r, g, b] = c.map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: number[], b: number[]) => {
  const [x, y] = [luminance(a), luminance(b)].sort((m, n) => n - m);
  return (x + 0.05) / (y + 0.05);
};
const hue = (hex: string) => {
  const [r, g, b] = rgb(hex);
  const max = Math.max(r, g, b);
  const d = max - Math.min(r, g, b);
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return (h * 60 + 360) % 360;
};

/** A computed style value (`pstyle` is Cytoscape's, not in its type definitions). */
const pstyle = (element: unknown, name: string) =>
  (element as { pstyle(name: string): { value: unknown } }).pstyle(name).value;

function styled(palette: Palette) {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    elements: buildElements(bundledDataset(), {}),
    style: buildStylesheet(palette),
  });
}

describe.each([
  ['light', lightPalette],
  ['dark', darkPalette],
] as const)('the %s theme', (_, palette) => {
  it('names the dead of earlier periods only on hover, then at 4.5:1 or more', () => {
    const lenin = styled(palette).getElementById('lenin').removeClass('off').addClass('dead');
    expect(Number(pstyle(lenin, 'text-opacity'))).toBe(0);
    lenin.addClass('hover');
    const color = (pstyle(lenin, 'color') as number[]).map((v) => v / 255);
    const alpha = Number(pstyle(lenin, 'opacity')) * Number(pstyle(lenin, 'text-opacity'));
    const background = rgb(palette.background);
    const seen = color.map((c, i) => alpha * c + (1 - alpha) * background[i]);
    expect(contrast(seen, background)).toBeGreaterThanOrEqual(4.5);
  });

  it('dims a disputed relationship like the rest: no casing at full strength', () => {
    // GraphView marks it so in 1934, the year its disputed end is on screen
    const edge = styled(palette)
      .getElementById('a:stalin-kirov')
      .removeClass('off')
      .addClass('disputed');
    expect(Number(pstyle(edge, 'line-outline-width'))).toBeGreaterThan(0);
    edge.addClass('dimmed');
    expect(Number(pstyle(edge, 'line-outline-width'))).toBe(0);
  });

  it('halos what is new in a hue far from the disputed gold', () => {
    const apart = Math.abs(hue(palette.fresh) - hue(palette.disputed));
    expect(Math.min(apart, 360 - apart)).toBeGreaterThan(90);
  });
});
