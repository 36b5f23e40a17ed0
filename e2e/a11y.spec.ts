/**
 * Accessibility: axe-core finds no violations on the graph view, the table view, the details
 * panel with a selection, every dialog and popup, the layout progress and the comparison — in
 * the light and the dark theme. Nothing is excluded: Cytoscape's canvases sit inside the
 * graph's `role="application"` element, whose name describes the graph, and axe finds nothing there.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, jsonFile, openFiles, test } from './fixtures';

// axe on a large page takes a while on a busy machine
test.describe.configure({ timeout: 60_000 });

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
      await expect(page.getByRole('application', { name: /Network graph/ })).toBeVisible();
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

    test('the errors dialog', async ({ page }) => {
      await page.goto('/?year=1929');
      await openFiles(
        page,
        jsonFile('broken.json', '{ "dataset": { "id": "Not An Id" }, "people": [1, 2'),
      );
      const dialog = page.getByRole('dialog');
      await expect(dialog).toBeVisible();
      await expect(dialog).toContainText('broken.json:1:');
      await expectNoViolations(page, 'the errors dialog');
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
    });

    test('the layout progress bar', async ({ page }) => {
      // A layout worker that reports progress and never finishes, so the bar stays up
      await page.route(/layout\.worker/, (route) =>
        route.fulfill({
          contentType: 'text/javascript',
          body: `onmessage = () => postMessage({ kind: 'progress', progress: { value: 0.3, label: 'Computing the layout…' } });`,
        }),
      );
      await page.goto('/?year=1929');
      await expect(page.getByRole('slider', { name: 'Year' })).toBeVisible();
      await openFiles(page, jsonFile('no-layout.json', JSON.stringify({ dataset: {} })));
      await expect(page.getByRole('progressbar', { name: 'Computing layout' })).toBeVisible();
      await expectNoViolations(page, 'the layout progress bar');
    });

    test('comparing two years, in months', async ({ page }) => {
      await page.goto('/?compare=1927..1934');
      await expect(page.getByRole('button', { name: 'Stop comparing' })).toBeVisible();
      await expectNoViolations(page, 'the comparison of two years');
      await page.goto('/?year=1929');
      await page.getByRole('switch', { name: 'Months' }).check();
      await expect(page.getByRole('slider', { name: 'Year' })).toHaveAttribute(
        'aria-valuetext',
        /1929/,
      );
      await expectNoViolations(page, 'the time bar in months');
    });

    test('the examples menu, the search list and the notes bar', async ({ page }) => {
      await page.goto('/?year=banana&focus=nobody');
      await expect(page.getByRole('status', { name: 'Notes' })).toContainText('was ignored');
      await page.getByRole('button', { name: 'Data', exact: true }).click();
      await page.getByRole('button', { name: 'Open example' }).click();
      await expect(page.getByRole('list', { name: 'Example datasets' })).toBeVisible();
      await expectNoViolations(page, 'the examples menu and the notes bar');
      await page.keyboard.press('Escape');
      const search = page.getByRole('combobox', { name: 'Search people and factions' });
      await search.fill('Bu');
      await expect(page.getByRole('listbox')).toBeVisible();
      await expectNoViolations(page, 'the search list');
    });

    test('a phone: the menu, the filters sheet, the details sheet and the table cards', async ({
      page,
    }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto('/?year=1929&focus=bukharin');
      await expect(page.getByRole('complementary', { name: 'Details' })).toBeVisible();
      await page.getByRole('button', { name: 'Menu', exact: true }).click();
      await expect(page.getByRole('group', { name: 'Menu' })).toBeVisible();
      await expectNoViolations(page, 'the phone menu and the details sheet');
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Filters', exact: true }).click();
      await expect(page.getByRole('button', { name: 'Close filters' })).toBeVisible();
      await expectNoViolations(page, 'the filters sheet');
      await page.goto('/?year=1929&view=table');
      await expect(page.getByRole('table').locator('caption')).toHaveText('Relationships in 1929');
      await expectNoViolations(page, 'the table cards');
    });
  });
}
