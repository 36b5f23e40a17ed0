/**
 * Candidate (non-voting) members: Kosior was a candidate member of the Politburo from December
 * 1927 and a full member from July 1930. Details and the table say "candidate", never "member".
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const details = (page: Page) => page.getByRole('complementary', { name: 'Details' });
const table = (page: Page) => page.getByRole('table');

test('Details call Kosior a candidate member of the Politburo in 1928, a member in 1931', async ({
  page,
}) => {
  await page.goto('/?year=1928&focus=kosior');
  // The first page of a run can wait for the dev server to compile it
  await expect(page.getByRole('slider', { name: 'Year' })).toBeVisible({ timeout: 60_000 });
  await expect(details(page).getByRole('heading', { level: 2 })).toContainText('Kosior');
  await expect(details(page)).toContainText('Candidate member of Politburo');
  await expect(
    details(page)
      .getByRole('listitem')
      .filter({ hasText: /^Politburo/ }),
  ).toContainText('(candidate)');
  await page.goto('/?year=1931&focus=kosior');
  const politburo = details(page)
    .getByRole('listitem')
    .filter({ hasText: /^Politburo/ });
  await expect(politburo).toHaveCount(1);
  await expect(politburo).not.toContainText('(candidate)');
});

test('the table types a candidate membership "Membership (candidate)"', async ({ page }) => {
  await page.goto('/?year=1928');
  await page.getByRole('button', { name: 'Table view' }).click();
  await expect(table(page).locator('caption')).toHaveText('Relationships in 1928');
  const kosior = table(page)
    .getByRole('row')
    .filter({ hasText: 'Stanislav Kosior' })
    .filter({ hasText: 'Politburo' });
  await expect(kosior).toHaveCount(1);
  await expect(kosior).toContainText('Membership (candidate)');
  const stalin = table(page)
    .getByRole('row')
    .filter({ hasText: 'Joseph Stalin' })
    .filter({ hasText: 'Politburo' });
  await expect(stalin).toHaveCount(1);
  await expect(stalin).not.toContainText('candidate');
});
