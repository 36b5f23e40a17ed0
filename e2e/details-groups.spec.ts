/**
 * Details of a person: the changes of the period shown at the top, relationships grouped into
 * now / before / later with the earlier and later ones folded, sources folded to a count.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const details = (page: Page) => page.getByRole('complementary', { name: 'Details' });

test("Bukharin's changes of 1928 head his Details, and follow the slider", async ({ page }) => {
  await page.goto('/?year=1928&focus=bukharin');
  const changes = details(page).getByRole('region', { name: 'Nikolai Bukharin in 1928' });
  await expect(changes).toContainText('broke with Joseph Stalin');
  await expect(changes).toContainText('Bukharin meets Kamenev in secret');
  await expect(changes).not.toContainText('no longer Editor of Pravda');
  await page.goto('/?year=1929&focus=bukharin');
  const next = details(page).getByRole('region', { name: 'Nikolai Bukharin in 1929' });
  await expect(next).toContainText('no longer Editor of Pravda');
  await expect(next).not.toContainText('broke with Joseph Stalin');
  // an item selects its record
  await next.getByRole('button', { name: /no longer Editor of Pravda/ }).click();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Nikolai Bukharin');
});

test('relationships of other years and source lists are folded', async ({ page }) => {
  await page.goto('/?year=1928&focus=bukharin');
  const panel = details(page);
  await expect(panel.getByRole('heading', { name: 'Now (8)' })).toBeVisible();
  // folded, it is about half the height it had (8,789 px at 1280×800 before the grouping)
  const height = await panel.evaluate((el) => el.scrollHeight);
  expect(height).toBeLessThan(5500);
  const before = panel.locator('details', { has: page.getByText('Before (3)') });
  await expect(before.getByText('Rivalry with').first()).toBeHidden();
  await panel.getByText('Before (3)').click();
  await expect(before.getByText('Rivalry with').first()).toBeVisible();
  await expect(before.getByRole('button', { name: 'Leon Trotsky' }).first()).toBeVisible();
  await expect(panel.getByText('Later (4)')).toBeVisible();
  // the person's six sources are a count until opened
  const count = panel.getByText('6 sources', { exact: true });
  await expect(panel.getByRole('list', { name: 'Sources' }).first()).toBeHidden();
  await count.click();
  await expect(panel.getByRole('list', { name: 'Sources' }).first()).toBeVisible();
});

test("a faction's members by year read as a list with no space before the commas", async ({
  page,
}) => {
  await page.goto('/?year=1936&focus=trotskyist-zinovievite-centre');
  // the year's members: the list in the definition of the year
  const members = details(page)
    .getByRole('definition')
    .filter({ has: page.getByRole('button', { name: 'Eduard Holtzman' }) })
    .getByRole('list');
  await expect(members).toHaveCount(1);
  // the commas are drawn after each item (CSS), so the text read is the items joined by them
  const text = (await members.getByRole('listitem').allTextContents()).join(', ');
  expect(text).toContain('Leon Trotsky (leader), Eduard Holtzman, Fritz David, ');
  expect(text).not.toMatch(/\s,/);
});
