/**
 * Driving the app in headless Chromium: launching the browser, opening the built app on a
 * dataset of our choosing, and pressing keys on the "Year" slider with the latency timed in
 * the page (see probe.js).
 */
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { loadDatasetFiles } from '../../src/lib/io/json/load';
import { CHROMIUM_ARGS, chromiumPath } from '../chromium';

const PROBE = fileURLToPath(new URL('./probe.js', import.meta.url));

/**
 * The bundled dataset's load result the page fetches: `/…/bundled-dataset.<hash>.json` in a
 * build, `/@bundled-dataset.json` in dev (scripts/vite/bundled-dataset.ts).
 */
const BUNDLED_RESULT = /\/@?bundled-dataset(?:\.[\w-]+)?\.json(?:\?.*)?$/;

/** Headless Chromium with the project's flags. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
  });
}

/** A fresh context (cold cache) with the probe, the viewport of the e2e tests and light colours. */
export async function newBenchContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    colorScheme: 'light',
  });
  await context.addInitScript({ path: PROBE });
  return context;
}

const problems = new WeakMap<Page, string[]>();

/** Console errors and uncaught errors of a page opened by `openApp`, so far. */
export function pageProblems(page: Page): string[] {
  return problems.get(page) ?? [];
}

/**
 * Opens the app with `?bench` (and `query`, e.g. `&year=1930`). When `files` is given, the
 * page's fetch of the bundled dataset's load result is answered with the loader's result for
 * them, so that the app shows that dataset as if it had been built with it. Resolves once the graph has been drawn.
 */
export async function openApp(
  context: BrowserContext,
  baseUrl: string,
  files?: Record<string, string>,
  query = '',
): Promise<Page> {
  if (files) {
    // What the build would have made of these files: the app's own loader, as at build time
    const result = loadDatasetFiles(files, { dir: 'bench' });
    if (!result.ok) throw new Error(`the bench dataset does not load: ${result.errors[0]?.text}`);
    const body = JSON.stringify(result);
    await context.route(BUNDLED_RESULT, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body }),
    );
  }
  const page = await context.newPage();
  const errors: string[] = [];
  problems.set(page, errors);
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console error: ${message.text()}`);
  });
  await page.goto(`${baseUrl}/?bench${query}`);
  try {
    await page.waitForFunction(() => window.__benchProbe?.ready(), undefined, { timeout: 180_000 });
  } catch (error) {
    const said = errors.length ? ` (the page said: ${errors.join('; ')})` : '';
    throw new Error(`the graph was never drawn${said}: ${String(error).split('\n')[0]}`);
  }
  // A harness that measures the wrong dataset reports nonsense: check the page shows ours
  if (files) {
    const title = (JSON.parse(files['dataset.json'] ?? '{}') as { title?: string }).title ?? '';
    const shown = await page.title();
    if (!shown.includes(title))
      throw new Error(`the page shows "${shown}", not the bench dataset "${title}"`);
  }
  return page;
}

/** Waits until the graph has been idle for `quietMs` (probe.js). */
export async function settle(page: Page, quietMs = 150): Promise<void> {
  await page.evaluate((quiet) => window.__benchProbe!.settle(quiet, 20 * quiet), quietMs);
}

/** Presses `key` on the focused element; resolves with the milliseconds to the next paint. */
export async function timedPress(page: Page, key: string): Promise<number> {
  await page.evaluate(() => window.__benchProbe!.arm());
  await page.keyboard.press(key);
  return page.evaluate(() => window.__benchProbe!.wait());
}

/**
 * Long tasks (≥ 50 ms) on an idle page over `ms` milliseconds: work that runs without a user's
 * action (centrality, layout, caches), which must come in slices.
 */
export async function idleLongTasks(page: Page, ms: number): Promise<number[]> {
  const from = await page.evaluate(() => window.__benchProbe!.now());
  await page.waitForTimeout(ms);
  return page.evaluate((since) => window.__benchProbe!.longTasks(since), from);
}

/** Long tasks from navigation to the first drawn graph. */
export function loadLongTasks(page: Page, openMs: number): Promise<number[]> {
  return page.evaluate((to) => window.__benchProbe!.longTasks(0, to), openMs);
}

/** The latency of the "This year" panel for the last timed key press (see probe.js). */
export function panelLatency(page: Page): Promise<number> {
  return page.evaluate(() => window.__benchProbe!.panel());
}

/** The in-page probe's interface (probe.js). */
export interface BenchProbe {
  longTasks(from?: number, to?: number): number[];
  now(): number;
  arm(): void;
  wait(): Promise<number>;
  panel(): Promise<number>;
  ready(): boolean;
  snapshot(year: number): number;
  floor(): Promise<number>;
  cached(): Promise<number>;
  rebuild(year: number): Promise<number>;
  settle(quietMs?: number, maxMs?: number): Promise<number>;
}

declare global {
  interface Window {
    __benchProbe?: BenchProbe;
  }
}
