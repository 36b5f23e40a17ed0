/**
 * Scrubbing the year in the browser on a synthetic dataset: the app, through key presses on
 * the "Year" slider (GraphCanvas, then GraphView.step), then the baselines on the same page
 * (baselines.ts); and the JS heap, after forced garbage collection, before and after many steps.
 */
import type { Browser, Page } from '@playwright/test';
import {
  elementCount,
  generateDataset,
  sizeForElements,
  type SynthNetwork,
} from '../synth/generate';
import { datasetFiles } from '../synth/write';
import { snapshotYears, timeIdle, timeRebuild } from './baselines';
import {
  idleLongTasks,
  loadLongTasks,
  newBenchContext,
  openApp,
  pageProblems,
  settle,
  timedPress,
  panelLatency,
} from './page';
import { summarize, type Summary } from './stats';
import { pingPong } from './years';

export interface ScrubPlan {
  /** Timed one-year steps (and floor redraws). */
  steps: number;
  /** Timed jumps from the first year to the last. */
  jumps: number;
  /** Steps between the two heap measurements, at least (rounded up to whole round trips). */
  heapSteps: number;
}

/** One scrubbing case: a synthetic network's size and kind (`SynthOptions.network`). */
export interface ScrubCase {
  elements: number;
  network: SynthNetwork;
}

export interface ScrubResult {
  elements: number;
  /** Absent in results written before the scattered networks were added: `local`. */
  network?: SynthNetwork;
  /** From navigation to the first drawn graph (the `factions:graph-drawn` mark). */
  openMs?: number;
  /**
   * Long tasks (≥ 50 ms), in ms: during the load up to the first graph, and in the 3 s after
   * it with no input (what the page does on its own must come in slices shorter than that).
   */
  longTasks?: { load: number[]; idle: number[] };
  /** Elements shown in the first and the last year. */
  visible: { first: number; last: number };
  years: { from: number; to: number };
  /**
   * Steps and jumps each start from an idle page; `held` are the steps of the heap run, one
   * right after the other (a key held down), where Cytoscape's refinement of the last frame
   * still runs when the next key arrives. `panel` is the "This year" panel in the steps: it
   * follows the graph, once the graph's frame has been painted.
   */
  app: { step: Summary; jump: Summary; held: Summary; panel: Summary };
  rebuild: { step: Summary; jump: Summary };
  /** The unchanged graph drawn again element by element: what drawing alone costs. */
  floor: Summary;
  /** A frame from Cytoscape's cached bitmap of the whole graph, which any change drops. */
  cached: Summary;
  heap: { steps: number; beforeBytes: number; afterBytes: number; growthBytes: number };
  /** Console and uncaught errors of the page: none expected. */
  problems: string[];
}

/**
 * The JS heap in use on an idle page, after forced garbage collection. Cytoscape fills and
 * drops caches for a while after each change, so the page first stays idle for a long moment.
 */
async function heapUsed(page: Page): Promise<number> {
  await settle(page, 600);
  const cdp = await page.context().newCDPSession(page);
  try {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await cdp.detach();
  }
}

/** The smallest whole number of round trips across `from..to` that makes at least `min` steps. */
export function roundTripSteps(from: number, to: number, min: number): number {
  const trip = 2 * (to - from);
  return trip > 0 ? Math.ceil(min / trip) * trip : 0;
}

/**
 * Presses the arrow keys that move the slider through `years`, from `start`, each on an idle
 * page or (`held`) right after the last one's frame; the latencies of the graph and, on an
 * idle page, of the "This year" panel.
 */
async function scrub(
  page: Page,
  years: number[],
  start: number,
  held = false,
): Promise<{ times: number[]; panel: number[] }> {
  const times: number[] = [];
  const panel: number[] = [];
  let year = start;
  for (const next of years) {
    if (!held) await settle(page);
    times.push(await timedPress(page, next > year ? 'ArrowRight' : 'ArrowLeft'));
    if (!held) panel.push(await panelLatency(page));
    year = next;
  }
  return { times, panel };
}

/** Benchmarks scrubbing on a synthetic network of `elements` graph elements. */
export async function benchScrub(
  browser: Browser,
  baseUrl: string,
  { elements, network }: ScrubCase,
  plan: ScrubPlan,
): Promise<ScrubResult> {
  const data = generateDataset({ seed: 1, ...sizeForElements(elements), network });
  const count = elementCount(data);
  if (count !== elements) throw new Error(`the dataset makes ${count} elements, not ${elements}`);
  const from = Number(data.dataset.range.from);
  const to = Number(data.dataset.range.to);
  const context = await newBenchContext(browser);
  try {
    const page = await openApp(context, baseUrl, datasetFiles(data));
    const openMs = await page.evaluate(
      () => performance.getEntriesByName('factions:graph-drawn')[0]?.startTime ?? NaN,
    );
    const longTasks = {
      load: await loadLongTasks(page, openMs),
      idle: await idleLongTasks(page, 3000),
    };
    await page.getByRole('slider', { name: 'Year' }).focus();
    await timedPress(page, 'Home');
    await scrub(page, pingPong(from, to, 2 * (to - from)), from, true); // warm-up, there and back
    const stepYears = pingPong(from, to, plan.steps);
    const { times: appStep, panel } = await scrub(page, stepYears, from);
    await timedPress(page, 'Home');
    const appJump: number[] = [];
    for (let i = 0; i < plan.jumps; i++) {
      await settle(page);
      appJump.push(await timedPress(page, 'End'));
      await timedPress(page, 'Home');
    }
    // Both heap readings at the first year: the steps between them make whole round trips
    const heapSteps = roundTripSteps(from, to, plan.heapSteps);
    const beforeBytes = await heapUsed(page);
    const { times: held } = await scrub(page, pingPong(from, to, heapSteps), from, true);
    const afterBytes = await heapUsed(page);
    // The baselines last: the rebuild leaves the app's graph out of step with the app
    const visible = await snapshotYears(page, from, to);
    const floor = await timeIdle(page, 'floor', plan.steps);
    const cached = await timeIdle(page, 'cached', plan.steps);
    const rebuild = await timeRebuild(page, from, to, stepYears, plan.jumps);
    return {
      elements,
      network,
      openMs,
      longTasks,
      visible,
      years: { from, to },
      app: {
        step: summarize(appStep),
        jump: summarize(appJump),
        held: summarize(held),
        panel: summarize(panel.filter(Number.isFinite)),
      },
      rebuild: { step: summarize(rebuild.step), jump: summarize(rebuild.jump) },
      floor: summarize(floor),
      cached: summarize(cached),
      heap: {
        steps: heapSteps,
        beforeBytes,
        afterBytes,
        growthBytes: afterBytes - beforeBytes,
      },
      problems: [
        ...pageProblems(page),
        ...(panel.some((ms) => !Number.isFinite(ms))
          ? ['the "This year" panel did not follow every step']
          : []),
      ],
    };
  } finally {
    await context.close();
  }
}
