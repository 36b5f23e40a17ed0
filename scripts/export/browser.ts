/**
 * PNG, SVG and WebM through the real page in headless Chromium: open the year, choose the
 * export area, click "Export PNG" / "Export SVG" (or "Export video", the range, "Record video")
 * and save the download, exactly as a user would.
 */
import { CHROMIUM_ARGS, chromiumPath } from '../chromium';
import { chromium, type Page } from '@playwright/test';
import type { PictureArea as ExportArea } from '../../src/lib/graph/picture';

/** One picture to make: the year and the file to write. */
export interface PictureJob {
  year: number;
  out: string;
}

/** The page to open: where, with which dataset and filters. */
export interface PageOptions {
  baseUrl: string;
  /** The page's `hide` parameter. */
  hide: string;
  /** The dataset's title, to know the page shows it. */
  title: string;
  /** A dataset to open through "Open dataset" instead of the bundled one (a bundle file). */
  bundle?: { name: string; text: string };
}

export interface PictureOptions extends PageOptions {
  format: 'png' | 'svg';
  jobs: PictureJob[];
  area: ExportArea;
  /** Called with each file written. */
  onWritten?: (job: PictureJob) => void;
}

export interface VideoOptions extends PageOptions {
  /** The range's ends as the page's From and To take them ("1924", "1927-03"). */
  from: string;
  to: string;
  /** Steps in the range, for the time allowed. */
  steps: number;
  /** The first year, opened before recording. */
  year: number;
  out: string;
}

const TIMEOUT = 30_000;

/** Debian's Chromium when present, PLAYWRIGHT_CHROMIUM_PATH over it, else Playwright's own. */
export { chromiumPath };

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Opens the page at `year` and waits until the graph shows that year. */
async function openYear(page: Page, options: PageOptions, year: number): Promise<void> {
  const query = new URLSearchParams();
  if (!options.bundle) query.set('year', String(year));
  if (options.hide) query.set('hide', options.hide);
  await page.goto(`${options.baseUrl}/?${query}`);
  if (options.bundle) {
    const { name, text } = options.bundle;
    const open = page.getByRole('button', { name: 'Open dataset' });
    await page.getByRole('slider', { name: 'Year' }).waitFor({ timeout: TIMEOUT });
    if ((await open.count()) === 0) {
      throw new Error(
        'pictures of a dataset other than graph-data need the page\'s "Open dataset" button',
      );
    }
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser', { timeout: TIMEOUT }),
      open.click({ timeout: TIMEOUT }),
    ]);
    await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    const slider = page.getByRole('slider', { name: 'Year' });
    await page
      .getByRole('application', {
        name: new RegExp(`^Network graph of ${escapeRegExp(options.title)} in`),
      })
      .waitFor({ timeout: TIMEOUT });
    await slider.focus();
    await slider.press('Home');
    const from = Number(await slider.getAttribute('aria-valuetext'));
    for (let y = from; y < year; y++) await slider.press('ArrowRight');
  }
  const graph = page.getByRole('application', {
    name: new RegExp(`^Network graph of ${escapeRegExp(options.title)} in ${year}:`),
  });
  await graph.waitFor({ timeout: TIMEOUT });
  await graph.locator('canvas').first().waitFor({ timeout: TIMEOUT });
}

/** Runs `work` on a 1280×800 light page in headless Chromium; page errors go to `errors`. */
async function withPage(work: (page: Page, errors: string[]) => Promise<void>): Promise<void> {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      deviceScaleFactor: 1,
      acceptDownloads: true,
      colorScheme: 'light',
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await work(page, errors);
  } finally {
    await browser.close();
  }
}

/** The error of a failed export, with what the page said (its alerts and errors). */
async function failure(page: Page, errors: string[], what: string, error: unknown) {
  const alert = await page
    .getByRole('alert')
    .allTextContents()
    .catch(() => []);
  const said = [...alert, ...errors].filter(Boolean).join('; ');
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return new Error(`${what} failed: ${reason}${said ? ` (the page said: ${said})` : ''}`);
}

/** Makes every picture of `options.jobs` in one browser; throws with what the page said. */
export async function exportPictures(options: PictureOptions): Promise<void> {
  await withPage(async (page, errors) => {
    for (const job of options.jobs) {
      try {
        await openYear(page, options, job.year);
        await page.getByLabel('Export area').selectOption(options.area);
        const button = page.getByRole('button', { name: `Export ${options.format.toUpperCase()}` });
        const [download] = await Promise.all([
          page.waitForEvent('download', { timeout: TIMEOUT }),
          button.click(),
        ]);
        await download.saveAs(job.out);
        options.onWritten?.(job);
      } catch (error) {
        throw await failure(page, errors, `${options.format} of ${job.year}`, error);
      }
    }
  });
}

/** Records the video of the range through "Export video"; throws with what the page said. */
export async function exportVideo(options: VideoOptions): Promise<void> {
  await withPage(async (page, errors) => {
    try {
      await openYear(page, options, options.year);
      await page.getByRole('button', { name: 'Export video' }).click();
      const group = page.getByRole('group', { name: 'Video export' });
      await group.getByRole('textbox', { name: 'From' }).fill(options.from);
      await group.getByRole('textbox', { name: 'To' }).fill(options.to);
      const [download] = await Promise.all([
        // Each step is a few pictures of the graph, drawn in software here
        page.waitForEvent('download', { timeout: TIMEOUT + options.steps * 10_000 }),
        group.getByRole('button', { name: 'Record video' }).click(),
      ]);
      await download.saveAs(options.out);
    } catch (error) {
      throw await failure(page, errors, `the video ${options.from}..${options.to}`, error);
    }
  });
}
