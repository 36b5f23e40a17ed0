/**
 * Driving the app in headless Chromium: launching the browser, opening the built app on a
 * dataset of our choosing, and pressing keys on the "Year" slider with the latency timed in
 * the page (see probe.js).
 */
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, chromiumPath } from '../chromium';

const PROBE = fileURLToPath(new URL('./probe.js', import.meta.url));

/** The dataset files the page fetches, by name: `/…/people.<hash>.json` in a build. */
const DATA_FILE =
  /\/(dataset|sources|people|factions|memberships|alliances|rivalries|betrayals|events|layout)(?:\.[\w-]+)?\.json(?:\?.*)?$/;

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
 * page's fetches of the bundled dataset's files are answered with them, so that the app's own
 * loading code shows that dataset. Resolves once the graph has been drawn.
 */
export async function openApp(
  context: BrowserContext,
  baseUrl: string,
  files?: Record<string, string>,
  query = '',
): Promise<Page> {
  if (files) {
    await context.route(DATA_FILE, (route) => {
      // Only the data the page fetches: in dev, JSON files are also modules
      if (!['fetch', 'xhr'].includes(route.request().resourceType())) return route.continue();
      const name = `${DATA_FILE.exec(new URL(route.request().url()).pathname)?.[1]}.json`;
      const body = files[name];
      if (body === undefined) return route.fulfill({ status: 404, body: 'not found' });
      return route.fulfill({ status: 200, contentType: 'application/json', body });
    });
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

/** The latency of the "This year" panel for the last timed key press (see probe.js). */
export function panelLatency(page: Page): Promise<number> {
  return page.evaluate(() => window.__benchProbe!.panel());
}

/** The in-page probe's interface (probe.js). */
export interface BenchProbe {
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
