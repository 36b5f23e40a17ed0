/**
 * Centrality by year in Node: degree and Brandes betweenness on the graph of each year's active
 * relationships, one time step at a time, on the same synthetic datasets as the scrubbing
 * benchmark (`sizeForElements`). A step is what the page's worker computes between two
 * progress reports.
 */
import { buildTimeline } from '../../src/lib/model/timeline/timeline';
import { centralityNodes, centralityAt, timeSteps } from '../../src/lib/model/centrality/series';
import { activeLinks } from '../../src/lib/model/view/graph-query';
import { elementCount, generateDataset, sizeForElements } from '../synth/generate';
import { summarize, type Summary } from './stats';

export interface CentralityResult {
  elements: number;
  /** Time steps (years of the range). */
  steps: number;
  /** Mean active relationships per step: the edges of each step's graph. */
  linksPerStep: number;
  /** Milliseconds per time step (degree and betweenness of every node). */
  perStep: Summary;
  /** The whole series, all steps, in milliseconds. */
  totalMs: number;
}

/** Benchmarks the series on a synthetic dataset of `elements` graph elements. */
export function benchCentrality(elements: number): CentralityResult {
  const data = generateDataset({ seed: 1, ...sizeForElements(elements), layout: false });
  const count = elementCount(data);
  if (count !== elements) throw new Error(`the dataset makes ${count} elements, not ${elements}`);
  const timeline = buildTimeline(data);
  const steps = timeSteps(data, false);
  const nodes = centralityNodes(data);
  centralityAt(data, timeline, steps[0].window, nodes); // warm-up
  const times: number[] = [];
  let links = 0;
  for (const step of steps) {
    links += activeLinks(data, timeline.stateAt(step.window)).length;
    const started = performance.now();
    centralityAt(data, timeline, step.window, nodes);
    times.push(performance.now() - started);
  }
  return {
    elements,
    steps: steps.length,
    linksPerStep: Math.round(links / steps.length),
    perStep: summarize(times),
    totalMs: Math.round(times.reduce((a, b) => a + b, 0)),
  };
}
