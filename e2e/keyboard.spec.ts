/**
 * Keyboard only: every control of DESIGN.md §5 is reached with Tab / Shift+Tab and used with
 * Enter, Space and the arrow keys, and shows a visible focus indicator when it has focus. The
 * shortcuts work: `/` focuses search, Esc clears the selection, F fits, Space plays and pauses,
 * Left/Right step the year.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Many key presses, each a round trip to the browser: more time than the default 30 s
test.describe.configure({ timeout: 90_000 });

/** Most Tab presses allowed to reach a control (the page has ~60 stops before the side panel). */
const MAX_TABS = 250;

/** Presses Tab (or Shift+Tab) until `target` has focus, then checks its focus is visible. */
async function tabTo(page: Page, target: Locator, backwards = false): Promise<void> {
  const key = backwards ? 'Shift+Tab' : 'Tab';
  for (let i = 0; i < MAX_TABS; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) {
      return expectFocusVisible(target);
    }
    await page.keyboard.press(key);
  }
  throw new Error(`${key} never reached ${target}`);
}

/** The element has focus, matches :focus-visible, and draws an outline or a box shadow. */
async function expectFocusVisible(target: Locator): Promise<void> {
  await expect(target).toBeFocused();
  await expect(target).toBeInViewport();
  const style = await target.evaluate((el) => {
    const css = getComputedStyle(el);
    return {
      focusVisible: el.matches(':focus-visible'),
      outline: css.outlineStyle !== 'none' && parseFloat(css.outlineWidth) > 0,
      shadow: css.boxShadow !== 'none',
    };
  });
  expect(style.focusVisible, `${target} matches :focus-visible`).toBe(true);
  expect(style.outline || style.shadow, `${target} shows a focus indicator`).toBe(true);
}

const slider = (page: Page) => page.getByRole('slider', { name: 'Year' });
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const details = (page: Page) => page.getByRole('complementary', { name: 'Details' });
const yearAnnouncement = (page: Page) =>
  page.locator('[aria-live="polite"]').filter({ hasText: /^\s*Year \d{4}\s*$/ });

async function start(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(slider(page)).toBeVisible();
  await expect(page.getByRole('application', { name: /Network graph/ })).toBeVisible();
}

test('the time bar: previous and next year, play and pause, the slider', async ({ page }) => {
  await start(page, '/?year=1929');
  await tabTo(page, button(page, 'Previous year'));
  await page.keyboard.press('Enter');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '1928');
  // The live region announces the year when it changes
  await expect(yearAnnouncement(page)).toHaveText(/Year 1928/);

  await tabTo(page, button(page, 'Play'));
  await page.keyboard.press('Enter');
  await expect(button(page, 'Pause')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(button(page, 'Play')).toBeFocused();

  await tabTo(page, button(page, 'Next year'));
  await page.keyboard.press('Enter');
  const year = Number(await slider(page).getAttribute('aria-valuetext'));
  expect(year).toBeGreaterThanOrEqual(1929);

  await tabTo(page, slider(page));
  await page.keyboard.press('Home');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '1924');
  await page.keyboard.press('ArrowRight');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '1925');
  await expect(yearAnnouncement(page)).toHaveText(/Year 1925/);
  await page.keyboard.press('End');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '1938');
  await page.keyboard.press('ArrowLeft');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '1937');
  await expect(page).toHaveURL(/year=1937/);
});

test('search: type, ArrowDown, Enter selects; the details panel follows', async ({ page }) => {
  await start(page, '/?year=1929');
  const search = page.getByRole('combobox', { name: 'Search people and factions' });
  await tabTo(page, search);
  await page.keyboard.type('Bukh');
  await expect(search).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(search).toHaveAttribute('aria-activedescendant', /.+/);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(details(page).getByRole('heading', { level: 2 })).toContainText('Bukharin');
  await expect(page).toHaveURL(/focus=bukharin/);
});

test('the six filter checkboxes toggle with Space', async ({ page }) => {
  await start(page, '/?year=1929');
  const names = [
    'Memberships',
    'Alliances',
    'Rivalries',
    'Betrayals',
    'Show past betrayals',
    'Show the dead',
  ];
  for (const name of names) {
    const box = page.getByRole('checkbox', { name, exact: true });
    await tabTo(page, box);
    const was = await box.isChecked();
    await page.keyboard.press('Space');
    await expect(box).toBeChecked({ checked: !was });
    await page.keyboard.press('Space');
    await expect(box).toBeChecked({ checked: was });
  }
  await expect(page).not.toHaveURL(/hide=/);
});

test('table view: switch with Enter, sort with the column buttons, switch back', async ({
  page,
}) => {
  await start(page, '/?year=1927');
  await tabTo(page, button(page, 'Table view'));
  await page.keyboard.press('Enter');
  const table = page.getByRole('table');
  await expect(table.locator('caption')).toHaveText('Relationships in 1927');
  // The view switcher's button keeps the focus, pressed
  await expect(button(page, 'Table view')).toBeFocused();
  await expect(button(page, 'Table view')).toHaveAttribute('aria-pressed', 'true');

  for (const column of ['Type', 'From', 'To', 'Since', 'Until', 'Source']) {
    const header = table.getByRole('columnheader', { name: column });
    await tabTo(page, header.getByRole('button'));
    await page.keyboard.press('Enter');
    await expect(header).toHaveAttribute('aria-sort', /ascending|descending/);
    const first = await header.getAttribute('aria-sort');
    await page.keyboard.press('Space');
    await expect(header).not.toHaveAttribute('aria-sort', first ?? '');
  }
  // A name in the table selects its record
  const cell = table.getByRole('row').nth(1).getByRole('button').nth(1);
  await tabTo(page, cell);
  const name = (await cell.textContent())?.trim() ?? '';
  await page.keyboard.press('Enter');
  await expect(details(page).getByRole('heading', { level: 2 })).toContainText(name);

  await tabTo(page, button(page, 'Graph view'), true);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('application', { name: /Network graph/ })).toBeVisible();
  await expect(table).toHaveCount(0);
});

test('the details panel: follow a name, open a disclosure, clear the selection', async ({
  page,
}) => {
  await start(page, '/?year=1929&focus=stalin');
  const heading = details(page).getByRole('heading', { level: 2 });
  await expect(heading).toContainText('Stalin');
  await tabTo(page, details(page).getByRole('button', { name: 'Clear selection' }));

  const more = details(page).locator('summary', { hasText: 'All roles and memberships' });
  await tabTo(page, more);
  await page.keyboard.press('Enter');
  await expect(
    details(page).locator('details', { hasText: 'All roles and memberships' }),
  ).toHaveAttribute('open', '');

  const record = details(page)
    .getByRole('button', { name: 'Nikolai Bukharin', exact: true })
    .first();
  await tabTo(page, record);
  await page.keyboard.press('Enter');
  await expect(heading).toContainText('Bukharin');

  await tabTo(page, details(page).getByRole('button', { name: 'Clear selection' }), true);
  await page.keyboard.press('Enter');
  await expect(page).not.toHaveURL(/focus=/);
  await expect(heading).not.toContainText('Bukharin');
});

test('export, dataset and graph buttons are reachable with visible focus', async ({ page }) => {
  await start(page, '/?year=1929');
  // The Data menu opens with Enter; its items follow in tab order
  await tabTo(page, button(page, 'Data'));
  await page.keyboard.press('Enter');
  for (const name of ['Open dataset', 'Open example', 'Reset to bundled dataset'])
    await tabTo(page, button(page, name));
  // Also usable: the examples menu opens with Enter and closes with Escape, focus returns
  await tabTo(page, button(page, 'Open example'), true);
  await page.keyboard.press('Enter');
  const examples = page.getByRole('list', { name: 'Example datasets' });
  await expect(examples).toBeVisible();
  await tabTo(page, examples.getByRole('button').first());
  await page.keyboard.press('Escape');
  await expect(examples).toBeHidden();
  await expect(button(page, 'Open example')).toBeFocused();
  // A second Escape closes the Data menu and returns to its button
  await page.keyboard.press('Escape');
  await expect(button(page, 'Open dataset')).toBeHidden();
  await expect(button(page, 'Data')).toBeFocused();
  await tabTo(page, button(page, 'Fit'));
  await tabTo(page, page.getByRole('combobox', { name: 'Export area' }));
  for (const format of ['PNG', 'SVG', 'JSON', 'GEXF'])
    await tabTo(page, button(page, `Export ${format}`));
});

test('shortcuts: arrows step, Space plays and pauses, F fits, Esc clears, / searches', async ({
  page,
}) => {
  // `bench` exposes the graph view, to read its zoom
  await start(page, '/?year=1929&focus=stalin&bench');
  const zoom = () =>
    page.evaluate(() => (window as unknown as BenchWindow).__factionsBench?.view.cy.zoom() ?? 0);
  await expect.poll(zoom).toBeGreaterThan(0);
  const fitted = await zoom();
  await expect(page.locator('body')).toBeFocused();

  await page.keyboard.press('ArrowRight');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '1930');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '1928');

  await page.keyboard.press('Space');
  await expect(button(page, 'Pause')).toBeVisible();
  await page.keyboard.press('Space');
  await expect(button(page, 'Play')).toBeVisible();

  // Each year has its own layout, so the fit of 1928 is measured in 1928, once the glide is over
  await page.waitForTimeout(600);
  await page.keyboard.press('f');
  await expect.poll(zoom).toBeGreaterThan(0);
  const fitted1928 = await zoom();
  expect(fitted1928).toBeGreaterThan(fitted / 3);
  await page.evaluate(() => {
    const cy = (window as unknown as BenchWindow).__factionsBench?.view.cy;
    cy?.zoom({ level: cy.zoom() * 3, renderedPosition: { x: 10, y: 10 } });
  });
  expect(await zoom()).not.toBeCloseTo(fitted1928, 3);
  await page.keyboard.press('f');
  await expect.poll(zoom).toBeCloseTo(fitted1928, 3);

  await expect(details(page).getByRole('heading', { level: 2 })).toContainText('Stalin');
  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/focus=/);
  await expect(details(page).getByRole('heading', { level: 2 })).not.toContainText('Stalin');

  await page.keyboard.press('/');
  const search = page.getByRole('combobox', { name: 'Search people and factions' });
  await expectFocusVisible(search);
});

interface BenchWindow {
  __factionsBench?: {
    view: {
      cy: {
        zoom(): number;
        zoom(options: { level: number; renderedPosition: { x: number; y: number } }): void;
      };
    };
  };
}

test('every tab stop, in both views, shows a visible focus indicator', async ({ page }) => {
  for (const url of ['/?year=1934&focus=kirov', '/?year=1927&view=table']) {
    await page.goto(url);
    await expect(slider(page)).toBeVisible();
    const missing: string[] = [];
    let stops = 0;
    for (; stops < 600; stops++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return undefined;
        const css = getComputedStyle(el);
        const shown =
          (css.outlineStyle !== 'none' && parseFloat(css.outlineWidth) > 0) ||
          css.boxShadow !== 'none';
        const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40);
        return { shown, what: `${el.tagName.toLowerCase()} "${name}"` };
      });
      if (!focused) break;
      if (!focused.shown) missing.push(focused.what);
    }
    expect(stops, `${url}: Tab goes round the page`).toBeLessThan(600);
    expect(stops, `${url}: tab stops`).toBeGreaterThan(20);
    expect(missing, `${url}: focused without a visible indicator`).toEqual([]);
  }
});
