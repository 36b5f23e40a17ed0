/**
 * patches/cytoscape+3.35.0.patch, applied by `npm install` (patch-package): Cytoscape reported
 * a bounding box as changed when it first computed it after a change that had already been
 * reported. The renderer computes boxes while drawing, so each step of the slider recomputed
 * the geometry of every element it changed a second time, in the frame after. The patch also
 * answers the commonest call, one element whose box is cached, before allocating anything.
 * And it invalidates what an element's new style makes out of date once for the element, not
 * once for each property: the first frame of a large network applied some thirty properties to
 * each element, and each walked the element's edges and emitted 'bounds' again.
 */
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';

function graph() {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      { data: { id: 'a', label: 'A' }, position: { x: 0, y: 0 } },
      { data: { id: 'b', label: 'B' }, position: { x: 100, y: 0 } },
      { data: { id: 'ab', source: 'a', target: 'b' } },
    ],
    style: [
      { selector: 'node', style: { label: 'data(label)', width: 20, height: 20 } },
      {
        selector: 'node.big',
        style: { width: 60, height: 60, 'font-size': 30, 'border-width': 4, 'z-index': 5 },
      },
    ],
  });
  const reported: string[] = [];
  cy.on('bounds', (event) => reported.push(event.target.id()));
  return { cy, reported };
}

describe('the patched Cytoscape', () => {
  it('does not report the first box of a restored element again', () => {
    const { cy, reported } = graph();
    const a = cy.getElementById('a');
    a.remove();
    a.restore();
    a.style('label'); // the renderer brings styles up to date before it draws
    reported.length = 0;
    const box = a.boundingBox();
    expect(reported).toEqual([]);
    expect(box.w).toBeGreaterThan(20);
  });

  it('still reports a box that is out of date because its node moved', () => {
    const { cy, reported } = graph();
    const b = cy.getElementById('b');
    b.boundingBox();
    reported.length = 0;
    b.position({ x: 300, y: 0 });
    expect(reported).toContain('b');
    expect(b.boundingBox().x1).toBeGreaterThan(200);
  });

  it('computes the box of an element restored to the graph', () => {
    const { cy } = graph();
    const ab = cy.getElementById('ab');
    const before = ab.boundingBox();
    ab.remove();
    ab.restore();
    expect(ab.boundingBox()).toEqual(before);
  });

  it('answers a cached single box as the full computation does, and follows a move', () => {
    const { cy } = graph();
    for (const id of ['a', 'b', 'ab']) {
      const element = cy.getElementById(id);
      element.boundingBox(); // fills the cache
      const fast = { ...element.boundingBox() };
      // `useCache` is an option of Cytoscape's the typings leave out
      const full = element.boundingBox({ useCache: false } as cytoscape.BoundingBoxOptions);
      expect(fast).toEqual({ ...full });
    }
    const a = cy.getElementById('a');
    a.boundingBox();
    a.position({ x: -50, y: 0 });
    expect(a.boundingBox().x2).toBeLessThan(0);
    expect(cy.getElementById('ab').boundingBox().x1).toBeLessThan(-40);
  });

  it('reports a restyled node once, however many of its properties change', () => {
    const { cy, reported } = graph();
    const a = cy.getElementById('a');
    a.boundingBox();
    reported.length = 0;
    a.addClass('big');
    a.style('width'); // styles are applied when next read, as the renderer does before drawing
    expect(reported).toEqual(['a']);
  });

  it('brings the box of a restyled node up to date, there and back', () => {
    const { cy } = graph();
    const a = cy.getElementById('a');
    const before = { ...a.boundingBox() };
    a.addClass('big');
    expect(a.numericStyle('z-index')).toBe(5);
    expect(a.boundingBox().w).toBeGreaterThan(60);
    a.removeClass('big');
    expect({ ...a.boundingBox() }).toEqual(before);
  });

  it('sorts the elements for drawing as Cytoscape orders them: depth, nodes over edges, z-index, then age', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: [
        { selector: '.up', style: { 'z-index': 3 } },
        { selector: '.down', style: { 'z-index': -2 } },
        { selector: '.top', style: { 'z-compound-depth': 'top' } },
        { selector: '.manual', style: { 'z-index-compare': 'manual' } },
      ],
    });
    const looks = ['', 'up', 'down', 'top', 'manual', 'up manual'];
    for (let i = 0; i < 40; i++)
      cy.add({ data: { id: `n${i}` }, classes: looks[(i * 7) % looks.length] });
    for (let i = 0; i < 60; i++)
      cy.add({
        data: { id: `e${i}`, source: `n${i % 40}`, target: `n${(i * 13 + 5) % 40}` },
        classes: looks[(i * 5) % looks.length],
      });
    const depth = (e: cytoscape.SingularElementArgument) =>
      e.style('z-compound-depth') === 'top' ? Number.MAX_SAFE_INTEGER : 0;
    const overEdges = (e: cytoscape.SingularElementArgument) =>
      e.style('z-index-compare') === 'auto' && e.isNode() ? 1 : 0;
    const added = cy.elements().toArray();
    const expected = [...added].sort(
      (a, b) =>
        depth(a) - depth(b) ||
        overEdges(a) - overEdges(b) ||
        a.numericStyle('z-index') - b.numericStyle('z-index') ||
        added.indexOf(a) - added.indexOf(b),
    );
    // The canvas renderer's sort, run on this headless instance (it needs no canvas)
    const extension = cytoscape as unknown as (type: string, name: string) => unknown;
    const Renderer = extension('renderer', 'canvas') as {
      prototype: {
        getCachedZSortedEles(this: unknown, force: boolean): cytoscape.SingularElementArgument[];
      };
    };
    const sorted = Renderer.prototype.getCachedZSortedEles.call(
      { cy, updateCachedGrabbedEles() {} },
      true,
    );
    expect(sorted.map((e) => e.id())).toEqual(expected.map((e) => e.id()));
    // The collection's own sort compares with the same keys
    const byZ = (cy.elements() as unknown as { sortByZIndex(): cytoscape.CollectionReturnValue })
      .sortByZIndex()
      .map((e) => e.id());
    expect(byZ).toEqual(expected.map((e) => e.id()));
  });
});
