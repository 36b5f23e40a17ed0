/**
 * A failure in one part never blanks the page: when the graph cannot be drawn (here: a browser
 * whose canvas fails), that part says so and offers "Retry", and everything else keeps working.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

test('a graph that fails to render leaves the rest of the page working', async ({ browser }) => {
  // A page of its own: the failure is logged to the console on purpose, which the shared
  // fixture would count; uncaught errors are still checked here.
  const context = await browser.newContext();
  const page = await context.newPage();
  const uncaught: string[] = [];
  const logged: string[] = [];
  page.on('pageerror', (error) => uncaught.push(error.message));
  page.on('console', (message) => message.type() === 'error' && logged.push(message.text()));
  await page.addInitScript(() => {
    HTMLCanvasElement.prototype.getContext = () => {
      throw new Error('canvas unavailable');
    };
  });
  await page.goto('/?year=1929');

  const failed = page.getByRole('alert').filter({ hasText: 'This part failed to render' });
  await expect(failed).toContainText('canvas unavailable');
  await expect(failed.getByRole('button', { name: 'Retry' })).toBeVisible();

  // The rest still works: the year, the details, the table
  const slider = page.getByRole('slider', { name: 'Year' });
  await page.getByRole('button', { name: 'Next year' }).click();
  await expect(slider).toHaveAttribute('aria-valuetext', '1930');
  await expect(page.getByRole('region', { name: 'This year' })).toContainText('1930');
  await page.getByRole('button', { name: 'Table view' }).click();
  await expect(page.getByRole('table').locator('caption')).toHaveText('Relationships in 1930');

  // Retry tries again (and fails again, in place)
  await page.getByRole('button', { name: 'Graph view' }).click();
  await failed.getByRole('button', { name: 'Retry' }).click();
  await expect(failed).toContainText('canvas unavailable');

  expect(uncaught).toEqual([]);
  expect(logged.length).toBeGreaterThan(0);
  for (const text of logged) expect(text).toMatch(/failed to render|canvas unavailable/);
  await context.close();
});

for (const colorScheme of ['light', 'dark'] as const)
  test(`when the page cannot load at all, the error page says so and links back (${colorScheme})`, async ({
    browser,
  }) => {
    // A page of its own: the failed request is logged to the console on purpose
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    const uncaught: string[] = [];
    page.on('pageerror', (error) => uncaught.push(error.message));
    // The bundled dataset cannot be fetched: the page's load function fails
    await page.route(/bundled-dataset[^/]*\.json/, (route) => route.abort('failed'));
    await page.goto('/?year=1929');
    await expect(page.getByRole('heading', { name: 'Something went wrong' })).toBeVisible();
    await expect(page.getByRole('main')).toContainText('500');
    await expect(page.getByRole('link', { name: 'Return to the explorer' })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    expect(uncaught).toEqual([]);
    await context.close();
  });
