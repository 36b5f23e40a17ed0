/**
 * `npm run bundle <dir> [out.json]`: writes a dataset folder as one bundle file
 * (`{ dataset, sources, people, …, layout }`), the form "Open dataset" and `?data=` read.
 * Validates first and refuses a dataset with errors. Default output: `<dir>.json`.
 */
import { writeFileSync } from 'node:fs';
import { loadDatasetFiles } from '../src/lib/io/json/load';
import { readDatasetFolder } from '../src/lib/io/node-files';

const dir = process.argv[2]?.replace(/[\\/]+$/, '');
if (!dir) {
  console.error('usage: npm run bundle <dataset folder> [out.json]');
  process.exit(2);
}
const out = process.argv[3] ?? `${dir}.json`;
const result = loadDatasetFiles(readDatasetFolder(dir), { dir });
if (!result.ok) {
  for (const problem of result.errors) console.error(`error: ${problem.text}`);
  console.error(`bundle: ${dir} has errors; fix them first (npm run validate ${dir}).`);
  process.exit(1);
}
// One key per line, so that errors in the bundle point at a useful line and column
writeFileSync(out, JSON.stringify(result.data, null, 2) + '\n');
const missing = result.data.layout ? '' : ` (no layout.json: run npm run layout ${dir} first)`;
console.log(`bundle: wrote ${out}${missing}`);
