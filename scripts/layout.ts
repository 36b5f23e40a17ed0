/**
 * `npm run layout [dir]`: computes one deterministic layout for every year of a dataset and
 * writes it to `<dir>/layout.json` (default graph-data).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDatasetFiles } from '../src/lib/io/json/load';
import { readDatasetFolder } from '../src/lib/io/node-files';
import { computeLayout } from '../src/lib/graph/layout';
import { canLayoutYears, computeYearLayouts } from '../src/lib/model/layout/dynamic';
import { layoutReport } from '../src/lib/model/layout/report';

const dir = process.argv[2] ?? 'graph-data';
// The layout is computed afresh: the old one is not read
const result = loadDatasetFiles(readDatasetFolder(dir, { without: ['layout.json'] }), { dir });
if (!result.ok) {
  for (const problem of result.errors) console.error(`error: ${problem.text}`);
  console.error(`layout: ${dir} has errors; fix them first (npm run validate ${dir}).`);
  process.exit(1);
}
const started = performance.now();
const { positions } = computeLayout(result.data);
const years = canLayoutYears(result.data) ? computeYearLayouts(result.data, positions) : undefined;
const out = join(dir, 'layout.json');
writeFileSync(out, layoutText(positions, years));
const perYear = years ? ` and ${Object.keys(years).length} years` : '';
console.log(
  `layout: ${Object.keys(positions).length} positions${perYear} written to ${out} in ${Math.round(performance.now() - started)} ms`,
);
if (years) console.log(layoutReport({ ...result.data, layout: { positions, years } }));

/** The file, one node to a line so that a change to one year reads as a small diff. */
function layoutText(
  fixed: Record<string, { x: number; y: number }>,
  perYear: Record<string, Record<string, { x: number; y: number }>> | undefined,
): string {
  const block = (positions: Record<string, { x: number; y: number }>, indent: string) =>
    Object.entries(positions)
      .map(([id, p]) => `${indent}${JSON.stringify(id)}: { "x": ${p.x}, "y": ${p.y} }`)
      .join(',\n');
  const parts = [
    `  "$schema": "./schema/layout.schema.json"`,
    `  "positions": {\n${block(fixed, '    ')}\n  }`,
  ];
  if (perYear) {
    const entries = Object.entries(perYear).map(
      ([year, p]) => `    ${JSON.stringify(year)}: {\n${block(p, '      ')}\n    }`,
    );
    parts.push(`  "years": {\n${entries.join(',\n')}\n  }`);
  }
  return `{\n${parts.join(',\n')}\n}\n`;
}
