/**
 * The readability figures of a dataset's stored layout, year by year: what `npm run layout`
 * prints and what the layout spec holds to issue 13's targets.
 */
import { yearOf } from '../time/dates';
import type { DatasetRecords } from '../dataset/schema';
import { buildTimeline, yearWindow } from '../timeline/timeline';
import { medianMove, yearFigures } from './metrics';
import { positionsAt } from './positions-at';

export interface YearReport {
  year: number;
  /** Drawn with the layout of that year. */
  alliance: number;
  coMembers: number;
  /** Median move from the year before, as a share of its bounding box's diagonal. */
  move: number;
  /** The same figures drawn with the fixed layout, for comparison. */
  fixedAlliance: number;
  fixedCoMembers: number;
}

/** Figures for every year of the range (moves from the second year on). */
export function layoutFigures(data: DatasetRecords): YearReport[] {
  const fixed = data.layout?.positions ?? {};
  const years = data.layout?.years;
  const timeline = buildTimeline(data);
  const out: YearReport[] = [];
  let before: { people: string[]; positions: Record<string, { x: number; y: number }> } | undefined;
  for (let y = yearOf(data.dataset.range.from); y <= yearOf(data.dataset.range.to); y++) {
    const state = timeline.stateAt(yearWindow(y));
    const positions = positionsAt(fixed, years, { year: y });
    const figures = yearFigures(data, state, positions);
    const fixedFigures = yearFigures(data, state, fixed);
    const people = [...state.people.keys()];
    const move = before
      ? medianMove(
          people.filter((id) => before?.people.includes(id)),
          before.positions,
          positions,
        )
      : 0;
    out.push({
      year: y,
      alliance: figures.alliance,
      coMembers: figures.coMembers,
      move,
      fixedAlliance: fixedFigures.alliance,
      fixedCoMembers: fixedFigures.coMembers,
    });
    before = { people, positions };
  }
  return out;
}

/** The figures as a table for the terminal. */
export function layoutReport(data: DatasetRecords): string {
  const f = (v: number) => (Number.isFinite(v) ? v.toFixed(2) : '–');
  const rows = layoutFigures(data).map(
    (r) =>
      `${r.year}  ${f(r.alliance).padStart(8)}  ${f(r.coMembers).padStart(10)}  ${(r.move * 100).toFixed(1).padStart(6)}%  ${f(r.fixedAlliance).padStart(14)}  ${f(r.fixedCoMembers).padStart(16)}`,
  );
  return [
    'year  alliance  co-members    move  fixed alliance  fixed co-members',
    ...rows,
    '(alliance, co-members: mean distance ÷ mean distance of two living people; move: median, share of the diagonal)',
  ].join('\n');
}
