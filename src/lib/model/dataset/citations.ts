/** Citations resolved against the bibliography, ready to show next to a claim. */
import type { Source, SourceRef } from './schema';

/** A citation with its bibliography entry filled in; `url` is present only for http(s) links. */
export interface ResolvedSource {
  id: string;
  author: string;
  title: string;
  year?: number;
  publisher?: string;
  page?: string;
  note?: string;
  url?: string;
}

/** The URL when it is an absolute http: or https: link, else undefined. */
export function safeHttpUrl(url: string | undefined): string | undefined {
  if (!url || !/^https?:\/\//i.test(url)) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Resolves citations against the bibliography. An unknown source id is kept (author
 * "Unknown source", title the id) so that a claim never silently loses its citation.
 */
export function resolveSources(
  refs: readonly SourceRef[],
  sources: ReadonlyMap<string, Source>,
): ResolvedSource[] {
  return refs.map((ref) => {
    const source = sources.get(ref.source);
    const resolved: ResolvedSource = source
      ? { id: ref.source, author: source.author, title: source.title, year: source.year }
      : { id: ref.source, author: 'Unknown source', title: ref.source };
    if (source?.publisher) resolved.publisher = source.publisher;
    if (ref.page) resolved.page = ref.page;
    if (ref.note) resolved.note = ref.note;
    const url = safeHttpUrl(source?.url);
    if (url) resolved.url = url;
    return resolved;
  });
}

/** "Robert Conquest 1990": the first source's author and year, for a compact column. */
export function shortCitation(sources: readonly ResolvedSource[]): string {
  const first = sources[0];
  if (!first) return '';
  return first.year === undefined ? first.author : `${first.author} ${first.year}`;
}

/** One line per source ("Robert Conquest, The Great Terror (1990), p. 12"), for a tooltip. */
export function citationText(source: ResolvedSource): string {
  let text = `${source.author}, ${source.title}`;
  if (source.year !== undefined) text += ` (${source.year})`;
  if (source.page) text += `, p. ${source.page}`;
  return text;
}

/** What follows the title of a citation: "(1990), p. 12 — a note"; empty when nothing does. */
export function citationSuffix(source: ResolvedSource): string {
  let text = source.year === undefined ? '' : `(${source.year})`;
  if (source.page) text += text ? `, p. ${source.page}` : `p. ${source.page}`;
  if (source.note) text += text ? ` — ${source.note}` : `— ${source.note}`;
  return text;
}
