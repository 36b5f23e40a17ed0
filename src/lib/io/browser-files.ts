/**
 * Reading the files a user picks or drops, within the limits: at most MAX_FILES files of
 * .json or .csv, each at most MAX_FILE_CHARS. Refuses before reading, never throws.
 */
import { formatProblem, type LocatedProblem } from '../model/dataset/problems';
import { fileTooLargeMessage, MAX_FILE_CHARS } from './json/limits';
import type { NamedText } from './open';

/** Most files read at once: a folder's ten, a CSV import's four, with room to spare. */
export const MAX_FILES = 20;

/** The part of `File` this module needs (so that specs can pass plain objects). */
export interface FileLike {
  name: string;
  size: number;
  text(): Promise<string>;
}

/** The files' texts, or the problems that stopped them being read. */
export type ReadFiles = { ok: true; files: NamedText[] } | { ok: false; errors: LocatedProblem[] };

/** Reads picked or dropped files as text, refusing too many, too large or foreign ones. */
export async function readPickedFiles(
  list: Iterable<FileLike> | ArrayLike<FileLike>,
): Promise<ReadFiles> {
  const files = Array.from(list as ArrayLike<FileLike>);
  const errors: LocatedProblem[] = [];
  if (files.length === 0)
    errors.push(problem('(no file)', 'no file was chosen (expected .json or .csv files)'));
  if (files.length > MAX_FILES) {
    const message = `${files.length} files were chosen (the limit is ${MAX_FILES}; expected one bundle, a dataset folder's files, or CSV files)`;
    errors.push(problem(files[0].name, message));
  }
  for (const file of files.slice(0, MAX_FILES)) {
    if (!/\.(json|csv|gexf|graphml|xml)$/i.test(file.name)) {
      const message = 'is not a .json, .csv, .gexf or .graphml file (expected a dataset file)';
      errors.push(problem(file.name, message));
    } else if (file.size > MAX_FILE_CHARS) {
      errors.push(problem(file.name, fileTooLargeMessage(file.size)));
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  const read: NamedText[] = [];
  for (const file of files) {
    try {
      read.push({ name: file.name, text: await file.text() });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      errors.push(problem(file.name, `could not be read (${reason.slice(0, 200)})`));
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, files: read };
}

/** A problem about a whole file, at its first line. */
export function problem(file: string, message: string): LocatedProblem {
  const p = { severity: 'error' as const, file, path: [], message, line: 1, column: 1 };
  return { ...p, text: formatProblem(p) };
}
