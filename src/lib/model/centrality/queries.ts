/** Reading a centrality series: one node over time, a step's ranking, sizes by a metric. */
import type { DaySpan } from '../time/dates';
import { emphasisLevel } from '../view/emphasis';
import type { CentralitySeries } from './series';

export type CentralityMetric = 'degree' | 'betweenness';

/** One node's value at one step. */
export interface CentralityPoint {
  label: string;
  degree: number;
  betweenness: number;
}

/** The step whose window is `window`; -1 when the series has none (another mode, out of range). */
export function stepIndex(series: CentralitySeries, window: DaySpan): number {
  return series.steps.findIndex(
    (s) => s.window.start === window.start && s.window.end === window.end,
  );
}

/** A node's degree and betweenness at every step; empty when the node is unknown. */
export function nodeSeries(series: CentralitySeries, id: string): CentralityPoint[] {
  const i = series.ids.indexOf(id);
  if (i < 0) return [];
  return series.steps.map((step, k) => ({
    label: step.label,
    degree: series.values[k].degree[i],
    betweenness: series.values[k].betweenness[i],
  }));
}

/** One entry of a ranking. */
export interface Ranked {
  id: string;
  degree: number;
  betweenness: number;
}

/**
 * The `count` nodes among `candidates` with the most distinct neighbours at a step, ties broken
 * by betweenness, then by the candidates' order; nodes with no neighbour are left out.
 */
export function mostConnected(
  series: CentralitySeries,
  step: number,
  candidates: ReadonlySet<string>,
  count = 5,
): Ranked[] {
  const values = series.values[step];
  if (!values) return [];
  const ranked: Ranked[] = [];
  series.ids.forEach((id, i) => {
    if (candidates.has(id) && values.degree[i] > 0)
      ranked.push({ id, degree: values.degree[i], betweenness: values.betweenness[i] });
  });
  // Array.prototype.sort is stable: equal entries keep the candidates' order
  ranked.sort((a, b) => b.degree - a.degree || b.betweenness - a.betweenness);
  return ranked.slice(0, count);
}

/** A metric's value for every node at a step, by id. */
export function metricAt(
  series: CentralitySeries,
  step: number,
  metric: CentralityMetric,
): Map<string, number> {
  const out = new Map<string, number>();
  const values = series.values[step]?.[metric];
  if (!values) return out;
  series.ids.forEach((id, i) => {
    if (!out.has(id)) out.set(id, values[i]);
  });
  return out;
}

/**
 * Size levels of `people` from a metric at a step, on the same scale as the emphasis levels
 * (`emphasisLevel`): the graph has one sizing path, fed by whichever measure is chosen.
 */
export function metricLevels(
  series: CentralitySeries,
  step: number,
  metric: CentralityMetric,
  people: Iterable<string>,
): Map<string, number> {
  const value = metricAt(series, step, metric);
  const ids = [...people];
  let top = 0;
  for (const id of ids) top = Math.max(top, value.get(id) ?? 0);
  return new Map(ids.map((id) => [id, emphasisLevel(value.get(id) ?? 0, top)]));
}

/** "12.5" or "3": a betweenness or degree as panels print it. */
export function formatMetric(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
