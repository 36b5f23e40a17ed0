/**
 * `npm run layout [dir]`: computes one deterministic layout for every year of a dataset and
 * writes it to `<dir>/layout.json` (default graph-data).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDatasetFiles } from '../src/lib/io/load';
import { readDatasetFolder } from '../src/lib/io/node-files';
import { computeLayout } from '../src/lib/graph/layout';

const dir = process.argv[2] ?? 'graph-data';
// The layout is computed afresh: the old one is not read
const result = loadDatasetFiles(readDatasetFolder(dir, { without: ['layout.json'] }), { dir });
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
