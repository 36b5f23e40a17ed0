/** The short labels the graph draws on its nodes. */
import type { DatasetRecords } from '../dataset/schema';

const PARTICLES = new Set(['of', 'de', 'du', 'von', 'van', 'the', 'da', 'di', 'la', 'le']);

/** Graph labels: a person's last name unless two people share it (then the full name); a faction's name. */
export function graphLabels(data: DatasetRecords): Map<string, string> {
  // "Henry VIII" and "Catherine of Aragon" keep their whole name; "Joseph Stalin" is "Stalin".
  const last = (name: string) => {
    const words = name.trim().split(/\s+/);
    const final = words.at(-1) ?? name;
    const keepWhole = /^[IVXL]+$/.test(final) || words.some((w) => PARTICLES.has(w));
    return keepWhole ? name.trim() : final;
  };
  const counts = new Map<string, number>();
  for (const p of data.people) counts.set(last(p.name), (counts.get(last(p.name)) ?? 0) + 1);
  const labels = new Map<string, string>();
  for (const p of data.people)
    labels.set(p.id, counts.get(last(p.name)) === 1 ? last(p.name) : p.name);
  for (const f of data.factions) labels.set(f.id, f.name);
  return labels;
}
