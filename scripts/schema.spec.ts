import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileSchemas, type FileName } from '../src/lib/model/dataset/schema';
import { jsonSchemaFor, schemaText } from './schema';

const names = Object.keys(fileSchemas) as FileName[];

describe('npm run schema', () => {
  it('gives every schema a title and no $id', () => {
    for (const name of names) {
      const schema = jsonSchemaFor(name);
      expect(schema.title).toMatch(new RegExp(`\\(${name}\\.json\\)$`));
      expect(schema).not.toHaveProperty('$id');
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    }
  });

  it('describes inputs: fields with defaults are optional', () => {
    const people = jsonSchemaFor('people') as {
      properties: { items: { items: { required: string[] } } };
    };
    expect(people.properties.items.items.required).toEqual(['id', 'name', 'summary', 'sources']);
  });

  it('has written up-to-date files to graph-data/schema (run `npm run schema` if not)', async () => {
    for (const name of names) {
      const path = `graph-data/schema/${name}.schema.json`;
      expect(readFileSync(path, 'utf8'), path).toBe(await schemaText(name));
    }
  });
});
