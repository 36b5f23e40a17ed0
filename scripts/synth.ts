/**
 * `npm run synth -- --out <dir> [--seed 1] [--people 1000] [--factions 40] [--relations N]
 * [--elements N] [--from 1920] [--to 1939] [--network local|scattered]`: writes a deterministic synthetic dataset folder
 * (valid for `npm run validate`, with a layout unless scattered) for benchmarks. `--elements` picks people,
 * factions and relationships that make exactly that many graph elements.
 */
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import {
  elementCount,
  generateDataset,
  relationshipCount,
  sizeForElements,
  synthNetworks,
  type SynthNetwork,
  type SynthOptions,
} from './synth/generate';
import { writeDatasetFolder } from './synth/write';

const USAGE =
  'usage: npm run synth -- --out <dir> [--seed 1] [--people 1000] [--factions 40] [--relations N] [--elements N] [--from 1920] [--to 1939] [--network local|scattered]';

/** Reads the command line into generator options and the output folder. */
export function parseSynthArgs(args: string[]): { out: string; options: SynthOptions } {
  const { values } = parseArgs({
    args,
    options: {
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      people: { type: 'string' },
      factions: { type: 'string' },
      relations: { type: 'string' },
      elements: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      network: { type: 'string', default: 'local' },
    },
  });
  const network = values.network as SynthNetwork;
  if (!synthNetworks.includes(network))
    throw new Error(`--network must be one of ${synthNetworks.join(', ')}\n${USAGE}`);
  if (!values.out) throw new Error(`--out is required\n${USAGE}`);
  const number = (name: string, text: string | undefined) => {
    if (text === undefined) return undefined;
    const value = Number(text);
    if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number`);
    return value;
  };
  const sized = values.elements ? sizeForElements(number('elements', values.elements)!) : undefined;
  const options: SynthOptions = {
    seed: number('seed', values.seed)!,
    people: number('people', values.people) ?? sized?.people ?? 1000,
    factions: number('factions', values.factions) ?? sized?.factions ?? 40,
    relations: number('relations', values.relations) ?? sized?.relations,
    from: number('from', values.from),
    to: number('to', values.to),
    network,
  };
  return { out: values.out, options };
}

function main(): void {
  try {
    const { out, options } = parseSynthArgs(process.argv.slice(2));
    const data = generateDataset(options);
    const bytes = writeDatasetFolder(out, data);
    const relations = relationshipCount(data);
    const elements = elementCount(data);
    console.log(
      `synth: ${data.people.length} people, ${data.factions.length} factions, ${relations} relationships (${elements} graph elements) written to ${out} (${(bytes / 1e6).toFixed(1)} MB)`,
    );
  } catch (error) {
    console.error(`synth: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
