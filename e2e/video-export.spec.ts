/**
 * "Export video" records 1924..1926 as WebM; ffprobe (from the npm registry) decodes every
 * frame and reads the duration and frame size, so an empty, garbled, blank or still file fails.
 * Cancelling stops a recording without a download and puts the view back.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { probeVideo } from '../scripts/export/probe';
import { STEP_MS, VIDEO_FPS } from '../src/lib/export/video-plan';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.use({ colorScheme: 'light' });

/** Records 1924..1926 through "Export video" and reads the file back with ffprobe. */
async function recordThreeYears(page: Page) {
  await page.goto('/?year=1930');
  await page.getByRole('button', { name: 'Export video' }).click();
  const group = page.getByRole('group', { name: 'Video export' });
  await expect(group.getByRole('textbox', { name: 'From' })).toHaveValue('1924');
  await expect(group.getByRole('textbox', { name: 'To' })).toHaveValue('1938');
  await group.getByRole('textbox', { name: 'To' }).fill('1926');
  const entries = await page.evaluate(() => window.history.length);
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 100_000 }),
    group.getByRole('button', { name: 'Record video' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('soviet-succession-1924-1926.webm');
  await expect(group.getByRole('status')).toHaveText(
    'Saved soviet-succession-1924-1926.webm (3 s)',
  );
  // The view is put back as it was
  await expect(page.getByRole('slider', { name: 'Year' })).toHaveAttribute(
    'aria-valuetext',
    '1930',
  );
  await expect(page).toHaveURL(/year=1930/);
  // The steps replaced the address: Back still leaves the page as it was before
  expect(await page.evaluate(() => window.history.length)).toBe(entries);
  const file = join(mkdtempSync(join(tmpdir(), 'video-')), download.suggestedFilename());
  await download.saveAs(file);
  const video = probeVideo(file);
  expect(video.codec).toMatch(/^vp[89]$/);
  // The graph area of the 1280×800 page over the caption band
  const box = await page.getByRole('application', { name: /^Network graph/ }).boundingBox();
  expect(Math.abs(video.width - box!.width)).toBeLessThanOrEqual(2);
  expect(video.height).toBeGreaterThan(box!.height + 60);
  // Every frame decoded and light (the light theme's background)
  expect(video.brightness).toHaveLength(video.frames);
  for (const luma of video.brightness) expect(luma).toBeGreaterThan(150);
  return video;
}

test('records three years as a WebM that decodes: one second a year at 10 fps, the graph changing', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const video = await recordThreeYears(page);
  const seconds = (3 * STEP_MS) / 1000;
  expect(video.duration).toBeCloseTo(seconds, 1);
  expect(video.frames).toBe(seconds * VIDEO_FPS);
  // Each year held, and the years differ: 1924's frames are alike, 1926's are not 1924's
  const [y1924, y1926] = [video.brightness.slice(0, 10), video.brightness.slice(20)];
  expect(new Set(y1924).size).toBe(1);
  expect(Math.abs(y1926.at(-1)! - y1924[0])).toBeGreaterThan(0.5);
});

test('a browser without WebCodecs is told it cannot encode a video', async ({ page }) => {
  await page.addInitScript(() => {
    delete (window as { VideoEncoder?: unknown }).VideoEncoder;
  });
  await page.goto('/?year=1930');
  await page.getByRole('button', { name: 'Export video' }).click();
  const group = page.getByRole('group', { name: 'Video export' });
  await expect(group).toContainText('This browser cannot encode a video');
  await expect(group.getByRole('button', { name: 'Record video' })).toHaveCount(0);
});

test('a bad range is refused with what was expected; Cancel stops a recording', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.goto('/?year=1930');
  await page.getByRole('button', { name: 'Export video' }).click();
  const group = page.getByRole('group', { name: 'Video export' });
  await group.getByRole('textbox', { name: 'From' }).fill('1929');
  await group.getByRole('textbox', { name: 'To' }).fill('1927');
  await group.getByRole('button', { name: 'Record video' }).click();
  await expect(group.getByRole('alert')).toHaveText(
    'Export video: the range ends (1927) before it starts (1929)',
  );
  await group.getByRole('textbox', { name: 'From' }).fill('1920');
  await group.getByRole('button', { name: 'Record video' }).click();
  await expect(group.getByRole('alert')).toHaveText(
    "Export video: 1920 is outside the dataset's range (expected 1924 to 1938)",
  );

  let downloads = 0;
  page.on('download', () => downloads++);
  await group.getByRole('textbox', { name: 'From' }).fill('1924');
  await group.getByRole('textbox', { name: 'To' }).fill('1938');
  await group.getByRole('button', { name: 'Record video' }).click();
  const progress = group.getByRole('progressbar', { name: 'Video export progress' });
  await expect(progress).toHaveAttribute('max', '15');
  // The controls while recording, an error shown: nothing axe objects to
  const axe = await new AxeBuilder({ page }).include('[aria-label="Video export"]').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await expect(page.getByRole('slider', { name: 'Year' })).not.toHaveAttribute(
    'aria-valuetext',
    '1930',
  );
  await group.getByRole('button', { name: 'Cancel' }).click();
  await expect(group.getByRole('status')).toHaveText('Video export cancelled.');
  await expect(progress).toHaveCount(0);
  await expect(page.getByRole('slider', { name: 'Year' })).toHaveAttribute(
    'aria-valuetext',
    '1930',
  );
  expect(downloads).toBe(0);
});
