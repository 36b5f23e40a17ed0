/**
 * Presence on a headless Cytoscape: an element is created only when first shown, with the
 * classes and data it was given as a draft; an edge waits for both of its ends; what goes off
 * is removed and comes back as it was.
 */
import cytoscape, { type ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { Presence } from './presence';

const definitions = (): ElementDefinition[] => [
  { group: 'nodes', data: { id: 'a', level: 1 }, position: { x: 0, y: 0 }, classes: 'person' },
  { group: 'nodes', data: { id: 'b', level: 1 }, position: { x: 10, y: 0 }, classes: 'person' },
  { group: 'nodes', data: { id: 'c' }, position: { x: 20, y: 0 }, classes: 'faction' },
  { group: 'edges', data: { id: 'a:ab', source: 'a', target: 'b' }, classes: 'alliance' },
  { group: 'edges', data: { id: 'm:ac', source: 'a', target: 'c' }, classes: 'membership' },
];

function graph() {
  const cy = cytoscape({ headless: true, styleEnabled: true });
  const presence = new Presence(cy, definitions());
  const ids = () =>
    cy
      .elements()
      .map((e) => e.id())
      .sort();
  const turn = (on: string[], off: string[] = []) => {
    for (const id of on) presence.setOff(presence.get(id)!, false);
    for (const id of off) presence.setOff(presence.get(id)!, true);
    cy.batch(() => presence.sync(presence.all()));
  };
  return { cy, presence, ids, turn };
}

describe('Presence', () => {
  it('creates nothing until something is shown, then only what is shown', () => {
    const { cy, presence, ids, turn } = graph();
    expect(cy.elements()).toHaveLength(0);
    expect(presence.nodeIds).toEqual(['a', 'b', 'c']);
    expect(presence.edgeIds).toEqual(['a:ab', 'm:ac']);
    turn(['a']);
    expect(ids()).toEqual(['a']);
  });

  it('creates an element with the classes and data given to its draft', () => {
    const { cy, presence, turn } = graph();
    const a = presence.get('a')!;
    a.addClass('dead');
    a.toggleClass('person', false);
    a.data('level', 3);
    expect(a.hasClass('dead')).toBe(true);
    expect(a.data('level')).toBe(3);
    turn(['a']);
    const node = cy.getElementById('a');
    expect(node.hasClass('dead')).toBe(true);
    expect(node.hasClass('person')).toBe(false);
    expect(node.data('level')).toBe(3);
    // The element now answers for the record, not the draft
    expect(presence.get('a')).not.toBe(a);
    expect(presence.get('a')!.data('level')).toBe(3);
  });

  it('brings an edge in only with both of its ends, and with them when they come', () => {
    const { ids, turn } = graph();
    turn(['a', 'a:ab']);
    expect(ids()).toEqual(['a']);
    turn(['b']);
    expect(ids()).toEqual(['a', 'a:ab', 'b']);
  });

  it('removes what goes off and restores it as it was', () => {
    const { cy, presence, ids, turn } = graph();
    turn(['a', 'b', 'a:ab']);
    presence.get('a:ab')!.addClass('ending');
    turn([], ['b']);
    expect(ids()).toEqual(['a']);
    turn(['b']);
    expect(ids()).toEqual(['a', 'a:ab', 'b']);
    expect(cy.getElementById('a:ab').hasClass('ending')).toBe(true);
  });

  it('moves a node not yet created, which is then created where it was sent', () => {
    const { cy, presence, turn } = graph();
    expect(presence.placeDraft('c', { x: 5, y: 7 })).toBeUndefined();
    expect(presence.positionOf('c')).toEqual({ x: 5, y: 7 });
    turn(['c']);
    expect(cy.getElementById('c').position()).toEqual({ x: 5, y: 7 });
    // Once created, the node itself is handed back to be moved
    expect(presence.placeDraft('c', { x: 1, y: 1 })?.id()).toBe('c');
  });
});
