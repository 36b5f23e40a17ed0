/** Search as a student types it: surnames first, tolerant spelling, records in other years. */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const search = (page: Page) => page.getByRole('combobox', { name: 'Search people and factions' });
const options = (page: Page) => page.getByRole('listbox', { name: 'Matches' }).getByRole('option');
const slider = (page: Page) => page.getByRole('slider', { name: 'Year' });
const heading = (page: Page) =>
  page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2 });

test('the surname typed comes first, before blocs named after it', async ({ page }) => {
  await page.goto('/?year=1924');
  for (const [query, name] of [
    ['Zinoviev', 'Grigory Zinoviev'],
    ['Trotsky', 'Leon Trotsky'],
    ['lenin', 'Vladimir Lenin'],
    ['Bucharin', 'Nikolai Bukharin'],
    ['Jagoda', 'Genrikh Yagoda'],
  ]) {
    await search(page).fill(query);
    await expect(options(page).first()).toContainText(name);
  }
  await search(page).fill('Zinoviev');
  await search(page).press('Enter');
  await expect(heading(page)).toHaveText('Grigory Zinoviev');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '1924');
});

test('a record of another year says so, and Enter goes to its year', async ({ page }) => {
  await page.goto('/?year=1924');
  await search(page).fill('Trotskyite Zinovievite');
  await expect(options(page).first()).toContainText('Terrorist Centre');
  await expect(options(page).first()).toContainText('not in 1924 · Go to 1936');
  await search(page).press('Enter');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '1936');
  await expect(heading(page)).toContainText('Trotskyite–Zinovievite');
  await expect(page).toHaveURL(/year=1936/);
});

test('search finds events and relationships', async ({ page }) => {
  await page.goto('/?year=1926');
  await search(page).fill('Stalin Bukharin');
  const alliance = options(page).filter({ hasText: 'alliance' }).first();
  await expect(alliance).toContainText('Joseph Stalin – Nikolai Bukharin');
  await alliance.click();
  await expect(page).toHaveURL(/focus=stalin-bukharin/);
  await search(page).fill('Kirov');
  await expect(options(page).first()).toContainText('Sergei Kirov');
  await options(page).filter({ hasText: 'assassinated' }).click();
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '1934');
  await expect(heading(page)).toContainText('Kirov');
});
