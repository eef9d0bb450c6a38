import { lineTooLong, MAX_LINE_LENGTH } from '../line-limit';
import { ESCAPE, LineFields, PARTIAL } from './line-fields';

/** How lines end: the header's line break decides, as it does for the CSV parser. */
export type LineEnding = '\n' | '\r\n';

/** Receives each data line (blank lines skipped), its fields read. */
export type LineSink = (fields: LineFields) => void;

/**
 * A format's quickest reading of its commonest lines (formats/baci-quick.ts): reads the line at
 * `start` (bytes before `limit`) if it can and returns the offset after its LF; QUICK_PARTIAL
 * when the line runs past `limit`; QUICK_DECLINED when the line must go through LineFields
 * (nothing was counted).
 */
export type QuickLine = (bytes: Uint8Array, start: number, limit: number, line: number) => number;
export const QUICK_PARTIAL = -1;
export const QUICK_DECLINED = -2;

/** What reads the lines: every line's fields, and optionally the commonest lines quicker (LF files). */
export interface LineReader {
	bytes: LineSink;
	quickLine?: QuickLine;
}

/** The scan stopped at a line the CSV parser must read: where it starts, in bytes and lines. */
export interface Handoff {
	offset: number;
	line: number;
}

const LF = 10;

/**
 * Splits a plain, unquoted, ASCII CSV byte stream into lines after its header, the way the CSV
 * parser would, and hands each line's fields to the sink. A line that the fast reading cannot
 * take exactly — a quote, a non-ASCII byte, a lone LF in a CRLF file — stops the scan: `handoff`
 * then says where the CSV parser must go on. Lines that straddle pieces are carried over, in a
 * buffer that grows by doubling and is scanned once the line ends; a line longer than
 * MAX_LINE_LENGTH ends the read ('line-too-long'). Pieces are at most MAX_LINE_LENGTH (decode.ts
 * MAX_PIECE_BYTES), so a longer line always straddles pieces and is caught in the carry.
 */
export class PlainLineScanner {
	#fields = new LineFields();
	#sink: LineSink;
	#quick: QuickLine | null;
	#crlf: boolean;
	#line: number;
	#file: string;
	/** The unfinished line carried from the pieces before: `#carry[0 .. #carried)`. */
	#carry: Uint8Array = new Uint8Array(0);
	#carried = 0;
	#offset: number; // content offset of the next piece
	#dataRows = 0;
	#handoff: Handoff | null = null;

	/** `offset` and `line`: where the first data line starts (after the header); `file` names errors. */
	constructor(reader: LineReader, ending: LineEnding, offset: number, line: number, file: string) {
		this.#sink = reader.bytes;
		this.#file = file;
		this.#crlf = ending === '\r\n';
		// The quick reading knows LF lines only.
		this.#quick = this.#crlf ? null : (reader.quickLine ?? null);
		this.#offset = offset;
		this.#line = line;
	}

	/** Data lines handed to the sink so far. */
	get dataRows(): number {
		return this.#dataRows;
	}

	/** The line the next data line would start on. */
	get nextLine(): number {
		return this.#line;
	}

	/** Set once the scan stopped for the CSV parser; later pieces are ignored. */
	get handoff(): Handoff | null {
		return this.#handoff;
	}

	/** Scans a piece of bytes. */
	push(piece: Uint8Array): void {
		if (this.#handoff) return;
		const pieceOffset = this.#offset;
		this.#offset += piece.length;
		let from = 0;
		if (this.#carried > 0) {
			const lf = piece.indexOf(LF);
			const carryOffset = pieceOffset - this.#carried;
			this.#checkLength(this.#carried + (lf < 0 ? piece.length : lf));
			this.#keep(piece.subarray(0, lf < 0 ? piece.length : lf + 1));
			if (lf < 0) return;
			const joined = this.#carry.subarray(0, this.#carried);
			this.#carried = 0;
			this.#scan(joined, 0, carryOffset);
			if (this.#handoff) return;
			from = lf + 1;
		}
		const rest = this.#scan(piece, from, pieceOffset);
		if (this.#handoff) return;
		this.#checkLength(piece.length - rest);
		this.#keep(piece.subarray(rest));
	}

	/** Adds bytes to the carried line, doubling the buffer when full (no copy of it per piece). */
	#keep(bytes: Uint8Array): void {
		const size = this.#carried + bytes.length;
		if (size > this.#carry.length) {
			const grown = new Uint8Array(Math.max(size, 2 * this.#carry.length, 1024));
			grown.set(this.#carry.subarray(0, this.#carried));
			this.#carry = grown;
		}
		this.#carry.set(bytes, this.#carried);
		this.#carried = size;
	}

	/** A line of `length` bytes so far (its line break not counted) is within the bound. */
	#checkLength(length: number): void {
		// A CRLF line's CR stands before its LF: not part of the line either.
		if (length > MAX_LINE_LENGTH + (this.#crlf ? 1 : 0)) throw lineTooLong(this.#file, this.#line);
	}

	/**
	 * Ends the input. The last line, when no line break ends it, is read as a row: its field
	 * count is returned (with its line) so a cut file can be told; null when the input ended
	 * with a line break or a blank line.
	 */
	finish(): { fields: number; line: number } | null {
		if (this.#handoff || this.#carried === 0) return null;
		const last = this.#carry.subarray(0, this.#carried);
		this.#carried = 0;
		const fields = this.#fields;
		const offset = this.#offset - last.length;
		if (fields.scan(last, 0, last.length, this.#crlf, true) === ESCAPE) {
			this.#handoff = { offset, line: this.#line };
			return null;
		}
		if (fields.isBlank()) return null;
		fields.line = this.#line++;
		this.#dataRows++;
		this.#sink(fields);
		return { fields: fields.count, line: fields.line };
	}

	/** Scans whole lines of bytes[from…]; returns where the unfinished last line starts. */
	#scan(bytes: Uint8Array, from: number, bytesOffset: number): number {
		const fields = this.#fields;
		const crlf = this.#crlf;
		const end = bytes.length;
		const quick = this.#quick;
		let start = from;
		while (start < end) {
			if (quick) {
				const taken = quick(bytes, start, end, this.#line);
				if (taken >= 0) {
					this.#line++;
					this.#dataRows++;
					start = taken;
					continue;
				}
				if (taken === QUICK_PARTIAL) return start;
			}
			const next = fields.scan(bytes, start, end, crlf);
			if (next === PARTIAL) return start;
			if (next === ESCAPE) {
				this.#handoff = { offset: bytesOffset + start, line: this.#line };
				return start;
			}
			fields.line = this.#line++;
			if (!fields.isBlank()) {
				this.#dataRows++;
				this.#sink(fields);
			}
			start = next;
		}
		return start;
	}
}
