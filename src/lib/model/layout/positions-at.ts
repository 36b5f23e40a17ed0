/**
 * Which positions a window is drawn with: the layout of its year; in months mode, a blend of
 * that year's and the next year's by the month; the one fixed layout when the user asks for
 * it or the dataset has no layout per year.
 */
import type { DatasetRecords, Position } from '../dataset/schema';
import { yearOf } from '../time/dates';
import type { YearPositions } from './dynamic';

/**
 * Above this many people and factions, a layout per year (quadratic stress) and per-year
 * emphasis (restyling thousands of nodes at each step) cost too much: such datasets keep the
 * fixed layout and uniform sizes.
 */
export const MAX_STORY_NODES = 400;

/**
 * Above this many people and factions, fCoSE takes minutes (35 s at its default quality for
 * 4,000 nodes here, and its overlap pass is quadratic) while it holds a core the scrubbing
 * needs: such datasets keep the quick placement (model/layout/quick).
 */
export const MAX_REFINED_NODES = 1_500;

/** Whether a dataset is small enough for the worker's force-directed layout. */
export function canRefineLayout(data: DatasetRecords): boolean {
  return data.people.length + data.factions.length <= MAX_REFINED_NODES;
}

/** Whether a dataset is small enough for a layout per year and emphasis by year. */
export function canLayoutYears(data: DatasetRecords): boolean {
  return data.people.length + data.factions.length <= MAX_STORY_NODES;
}

/** The stored layout when it places every person and faction, else undefined. */
export function completeLayout(data: DatasetRecords): Record<string, Position> | undefined {
  const stored = data.layout?.positions;
  if (!stored) return undefined;
  return placesAll(data, stored) ? stored : undefined;
}

function placesAll(data: DatasetRecords, positions: Record<string, Position>): boolean {
  const has = (id: string) => Object.prototype.hasOwnProperty.call(positions, id);
  return data.people.every((r) => has(r.id)) && data.factions.every((r) => has(r.id));
}

/**
 * The stored layout per year when it covers every year of the range and every node, else
 * undefined (older files hold one layout only).
 */
export function completeYears(data: DatasetRecords): YearPositions | undefined {
  const years = data.layout?.years;
  if (!years) return undefined;
  for (let y = yearOf(data.dataset.range.from); y <= yearOf(data.dataset.range.to); y++) {
    const positions = years[String(y)];
    if (!positions || !placesAll(data, positions)) return undefined;
  }
  return years;
}

/** The positions to draw a year, or a month of it (1..12), with. */
export function positionsAt(
  fixed: Record<string, Position>,
  years: YearPositions | undefined,
  at: { year: number; month?: number },
): Record<string, Position> {
  if (!years) return fixed;
  const year = years[String(at.year)];
  if (!year) return fixed;
  const next = years[String(at.year + 1)];
  // A whole year, or its January, is drawn with the year's own layout.
  const t = ((at.month ?? 1) - 1) / 12;
  if (!next || t === 0) return year;
  const blended: Record<string, Position> = {};
  for (const [id, p] of Object.entries(year)) {
    const q = next[id] ?? p;
    blended[id] = { x: p.x + (q.x - p.x) * t, y: p.y + (q.y - p.y) * t };
  }
  return blended;
}
