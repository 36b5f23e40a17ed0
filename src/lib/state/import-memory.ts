/**
 * The last mapping chosen in the import dialog, kept in localStorage so that the next file
 * from the same tool (the same attribute names) opens with the same choices shown first.
 */
import { edgeChoices, nodeChoices, type ImportMapping } from '$lib/io/networks/import-mapping';

const KEY = 'factions.import-mapping';

/** The remembered mapping, or undefined when there is none or it is not one. */
export function rememberedMapping(): ImportMapping | undefined {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(KEY) ?? 'null');
    return isMapping(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function rememberMapping(mapping: ImportMapping): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(mapping));
  } catch {
    // Private windows may refuse storage: the dialog then guesses again next time
  }
}

function isMapping(value: unknown): value is ImportMapping {
  const m = value as Partial<ImportMapping> | null;
  const choices = (record: unknown, allowed: readonly string[]) =>
    typeof record === 'object' &&
    record !== null &&
    Object.values(record).every((v) => allowed.includes(v as string));
  return (
    typeof m?.nodeAttribute === 'string' &&
    typeof m.edgeAttribute === 'string' &&
    choices(m.nodeValues, nodeChoices) &&
    choices(m.edgeValues, edgeChoices)
  );
}
