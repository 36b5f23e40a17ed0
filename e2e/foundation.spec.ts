import { expect, test } from './fixtures';

test('the page loads the bundled dataset and draws the graph of ?year=', async ({ page }) => {
  await page.goto('/?year=1929');
  await expect(page.getByRole('slider', { name: 'Year' })).toHaveAttribute(
    'aria-valuetext',
    '1929',
  );
  const graph = page.getByRole('application', { name: /Network graph of .* in 1929/ });
  await expect(graph).toBeVisible();
  await expect(graph.locator('canvas').first()).toBeVisible();
  await expect(graph).toHaveAttribute('aria-label', /\d+ people, \d+ factions/);
});
