/**
 * Centrality by time step: degree and betweenness on the graph of the relationships active in
 * each step (the timeline's answer, `activeLinks`), for every person and faction. Computed one
 * step at a time so that a caller (a worker, or the main thread for small data) can report
 * progress and yield between steps.
 */
import type { DaySpan } from '../time/dates';
import { activeLinks } from '../view/graph-query';
import type { DatasetRecords } from '../dataset/schema';
import { rangeYears } from '../panels/spans';
import { monthWindow, windowLabel, yearWindow, type Timeline } from '../timeline/timeline';
import { betweenness, degrees, simpleGraph } from './brandes';

/** One time step: its window and how panels name it ("1929", "Aug 1936"). */
export interface TimeStep {
  window: DaySpan;
  label: string;
  year: number;
  month?: number;
}

/** Degree and betweenness of every node at one step, aligned with `CentralitySeries.ids`. */
export interface StepCentrality {
  degree: Float64Array;
  betweenness: Float64Array;
}

/** Centrality of every person and faction at every step. */
export interface CentralitySeries {
  /** People, then factions, in the dataset's order. */
  ids: string[];
  steps: TimeStep[];
  /** One entry per step. */
  values: StepCentrality[];
}

/** The steps of the dataset's range: its years, or in months mode each month of them. */
export function timeSteps(data: DatasetRecords, months: boolean): TimeStep[] {
  const steps: TimeStep[] = [];
  for (const year of rangeYears(data.dataset.range)) {
    if (!months) {
      const window = yearWindow(year);
      steps.push({ window, label: windowLabel(window), year });
      continue;
    }
    for (let month = 1; month <= 12; month++) {
      const window = monthWindow(year, month);
      steps.push({ window, label: windowLabel(window), year, month });
    }
  }
  return steps;
}

/** The nodes centrality is computed for: every person and faction, and their indices. */
export function centralityNodes(data: DatasetRecords): {
  ids: string[];
  index: Map<string, number>;
} {
  const ids = [...data.people.map((p) => p.id), ...data.factions.map((f) => f.id)];
  const index = new Map<string, number>();
  ids.forEach((id, i) => {
    if (!index.has(id)) index.set(id, i);
  });
  return { ids, index };
}

/** Degree and betweenness of every node in one window, over every active relationship. */
export function centralityAt(
  data: DatasetRecords,
  timeline: Timeline,
  window: DaySpan,
  nodes: { ids: string[]; index: Map<string, number> },
): StepCentrality {
  const { index } = nodes;
  // The graph holds only the nodes some active relationship touches: the rest score 0
  const local = new Map<number, number>();
  const global: number[] = [];
  const at = (id: string) => {
    const i = index.get(id);
    if (i === undefined) return undefined;
    let k = local.get(i);
    if (k === undefined) {
      local.set(i, (k = global.length));
      global.push(i);
    }
    return k;
  };
  const edges: [number, number][] = [];
  for (const link of activeLinks(data, timeline.stateAt(window))) {
    const a = at(link.a);
    const b = at(link.b);
    if (a !== undefined && b !== undefined) edges.push([a, b]);
  }
  const graph = simpleGraph(global.length, edges);
  const degree = new Float64Array(nodes.ids.length);
  const between = new Float64Array(nodes.ids.length);
  const d = degrees(graph);
  const b = betweenness(graph);
  global.forEach((i, k) => {
    degree[i] = d[k];
    between[i] = b[k];
  });
  return { degree, betweenness: between };
}

/**
 * The series, step by step: yields after each step how many are done, and returns the whole
 * series. A caller that must not block drives it one `next()` at a time.
 */
export function* centralitySteps(
  data: DatasetRecords,
  timeline: Timeline,
  steps: TimeStep[],
): Generator<{ done: number; total: number }, CentralitySeries> {
  const nodes = centralityNodes(data);
  const values: StepCentrality[] = [];
  for (const step of steps) {
    values.push(centralityAt(data, timeline, step.window, nodes));
    yield { done: values.length, total: steps.length };
  }
  return { ids: nodes.ids, steps, values };
}

/** The whole series at once (small datasets, specs and the benchmark). */
export function centralitySeries(
  data: DatasetRecords,
  timeline: Timeline,
  steps: TimeStep[],
): CentralitySeries {
  const run = centralitySteps(data, timeline, steps);
  for (;;) {
    const next = run.next();
    if (next.done) return next.value;
  }
}
