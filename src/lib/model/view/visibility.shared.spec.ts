/**
 * The graph asks `personShown` for every node at every step: it hands out shared looks rather
 * than a new object per call, and the institutions of a dataset are gathered once.
 */
import { describe, expect, it } from 'vitest';
import { defaultFilters } from './filters';
import { personShown } from './visibility';
import { institutionIds } from '../dataset/kinds';
import { yearWindow } from '../timeline/timeline';
import { dataset, faction } from '$lib/testing/timeline-fixtures';

describe('shared answers', () => {
  it('gives the same frozen look for the same way of being drawn', () => {
    const alive = { alive: true } as const;
    const first = personShown(alive, yearWindow(1930), defaultFilters, 2);
    expect(personShown(alive, yearWindow(1931), defaultFilters, 3)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(personShown(alive, yearWindow(1930), defaultFilters, 0)).not.toBe(first);
  });

  it('gathers the institutions of a dataset once', () => {
    const data = dataset({
      factions: [{ ...faction('politburo', '1919'), kind: 'institution' }, faction('left', '1924')],
    });
    const ids = institutionIds(data);
    expect([...ids]).toEqual(['politburo']);
    expect(institutionIds(data)).toBe(ids);
  });
});
