/**
 * The fast reading of plain numeric CSV files (BACI's `t,i,j,k,v,q`): lines are split and their
 * numbers read straight from the bytes, with no text decoding and no CSV parser, and give the
 * same rows, numbers, line numbers and drops as the general path (decode + PapaParse), which
 * takes over wherever a file stops being plain.
 */
import { detectDelimiter } from '../csv';
import { looksBinary, pieces } from '../decode';
import type { ContentSource } from '../input/source';
import { PlainLineScanner, type LineEnding, type LineReader } from './plain-lines';

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** A header the fast reading can start from. */
export interface PlainHeader {
	fields: string[];
	ending: LineEnding;
	/** Content offset of the first byte after the header's line break. */
	offset: number;
}

/** How a fast read ended. */
export type PlainRead =
	/** The file does not start plain: nothing was read, the general path reads it all. */
	| { kind: 'not-plain' }
	/** Every line was read; `cut` is the unterminated last row (its field count), if any. */
	| {
			kind: 'done';
			header: string[];
			dataRows: number;
			cut: { fields: number; line: number } | null;
	  }
	/** Lines up to `offset` were read; the general path goes on from there, at `line`. */
	| {
			kind: 'handoff';
			header: string[];
			ending: LineEnding;
			dataRows: number;
			offset: number;
			line: number;
	  };

/**
 * The header line of a file's first piece when the fast reading applies: the very first line
 * (after a UTF-8 BOM), comma-delimited, ASCII with no quote, ended by LF or CRLF, in a piece that
 * does not look binary. Anything else (a blank first line, `;`, a lone CR) is left to the general
 * path, which knows those cases.
 */
export function plainHeader(head: Uint8Array): PlainHeader | null {
	if (looksBinary(head)) return null;
	const from = UTF8_BOM.every((b, i) => head[i] === b) ? 3 : 0;
	const lf = head.indexOf(10, from);
	if (lf < 0) return null;
	const crlf = lf > from && head[lf - 1] === 13;
	const end = crlf ? lf - 1 : lf;
	let text = '';
	for (let p = from; p < end; p++) {
		const b = head[p];
		if (b === 34 || b === 13 || b > 127) return null;
		text += String.fromCharCode(b);
	}
	if (text.trim() === '' || detectDelimiter(text) !== ',') return null;
	return { fields: text.split(','), ending: crlf ? '\r\n' : '\n', offset: lf + 1 };
}

/**
 * Reads a source fast as long as it is plain. `start` gets the header and returns the sink of
 * the data lines; `afterPiece` gets the stored bytes read after each piece (progress, abort).
 */
export async function readPlainBytes(
	source: ContentSource,
	start: (header: string[]) => LineReader,
	afterPiece: (bytesDone: number) => void
): Promise<PlainRead> {
	const opened = source.open(0);
	let scanner: PlainLineScanner | null = null;
	let header: PlainHeader | null = null;
	const handoff = (scanner: PlainLineScanner, header: PlainHeader): PlainRead | null =>
		scanner.handoff && {
			kind: 'handoff',
			header: header.fields,
			ending: header.ending,
			dataRows: scanner.dataRows,
			...scanner.handoff
		};
	for await (const piece of pieces(opened, source.name)) {
		if (scanner === null || header === null) {
			header = plainHeader(piece);
			if (header === null) return { kind: 'not-plain' };
			scanner = new PlainLineScanner(
				start(header.fields),
				header.ending,
				header.offset,
				2,
				source.name
			);
			scanner.push(piece.subarray(header.offset));
		} else scanner.push(piece);
		const stopped = handoff(scanner, header);
		if (stopped) return stopped;
		afterPiece(opened.storedBytesRead());
	}
	if (scanner === null || header === null) return { kind: 'not-plain' };
	const cut = scanner.finish();
	return (
		handoff(scanner, header) ?? {
			kind: 'done',
			header: header.fields,
			dataRows: scanner.dataRows,
			cut
		}
	);
}
