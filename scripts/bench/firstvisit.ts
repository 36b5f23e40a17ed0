/**
 * A first visit to the built app with the bundled dataset: the time from navigation to the
 * first drawn graph, and the JavaScript the page loads (raw and gzipped), in a fresh browser
 * context (cold cache) each time.
 */
import type { Browser } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { newBenchContext, openApp, pageProblems } from './page';
import { summarize, type Summary } from './stats';

export interface FirstVisitResult {
  firstGraphMs: Summary;
  javascript: { files: number; rawBytes: number; gzipBytes: number };
  /** Console and uncaught errors of the pages: none expected. */
  problems: string[];
}

/** Opens the app `runs` times, each in a fresh context. */
export async function benchFirstVisit(
  browser: Browser,
  baseUrl: string,
  runs: number,
): Promise<FirstVisitResult> {
  const times: number[] = [];
  const problems: string[] = [];
  let javascript = { files: 0, rawBytes: 0, gzipBytes: 0 };
  for (let run = 0; run < runs; run++) {
    const context = await newBenchContext(browser);
    try {
      const scripts = new Map<string, Promise<Buffer>>();
      context.on('response', (response) => {
        if (response.request().resourceType() === 'script' && response.ok()) {
          // A script that arrives after the count (on idle) may outlive the context: no crash
          const body = response.body();
          body.catch(() => undefined);
          scripts.set(response.url(), body);
        }
      });
      const page = await openApp(context, baseUrl);
      const mark = await page.evaluate(
        () => performance.getEntriesByName('factions:graph-drawn')[0]?.startTime ?? NaN,
      );
      times.push(mark);
      await page.waitForLoadState('networkidle');
      problems.push(...pageProblems(page));
      // What the page loaded before the network went idle: the first visit's scripts
      const bodies = await Promise.all([...scripts.values()]);
      javascript = {
        files: bodies.length,
        rawBytes: bodies.reduce((sum, body) => sum + body.length, 0),
        gzipBytes: bodies.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0),
      };
    } finally {
      await context.close();
    }
  }
  return { firstGraphMs: summarize(times), javascript, problems };
}
