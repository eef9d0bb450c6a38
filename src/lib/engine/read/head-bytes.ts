/**
 * What the first bytes of a file say before it is decoded: text, UTF-16 (with or without a BOM),
 * only zero bytes (a damaged download), binary content, or text holding a NUL byte (placed by
 * line and character), and the error each of the last three ends in.
 */
import { TradeFileError } from '../model/errors';

const UTF8_BOM = [0xef, 0xbb, 0xbf];
/** Bytes of the head that are looked at (the first piece can be a megabyte). */
const SNIFF_BYTES = 65536;

/** Binary content: a NUL byte, or more than 2% control characters other than tab, CR, LF, FF. */
export function looksBinary(bytes: Uint8Array): boolean {
	const n = Math.min(bytes.length, SNIFF_BYTES);
	if (bytes.subarray(0, n).indexOf(0) >= 0) return true;
	return controlCount(bytes, n) > n * 0.02;
}

/** Control characters other than NUL, tab, LF, FF, CR (and DEL) among the first n bytes. */
function controlCount(bytes: Uint8Array, n: number): number {
	let control = 0;
	for (let i = 0; i < n; i++) {
		const b = bytes[i];
		if ((b < 32 && b !== 0 && b !== 9 && b !== 10 && b !== 12 && b !== 13) || b === 127) control++;
	}
	return control;
}

/** What the head of a file is: text to decode, UTF-16, or why it cannot be read as text. */
export type HeadKind =
	| { kind: 'text' }
	| { kind: 'utf-16le' }
	| { kind: 'utf-16be' }
	/** Only zero bytes: space reserved for a download that never came (damaged or incomplete). */
	| { kind: 'zero-filled' }
	| { kind: 'binary' }
	/** Text with a NUL byte at `offset` (no text file has one: damaged, or not plain text). */
	| { kind: 'nul'; offset: number };

/**
 * Judges the head of a file (its first bytes; a whole small file): a UTF-16 BOM (FF FE, FE FF),
 * or UTF-16 without one (in ASCII text every other byte is NUL), all zero bytes, binary
 * content (more than 2% control characters), text holding a NUL byte, or text.
 */
export function sniffHead(bytes: Uint8Array): HeadKind {
	if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { kind: 'utf-16le' };
	if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { kind: 'utf-16be' };
	const n = Math.min(bytes.length, SNIFF_BYTES);
	const head = bytes.subarray(0, n);
	const nul = head.indexOf(0);
	if (nul < 0) return { kind: controlCount(head, n) > n * 0.02 ? 'binary' : 'text' };
	if (isZeroFilled(head)) return { kind: 'zero-filled' };
	const order = utf16Order(head);
	if (order) return { kind: order };
	if (controlCount(head, n) > n * 0.02) return { kind: 'binary' };
	return { kind: 'nul', offset: nul };
}

/**
 * sniffHead of a head that may grow, or null when more bytes could change the verdict: a single
 * byte (half a UTF-16 code unit or BOM), or a NUL (UTF-16 or zero bytes need more to tell). Text
 * without a NUL is judged at once, as binary content is (on the bytes there are).
 */
export function headSoFar(bytes: Uint8Array): HeadKind | null {
	if (bytes.length < 2) return null;
	if (bytes.subarray(0, SNIFF_BYTES).indexOf(0) >= 0) return null;
	return sniffHead(bytes);
}

function isZeroFilled(bytes: Uint8Array): boolean {
	for (let i = 0; i < bytes.length; i++) if (bytes[i] !== 0) return false;
	return true;
}

/**
 * UTF-16 without a BOM: over the first 2048 code units, at least 90% have a NUL high byte and a
 * low byte that is a printable character, tab, CR or LF (ASCII and Latin-1 text). Little-endian
 * puts the high byte second, big-endian first.
 */
function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
	const units = Math.min(bytes.length >> 1, 2048);
	if (units < 2) return null;
	let le = 0;
	let be = 0;
	for (let u = 0; u < units; u++) {
		const first = bytes[2 * u];
		const second = bytes[2 * u + 1];
		if (second === 0 && isTextByte(first)) le++;
		else if (first === 0 && isTextByte(second)) be++;
	}
	if (le >= units * 0.9) return 'utf-16le';
	if (be >= units * 0.9) return 'utf-16be';
	return null;
}

function isTextByte(b: number): boolean {
	return b >= 32 ? b !== 127 : b === 9 || b === 10 || b === 13;
}

/** The error for a head that is no text: binary, zero bytes, or a NUL byte at its line. */
export function headError(file: string, bytes: Uint8Array, kind: HeadKind): TradeFileError {
	if (kind.kind === 'zero-filled') {
		return new TradeFileError(
			'zero-filled',
			'The file holds only zero bytes where its text should be: the download is damaged or incomplete (download it again).',
			file
		);
	}
	if (kind.kind === 'nul') {
		const { line, character } = placeOf(bytes, kind.offset);
		return new TradeFileError(
			'nul-byte',
			`The line holds a NUL byte (code 0) at character ${character}: no text table has one, so the file is damaged or was not saved as plain text (save it again as CSV, or download it again).`,
			file,
			line,
			undefined,
			{ character }
		);
	}
	return notText(file);
}

/** Line (1-based, by LF) and character (1-based, UTF-8 sequences counted once) of a byte offset. */
export function placeOf(bytes: Uint8Array, offset: number): { line: number; character: number } {
	let line = 1;
	let lineStart = startsWith(bytes, UTF8_BOM) ? 3 : 0;
	for (let i = 0; i < offset; i++) {
		if (bytes[i] === 10) {
			line++;
			lineStart = i + 1;
		}
	}
	let character = 1;
	for (let i = lineStart; i < offset; i++) if ((bytes[i] & 0xc0) !== 0x80) character++;
	return { line, character };
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
	return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

function notText(file: string): TradeFileError {
	return new TradeFileError(
		'not-text',
		'The file is not text (binary content: an image, a spreadsheet or a compressed archive?).',
		file
	);
}
