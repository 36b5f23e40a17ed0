import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rememberMapping, rememberedMapping } from './import-memory';

const mapping = {
  nodeAttribute: 'Category',
  nodeValues: { Person: 'person' as const, Party: 'institution' as const },
  edgeAttribute: 'Relation',
  edgeValues: { Rival: 'skip' as const },
};

describe('import memory', () => {
  const store = new Map<string, string>();
  beforeEach(() => {
    store.clear();
    Object.assign(globalThis, {
      localStorage: {
        getItem: (key: string) => store.get(key) ?? null,
        setItem: (key: string, value: string) => store.set(key, value),
      },
    });
  });
  afterEach(() => {
    delete (globalThis as { localStorage?: unknown }).localStorage;
  });

  it('gives back the last mapping chosen', () => {
    expect(rememberedMapping()).toBeUndefined();
    rememberMapping(mapping);
    expect(rememberedMapping()).toEqual(mapping);
  });

  it('ignores what is not a mapping', () => {
    store.set('factions.import-mapping', '{"nodeAttribute": 3}');
    expect(rememberedMapping()).toBeUndefined();
    store.set('factions.import-mapping', JSON.stringify({ ...mapping, edgeValues: { a: 'x' } }));
    expect(rememberedMapping()).toBeUndefined();
    store.set('factions.import-mapping', 'not json');
    expect(rememberedMapping()).toBeUndefined();
  });
});
