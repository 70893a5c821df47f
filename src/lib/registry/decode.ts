/**
 * Bytes to text for a note: UTF-8 (with or without BOM), UTF-16 (with a BOM, or told by its zero bytes),
 * CRLF or CR line ends. Invalid UTF-8 and NUL bytes become U+FFFD and a
 * diagnostic at their line, instead of a crash or a silent change.
 */
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import { report } from './diagnostics.ts';

function positionOf(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: index - lineStart + 1 };
}

/**
 * UTF-16 without a BOM, told by its zero bytes: text that is mostly ASCII has
 * a zero in every other byte, at odd offsets in little-endian, even in big-endian.
 */
function bomlessUtf16(input: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const sample = input.subarray(0, 1024 - (Math.min(input.length, 1024) % 2));
  if (sample.length < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) even++;
    if (sample[i + 1] === 0) odd++;
  }
  const pairs = sample.length / 2;
  if (odd > pairs * 0.4 && even < pairs * 0.05) return 'utf-16le';
  if (even > pairs * 0.4 && odd < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/**
 * The line and column of `index` in text whose line ends are still as written
 * (LF, CRLF or CR, as vfile-location counts them), as they are once the text is
 * normalised: a byte-order mark is not a column.
 */
function pointInRawText(text: string, index: number): { line: number; column: number } {
  const point = location(text).toPoint(index) ?? { line: 1, column: 1 };
  return text.charCodeAt(0) === 0xfeff && point.line === 1 ? { line: 1, column: Math.max(1, point.column - 1) } : point;
}

/** Decodes a note's bytes (or takes its text) and normalises line ends to `\n`. */
export function decodeNote(input: Uint8Array | string, file: VFile): string {
  let text: string;
  const utf16 = typeof input === 'string' ? undefined : bomlessUtf16(input);
  if (typeof input === 'string') {
    text = input;
  } else if (input[0] === 0xff && input[1] === 0xfe) {
    text = new TextDecoder('utf-16le').decode(input.subarray(2));
    report(
      file,
      'encoding',
      { line: 1, column: 1 },
      'The note is UTF-16 (little-endian); it was decoded, but confref expects UTF-8',
      'Save the file as UTF-8.',
      'warning',
    );
  } else if (input[0] === 0xfe && input[1] === 0xff) {
    text = new TextDecoder('utf-16be').decode(input.subarray(2));
    report(
      file,
      'encoding',
      { line: 1, column: 1 },
      'The note is UTF-16 (big-endian); it was decoded, but confref expects UTF-8',
      'Save the file as UTF-8.',
      'warning',
    );
  } else if (utf16) {
    text = new TextDecoder(utf16).decode(input);
    report(
      file,
      'encoding',
      { line: 1, column: 1 },
      `The note looks like UTF-16 (${utf16 === 'utf-16le' ? 'little' : 'big'}-endian) without a byte-order mark; it was decoded as such, but confref expects UTF-8`,
      'Save the file as UTF-8.',
      'warning',
    );
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      text = new TextDecoder('utf-8').decode(input);
      const at = text.indexOf('\uFFFD');
      report(
        file,
        'encoding',
        pointInRawText(text, at),
        'The note is not valid UTF-8; invalid bytes were replaced by U+FFFD',
        'Save the file as UTF-8 (it may be GBK or Latin-1).',
      );
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = text.replace(/\r\n?/g, '\n');
  const nul = text.indexOf('\0');
  if (nul !== -1) {
    report(
      file,
      'encoding',
      positionOf(text, nul),
      'The note holds NUL bytes; they were replaced by U+FFFD',
      'A NUL byte usually means a binary or UTF-16 file saved as .md.',
    );
    text = text.replaceAll('\0', '\uFFFD');
  }
  return text;
}
