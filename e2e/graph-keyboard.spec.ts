/**
 * Keyboard travel in the graph (Tab enters, arrows go to a neighbour, Enter selects) and the
 * tooltip that hover and the keyboard share. `?bench` exposes the Cytoscape instance, used only
 * to find where a node is drawn and which nodes are linked.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

interface CyLike {
  getElementById(id: string): {
    renderedPosition(): { x: number; y: number };
    connectedEdges(selector: string): { connectedNodes(selector: string): { id(): string }[] };
  };
  nodes(selector: string): { id(): string; data(key: string): string }[];
  zoom(): number;
  container(): HTMLElement;
}
type BenchWindow = { __factionsBench?: { view: { cy: CyLike } } };

const graph = (page: Page) => page.getByRole('application', { name: /Network graph/ });
const details = (page: Page) => page.getByRole('complementary', { name: 'Details' });

async function ready(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect
    .poll(() => page.evaluate(() => (window as BenchWindow).__factionsBench?.view.cy.zoom() ?? 0))
    .toBeGreaterThan(0);
}

/** The ids of the nodes drawn linked to `id`. */
function neighbours(page: Page, id: string): Promise<string[]> {
  return page.evaluate((id) => {
    const cy = (window as BenchWindow).__factionsBench!.view.cy;
    return cy
      .getElementById(id)
      .connectedEdges(':visible')
      .connectedNodes(':visible')
      .map((n) => n.id())
      .filter((n) => n !== id);
  }, id);
}

/** The node the keyboard is on, read from the graph. */
function keyboardNode(page: Page): Promise<string | undefined> {
  return page.evaluate(
    () => (window as BenchWindow).__factionsBench!.view.cy.nodes('.keyboard').map((n) => n.id())[0],
  );
}

test('Tab enters the graph on the selection, arrows go to a neighbour, Enter selects it', async ({
  page,
}) => {
  await ready(page, '/?bench&year=1926&focus=stalin');
  await graph(page).focus();
  await expect(page.getByText(/Stalin\. Person · \d+ links in 1926$/)).toBeAttached();
  expect(await keyboardNode(page)).toBe('stalin');

  const linked = await neighbours(page, 'stalin');
  const moved: string[] = [];
  for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) {
    await page.keyboard.press(key);
    const now = await keyboardNode(page);
    if (now && now !== 'stalin') {
      moved.push(now);
      break;
    }
  }
  // An arrow went somewhere, and from Stalin that is one of his neighbours
  expect(moved).toHaveLength(1);
  expect(linked).toContain(moved[0]);
  // The arrows travelled in the graph; they did not change the year
  await expect(page.getByRole('slider', { name: 'Year' })).toHaveValue('1926');

  await page.keyboard.press('Enter');
  const name = await page.evaluate(
    (id) => (window as BenchWindow).__factionsBench!.view.cy.nodes(`#${id}`)[0].data('label'),
    moved[0],
  );
  await expect(details(page).getByRole('heading', { level: 2 })).toContainText(name.split('\n')[0]);
});

test('without a selection, Tab enters on the most connected node, and leaving clears it', async ({
  page,
}) => {
  await ready(page, '/?bench&year=1929');
  await graph(page).focus();
  await expect(page.getByText(/^[^.]+\. (Person|Faction) · \d+ links? in 1929/)).toBeAttached();
  const entered = await keyboardNode(page);
  expect(entered).toBeDefined();
  const degree = (await neighbours(page, entered!)).length;
  expect(degree).toBeGreaterThan(3);
  await page.getByRole('button', { name: 'Fit' }).focus();
  expect(await keyboardNode(page)).toBeUndefined();
});

test('hovering a node shows a tooltip with its name, links and fate', async ({ page }) => {
  await ready(page, '/?bench&year=1937');
  const point = await page.evaluate(() => {
    const cy = (window as BenchWindow).__factionsBench!.view.cy;
    const p = cy.getElementById('zinoviev').renderedPosition();
    const box = cy.container().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  });
  await page.mouse.move(point.x, point.y);
  await expect(page.getByText(/^Person · \d+ links? in 1937 · executed 1936$/)).toBeVisible();
  await page.mouse.move(5, 5);
  await expect(page.getByText(/^Person · \d+ links? in 1937/)).toHaveCount(0);
});
