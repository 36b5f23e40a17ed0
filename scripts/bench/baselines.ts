/**
 * The baselines, on the app's own page and Cytoscape instance (same container, stylesheet and
 * elements): the floor, the unchanged graph drawn again element by element; for reference, a
 * frame from Cytoscape's cached bitmap of the whole graph; and the naive rebuild, which removes
 * every element and adds the active ones of the year (no layout). Each is timed in the page,
 * from the call to the end of the next painted frame as key presses are for the app, and
 * starts from an idle page as they do.
 */
import type { Page } from '@playwright/test';
import { settle, timedPress } from './page';

/** Steps the app through every year from the first, remembering what it shows in each. */
export async function snapshotYears(
  page: Page,
  from: number,
  to: number,
): Promise<{ first: number; last: number }> {
  await timedPress(page, 'Home');
  const shown = { first: 0, last: 0 };
  for (let year = from; year <= to; year++) {
    if (year > from) await timedPress(page, 'ArrowRight');
    const count = await page.evaluate((y) => window.__benchProbe!.snapshot(y), year);
    if (year === from) shown.first = count;
    if (year === to) shown.last = count;
  }
  return shown;
}

/** `count` timings of a probe action on an idle page: the floor, or the cached frame. */
export async function timeIdle(
  page: Page,
  action: 'floor' | 'cached',
  count: number,
): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    await settle(page);
    times.push(await page.evaluate((name) => window.__benchProbe![name](), action));
  }
  return times;
}

/** Rebuilds: one per year of `steps` (from `from`), then `jumps` from the first to the last. */
export async function timeRebuild(
  page: Page,
  from: number,
  to: number,
  steps: number[],
  jumps: number,
): Promise<{ step: number[]; jump: number[] }> {
  const rebuild = (year: number) => page.evaluate((y) => window.__benchProbe!.rebuild(y), year);
  await rebuild(from);
  const step: number[] = [];
  for (const year of steps) {
    await settle(page);
    step.push(await rebuild(year));
  }
  await rebuild(from);
  const jump: number[] = [];
  for (let i = 0; i < jumps; i++) {
    await settle(page);
    jump.push(await rebuild(to));
    await rebuild(from);
  }
  return { step, jump };
}
