/** Fitting positions into a viewport without measuring any element: bounds and the viewport. */
import type { Position } from '../dataset/schema';

export interface Bounds {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The rectangle around `points`, widened by `margin` on each side; a unit box for none. */
export function boundsOf(points: Iterable<Position>, margin = 0): Bounds {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { x, y } of points) {
    if (x < x1) x1 = x;
    if (x > x2) x2 = x;
    if (y < y1) y1 = y;
    if (y > y2) y2 = y;
  }
  if (x1 > x2) return { x1: -1, y1: -1, x2: 1, y2: 1 };
  return { x1: x1 - margin, y1: y1 - margin, x2: x2 + margin, y2: y2 + margin };
}

/**
 * The zoom and pan that show `bounds` whole and centred in a viewport of `size`, `padding`
 * pixels from its edges, the zoom kept within `range`.
 */
export function fitViewport(
  bounds: Bounds,
  size: { width: number; height: number },
  padding: number,
  range: { minZoom: number; maxZoom: number },
): { zoom: number; pan: Position } {
  const width = Math.max(1, bounds.x2 - bounds.x1);
  const height = Math.max(1, bounds.y2 - bounds.y1);
  const fits = Math.min((size.width - 2 * padding) / width, (size.height - 2 * padding) / height);
  const zoom = Math.min(range.maxZoom, Math.max(range.minZoom, fits > 0 ? fits : range.minZoom));
  return {
    zoom,
    pan: {
      x: size.width / 2 - (zoom * (bounds.x1 + bounds.x2)) / 2,
      y: size.height / 2 - (zoom * (bounds.y1 + bounds.y2)) / 2,
    },
  };
}
