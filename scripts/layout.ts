/**
 * `npm run layout [dir]`: computes one deterministic layout for every year of a dataset and
 * writes it to `<dir>/layout.json` (default graph-data).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDatasetFiles } from '../src/lib/io/load';
import { computeLayout } from '../src/lib/graph/layout';

const dir = process.argv[2] ?? 'graph-data';
const files: Record<string, string> = {};
for (const name of readdirSync(dir)) {
  if (name.endsWith('.json') && name !== 'layout.json')
    files[name] = readFileSync(join(dir, name), 'utf8');
}
const result = loadDatasetFiles(files, { dir });
if (!result.ok) {
  for (const problem of result.errors) console.error(`error: ${problem.text}`);
  console.error(`layout: ${dir} has errors; fix them first (npm run validate ${dir}).`);
  process.exit(1);
}
const started = performance.now();
const layout = computeLayout(result.data);
const out = join(dir, 'layout.json');
writeFileSync(
  out,
  JSON.stringify({ $schema: './schema/layout.schema.json', ...layout }, null, 2) + '\n',
);
console.log(
  `layout: ${Object.keys(layout.positions).length} positions written to ${out} in ${Math.round(performance.now() - started)} ms`,
);
