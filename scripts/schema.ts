/**
 * `npm run schema`: writes graph-data/schema/<name>.schema.json for every file schema, so that
 * editors validate the dataset as you type. Output is deterministic and Prettier-formatted.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { z } from 'zod';
import { fileSchemas, type FileName } from '../src/lib/model/dataset/schema';

const titles: Record<FileName, string> = {
  dataset: 'Factions dataset description (dataset.json)',
  sources: 'Factions bibliography (sources.json)',
  people: 'Factions people (people.json)',
  factions: 'Factions factions (factions.json)',
  memberships: 'Factions memberships (memberships.json)',
  alliances: 'Factions alliances (alliances.json)',
  rivalries: 'Factions rivalries (rivalries.json)',
  betrayals: 'Factions betrayals (betrayals.json)',
  events: 'Factions events (events.json)',
  layout: 'Factions layout: node positions (layout.json)',
  tours: 'Factions guided tours (tours.json)',
};

/** The JSON Schema of one file, titled and without `$id`. */
export function jsonSchemaFor(name: FileName): Record<string, unknown> {
  const { $schema, ...schema }: Record<string, unknown> = z.toJSONSchema(fileSchemas[name], {
    io: 'input',
  });
  // Schemas are referenced by relative path from the data files, never by id
  delete schema.$id;
  return { $schema, title: titles[name], ...schema };
}

/** The text of one schema file: JSON formatted as Prettier would, so `npm run lint` agrees. */
export async function schemaText(name: FileName): Promise<string> {
  // Resolve the config as for the real output folder, wherever the text goes
  const filepath = `graph-data/schema/${name}.schema.json`;
  const options = (await resolveConfig(filepath)) ?? {};
  return format(JSON.stringify(jsonSchemaFor(name)), { ...options, filepath });
}

/** Writes every schema into `dir`; returns the paths written. */
export async function writeSchemas(dir = 'graph-data/schema'): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const name of Object.keys(fileSchemas) as FileName[]) {
    const path = `${dir}/${name}.schema.json`;
    writeFileSync(path, await schemaText(name));
    written.push(path);
  }
  return written;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const path of await writeSchemas()) console.log(`wrote ${path}`);
}
