/**
 * PNG and SVG through the real page in headless Chromium: open the year, choose the export
 * area, click "Export PNG" / "Export SVG" and save the download, exactly as a user would.
 */
import { CHROMIUM_ARGS, chromiumPath } from '../chromium';
import { chromium, type Page } from '@playwright/test';
import type { PictureArea as ExportArea } from '../../src/lib/graph/picture';

/** One picture to make: the year and the file to write. */
export interface PictureJob {
  year: number;
  out: string;
}

export interface PictureOptions {
  baseUrl: string;
  format: 'png' | 'svg';
  jobs: PictureJob[];
  /** The page's `hide` parameter. */
  hide: string;
  area: ExportArea;
  /** The dataset's title, to know the page shows it. */
  title: string;
  /** A dataset to open through "Open dataset" instead of the bundled one (a bundle file). */
  bundle?: { name: string; text: string };
  /** Called with each file written. */
  onWritten?: (job: PictureJob) => void;
}

const TIMEOUT = 30_000;

/** Debian's Chromium when present, PLAYWRIGHT_CHROMIUM_PATH over it, else Playwright's own. */
export { chromiumPath };

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Opens the page at `year` and waits until the graph shows that year. */
async function openYear(page: Page, options: PictureOptions, year: number): Promise<void> {
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

/** Makes every picture of `options.jobs` in one browser; throws with what the page said. */
export async function exportPictures(options: PictureOptions): Promise<void> {
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
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
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
        const alert = await page
          .getByRole('alert')
          .allTextContents()
          .catch(() => []);
        const said = [...alert, ...pageErrors].filter(Boolean).join('; ');
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
        throw new Error(
          `${options.format} of ${job.year} failed: ${reason}${said ? ` (the page said: ${said})` : ''}`,
        );
      }
    }
  } finally {
    await browser.close();
  }
}
