/**
 * The dataset's bibliography as a file for Zotero and other reference managers: CSL-JSON
 * (`.csl.json`) or BibTeX (`.bib`). Loaded only when asked for.
 */
import type { DatasetRecords } from '$lib/model/dataset/schema';
import { toBibtex, toCslJson } from './bibliography';
import { exportFileName } from './snapshot';

/** The sources as a file for Zotero: CSL-JSON (`.json`) or BibTeX (`.bib`). */
export function sourcesFile(
  data: DatasetRecords,
  format: 'csl' | 'bibtex',
): { text: string; fileName: string; type: string } {
  const fileName = exportFileName(
    data.dataset.id,
    'sources',
    format === 'csl' ? 'csl.json' : 'bib',
  );
  if (format === 'bibtex') return { text: toBibtex(data.sources), fileName, type: 'text/plain' };
  const text = `${JSON.stringify(toCslJson(data.sources), null, 2)}\n`;
  return { text, fileName, type: 'application/json' };
}
