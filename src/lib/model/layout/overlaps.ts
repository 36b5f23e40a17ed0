/**
 * Label room: the box a node and its label need, and a pass that pushes overlapping boxes
 * apart. Pure, so that the stored layout, the worker and the specs share it.
 */
import type { Position } from '../dataset/schema';

export interface Box {
  id: string;
  x: number;
  y: number;
  halfWidth: number;
  halfHeight: number;
}

/** Labels wrap at the stylesheet's text-max-width, so long names grow in height, not width. */
export const MAX_LABEL_WIDTH = 120;

/**
 * The space a node's label needs, estimated from its length at `fontSize` (12 px by default);
 * `nodeSize` is the node's diameter.
 */
export function labelBox(
  id: string,
  label: string,
  position: Position,
  isFaction: boolean,
  secondLine = '',
  fontSize = 12,
  nodeSize = isFaction ? 42 : 22,
): Box {
  const perChar = ((isFaction ? 7.4 : 6.9) * fontSize) / 12;
  const textWidth = Math.max(label.length, secondLine.length) * perChar;
  const extraLines = secondLine ? 1 : 0;
  const lines = label ? Math.ceil(textWidth / MAX_LABEL_WIDTH) : 0;
  const width = Math.max(isFaction ? 50 : nodeSize + 4, Math.min(textWidth, MAX_LABEL_WIDTH) + 8);
  const height = nodeSize + (fontSize + 2) * (lines + (label ? extraLines : 0));
  return { id, ...position, halfWidth: width / 2, halfHeight: height / 2 };
}

/**
 * Pushes overlapping boxes apart along the axis of least overlap until none overlap. `nudge`
 * pushes a little further than the overlap, which stops dense clumps from oscillating.
 */
export function removeOverlaps(
  boxes: Box[],
  gap = 6,
  maxRounds = 400,
  aspect = 1,
  nudge = 0.5,
): boolean {
  for (let round = 0; round < maxRounds; round++) {
    let moved = false;
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        const overlapX = a.halfWidth + b.halfWidth + gap - Math.abs(a.x - b.x);
        const overlapY = a.halfHeight + b.halfHeight + gap - Math.abs(a.y - b.y);
        if (overlapX <= 0 || overlapY <= 0) continue;
        moved = true;
        // Prefer sideways moves in proportion to the target's aspect ratio.
        if (overlapX < overlapY * aspect) {
          const shift = (overlapX / 2 + nudge) * (a.x <= b.x ? 1 : -1);
          a.x -= shift;
          b.x += shift;
        } else {
          const shift = (overlapY / 2 + nudge) * (a.y <= b.y ? 1 : -1);
          a.y -= shift;
          b.y += shift;
        }
      }
    }
    if (!moved) return true;
  }
  return false;
}

/** Whether any two boxes overlap (a gap of `gap` counts as touching). */
export function anyOverlap(boxes: Box[], gap = 0): boolean {
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      if (
        a.halfWidth + b.halfWidth + gap > Math.abs(a.x - b.x) &&
        a.halfHeight + b.halfHeight + gap > Math.abs(a.y - b.y)
      )
        return true;
    }
  return false;
}
