/** The relationships table for research: every source, disputes, a filter box, CSV. */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const table = (page: Page) => page.getByRole('table');
const filter = (page: Page) => page.getByRole('searchbox', { name: 'Filter relationships' });

test('every source of a row shows, and disputed rows say so', async ({ page }) => {
  await page.goto('/?year=1934&view=table');
  const row = table(page)
    .getByRole('row')
    .filter({ hasText: 'Alliance' })
    .filter({ hasText: 'Joseph Stalin' })
    .filter({ hasText: 'Sergei Kirov' });
  await expect(row).toHaveCount(1);
  // Three sources, all on the page (not in a hover title)
  for (const author of ['Smele', 'Lenoe']) await expect(row).toContainText(author);
  await expect(table(page).getByRole('columnheader', { name: 'Disputed' })).toBeVisible();
  await expect(row.getByRole('cell').last()).toHaveText('Disputed');
});

test('the filter box narrows the rows, and says how many', async ({ page }) => {
  await page.goto('/?year=1927&view=table');
  const rows = table(page).getByRole('row');
  await expect(rows).not.toHaveCount(0);
  const before = await rows.count();
  await filter(page).fill('bukharin alliance');
  await expect(page.getByRole('status').filter({ hasText: /of \d+ rows/ })).toBeVisible();
  const after = await rows.count();
  expect(after).toBeGreaterThan(1);
  expect(after).toBeLessThan(before);
  for (const text of await rows.allTextContents()) {
    if (/^Type/.test(text)) continue;
    expect(text).toMatch(/Alliance/);
    expect(text).toMatch(/Bukharin/);
  }
  await filter(page).fill('nothing matches this');
  await expect(table(page)).toContainText('No relationships in 1927 match');
});

test('Download CSV saves the rows shown', async ({ page }) => {
  await page.goto('/?year=1927&view=table');
  await filter(page).fill('Stalin Bukharin');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('soviet-succession-relationships-1927.csv');
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  const lines = Buffer.concat(chunks).toString('utf8').trimEnd().split('\r\n');
  expect(lines[0]).toBe('Type,From,To,Since,Until,Sources,Disputed,Id');
  expect(lines.some((l) => l.startsWith('Alliance,Joseph Stalin,Nikolai Bukharin,'))).toBe(true);
  // The header line and one per row shown (the table's rows include its header row)
  expect(lines.length).toBe(await table(page).getByRole('row').count());
});
