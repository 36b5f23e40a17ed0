/**
 * Readable messages for jsonc-parser's syntax errors.
 */
import { printParseErrorCode, type ParseError } from 'jsonc-parser';
import { quote } from '../../model/dataset/problems';
import type { SyntaxProblem } from './positions';

// Keyed by name: jsonc-parser's ParseErrorCode is a const enum, not importable here
const messages: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a field name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected a colon',
  CommaExpected: 'expected a comma',
  CloseBraceExpected: 'expected a closing brace "}"',
  CloseBracketExpected: 'expected a closing bracket "]"',
  EndOfFileExpected: 'expected the end of the file after the JSON value',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'invalid unicode escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in a string (control characters must be escaped)',
};

/** Turns a parse error into a message that says what was expected and what was found. */
export function syntaxMessage(text: string, error: ParseError): SyntaxProblem {
  const offset = Math.max(0, Math.min(error.offset, text.length));
  const code = printParseErrorCode(error.error);
  if (code === 'PropertyNameExpected' || code === 'ValueExpected') {
    // `[1, 2,]` and `{"a": 1,}` are valid JavaScript but not JSON: say so
    const next = text[skipSpace(text, offset, 1)];
    const comma = skipSpace(text, offset - 1, -1);
    if ((next === '}' || next === ']') && text[comma] === ',') {
      return { offset: comma, message: 'syntax error: trailing comma (not allowed in JSON)' };
    }
  }
  const expected = messages[code] ?? 'invalid JSON';
  const token = text.slice(offset, offset + Math.max(1, Math.min(error.length, 20)));
  const found = offset >= text.length ? 'the end of the file' : shown(token);
  if (code === 'CommaExpected') {
    // The comma is missing after the previous value, which may be on the line before
    const end = skipSpace(text, offset - 1, -1) + 1;
    return { offset: end, message: `syntax error: expected a comma (before ${found})` };
  }
  return { offset, message: `syntax error: ${expected} (found ${found})` };
}

/** A token as written (strings keep their own quotes), cut short. */
function shown(token: string): string {
  const printable = [...token].every((c) => c.charCodeAt(0) >= 32);
  return token.startsWith('"') && printable
    ? `${token}${token.length > 1 && token.endsWith('"') ? '' : '…'}`
    : quote(token, 20);
}

/** The first offset from `start` in direction `step` that is not whitespace. */
function skipSpace(text: string, start: number, step: 1 | -1): number {
  let i = start;
  while (i >= 0 && i < text.length && /\s/.test(text[i])) i += step;
  return i;
}
