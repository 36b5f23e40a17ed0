/** Damaged copies of a file's text, for fuzzing the readers that must never throw. */
import fc from 'fast-check';

/** `text` with up to `maxCut` characters cut somewhere and up to `maxInsert` random ones put there. */
export function damagedText(text: string, maxCut: number, maxInsert: number): fc.Arbitrary<string> {
  return fc
    .tuple(fc.nat(text.length), fc.nat(maxCut), fc.string({ maxLength: maxInsert }))
    .map(([at, cut, insert]) => text.slice(0, at) + insert + text.slice(at + cut));
}
