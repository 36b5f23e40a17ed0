/**
 * Hostile links: whatever the URL holds — garbage years, unknown or prototype-ish ids, very
 * long or malformed values, markup — the page shows the explorer with a note, never a crash.
 */
import { expect, test } from './fixtures';

const long = 'x'.repeat(5_000);
const cases: { query: string; note?: RegExp }[] = [
  { query: 'year=-1', note: /Year "-1" was ignored/ },
  { query: 'year=1e999', note: /Year "1e999" was ignored/ },
  { query: 'year=19290', note: /Year "19290" was ignored/ },
  { query: 'year=1929.5', note: /Year "1929.5" was ignored/ },
  { query: `year=${long}`, note: /Year "x{40}…" was ignored/ },
  { query: 'focus=__proto__', note: /Focus "__proto__" was ignored/ },
  { query: 'focus=constructor', note: /Focus "constructor" was ignored/ },
  { query: `focus=${long}`, note: /Focus "x{40}…" was ignored/ },
  { query: 'hide=__proto__,toString', note: /Filter "__proto__" in "hide" was ignored/ },
  { query: 'view=%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E', note: /<img src=x/ },
  { query: 'month=13&year=1929' },
  { query: 'compare=banana' },
  { query: 'compare=1938..1924' },
  { query: 'year=1929&year=1930&focus=stalin&focus=trotsky' },
  { query: 'year=%E0%A4%A&focus=%FF%FE' },
];

for (const { query, note } of cases) {
  test(`?${query.slice(0, 60)} shows the explorer${note ? ' with a note' : ''}`, async ({
    page,
  }) => {
    await page.goto(`/?${query}`);
    await expect(page.getByRole('slider', { name: 'Year' })).toBeVisible();
    await expect(page.getByRole('application', { name: /Network graph/ })).toBeVisible();
    if (note) await expect(page.getByRole('status', { name: 'Notes' })).toContainText(note);
    const year = Number(
      await page.getByRole('slider', { name: 'Year' }).getAttribute('aria-valuetext'),
    );
    expect(year).toBeGreaterThanOrEqual(1924);
    expect(year).toBeLessThanOrEqual(1938);
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    // Still usable
    await page.getByRole('button', { name: 'Table view' }).click();
    await expect(page.getByRole('table').locator('caption')).toHaveText(/Relationships in \d{4}/);
  });
}
