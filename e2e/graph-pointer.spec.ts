/**
 * Pointer use of the graph canvas: clicking relationship lines, and the view following the
 * size of its container. `?bench` exposes the Cytoscape instance, used only to find where an
 * element is drawn (so the test can click it as a user would) and to read the viewport.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

interface CyLike {
  getElementById(id: string): {
    renderedMidpoint(): { x: number; y: number };
    source(): { renderedPosition(): { x: number; y: number } };
    target(): { renderedPosition(): { x: number; y: number } };
    renderedBoundingBox(): { x1: number; y1: number; x2: number; y2: number };
  };
  nodes(selector: string): {
    renderedBoundingBox(): { x1: number; y1: number; x2: number; y2: number };
  }[];
  edges(selector: string): {
    id(): string;
    source(): { renderedPosition(): { x: number; y: number } };
    target(): { renderedPosition(): { x: number; y: number } };
  }[];
  zoom(): number;
  zoom(options: { level: number; renderedPosition: { x: number; y: number } }): void;
  pan(): { x: number; y: number };
  extent(): { x1: number; y1: number; x2: number; y2: number };
  elements(selector: string): {
    renderedBoundingBox(): { x1: number; y1: number; x2: number; y2: number };
  };
  container(): HTMLElement;
}
type BenchWindow = { __factionsBench?: { view: { cy: CyLike } } };

const details = (page: Page) => page.getByRole('complementary', { name: 'Details' });
const heading = (page: Page) => details(page).getByRole('heading', { level: 2 });

async function graphReady(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => (window as BenchWindow).__factionsBench?.view.cy.zoom() ?? 0))
    .toBeGreaterThan(0);
}

/** The page coordinates of a point `offset` px beside the middle of an edge, off any node. */
async function edgePoint(
  page: Page,
  id: string,
  offset = 0,
): Promise<{ x: number; y: number; clearance: number }> {
  const point = await page.evaluate(
    ([id, offset]) => {
      const cy = (window as BenchWindow).__factionsBench!.view.cy;
      const edge = cy.getElementById(id as string);
      // The middle of the line, or the point nearest it along the line that no node covers
      const [s0, t0] = [edge.source().renderedPosition(), edge.target().renderedPosition()];
      const covered = (p: { x: number; y: number }) =>
        cy
          .nodes(':visible')
          .map((n) => n.renderedBoundingBox())
          .some((b) => p.x >= b.x1 && p.x <= b.x2 && p.y >= b.y1 && p.y <= b.y2);
      const along = (t: number) => ({ x: s0.x + (t0.x - s0.x) * t, y: s0.y + (t0.y - s0.y) * t });
      const mid =
        [0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7].map(along).find((p) => !covered(p)) ??
        edge.renderedMidpoint();
      // `offset` px across the line, away from its middle
      const [a, b] = [edge.source().renderedPosition(), edge.target().renderedPosition()];
      const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
      const across = { x: (a.y - b.y) / length, y: (b.x - a.x) / length };
      const box = cy.container().getBoundingClientRect();
      const overNode = cy
        .nodes(':visible')
        .map((n) => n.renderedBoundingBox())
        .some((b) => mid.x >= b.x1 && mid.x <= b.x2 && mid.y >= b.y1 && mid.y <= b.y2);
      const o = offset as number;
      const at = { x: mid.x + across.x * o, y: mid.y + across.y * o };
      // How far the point is from every other line drawn (as straight segments)
      const clearance = Math.min(
        Infinity,
        ...cy
          .edges(':visible')
          .filter((e) => e.id() !== id)
          .map((e) => {
            const [p, q] = [e.source().renderedPosition(), e.target().renderedPosition()];
            const len2 = (q.x - p.x) ** 2 + (q.y - p.y) ** 2 || 1;
            const t = Math.max(
              0,
              Math.min(1, ((at.x - p.x) * (q.x - p.x) + (at.y - p.y) * (q.y - p.y)) / len2),
            );
            return Math.hypot(at.x - (p.x + t * (q.x - p.x)), at.y - (p.y + t * (q.y - p.y)));
          }),
      );
      return { x: box.left + at.x, y: box.top + at.y, overNode, clearance };
    },
    [id, offset] as const,
  );
  expect(point.overNode, `the middle of ${id} is under a node`).toBe(false);
  return point;
}

test('clicking a relationship line selects it, and beside the line still hits it', async ({
  page,
}) => {
  await page.goto('/?year=1927&bench');
  await graphReady(page);
  const line = await edgePoint(page, 'a:stalin-bukharin');
  await page.mouse.click(line.x, line.y);
  await expect(page).toHaveURL(/focus=stalin-bukharin/);
  await expect(heading(page)).toContainText('Stalin');
  await expect(heading(page)).toContainText('Bukharin');
  await expect(details(page)).toContainText(/alliance/i);

  // A person selected first; a click a few pixels beside the line moves the selection to it
  // (other kinds hidden, so that no crossing line is nearer)
  await page.goto('/?year=1927&focus=zinoviev&hide=memberships,rivalries,betrayals&bench');
  await graphReady(page);
  await expect(heading(page)).toContainText('Zinoviev');
  // The side of the line that no other line is near (the Right's alliances run beside it)
  const sides = [
    await edgePoint(page, 'a:stalin-bukharin', 6),
    await edgePoint(page, 'a:stalin-bukharin', -6),
  ];
  const beside = sides.reduce((a, b) => (b.clearance > a.clearance ? b : a));
  expect(beside.clearance, 'a side of the line with no other line near').toBeGreaterThan(8);
  await page.mouse.click(beside.x, beside.y);
  await expect(page).toHaveURL(/focus=stalin-bukharin/);
  await expect(heading(page)).toContainText('Bukharin');
});

/** How the visible graph sits in its container: the gaps to each side, in px. */
function framing(page: Page) {
  return page.evaluate(() => {
    const cy = (window as BenchWindow).__factionsBench!.view.cy;
    const box = cy.elements(':visible').renderedBoundingBox();
    const { clientWidth: width, clientHeight: height } = cy.container();
    return {
      zoom: cy.zoom(),
      left: box.x1,
      right: width - box.x2,
      top: box.y1,
      bottom: height - box.y2,
    };
  });
}

/** Fitted: the graph touches the padding on two opposite sides and is centred on the others. */
function expectFitted(f: Awaited<ReturnType<typeof framing>>) {
  const horizontal = Math.abs(f.left - f.right) < 3 && Math.min(f.left, f.right) >= 0;
  const vertical = Math.abs(f.top - f.bottom) < 3 && Math.min(f.top, f.bottom) >= 0;
  expect(horizontal && vertical, JSON.stringify(f)).toBe(true);
  expect(Math.min(f.left, f.top), JSON.stringify(f)).toBeLessThan(40);
}

test('the graph refits when its container is resized, unless the user moved it', async ({
  page,
}) => {
  await page.goto('/?year=1929&bench');
  await graphReady(page);
  expectFitted(await framing(page));
  const at1280 = (await framing(page)).zoom;

  await page.setViewportSize({ width: 1920, height: 1080 });
  await expect.poll(async () => (await framing(page)).zoom).toBeGreaterThan(at1280 * 1.1);
  expectFitted(await framing(page));
  await page.setViewportSize({ width: 1024, height: 700 });
  await expect.poll(async () => (await framing(page)).zoom).toBeLessThan(at1280);
  expectFitted(await framing(page));

  // The user zooms in: a resize keeps their framing
  const canvas = page.getByRole('application', { name: /Network graph/ });
  const box = (await canvas.boundingBox())!;
  await page.waitForTimeout(300);
  const fitted = (await framing(page)).zoom;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -200);
  await expect.poll(async () => (await framing(page)).zoom).toBeGreaterThan(fitted * 1.05);
  const zoomed = (await framing(page)).zoom;
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.waitForTimeout(300);
  expect((await framing(page)).zoom).toBeCloseTo(zoomed, 5);

  // Fit (F) again: the next resize refits
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('f');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await expect.poll(async () => (await framing(page)).zoom).toBeGreaterThan(at1280 * 1.1);
  expectFitted(await framing(page));
});
