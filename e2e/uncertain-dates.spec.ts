/**
 * Uncertain dates (EDTF): Pyatakov possibly executed in January 1937 and drawn dead from March
 * in the bundled dataset; a bundle using every date form says its dates in words in Details.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, jsonFile, openFiles, test } from './fixtures';

const BUNDLE = readFileSync('src/lib/io/fixtures/edtf-bundle.json', 'utf8');
const details = (page: Page) => page.getByRole('complementary', { name: 'Details' });
const slider = (page: Page) => page.getByRole('slider', { name: 'Year' });

test('months mode: Pyatakov possibly executed in January 1937, dead from March', async ({
  page,
}) => {
  await page.goto('/?year=1937&month=1&focus=pyatakov');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', 'Jan 1937');
  await expect(details(page)).toContainText('possibly executed between 30 Jan and 1 Feb 1937');
  await expect(page.getByText('Uncertain date', { exact: true })).toBeVisible();
  await page.goto('/?year=1937&month=3&focus=pyatakov');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', 'Mar 1937');
  await expect(details(page)).not.toContainText('possibly');
  await expect(details(page)).toContainText('executed between 30 Jan and 1 Feb 1937');
});

test('a bundle using every date form loads and Details says its dates in words', async ({
  page,
}) => {
  await page.goto('/');
  await expect(slider(page)).toBeVisible();
  await openFiles(page, jsonFile('edtf.json', BUNDLE));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Uncertain dates');
  const words: [string, string][] = [
    ['ghost', 'about 1880 – the 1930s'],
    ['kamenev', '18 or 22 Jul 1883 – 25 Aug 1936'],
    ['anon', '1885 (month unknown) – 1925 or later'],
    ['pyatakov', 'executed between 30 Jan and 1 Feb 1937'],
  ];
  for (const [id, text] of words) {
    await page.goto(`/?year=1930&focus=${id}`);
    await expect(details(page)).toContainText(text);
  }
});
