/**
 * The example datasets the page offers ("Open example"): read from static/examples/index.json,
 * `{ "examples": [{ "file": "x.json", "title": "…", "description"?: "…" }] }`. Entries that do
 * not fit are left out; the file must be a plain bundle name in that folder.
 */

/** One example: its bundle file in static/examples/, its title and a line about it. */
export interface Example {
  file: string;
  title: string;
  description?: string;
}

/** The valid entries of an examples index (never throws). */
export function parseExamples(value: unknown): Example[] {
  const list = (value as { examples?: unknown } | null)?.examples;
  if (!Array.isArray(list)) return [];
  const examples: Example[] = [];
  for (const entry of list) {
    const { file, title, description } = (entry ?? {}) as Record<string, unknown>;
    if (typeof file !== 'string' || !/^[\w-]+\.json$/.test(file)) continue;
    if (typeof title !== 'string' || title === '') continue;
    examples.push({
      file,
      title: title.slice(0, 200),
      ...(typeof description === 'string' ? { description: description.slice(0, 300) } : {}),
    });
  }
  return examples;
}
