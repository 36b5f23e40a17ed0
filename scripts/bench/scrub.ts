/**
 * Scrubbing the year in the browser: the app (key presses on the "Year" slider, through
 * GraphCanvas and GraphView.step), and on the same page and Cytoscape instance, the floor (a
 * redraw of the unchanged graph) and the rebuild baseline (remove everything, add the active
 * elements of the year, no layout). Also the JS heap before and after many steps.
 */
import type { Browser, Page } from '@playwright/test';
import { generateDataset, sizeForElements } from '../synth/generate';
import { datasetFiles } from '../synth/write';
import { newBenchContext, openApp, timedPress } from './page';
import { summarize, type Summary } from './stats';

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
  app: { step: Summary; jump: Summary };
  rebuild: { step: Summary; jump: Summary };
  floor: Summary;
  heap: { steps: number; beforeBytes: number; afterBytes: number; growthBytes: number };
}

/** The years of a back-and-forth scrub across the range, starting at `from`. */
export function pingPong(from: number, to: number, count: number): number[] {
  const years: number[] = [];
  let year = from;
  let direction = 1;
  for (let i = 0; i < count; i++) {
    if (year + direction > to || year + direction < from) direction = -direction;
    year += direction;
    years.push(year);
  }
  return years;
}

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

/** Benchmarks scrubbing on a synthetic dataset of `elements` graph elements. */
export async function benchScrub(
  browser: Browser,
  baseUrl: string,
  elements: number,
  plan: ScrubPlan,
): Promise<ScrubResult> {
  const data = generateDataset({ seed: 1, ...sizeForElements(elements) });
  const count = (
    ['people', 'factions', 'memberships', 'alliances', 'rivalries', 'betrayals'] as const
  )
    .map((name) => data[name].length)
    .reduce((sum, n) => sum + n, 0);
  if (count !== elements) throw new Error(`the dataset makes ${count} elements, not ${elements}`);
  const from = Number(data.dataset.range.from);
  const to = Number(data.dataset.range.to);
  const context = await newBenchContext(browser);
  try {
    const page = await openApp(context, baseUrl, datasetFiles(data));
    await page.getByRole('slider', { name: 'Year' }).focus();
    await timedPress(page, 'Home');
    // Warm up: once across the range and back
    for (let i = 0; i < 2 * (to - from); i++)
      await timedPress(page, i < to - from ? 'ArrowRight' : 'ArrowLeft');
    const press = async (years: number[], start: number) => {
      const times: number[] = [];
      let year = start;
      for (const next of years) {
        times.push(await timedPress(page, next > year ? 'ArrowRight' : 'ArrowLeft'));
        year = next;
      }
      return times;
    };
    const stepYears = pingPong(from, to, plan.steps);
    const appStep = await press(stepYears, from);
    await timedPress(page, 'Home');
    const appJump: number[] = [];
    for (let i = 0; i < plan.jumps; i++) {
      appJump.push(await timedPress(page, 'End'));
      await timedPress(page, 'Home');
    }
    const beforeBytes = await heapUsed(page);
    await press(pingPong(from, to, plan.heapSteps), from);
    const afterBytes = await heapUsed(page);

    // Baselines on the same page: snapshots of what the app shows in each year first
    await timedPress(page, 'Home');
    const visible = { first: 0, last: 0 };
    for (let year = from; year <= to; year++) {
      if (year > from) await timedPress(page, 'ArrowRight');
      const count = await page.evaluate((y) => window.__benchProbe!.snapshot(y), year);
      if (year === from) visible.first = count;
      if (year === to) visible.last = count;
    }
    const floor: number[] = [];
    for (let i = 0; i < plan.steps; i++)
      floor.push(await page.evaluate(() => window.__benchProbe!.floor()));
    const rebuild = (year: number) => page.evaluate((y) => window.__benchProbe!.rebuild(y), year);
    await rebuild(from);
    const rebuildStep: number[] = [];
    for (const year of stepYears) rebuildStep.push(await rebuild(year));
    await rebuild(from);
    const rebuildJump: number[] = [];
    for (let i = 0; i < plan.jumps; i++) {
      rebuildJump.push(await rebuild(to));
      await rebuild(from);
    }
    return {
      elements,
      visible,
      years: { from, to },
      app: { step: summarize(appStep), jump: summarize(appJump) },
      rebuild: { step: summarize(rebuildStep), jump: summarize(rebuildJump) },
      floor: summarize(floor),
      heap: {
        steps: plan.heapSteps,
        beforeBytes,
        afterBytes,
        growthBytes: afterBytes - beforeBytes,
      },
    };
  } finally {
    await context.close();
  }
}
