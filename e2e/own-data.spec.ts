/**
 * Bring your own dataset: open a bundle, a folder's files or CSV files (picked or dropped), the
 * example, or a `?data=` URL; invalid data never replaces the dataset on screen; an opened
 * dataset survives a reload until "Reset to bundled dataset".
 */
import { test as plainTest, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, jsonFile, openFiles, test, type Upload } from './fixtures';

const EXAMPLE = readFileSync('static/examples/henry-viii-court.json', 'utf8');
const COURT = 'The court of Henry VIII, 1509–1547';
const BUNDLED_TITLE = JSON.parse(readFileSync('graph-data/dataset.json', 'utf8')).title as string;

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const slider = (page: Page) => page.getByRole('slider', { name: 'Year' });
const graph = (page: Page) => page.getByRole('application', { name: /^Network graph of / });

const csv = (name: string, text: string): Upload => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(text),
});

async function start(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query}`);
  await expect(slider(page)).toBeVisible();
  await expect(heading(page)).toContainText(BUNDLED_TITLE);
}

async function expectCourt(page: Page, year = '1529'): Promise<void> {
  await expect(heading(page)).toContainText(COURT);
  await expect(page).toHaveTitle(`${COURT} — Factions`);
  await expect(slider(page)).toHaveAttribute('min', '1509');
  await expect(slider(page)).toHaveAttribute('max', '1547');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', year);
  await expect(graph(page)).toHaveAttribute('aria-label', new RegExp(`of ${COURT} in ${year}`));
}

test('a picked bundle replaces the dataset: graph, title and years change', async ({ page }) => {
  await start(page, '?year=1936');
  await page.getByRole('button', { name: 'Data', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Reset to bundled dataset' })).toBeVisible();
  await page.getByRole('button', { name: 'Data', exact: true }).click();
  await openFiles(page, [jsonFile('court.json', EXAMPLE)]);
  // The year of the previous dataset is out of range: the new default year is shown
  await expectCourt(page);
  await expect(page).toHaveURL(/year=1529/);
  const search = page.getByRole('combobox', { name: 'Search people and factions' });
  await search.fill('Cromwell');
  await expect(page.getByRole('option').first()).toContainText('Thomas Cromwell');
});

test('an invalid bundle lists its errors with line numbers and changes nothing', async ({
  page,
}) => {
  await start(page, '?year=1929');
  const before = await graph(page).getAttribute('aria-label');
  const broken = EXAMPLE.replace('"defaultTime": "1529"', '"defaultTime": "1529-13"').replace(
    '"from": "1532"',
    '"from": "1532-02-30"',
  );
  await openFiles(page, [jsonFile('broken.json', broken)]);
  const dialog = page.getByRole('dialog', { name: 'broken.json could not be opened' });
  await expect(dialog).toBeVisible();
  const problems = dialog.getByRole('listitem');
  await expect(problems.first()).toHaveText(
    /^broken\.json:\d+:\d+ dataset "henry-viii-court" \.defaultTime: "1529-13" is not a date/,
  );
  await expect(problems.nth(1)).toHaveText(
    /^broken\.json:\d+:\d+ \w+ "[a-z-]+" \.from: "1532-02-30"/,
  );
  await expect(dialog).toContainText('The dataset on screen was not changed.');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(heading(page)).toContainText(BUNDLED_TITLE);
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '1929');
  expect(await graph(page).getAttribute('aria-label')).toBe(before);
  // A file that is not JSON at all: a syntax error at its place; closed with the button
  await openFiles(page, [jsonFile('notes.json', '{\n  "dataset": nope\n}')]);
  const syntax = page.getByRole('dialog', { name: 'notes.json could not be opened' });
  await expect(syntax.getByRole('listitem').first()).toHaveText(/^notes\.json:2:\d+ /);
  await syntax.getByRole('button', { name: 'Close' }).click();
  await expect(syntax).toBeHidden();
  await expect(heading(page)).toContainText(BUNDLED_TITLE);
});

test('an opened dataset survives a reload, and reset brings the bundled one back', async ({
  page,
}) => {
  await start(page);
  await openFiles(page, [jsonFile('court.json', EXAMPLE)]);
  await expectCourt(page);
  await page.getByRole('button', { name: 'Next year' }).click();
  await expect(page).toHaveURL(/year=1530/);
  await page.reload();
  // Kept in IndexedDB; the URL's year applies to it
  await expectCourt(page, '1530');
  await page.getByRole('button', { name: 'Data', exact: true }).click();
  await page.getByRole('button', { name: 'Reset to bundled dataset' }).click();
  await expect(heading(page)).toContainText(BUNDLED_TITLE);
  await expect(slider(page)).toHaveAttribute('min', '1924');
  await page.reload();
  await expect(slider(page)).toBeVisible();
  await expect(heading(page)).toContainText(BUNDLED_TITLE);
});

test('files dropped on the page open like picked ones', async ({ page }) => {
  await start(page);
  await page.evaluate((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'court.json', { type: 'application/json' }));
    for (const type of ['dragenter', 'dragover', 'drop']) {
      const event = new DragEvent(type, {
        dataTransfer: transfer,
        bubbles: true,
        cancelable: true,
      });
      document.body.dispatchEvent(event);
    }
  }, EXAMPLE);
  await expectCourt(page);
});

test('CSV import: nodes.csv and edges.csv become a dataset; a bad cell is placed', async ({
  page,
}) => {
  await start(page);
  const nodes = [
    'Id,Label,Type,Start,End',
    'wolsey,Thomas Wolsey,person,,1530-11-29',
    'more,Thomas More,person,1478-02-07,1535-07-06',
    'henry,Henry VIII,person,1491-06-28,1547-01-28',
    'council,King’s Council,organisation,1509,',
  ].join('\n');
  const edges = [
    'Source,Target,Type,Start,End,Citation',
    'wolsey,council,leader,1515,1529-10,"Gwyn, The King\'s Cardinal"',
    'more,council,member,1517,1532-05',
    'henry,wolsey,alliance,1514,1529-10',
    'henry,more,rivalry,1534-04,1535-07-06',
  ].join('\n');
  await openFiles(page, [
    csv('edges.csv', edges.replace('1534-04', '1534-4')),
    csv('nodes.csv', nodes),
  ]);
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('listitem')).toHaveText([
    'edges.csv:5:20 rivalry "rivalry-henry-more" .start: "1534-4" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)',
  ]);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(heading(page)).toContainText(BUNDLED_TITLE);

  await openFiles(page, [csv('nodes.csv', nodes), csv('edges.csv', edges)]);
  await expect(heading(page)).toContainText('Imported network');
  // The range is the edges' (the council's founding in 1509 does not widen it); the busiest year first
  await expect(slider(page)).toHaveAttribute('min', '1514');
  await expect(slider(page)).toHaveAttribute('max', '1535');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '1517');
  // Kept across a reload, where the URL's year applies to it
  await page.goto('/?year=1520&view=table');
  await expect(page.getByRole('table').locator('caption')).toHaveText('Relationships in 1520');
  await expect(page.getByRole('table')).toContainText('Thomas Wolsey');
});

test('CSV import: an edges file alone opens, its ends inferred as people', async ({ page }) => {
  await start(page);
  const edges = [
    'Source,Target,Type,Start,End,Citation',
    'Henry VIII,Thomas Wolsey,alliance,1514,1529-10,"Gwyn 1990, p. 12"',
    'Henry VIII,Thomas More,rivalry,1534-04,1535-07-06,"Guy 2000, p. 201"',
    'Thomas More,Thomas Cromwell,rivalry,1533,1535-07,"Guy 2000, p. 190"',
  ].join('\n');
  await openFiles(page, [csv('edges.csv', edges)]);
  await expect(heading(page)).toContainText('Imported network');
  await expect(slider(page)).toHaveAttribute('min', '1514');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '1534');
  // A title is asked for, the file name offered once
  const naming = page.getByRole('dialog', { name: 'Name the imported dataset' });
  const title = naming.getByRole('textbox', { name: 'Title' });
  await expect(title).toHaveValue('edges.csv');
  await title.fill('Henry VIII and his ministers');
  await naming.getByRole('button', { name: 'Use this title' }).click();
  await expect(naming).toBeHidden();
  await expect(heading(page)).toContainText('Henry VIII and his ministers');
  await expect(heading(page)).not.toContainText('edges.csv');
  await page.goto('/?year=1534&view=table');
  await expect(page.getByRole('table')).toContainText('Thomas Cromwell');
  await expect(page.getByRole('table')).toContainText('Guy');
});

test('the example dataset opens from the menu, with sources', async ({ page }) => {
  await start(page);
  await page.getByRole('button', { name: 'Data', exact: true }).click();
  await page.getByRole('button', { name: 'Open example' }).click();
  await page.getByRole('button', { name: /The court of Henry VIII/ }).click();
  await expectCourt(page);
  const search = page.getByRole('combobox', { name: 'Search people and factions' });
  await search.fill('Cromwell');
  await search.press('Enter');
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 2 })).toContainText('Thomas Cromwell');
  await expect(details).toContainText('MacCulloch');
});

test('an example opened from the menu is named in the URL, so that a link opens it', async ({
  page,
}) => {
  await start(page);
  await page.getByRole('button', { name: 'Data', exact: true }).click();
  await page.getByRole('button', { name: 'Open example' }).click();
  await page.getByRole('button', { name: /The court of Henry VIII/ }).click();
  await expectCourt(page);
  await expect(page).toHaveURL(/[?&]data=[^&]*henry-viii-court\.json/);
  await slider(page).fill('1536');
  await expect(page).toHaveURL(/year=1536/);
  // The link, opened afresh (nothing kept from this visit), shows the example at that year
  const link = page.url();
  const fresh = await page.context().browser()!.newPage();
  await fresh.goto(link);
  await expectCourt(fresh, '1536');
  await fresh.close();
});

test('the examples menu stays inside the window', async ({ page }) => {
  for (const size of [
    { width: 1280, height: 800 },
    { width: 1024, height: 700 },
    { width: 390, height: 844 },
  ]) {
    await page.setViewportSize(size);
    await start(page);
    // On a phone the Data menu is inside the header's Menu
    if (size.width < 800) await page.getByRole('button', { name: 'Menu', exact: true }).click();
    await page.getByRole('button', { name: 'Data', exact: true }).click();
    await page.getByRole('button', { name: 'Open example' }).click();
    const about = page.getByRole('list', { name: 'Example datasets' }).getByText(/Wolsey/);
    await expect(about).toBeVisible();
    const box = (await about.boundingBox())!;
    const inside = await about.evaluate((el) => el.scrollWidth <= el.clientWidth + 1);
    expect(box.x, `${size.width}px`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `${size.width}px`).toBeLessThanOrEqual(size.width);
    expect(inside, `${size.width}px: the description overflows its box`).toBe(true);
  }
});

test('a dataset without a layout gets one from the worker, with a progress bar', async ({
  page,
}) => {
  await start(page);
  const bundle = JSON.parse(EXAMPLE);
  delete bundle.layout;
  // Remember whether the progress bar ever showed, however briefly
  await page.evaluate(() => {
    new MutationObserver(() => {
      const bar = document.querySelector('progress[aria-label="Computing layout"]');
      if (bar) document.body.dataset.sawProgress = 'yes';
    }).observe(document.body, { childList: true, subtree: true });
  });
  await openFiles(page, [jsonFile('no-layout.json', JSON.stringify(bundle))]);
  await expectCourt(page);
  await expect(page.locator('body')).toHaveAttribute('data-saw-progress', 'yes');
  await expect(page.getByRole('progressbar', { name: 'Computing layout' })).toHaveCount(0);
});

test('?data= opens a bundle from a URL', async ({ page }) => {
  await page.goto('/?data=/examples/henry-viii-court.json&year=1536');
  await expectCourt(page, '1536');
  // Going back to the bundled dataset drops ?data=, so that a reload does not fetch it again
  await page.getByRole('button', { name: 'Data', exact: true }).click();
  await page.getByRole('button', { name: 'Reset to bundled dataset' }).click();
  await expect(heading(page)).toContainText(BUNDLED_TITLE);
  await expect(page).not.toHaveURL(/data=/);
});

// The browser logs the failed request as a console error: this one runs without that check
plainTest(
  '?data= that cannot be fetched says why and keeps the bundled dataset',
  async ({ page }) => {
    await page.goto('/?data=http://127.0.0.1:9/bundle.json');
    const dialog = page.getByRole('dialog', {
      name: 'The dataset in the link could not be opened',
    });
    await expect(dialog).toContainText('Could not fetch http://127.0.0.1:9/bundle.json');
    await expect(dialog).toContainText('Access-Control-Allow-Origin');
    await page.keyboard.press('Escape');
    await expect(heading(page)).toContainText(BUNDLED_TITLE);
    await page.goto('/?data=/examples/missing.json');
    await expect(page.getByRole('dialog')).toContainText('the server answered 404');
  },
);
