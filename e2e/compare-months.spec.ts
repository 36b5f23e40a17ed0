import { downloadFrom, expect, test, textOf } from './fixtures';

test('comparing 1927 with 1934 lists the end of the Stalin–Bukharin alliance and Kirov’s death', async ({
  page,
}) => {
  await page.goto('/?year=1927');
  await page.getByRole('button', { name: 'Compare years' }).click();
  await page.getByRole('combobox', { name: 'From year' }).selectOption('1927');
  await page.getByRole('combobox', { name: 'To year' }).selectOption('1934');
  await expect(page).toHaveURL(/compare=1927\.\.1934/);
  const changes = page.getByRole('region', { name: 'What changed between 1927 and 1934' });
  await expect(changes).toBeVisible();
  const ended = changes
    .getByRole('listitem')
    .filter({ hasText: /Stalin.*Bukharin|Bukharin.*Stalin/ });
  await expect(ended.first()).toBeVisible();
  await expect(changes.getByRole('heading', { name: /Alliances ended/ })).toBeVisible();
  await expect(
    changes.getByRole('listitem').filter({ hasText: /Kirov.*assassinated 1934/ }),
  ).toHaveCount(1);
  await expect(changes).toContainText('Source:');
  await expect(page.getByRole('application', { name: /comparing 1927 with 1934/ })).toBeVisible();

  await page.reload();
  await expect(
    page.getByRole('region', { name: 'What changed between 1927 and 1934' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Stop comparing' }).click();
  await expect(page).not.toHaveURL(/compare=/);
  await expect(page.getByRole('region', { name: 'This year' })).toBeVisible();
});

test('a comparison exports with "1927 → 1934" in the caption and its diff as JSON', async ({
  page,
}) => {
  await page.goto('/?compare=1927..1934&year=1934');
  const json = await downloadFrom(page, 'Export JSON');
  expect(json.suggestedFilename()).toBe('soviet-succession-1927-1934.json');
  const diff = JSON.parse(await textOf(json));
  expect(diff.comparison).toEqual({ from: 1927, to: 1934 });
  expect(diff.exited.alliance.length).toBeGreaterThan(0);
  const svg = await downloadFrom(page, 'Export SVG');
  expect(await textOf(svg)).toContain('1927 → 1934');
});

test('months mode steps through 1936 event by event, in order', async ({ page }) => {
  await page.goto('/?year=1936');
  await page.getByRole('switch', { name: 'Months' }).check();
  const slider = page.getByRole('slider', { name: 'Year' });
  // Months mode opens on the year's first event dated to a month: Olberg's arrest, January
  await expect(slider).toHaveAttribute('aria-valuetext', 'Jan 1936');
  await expect(page).toHaveURL(/month=1/);
  const details = page.getByRole('complementary', { name: 'Details' });
  const titles: string[] = [];
  const months: string[] = [];
  for (let i = 0; i < 16; i++) {
    await page.getByRole('button', { name: 'Next event' }).click();
    const heading = await details.getByRole('heading', { level: 2 }).textContent();
    titles.push(heading ?? '');
    months.push((await slider.getAttribute('aria-valuetext')) ?? '');
    if (months.at(-1)?.endsWith('1937')) break;
  }
  const index = (pattern: RegExp) => titles.findIndex((t) => pattern.test(t));
  const trial = index(/Sixteen|Zinoviev.*Kamenev.*trial|Trial/i);
  const tomsky = index(/Tomsky/);
  const executions = index(/execut|shot/i);
  const yezhov = index(/Yezhov/);
  expect(trial, titles.join(' | ')).toBeGreaterThanOrEqual(0);
  expect(tomsky).toBeGreaterThan(trial);
  expect(executions).toBeGreaterThan(tomsky);
  expect(yezhov).toBeGreaterThan(executions);
  expect(months[trial]).toBe('Aug 1936');
  expect(months[yezhov]).toBe('Sep 1936');
  await page.getByRole('button', { name: 'Previous event' }).click();
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(titles.at(-2) ?? '');
});

test('disputed records are drawn distinctly and their notes show: the instigation of Kirov’s murder', async ({
  page,
}) => {
  await page.goto('/?year=1934&focus=kirov');
  await expect(page.getByRole('listitem').filter({ hasText: 'Disputed' }).first()).toBeVisible();
  await expect(page.getByRole('application', { name: /records shown are disputed/ })).toBeVisible();
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details.getByText('Disputed', { exact: true }).first()).toBeVisible();
  await expect(details).toContainText(/Who stood behind the murder is disputed/);
  // Dates known only to the month are shown as such, never padded into a false day.
  await page.goto('/?year=1937&focus=bukharin');
  await expect(page.getByRole('complementary', { name: 'Details' })).not.toContainText(
    /1 Feb 1937/,
  );
});

test('in months mode the panels follow the month the graph shows', async ({ page }) => {
  await page.goto('/?year=1936&month=1&focus=zinoviev');
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details).toContainText('alive in Jan 1936');
  await expect(details).not.toContainText('executed 1936In');
  const thisYear = page.getByRole('region', { name: 'This year' });
  await expect(thisYear.getByRole('heading', { level: 2 })).toHaveText('This year: Jan 1936');
  await expect(thisYear).not.toContainText('Factions formed');
  await page.goto('/?year=1936&month=8');
  for (const title of ['Events', 'Betrayals', 'Deaths']) {
    await expect(page.getByRole('region', { name: 'This year' })).toContainText(title);
  }
  await page.getByRole('button', { name: 'Table view' }).click();
  await expect(page.getByRole('table')).toHaveAccessibleName('Relationships in Aug 1936');
});

test('a months-mode JSON export is named for the month, holds it and places every node', async ({
  page,
}) => {
  await page.goto('/?year=1937&month=1');
  const json = await downloadFrom(page, 'Export JSON');
  expect(json.suggestedFilename()).toBe('soviet-succession-1937-01.json');
  const bundle = JSON.parse(await textOf(json));
  expect(bundle.dataset.defaultTime).toBe('1937-01');
  const nodes = [...bundle.people, ...bundle.factions].map((r: { id: string }) => r.id).sort();
  expect(Object.keys(bundle.layout.positions).sort()).toEqual(nodes);
  const png = await downloadFrom(page, 'Export PNG');
  expect(png.suggestedFilename()).toBe('soviet-succession-1937-01.png');
});
