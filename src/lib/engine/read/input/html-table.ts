/**
 * HTML tables read as rows, without a DOM (workers have no DOMParser): a small streaming
 * tokenizer that sees only `<table>`, `<tr>`, `<td>` and `<th>` (and `<br>`-like breaks), fed
 * chunk by chunk as the decoder delivers text, like the CSV reader. Trade Map's "Excel"
 * download (`.xls`) is such a page. Every `<tr>` of the page, of every table, is one row, in
 * document order, and its number (1 = the first `<tr>`) stands where a text file has a line
 * number. A cell spanning columns or rows (`colspan`, `rowspan`) repeats its text in each, as a
 * spreadsheet opening the page would show it in a merged cell; tags inside a cell are dropped
 * and its character references decoded. Rows with no text are skipped like blank lines.
 * A whole table may be one line of text, so lines are not bounded here: a row is. A row holding
 * more than MAX_LINE_LENGTH of text (cells counted with a tab each, as a line of Trade Map's
 * .txt) ends the read ('table-row-too-long'); of a tag, only its first MAX_TAG_KEPT characters
 * are kept (its name and spans; a saved page's inline image can be megabytes long).
 */
import { CsvRowReader, type CsvSink, type Delimiter } from '../csv';
import { TradeFileError } from '../../model/errors';
import { MAX_LINE_LENGTH, tableRowTooLong } from '../line-limit';
import { cellText } from './html-text';
import { BREAKS, spanOf, startsTag, tagName } from './html-tags';

/** What the read path needs of a row reader, CSV or HTML. */
export interface RowReader {
	push(text: string): void;
	/** The unterminated last row of a text file (see CsvRowReader.finish); HTML: always null. */
	finish(): { fields: string[]; line: number } | null;
	readonly dataRows: number;
}

/** The start of an HTML document or fragment (after white space, an XML declaration or comments). */
const HTML_START =
	/^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|table|meta)[\s>/]/i;

/** Whether a file's first text is HTML (a web page or an HTML table saved as `.xls`). */
export function looksLikeHtml(firstText: string): boolean {
	return HTML_START.test(firstText.slice(0, 4096));
}

/** A reader for a file whose first decoded text is `firstText`: HTML rows, or CSV. */
export function createRowReader(
	firstText: string,
	sink: CsvSink,
	file: string,
	resume?: ConstructorParameters<typeof CsvRowReader>[1]
): RowReader {
	if (!resume && looksLikeHtml(firstText)) return new HtmlTableReader(sink, file);
	return new CsvRowReader(sink, resume, file);
}

/**
 * Header rows read from an HTML table → their row number. A reader told its header only (see
 * ReaderMaker) learns from it that its lines are table rows, and where the header stands.
 */
const fromHtml = new WeakMap<string[], number>();

/** The row number of a header read from an HTML table, or null for a text file's header. */
export function htmlRowLine(fields: string[]): number | null {
	return fromHtml.get(fields) ?? null;
}

/** The delimiter an HTML table reports to its sink (it has none; tab is what Trade Map's .txt uses). */
const HTML_DELIMITER: Delimiter = '\t';
/** The spans HTML allows at most (the HTML standard's limits). */
const MAX_COLSPAN = 1000;
const MAX_ROWSPAN = 65534;
/** Characters of a tag kept for its name and attributes. */
const MAX_TAG_KEPT = 1 << 16;

type Mode = 'text' | 'tag' | 'comment' | 'raw';

/** A cell spanning rows: its text and the rows below it still to fill. */
interface RowSpan {
	text: string;
	rows: number;
}

export class HtmlTableReader implements RowReader {
	#sink: CsvSink;
	#file: string;
	#mode: Mode = 'text';
	#tag = ''; // the tag being read, between `<` and `>` (its first MAX_TAG_KEPT characters)
	#tagMark = 0; // the tag's last character that is not white space, so far
	#tagEnd = 0; // the tag's last character, so far
	#quote = 0; // the quote open inside that tag (34, 39) or 0
	#tail = ''; // the end of the text seen in comment or raw mode (a closing mark may straddle chunks)
	#rawEnd = ''; // `</script` or `</style` in raw mode

	#rowNumber = 0; // `<tr>`s seen
	#rowOpen = false;
	#rowLine = 0;
	#cells: string[] = [];
	#cell: string | null = null; // raw text of the open cell
	#rowLength = 0; // the open row's cells' text, a tab counted after each
	#colspan = 1;
	#rowspan = 1;
	#spans: (RowSpan | undefined)[] = []; // per column, from rows above
	#nested = 0; // tables opened inside a cell: their tags are text of that cell
	#tablesOpen = 0; // tables opened and not closed (outside cells)
	#pageOpen = false; // an <html> without its </html> yet

	#headerSeen = false;
	#dataRows = 0;
	#batch: string[][] = [];
	#lines = new Int32Array(256);

	constructor(sink: CsvSink, file: string) {
		this.#sink = sink;
		this.#file = file;
	}

	get dataRows(): number {
		return this.#dataRows;
	}

	push(text: string): void {
		let i = 0;
		const n = text.length;
		while (i < n) {
			if (this.#mode === 'text') {
				const open = text.indexOf('<', i);
				const end = open < 0 ? n : open;
				if (this.#cell !== null && end > i) this.#addToCell(text.slice(i, end));
				if (open < 0) break;
				this.#startTag('');
				i = open + 1;
			} else if (this.#mode === 'tag') i = this.#readTag(text, i);
			else i = this.#skipTo(text, i, this.#mode === 'comment' ? '-->' : this.#rawEnd);
		}
		this.#flush();
	}

	finish(): null {
		if (this.#rowOpen || this.#tablesOpen > 0 || this.#pageOpen) {
			// A row, a table or the page left open: the file stops before its end.
			const where =
				this.#rowOpen || this.#tablesOpen > 0
					? `inside its HTML table, at row ${this.#rowLine} (no </table> after it)`
					: `before the end of its page (no </html>), ${this.#rowLine > 0 ? `after table row ${this.#rowLine}` : 'before any table row'}`;
			throw new TradeFileError(
				'truncated-file',
				`The file ends ${where}: it was cut short (download it again).`,
				this.#file,
				this.#rowLine || undefined
			);
		}
		this.#flush();
		if (!this.#headerSeen) throw webPage(this.#file, 'no-table');
		return null;
	}

	/** Reads a tag up to its `>` (quotes of attribute values may hold one); returns where text resumes. */
	#readTag(text: string, from: number): number {
		let i = from;
		if (this.#tag === '' && i < text.length && !startsTag(text.charCodeAt(i))) {
			// "a < b": a `<` before anything but a name, `/`, `!` or `?` is text.
			if (this.#cell !== null) this.#addToCell('<');
			this.#mode = 'text';
			return i;
		}
		// `<!--` opens a comment, whose text may hold anything, quotes and `>` included.
		while (this.#tag.length < 3 && i < text.length && text.charCodeAt(i) !== 62 /* > */) {
			this.#addToTag(text[i++]);
			if (this.#tag === '!--') {
				this.#mode = 'comment';
				this.#tail = '';
				return i;
			}
		}
		const start = i;
		let mark = this.#tagMark; // the last character before i that is not white space
		for (; i < text.length; i++) {
			const c = text.charCodeAt(i);
			if (this.#quote !== 0) {
				if (c === this.#quote) this.#quote = 0;
			} else if (c === 34 || c === 39) {
				// A quote opens a value only after `=` (an apostrophe elsewhere is just a character).
				if (mark === 61 /* = */) this.#quote = c;
			} else if (c === 62 /* > */) {
				this.#addToTag(text.slice(start, i));
				this.#mode = 'text';
				this.#onTag(this.#tag);
				return i + 1;
			}
			if (c > 32) mark = c;
		}
		this.#addToTag(text.slice(start));
		return text.length;
	}

	/** Tag mode, with the tag's text so far (`''` after a `<`). */
	#startTag(tag: string): void {
		this.#mode = 'tag';
		this.#tag = '';
		this.#tagMark = this.#tagEnd = 0;
		this.#quote = 0;
		this.#addToTag(tag);
	}

	/** More of the tag: kept up to MAX_TAG_KEPT characters; its last characters noted. */
	#addToTag(part: string): void {
		if (part === '') return;
		const room = MAX_TAG_KEPT - this.#tag.length;
		if (room > 0) this.#tag += part.length > room ? part.slice(0, room) : part;
		this.#tagEnd = part.charCodeAt(part.length - 1);
		for (let k = part.length - 1; k >= 0; k--) {
			const c = part.charCodeAt(k);
			if (c > 32) {
				this.#tagMark = c;
				return;
			}
		}
	}

	/** More raw text of the open cell, within the row's bound. */
	#addToCell(text: string): void {
		const cell = (this.#cell as string) + text;
		this.#cell = cell;
		if (this.#rowLength + cell.length > MAX_LINE_LENGTH) {
			throw tableRowTooLong(this.#file, this.#rowLine);
		}
	}

	/** A cell's text added to the open row, within the row's bound. */
	#pushCell(text: string): void {
		this.#cells.push(text);
		this.#rowLength += text.length + 1;
		if (this.#rowLength > MAX_LINE_LENGTH) throw tableRowTooLong(this.#file, this.#rowLine);
	}

	/** Skips a comment or a script up to its closing mark; returns where text resumes. */
	#skipTo(text: string, from: number, mark: string): number {
		const joined = this.#tail + text.slice(from);
		const at = this.#mode === 'raw' ? joined.toLowerCase().indexOf(mark) : joined.indexOf(mark);
		if (at < 0) {
			this.#tail = joined.slice(-(mark.length - 1));
			return text.length;
		}
		const resume = from + (at + mark.length - this.#tail.length);
		this.#tail = '';
		if (this.#mode === 'raw') {
			// The rest of `</script …>` is read as a tag (ignored).
			this.#startTag('/');
			return resume;
		}
		this.#mode = 'text';
		return resume;
	}

	#onTag(tag: string): void {
		const first = tag.charCodeAt(0);
		if (first === 33 /* ! */ || first === 63 /* ? */) return; // doctype, CDATA, processing instruction
		const closing = first === 47; /* / */
		const name = tagName(tag, closing ? 1 : 0);
		if (name === 'script' || name === 'style') {
			if (!closing && this.#tagEnd !== 47 /* / */) {
				this.#mode = 'raw';
				this.#rawEnd = '</' + name;
				this.#tail = '';
			}
			return;
		}
		if (name === 'html') {
			this.#pageOpen = !closing;
			return;
		}
		if (name === 'table') {
			if (this.#cell === null) {
				this.#closeRow();
				this.#tablesOpen = Math.max(0, this.#tablesOpen + (closing ? -1 : 1));
				this.#spans = []; // row spans end with their table
			} else if (!closing)
				this.#nested++; // a table inside a cell: its text is the cell's
			else if (this.#nested > 0) this.#nested--;
			else {
				this.#closeRow(); // `</table>` right after a cell left open
				this.#tablesOpen = Math.max(0, this.#tablesOpen - 1);
				this.#spans = [];
			}
			return;
		}
		if (this.#nested > 0 || (name !== 'tr' && name !== 'td' && name !== 'th')) {
			// Line-breaking tags inside a cell part words; every other tag is dropped.
			if (this.#cell !== null && BREAKS.has(name)) this.#addToCell(' ');
			return;
		}
		if (name === 'tr') {
			this.#closeRow();
			if (!closing) this.#openRow();
		} else if (closing) this.#closeCell();
		else {
			if (!this.#rowOpen) this.#openRow(); // a cell outside any <tr> starts one
			this.#closeCell();
			this.#cell = '';
			this.#colspan = tag.indexOf('span') < 0 ? 1 : spanOf(tag, 'colspan', MAX_COLSPAN);
			this.#rowspan = tag.indexOf('span') < 0 ? 1 : spanOf(tag, 'rowspan', MAX_ROWSPAN);
		}
	}

	#openRow(): void {
		this.#rowOpen = true;
		this.#rowLine = ++this.#rowNumber;
		this.#cells = [];
		this.#rowLength = 0;
	}

	#closeCell(): void {
		if (this.#cell === null) return;
		const text = cellText(this.#cell);
		this.#cell = null;
		this.#nested = 0;
		const cells = this.#cells;
		this.#skipSpanned();
		for (let s = 0; s < this.#colspan; s++) {
			if (this.#rowspan > 1) this.#spans[cells.length] = { text, rows: this.#rowspan - 1 };
			else this.#spans[cells.length] = undefined;
			this.#pushCell(text);
		}
	}

	/** Fills the columns taken by row spans from above before the next cell of this row. */
	#skipSpanned(): void {
		const cells = this.#cells;
		for (;;) {
			const span = this.#spans[cells.length];
			if (!span || span.rows <= 0) return;
			span.rows--;
			this.#pushCell(span.text);
		}
	}

	#closeRow(): void {
		if (!this.#rowOpen) return;
		this.#closeCell();
		const cells = this.#cells;
		// Row spans from above that reach past this row's last cell.
		for (let c = cells.length; c < this.#spans.length; c++) {
			const span = this.#spans[c];
			if (!span || span.rows <= 0) continue;
			while (cells.length < c) this.#pushCell('');
			span.rows--;
			this.#pushCell(span.text);
		}
		this.#rowOpen = false;
		let blank = true;
		for (let c = 0; c < cells.length && blank; c++) blank = cells[c] === '';
		if (blank) return;
		if (!this.#headerSeen) {
			this.#headerSeen = true;
			fromHtml.set(cells, this.#rowLine);
			this.#sink.header(cells, HTML_DELIMITER, this.#rowLine);
			return;
		}
		const count = this.#batch.length;
		if (count === this.#lines.length) {
			const lines = new Int32Array(count * 2);
			lines.set(this.#lines);
			this.#lines = lines;
		}
		this.#lines[count] = this.#rowLine;
		this.#batch.push(cells);
	}

	#flush(): void {
		const count = this.#batch.length;
		if (count === 0) return;
		this.#dataRows += count;
		const rows = this.#batch;
		this.#batch = [];
		this.#sink.rows(rows, this.#lines, count);
	}
}

/**
 * A web page that is not a trade table: 'no-table' (it holds no table at all) or 'not-trade'
 * (its tables are of no format the app reads).
 */
export function webPage(file: string, why: 'no-table' | 'not-trade'): TradeFileError {
	const what =
		why === 'no-table' ? 'it holds no table of data' : 'its tables are not of a trade data format';
	return new TradeFileError(
		'web-page',
		`This is a web page (HTML), not a trade table: ${what}. Download the data itself: a CSV, or from ITC Trade Map its "Text" (.txt) or "Excel" (.xls) export of the table.`,
		file,
		undefined,
		undefined,
		{ why }
	);
}
