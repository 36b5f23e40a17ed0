/**
 * Scrubbing the year in the browser on a synthetic dataset: the app, through key presses on
 * the "Year" slider (GraphCanvas, then GraphView.step), then the baselines on the same page
 * (baselines.ts); and the JS heap, after forced garbage collection, before and after many steps.
 */
import type { Browser, Page } from '@playwright/test';
import { generateDataset, sizeForElements } from '../synth/generate';
import { datasetFiles } from '../synth/write';
import { snapshotYears, timeFloor, timeRebuild, timeRedraw } from './baselines';
import { newBenchContext, openApp, pageProblems, settle, timedPress } from './page';
import { summarize, type Summary } from './stats';
import { pingPong } from './years';

export interface ScrubPlan {
  /** Timed one-year steps (and floor redraws). */
  steps: number;
  /** Timed jumps from the first year to the last. */
  jumps: number;
  /** Steps between the two heap measurements. */
  heapSteps: number;
}

export interface ScrubResult {
  elements: number;
  /** Elements shown in the first and the last year. */
  visible: { first: number; last: number };
  years: { from: number; to: number };
  /**
   * Steps and jumps each start from an idle page; `held` are the steps of the heap run, one
   * right after the other (a key held down), where Cytoscape's refinement of the last frame
   * still runs when the next key arrives.
   */
  app: { step: Summary; jump: Summary; held: Summary };
  rebuild: { step: Summary; jump: Summary };
  floor: Summary;
  /** A redraw after the smallest change: what drawing alone costs once anything changed. */
  redraw: Summary;
  heap: { steps: number; beforeBytes: number; afterBytes: number; growthBytes: number };
  /** Console and uncaught errors of the page: none expected. */
  problems: string[];
}

const KINDS = ['people', 'factions', 'memberships', 'alliances', 'rivalries', 'betrayals'] as const;

/** The JS heap in use after forced garbage collection. */
async function heapUsed(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await cdp.detach();
  }
}

/**
 * Presses the arrow keys that move the slider through `years`, from `start`, each on an idle
 * page or (`held`) right after the last one's frame; the latencies.
 */
async function scrub(page: Page, years: number[], start: number, held = false): Promise<number[]> {
  const times: number[] = [];
  let year = start;
  for (const next of years) {
    if (!held) await settle(page);
    times.push(await timedPress(page, next > year ? 'ArrowRight' : 'ArrowLeft'));
    year = next;
  }
  return times;
}

/** Benchmarks scrubbing on a synthetic dataset of `elements` graph elements. */
export async function benchScrub(
  browser: Browser,
  baseUrl: string,
  elements: number,
  plan: ScrubPlan,
): Promise<ScrubResult> {
  const data = generateDataset({ seed: 1, ...sizeForElements(elements) });
  const count = KINDS.reduce((sum, kind) => sum + data[kind].length, 0);
  if (count !== elements) throw new Error(`the dataset makes ${count} elements, not ${elements}`);
  const from = Number(data.dataset.range.from);
  const to = Number(data.dataset.range.to);
  const context = await newBenchContext(browser);
  try {
    const page = await openApp(context, baseUrl, datasetFiles(data));
    await page.getByRole('slider', { name: 'Year' }).focus();
    await timedPress(page, 'Home');
    await scrub(page, pingPong(from, to, 2 * (to - from)), from, true); // warm-up, there and back
    const stepYears = pingPong(from, to, plan.steps);
    const appStep = await scrub(page, stepYears, from);
    await timedPress(page, 'Home');
    const appJump: number[] = [];
    for (let i = 0; i < plan.jumps; i++) {
      await settle(page);
      appJump.push(await timedPress(page, 'End'));
      await timedPress(page, 'Home');
    }
    const beforeBytes = await heapUsed(page);
    const held = await scrub(page, pingPong(from, to, plan.heapSteps), from, true);
    const afterBytes = await heapUsed(page);
    // The baselines last: the rebuild leaves the app's graph out of step with the app
    const visible = await snapshotYears(page, from, to);
    const floor = await timeFloor(page, plan.steps);
    const redraw = await timeRedraw(page, plan.steps);
    const rebuild = await timeRebuild(page, from, to, stepYears, plan.jumps);
    return {
      elements,
      visible,
      years: { from, to },
      app: { step: summarize(appStep), jump: summarize(appJump), held: summarize(held) },
      rebuild: { step: summarize(rebuild.step), jump: summarize(rebuild.jump) },
      floor: summarize(floor),
      redraw: summarize(redraw),
      heap: {
        steps: plan.heapSteps,
        beforeBytes,
        afterBytes,
        growthBytes: afterBytes - beforeBytes,
      },
      problems: pageProblems(page),
    };
  } finally {
    await context.close();
  }
}
