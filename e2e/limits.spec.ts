/**
 * Limits in the browser: a file over 20 MB and a dataset over 250,000 records are refused with
 * a message that names the limit, before the page freezes; the dataset on screen stays.
 */
import type { Page } from '@playwright/test';
import { expect, openFiles, test } from './fixtures';

async function open(page: Page, name: string, buffer: Buffer): Promise<void> {
  await openFiles(page, { name, mimeType: 'application/json', buffer });
}

/** The page still answers: the year moves and the bundled dataset is still on screen. */
async function expectStillWorking(page: Page): Promise<void> {
  const slider = page.getByRole('slider', { name: 'Year' });
  const before = Number(await slider.getAttribute('aria-valuetext'));
  await page.getByRole('button', { name: before < 1938 ? 'Next year' : 'Previous year' }).click();
  await expect(slider).not.toHaveAttribute('aria-valuetext', String(before));
  await expect(page.locator('h1')).toContainText('Lenin');
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('slider', { name: 'Year' })).toBeVisible();
});

test('a 21 MB file is refused with a message naming the 20 MB limit', async ({ page }) => {
  // Valid JSON padded with whitespace: only its size is wrong
  const buffer = Buffer.alloc(21 * 1024 * 1024, ' ');
  buffer.write('{"dataset": {}}');
  const started = Date.now();
  await open(page, 'huge.json', buffer);
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('huge.json');
  await expect(dialog).toContainText('the limit for one file is 20 MB');
  expect(Date.now() - started).toBeLessThan(15_000);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expectStillWorking(page);
});

test('a dataset of more than 250,000 records is refused, naming the limit', async ({ page }) => {
  const items = Array.from({ length: 250_001 }, () => ({}));
  const buffer = Buffer.from(JSON.stringify({ dataset: {}, events: items }));
  await open(page, 'many.json', buffer);
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('many.json');
  await expect(dialog).toContainText('(the limit is 250,000)');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expectStillWorking(page);
});

test('a binary file posing as JSON is refused with a located error', async ({ page }) => {
  const buffer = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0xfe]);
  await open(page, 'picture.json', buffer);
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(/picture\.json:1:\d+/);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expectStillWorking(page);
});
