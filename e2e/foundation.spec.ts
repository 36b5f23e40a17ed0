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

test('the bundled dataset is fetched once, as the page starts, by its preload hint', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('application', { name: /Network graph of/ })).toBeVisible();
  const fetched = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((e) => /bundled-dataset[^/]*\.json/.test(e.name))
      .map((e) => (e as PerformanceResourceTiming).initiatorType),
  );
  // One request, the hint's: the page's own fetch used it instead of asking again
  expect(fetched).toEqual(['link']);
});
