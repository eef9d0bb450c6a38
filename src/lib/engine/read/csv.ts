import Papa from 'papaparse';
import { lineTooLong, MAX_LINE_LENGTH, unclosedQuote } from './line-limit';

/** The delimiters the reader recognises from the header line. */
export type Delimiter = ',' | '\t' | ';';

/** Receives the header once, then rows in batches, in file order. */
export interface CsvSink {
	/** The first non-blank line's fields (raw, as in the file), its delimiter and its line number. */
	header(fields: string[], delimiter: Delimiter, line: number): void;
	/**
	 * Rows `rows[0 .. count)` with their 1-based line numbers in `lines` (the line a row starts on).
	 * Both arrays are reused between batches: read them during the call only.
	 */
	rows(rows: string[][], lines: Int32Array, count: number): void;
}

interface PapaResult {
	data: string[][];
	meta: { cursor: number };
}

/**
 * A streaming CSV row reader over text chunks, on PapaParse's `Parser`. It does what Papa's own
 * ChunkStreamer does: parse `partialLine + chunk` with `ignoreLastRow`, and carry the text after
 * `meta.cursor` (the last complete row's end) into the next chunk — so a quoted field holding the
 * delimiter or a line break may straddle chunks. Blank lines are skipped. Line numbers are
 * physical lines (header = line 1): line breaks inside quoted fields are counted, only in
 * chunks that contain a quote at all.
 * In a CRLF file (its header line ends with CRLF) a lone LF outside quotes ends a row too, as it
 * ends a line in any editor: files re-saved by hand mix both (a PAIS.csv whose two countries
 * would otherwise become one row). CRLF is read as LF (inside quotes too); a lone CR stays in
 * its field, as the fast reading (fast/line-fields.ts) keeps it, handing such a file over here
 * at its first lone LF.
 * A line longer than MAX_LINE_LENGTH ends the read ('line-too-long'), and so does a row that
 * runs over line breaks inside a quoted field for longer than that ('unclosed-quote'): the text
 * carried between chunks is bounded, and a chunk without a line break is added to it without
 * parsing the carried text again. Chunks are at most MAX_LINE_LENGTH characters (decode.ts
 * MAX_PIECE_BYTES), so a longer line always straddles chunks and is seen carried.
 */
export class CsvRowReader {
	#sink: CsvSink;
	#file: string;
	#parser: Papa.Parser | null = null;
	#newline = '\n';
	/** The character that ends a row for the parser: '\r' in a CR file, else '\n' (CRLF read as LF). */
	#breakChar = '\n';
	/** Before the header: where the first line break of `#partial` is, or -1 while none came. */
	#firstBreak = -1;
	/** CRLF file: CRLF turned into LF before parsing, a CR at a chunk's end held for the next. */
	#crlf = false;
	#heldCr = '';
	#delimiter: Delimiter = ',';
	#partial = '';
	#line = 1; // the line the next row starts on
	#headerSeen = false;
	#lines = new Int32Array(1024);
	#dataRows = 0;
	#lastRow: { fields: string[]; line: number } | null = null; // last data row of the latest parse

	/**
	 * `resume` goes on in the middle of a file whose header was already read (by the fast
	 * reading): from the start of line `line`, with that header's delimiter and line ending.
	 * `file` names the file in the error of a line too long.
	 */
	constructor(
		sink: CsvSink,
		resume?: { delimiter: Delimiter; newline: '\n' | '\r\n'; line: number },
		file = ''
	) {
		this.#sink = sink;
		this.#file = file;
		if (resume) {
			this.#headerSeen = true;
			this.#line = resume.line;
			this.#newline = resume.newline;
			this.#crlf = resume.newline === '\r\n';
			this.#delimiter = resume.delimiter;
			this.#parser = this.#newParser();
		}
	}

	/** Data rows delivered so far (blank lines and the header not counted). */
	get dataRows(): number {
		return this.#dataRows;
	}

	/** Whether a header line has been found. */
	get headerSeen(): boolean {
		return this.#headerSeen;
	}

	/** Feeds the next piece of text. */
	push(text: string): void {
		if (this.#parser === null) {
			// Wait for a whole header line before choosing the delimiter and the line ending; only
			// the new text is searched for its line break.
			if (this.#firstBreak < 0) {
				const at = text.search(/[\r\n]/);
				if (at >= 0) this.#firstBreak = this.#partial.length + at;
				if (this.#firstBreak > MAX_LINE_LENGTH) throw lineTooLong(this.#file, this.#line);
			}
			this.#partial += text;
			if (this.#firstBreak < 0 || this.#firstBreak === this.#partial.length - 1) {
				if (this.#firstBreak < 0 && this.#partial.length > MAX_LINE_LENGTH) {
					throw lineTooLong(this.#file, this.#line);
				}
				return;
			}
			this.#start(this.#partial);
			text = this.#partial;
			this.#partial = '';
		}
		this.#parse(text, false);
	}

	/**
	 * Ends the input: parses what is left, including a last line without a line break. Returns
	 * that unterminated last data row (fields and line) when there was one: if it is short of
	 * the header's width, the file was cut in the middle of a row.
	 */
	finish(): { fields: string[]; line: number } | null {
		if (this.#parser === null) {
			if (this.#partial.trim() === '') return null;
			this.#start(this.#partial);
			const rest = this.#partial;
			this.#partial = '';
			this.#lastRow = null;
			this.#parse(rest, true);
			return this.#lastRow;
		}
		const unterminated = this.#partial.trim() !== '';
		this.#lastRow = null;
		this.#parse('', true);
		return unterminated ? this.#lastRow : null;
	}

	#start(text: string): void {
		const lf = text.indexOf('\n');
		const cr = text.indexOf('\r');
		this.#newline = lf < 0 ? (cr < 0 ? '\n' : '\r') : cr >= 0 && cr === lf - 1 ? '\r\n' : '\n';
		this.#crlf = this.#newline === '\r\n';
		this.#breakChar = this.#newline === '\r' ? '\r' : '\n';
		this.#delimiter = fileDelimiter(text);
		this.#parser = this.#newParser();
	}

	#newParser(): Papa.Parser {
		return new Papa.Parser({
			delimiter: this.#delimiter,
			newline: (this.#crlf ? '\n' : this.#newline) as '\n',
			quoteChar: '"'
		});
	}

	#parse(text: string, last: boolean): void {
		const added = this.#toLf(text, last);
		const breakChar = this.#breakChar;
		const carried = this.#partial;
		const firstBreak = added.indexOf(breakChar);
		if (carried !== '') {
			if (!last && firstBreak < 0) {
				// No row can end in text without a line break: carry it, unparsed, with the rest.
				this.#partial += added;
				return this.#checkCarried();
			}
			// The carried line ends here: it is one line unless a quoted field broke it before.
			const length = carried.length + (firstBreak < 0 ? added.length : firstBreak);
			if (length > MAX_LINE_LENGTH && carried.indexOf(breakChar) < 0) {
				throw lineTooLong(this.#file, this.#line);
			}
		}
		const input = carried + added;
		if (input === '') return;
		const parser = this.#parser as Papa.Parser;
		const result = parser.parse(input, 0, !last) as PapaResult;
		this.#partial = last ? '' : input.substring(result.meta.cursor);
		const rows = result.data;
		if (rows.length === 0) return this.#checkCarried();
		const quoted = input.indexOf('"') >= 0;
		if (this.#lines.length < rows.length) this.#lines = new Int32Array(rows.length * 2);
		const lines = this.#lines;
		let count = 0;
		let line = this.#line;
		for (let r = 0; r < rows.length; r++) {
			const row = rows[r];
			const rowLine = line;
			line += quoted ? 1 + embeddedBreaks(row, breakChar) : 1;
			if (row.length === 1 && row[0].trim() === '') continue; // a blank line
			if (!this.#headerSeen) {
				this.#headerSeen = true;
				this.#sink.header(row, this.#delimiter, rowLine);
				continue;
			}
			rows[count] = row;
			lines[count++] = rowLine;
		}
		this.#line = line;
		this.#dataRows += count;
		if (count > 0) {
			this.#lastRow = { fields: rows[count - 1], line: lines[count - 1] };
			this.#sink.rows(rows, lines, count);
		}
		this.#checkCarried();
	}

	/**
	 * The unfinished row carried to the next chunk is within the bound. It starts on `#line`;
	 * a line break in it is inside a quoted field.
	 */
	#checkCarried(): void {
		const carried = this.#partial;
		if (carried.length <= MAX_LINE_LENGTH) return;
		if (carried.indexOf(this.#breakChar) >= 0) throw unclosedQuote(this.#file, this.#line);
		throw lineTooLong(this.#file, this.#line);
	}

	/** A CRLF file's text with CRLF as LF; a CR that ends a chunk waits for the next (its LF). */
	#toLf(text: string, last: boolean): string {
		if (!this.#crlf) return text;
		let lf = this.#heldCr + text;
		this.#heldCr = '';
		if (!last && lf.endsWith('\r')) {
			this.#heldCr = '\r';
			lf = lf.slice(0, -1);
		}
		return lf.indexOf('\r') < 0 ? lf : lf.replaceAll('\r\n', '\n');
	}
}

/**
 * The delimiter of a file from its first text: its first line's, or, when that line has none (a
 * title line above the table, as Trade Map writes), that of the line with the most delimiters
 * among the next ones (a table row has many; a title has a comma at most).
 */
export function fileDelimiter(text: string, maxLines = 20): Delimiter {
	const lines = text.split(/\r\n|\r|\n/, maxLines);
	if (delimiterCount(lines[0]) > 0) return detectDelimiter(lines[0]);
	let best = lines[0];
	for (const line of lines) if (delimiterCount(line) > delimiterCount(best)) best = line;
	return detectDelimiter(best);
}

/** The delimiter of a header line: the most frequent of `,` `\t` `;` outside quotes (`,` on a tie). */
export function detectDelimiter(headerLine: string): Delimiter {
	const [comma, tab, semicolon] = delimiterCounts(headerLine);
	if (tab > comma && tab >= semicolon) return '\t';
	if (semicolon > comma && semicolon > tab) return ';';
	return ',';
}

/** `,` `\t` `;` outside quotes in a line. */
function delimiterCounts(line: string): [comma: number, tab: number, semicolon: number] {
	let comma = 0;
	let tab = 0;
	let semicolon = 0;
	let inQuotes = false;
	for (let i = 0; i < line.length; i++) {
		const c = line.charCodeAt(i);
		if (c === 34) inQuotes = !inQuotes;
		else if (inQuotes) continue;
		else if (c === 44) comma++;
		else if (c === 9) tab++;
		else if (c === 59) semicolon++;
	}
	return [comma, tab, semicolon];
}

function delimiterCount(line: string): number {
	const [comma, tab, semicolon] = delimiterCounts(line);
	return comma + tab + semicolon;
}

function embeddedBreaks(row: string[], breakChar: string): number {
	let breaks = 0;
	for (let f = 0; f < row.length; f++) {
		const field = row[f];
		let at = field.indexOf(breakChar);
		while (at >= 0) {
			breaks++;
			at = field.indexOf(breakChar, at + 1);
		}
	}
	return breaks;
}
